# Générateur du dossier du candidat c128 (Ribes Location SAS, location de matériel BTP aux professionnels,
# Toulouse-Fondeyre + dépôt de Labège) — blocs 3 et 4, dossier solide. TROIS fichiers :
# (1) RAPPORT_ESCUDIE_Ribes-Location_B3-B4.pdf : rapport de 25 pages « exporté de Word » (reportlab, invariant=1) :
#     couverture, sommaire paginé (deux passes), titres bleu marine numérotés 1 / 1.1 / 1.1.1, chaque partie sur une
#     nouvelle page, en-tête « Ribes Location — Visibilité & contenus | A. Escudié », pied « Confidentiel — page n/25 »,
#     16 tableaux légendés « Tab. n — … », 4 schémas vectoriels, renvois « (→ Annexe A, fig. n) » et « (→ onglet …) ».
# (2) Annexe_A_captures.pdf : 12 figures en cadres d'interface gris (texte extractible), légende + commentaire de 2 lignes.
# (3) Ribes_pilotage_SEO_SEA_v4.xlsx : classeur écrit en ODS (odfpy) puis converti par LibreOffice, onglets
#     « Plan de marquage », « Suivi KPI », « Mots-clés », « Ads hebdo », « Liens », « Actions » (formules avec valeurs).
# Déterministe : PDF invariant, classeur ré-empaqueté avec horodatage et propriétés figés.
import io
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableColumnProperties, TableCellProperties, TextProperties, ParagraphProperties,
                       DefaultStyle)
from odf.number import (NumberStyle, Number, PercentageStyle, Text as NText, CurrencyStyle, CurrencySymbol,
                        DateStyle, Day, Month, Year, TimeStyle, Minutes, Seconds)
from odf.table import Table as OTable, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P as OP
from odf.meta import CreationDate, InitialCreator
from odf.dc import Creator, Date as DcDate, Title as DcTitle

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "..", "c128-location-materiel-btp-toulouse")
PDF_REPORT = os.path.join(OUT, "RAPPORT_ESCUDIE_Ribes-Location_B3-B4.pdf")
PDF_ANNEX = os.path.join(OUT, "Annexe_A_captures.pdf")
XLSX = os.path.join(OUT, "Ribes_pilotage_SEO_SEA_v4.xlsx")
AUTHOR = "Adrien Escudié"
TOTAL_PAGES = 25
XLSX_STAMP = (2026, 5, 4, 8, 47, 12)
XLSX_ISO = "2026-05-04T08:47:12Z"
XLSX_CREATED = "2026-01-07T09:12:40Z"

LIB = "/usr/share/fonts/truetype/liberation/"
for _n, _f in (("Ar", "LiberationSans-Regular.ttf"), ("ArB", "LiberationSans-Bold.ttf"),
               ("ArI", "LiberationSans-Italic.ttf"), ("ArBI", "LiberationSans-BoldItalic.ttf"),
               ("Nr", "LiberationSansNarrow-Regular.ttf"), ("NrB", "LiberationSansNarrow-Bold.ttf"),
               ("NrI", "LiberationSansNarrow-Italic.ttf"), ("NrBI", "LiberationSansNarrow-BoldItalic.ttf"),
               ("Mo", "LiberationMono-Regular.ttf")):
    pdfmetrics.registerFont(TTFont(_n, LIB + _f))
registerFontFamily("Ar", normal="Ar", bold="ArB", italic="ArI", boldItalic="ArBI")
registerFontFamily("Nr", normal="Nr", bold="NrB", italic="NrI", boldItalic="NrBI")


# =====================================================================================================
# DONNÉES COMMUNES (rapport, annexe, classeur)
# =====================================================================================================
def fr_num(v, dec=0):
    s = ("{:,.%df}" % dec).format(v).replace(",", " ").replace(".", ",")
    return s


def eur(v, dec=0):
    return fr_num(v, dec) + " €"


def pct(v, dec=1):
    return fr_num(v * 100, dec) + " %"


# ---------------------------------------------------------------- grille sémantique (85 lignes)
N_ = "Transac."
I_ = "Info"
KW = [
    # mot-clé, volume, KD, intention, ville, page cible, pos. janv., pos. avril
    ("location nacelle toulouse", 880, 34, N_, "Toulouse", "/location-nacelle-toulouse", 11, 3),
    ("nacelle élévatrice location", 1600, 41, N_, "—", "/location-nacelle-toulouse", 38, 22),
    ("location nacelle", 6600, 52, N_, "—", "/location-nacelle-toulouse", 64, 41),
    ("prix location nacelle", 480, 30, N_, "—", "/location-nacelle-toulouse", 29, 12),
    ("prix location nacelle journée", 260, 24, N_, "—", "/location-nacelle-toulouse", 33, 15),
    ("location nacelle ciseaux toulouse", 170, 22, N_, "Toulouse", "/location-nacelle-ciseaux-toulouse", 18, 5),
    ("location nacelle ciseaux", 720, 38, N_, "—", "/location-nacelle-ciseaux-toulouse", 47, 24),
    ("nacelle ciseaux 10 m location", 90, 15, N_, "—", "/nacelle-ciseaux-electrique-10-m", 26, 8),
    ("location nacelle articulée toulouse", 110, 19, N_, "Toulouse", "/location-nacelle-articulee-toulouse", 24, 6),
    ("location nacelle articulée", 590, 36, N_, "—", "/location-nacelle-articulee-toulouse", 52, 27),
    ("nacelle articulée 16 m location", 70, 14, N_, "—", "/nacelle-articulee-diesel-16-m", 31, 9),
    ("location nacelle télescopique toulouse", 70, 17, N_, "Toulouse", "/location-nacelle-telescopique-toulouse", 31, 9),
    ("location nacelle télescopique", 390, 33, N_, "—", "/location-nacelle-telescopique-toulouse", 58, 30),
    ("location nacelle sur camion toulouse", 90, 21, N_, "Toulouse", "/location-nacelle-porteur-toulouse", 27, 8),
    ("location camion nacelle", 1300, 39, N_, "—", "/location-nacelle-porteur-toulouse", 71, 44),
    ("location nacelle avec chauffeur toulouse", 70, 16, N_, "Toulouse", "/location-nacelle-porteur-toulouse", 22, 7),
    ("location nacelle 12 m", 210, 28, N_, "—", "/location-nacelle-ciseaux-toulouse", 44, 19),
    ("location nacelle 20 m", 140, 26, N_, "—", "/location-nacelle-articulee-toulouse", 49, 23),
    ("location nacelle élagage", 110, 18, N_, "—", "/location-nacelle-elagage", 36, 11),
    ("location nacelle façade", 50, 12, N_, "—", "/location-nacelle-facade-ravalement", 41, 10),
    ("nacelle pour ravalement de façade", 40, 11, N_, "—", "/location-nacelle-facade-ravalement", 55, 16),
    ("location nacelle intérieur", 70, 14, N_, "—", "/location-nacelle-interieur-faux-plafond", 39, 12),
    ("nacelle faux plafond", 30, 8, I_, "—", "/location-nacelle-interieur-faux-plafond", 47, 13),
    ("location nacelle entrepôt", 20, 9, N_, "—", "/location-nacelle-entrepot-stockage", 35, 9),
    ("nacelle charpente métallique", 30, 10, N_, "—", "/location-nacelle-charpente-metallique", 52, 18),
    ("location nacelle bardage", 20, 7, N_, "—", "/location-nacelle-bardage", 44, 12),
    ("nacelle éclairage public", 30, 9, N_, "—", "/location-nacelle-eclairage-public", 38, 14),
    ("location nacelle pose enseigne", 20, 6, N_, "—", "/location-nacelle-enseigne", 29, 8),
    ("location nacelle blagnac", 50, 12, N_, "Blagnac", "/location-materiel-blagnac", 42, 7),
    ("location nacelle colomiers", 40, 11, N_, "Colomiers", "/location-materiel-colomiers", 38, 6),
    ("location nacelle labège", 30, 9, N_, "Labège", "/location-materiel-labege", 15, 2),
    ("location nacelle muret", 40, 10, N_, "Muret", "/location-materiel-muret", 46, 9),
    ("hauteur de travail nacelle", 90, 13, I_, "—", "/location-nacelle-toulouse", 62, 25),
    ("nacelle ciseaux dimensions", 110, 16, I_, "—", "/location-nacelle-ciseaux-toulouse", 57, 21),
    ("caces r486", 1900, 38, I_, "—", "/caces-r486-qui-peut-conduire-une-nacelle", 67, 14),
    ("caces nacelle obligatoire", 320, 22, I_, "—", "/caces-r486-qui-peut-conduire-une-nacelle", 48, 6),
    ("autorisation de conduite nacelle", 260, 19, I_, "—", "/caces-r486-qui-peut-conduire-une-nacelle", 53, 9),
    ("nacelle sans caces", 140, 15, I_, "—", "/caces-r486-qui-peut-conduire-une-nacelle", 41, 5),
    ("caces r486 catégorie a b", 210, 21, I_, "—", "/caces-r486-qui-peut-conduire-une-nacelle", 74, 17),
    ("formation caces r486 toulouse", 390, 29, "Hors cible", "Toulouse", "— (négatif Ads)", 88, 86),
    ("location mini pelle toulouse", 720, 31, N_, "Toulouse", "/location-mini-pelle-toulouse", 14, 4),
    ("location mini pelle", 5400, 49, N_, "—", "/location-mini-pelle-toulouse", 58, 36),
    ("prix location mini pelle", 590, 28, N_, "—", "/location-mini-pelle-toulouse", 31, 13),
    ("location mini pelle 3 tonnes", 260, 21, N_, "—", "/location-mini-pelle-2-7-t", 27, 9),
    ("location mini pelle 1,5 tonne", 170, 18, N_, "—", "/location-mini-pelle-1-5-t", 35, 12),
    ("location mini pelle avec chauffeur toulouse", 110, 17, N_, "Toulouse", "/location-mini-pelle-toulouse", 19, 8),
    ("location mini pelle week end", 90, 12, N_, "—", "/location-mini-pelle-toulouse", 43, 18),
    ("location mini pelle blagnac", 40, 10, N_, "Blagnac", "/location-materiel-blagnac", 37, 8),
    ("location mini pelle colomiers", 50, 11, N_, "Colomiers", "/location-materiel-colomiers", 33, 7),
    ("location mini pelle labège", 30, 8, N_, "Labège", "/location-materiel-labege", 12, 2),
    ("location mini pelle muret", 70, 12, N_, "Muret", "/location-materiel-muret", 41, 10),
    ("location pelle 5 tonnes toulouse", 50, 14, N_, "Toulouse", "/location-pelle-5-t", 23, 11),
    ("location dumper toulouse", 70, 13, N_, "Toulouse", "/location-dumper-toulouse", 17, 6),
    ("location mini dumper", 210, 22, N_, "—", "/location-dumper-toulouse", 48, 26),
    ("location plaque vibrante toulouse", 90, 12, N_, "Toulouse", "/location-compactage-toulouse", 21, 9),
    ("location pilonneuse", 110, 17, N_, "—", "/location-compactage-toulouse", 45, 22),
    ("location brise roche hydraulique", 50, 13, N_, "—", "/location-mini-pelle-2-7-t", 39, 44),
    ("location tarière mini pelle", 40, 9, N_, "—", "/location-mini-pelle-2-7-t", 34, 19),
    ("caces mini pelle obligatoire", 260, 20, I_, "—", "/caces-r482-mini-pelle (à créer)", 81, 79),
    ("formation caces r482", 480, 34, "Hors cible", "—", "— (négatif Ads)", 93, 95),
    ("location chariot télescopique toulouse", 110, 20, N_, "Toulouse", "/location-chariot-telescopique-toulouse", 21, 19),
    ("location chariot télescopique", 720, 37, N_, "—", "/location-chariot-telescopique-toulouse", 54, 57),
    ("location chariot élévateur toulouse", 170, 23, N_, "Toulouse", "/location-chariot-elevateur-toulouse", 17, 15),
    ("location chariot élévateur", 1000, 40, N_, "—", "/location-chariot-elevateur-toulouse", 61, 63),
    ("location monte matériaux toulouse", 40, 10, N_, "Toulouse", "/location-monte-materiaux", 13, 12),
    ("location transpalette électrique", 170, 19, N_, "—", "/location-chariot-elevateur-toulouse", 46, 49),
    ("location télescopique 14 m", 30, 11, N_, "—", "/location-chariot-telescopique-toulouse", 28, 24),
    ("location matériel btp toulouse", 390, 36, N_, "Toulouse", "/", 9, 4),
    ("location engin chantier toulouse", 210, 27, N_, "Toulouse", "/", 12, 5),
    ("loueur matériel toulouse", 170, 25, N_, "Toulouse", "/", 10, 6),
    ("location matériel professionnel toulouse", 90, 21, N_, "Toulouse", "/", 8, 5),
    ("location matériel chantier", 2400, 46, N_, "—", "/", 57, 43),
    ("location matériel labège", 70, 9, N_, "Labège", "/location-materiel-labege", 4, 1),
    ("location matériel blagnac", 50, 11, N_, "Blagnac", "/location-materiel-blagnac", 27, 5),
    ("location matériel colomiers", 40, 10, N_, "Colomiers", "/location-materiel-colomiers", 24, 6),
    ("location matériel muret", 50, 12, N_, "Muret", "/location-materiel-muret", 35, 8),
    ("location engin chantier muret", 20, 8, N_, "Muret", "/location-materiel-muret", 31, 9),
    ("location échafaudage toulouse", 260, 30, N_, "Toulouse", "/location-echafaudage-toulouse", 19, 23),
    ("location groupe électrogène toulouse", 90, 19, N_, "Toulouse", "/location-energie-toulouse", 16, 18),
    ("location compresseur chantier toulouse", 40, 12, N_, "Toulouse", "/location-energie-toulouse", 22, 20),
    ("location matériel btp haute garonne", 30, 14, N_, "—", "/", 14, 8),
    ("ribes location", 320, 4, "Navig.", "—", "/", 1, 1),
    ("ribes location labège", 50, 2, "Navig.", "Labège", "/location-materiel-labege", 1, 1),
    ("compte pro location matériel", 30, 12, N_, "—", "/compte-pro", 26, 11),
    ("location matériel btp devis en ligne", 20, 10, N_, "—", "/compte-pro", 31, 12),
]
assert len(KW) == 85, len(KW)
KW_GAIN = sum(1 for k in KW if k[7] - k[6] < -2)
KW_STABLE = sum(1 for k in KW if abs(k[7] - k[6]) <= 2)
KW_DOWN = sum(1 for k in KW if k[7] - k[6] > 2)
KW_P1_JAN = sum(1 for k in KW if k[6] <= 10)
KW_P1_APR = sum(1 for k in KW if k[7] <= 10)
KW_TOP3_APR = sum(1 for k in KW if k[7] <= 3)
KW_EXTRACT = [0, 5, 8, 13, 28, 30, 34, 35, 40, 43, 49, 52, 60, 67, 72]

# ---------------------------------------------------------------- domaines pointants gagnés (onglet Liens)
LINKS = [
    ("supdigital-occitanie.fr", "2026-01-08", "École — entreprises partenaires", "/", 28, 3),
    ("annuaire-loueurs.fr", "2026-01-15", "Annuaire généraliste", "/", 21, 6),
    ("bati-occitanie.fr", "2026-01-19", "Annuaire pro BTP (fiche premium)", "/location-nacelle-toulouse", 31, 214),
    ("labege-entreprises.fr", "2026-01-21", "Club d'entreprises", "/location-materiel-labege", 19, 41),
    ("artisans31.fr", "2026-01-27", "Annuaire artisans", "/", 17, 29),
    ("guide-location-materiel.fr", "2026-01-29", "Comparateur de loueurs", "/location-mini-pelle-toulouse", 26, 47),
    ("salon-btp-occitanie.fr", "2026-02-02", "Salon — liste des exposants", "/", 29, 11),
    ("ffbatiment.fr", "2026-02-03", "FFB 31 — liste des partenaires", "/", 58, 87),
    ("terrassiers-midi.fr", "2026-02-09", "Forum métier", "/location-mini-pelle-toulouse", 18, 38),
    ("colomiers-eco.fr", "2026-02-12", "Club d'entreprises", "/location-materiel-colomiers", 14, 18),
    ("constructeurs-maisons-31.fr", "2026-02-16", "Blog métier", "/location-mini-pelle-2-7-t", 20, 14),
    ("carnetducharpentier.fr", "2026-02-24", "Blog métier — article invité", "/location-nacelle-articulee-toulouse", 24, 96),
    ("paysagistes-occitanie.fr", "2026-02-26", "Annuaire métier", "/location-mini-pelle-toulouse", 16, 21),
    ("couvreurs-toulousains.fr", "2026-03-04", "Blog métier", "/location-nacelle-telescopique-toulouse", 13, 17),
    ("toulouse-chantiers-infos.fr", "2026-03-05", "Blog actualité BTP local", "/caces-r486-qui-peut-conduire-une-nacelle", 22, 63),
    ("elagueurs-sud-ouest.fr", "2026-03-10", "Annuaire métier", "/location-nacelle-elagage", 12, 34),
    ("electriciens-du-31.fr", "2026-03-12", "Annuaire métier", "/location-nacelle-ciseaux-toulouse", 10, 12),
    ("lavoixdulauragais.fr", "2026-03-17", "Presse locale", "/location-materiel-labege", 35, 22),
    ("muret-business.fr", "2026-03-19", "Club d'entreprises", "/location-materiel-muret", 11, 9),
    ("blog.facade-occitanie.fr", "2026-03-23", "Blog métier (façadier)", "/location-nacelle-facade-ravalement", 15, 26),
    ("blagnac-entreprendre.fr", "2026-03-31", "Club d'entreprises", "/location-materiel-blagnac", 12, 7),
    ("agenda-chantiers.fr", "2026-04-06", "Annuaire", "/", 9, 2),
    ("bricoleurs-pro.fr", "2026-04-09", "Forum", "/location-nacelle-ciseaux-toulouse", 8, 4),
]
assert len(LINKS) == 23
LINK_SESS = sum(x[5] for x in LINKS)
APPORTEURS = ["bati-occitanie.fr", "ffbatiment.fr", "carnetducharpentier.fr"]
APP_SESS = sum(x[5] for x in LINKS if x[0] in APPORTEURS)
DOM_JAN, DOM_APR = 38, 61
assert DOM_APR - DOM_JAN == len(LINKS)

# ---------------------------------------------------------------- achat de mots-clés, S1 à S16 (5 janv. → 26 avril 2026)
MARGIN = 0.41
WEEK_START = ["05/01", "12/01", "19/01", "26/01", "02/02", "09/02", "16/02", "23/02", "02/03", "09/03", "16/03",
              "23/03", "30/03", "06/04", "13/04", "20/04"]
CAMPAIGNS = [
    # nom, impressions de base, CTR de base, CPC de base, taux devis/clic, panier moyen location
    ("Search — Nacelles", 3600, 0.061, 1.96, 0.066, 716),
    ("Search — Terrassement", 3300, 0.058, 1.58, 0.058, 612),
    ("Search — Manutention", 1350, 0.047, 2.41, 0.041, 780),
]


def _ads_rows():
    rnd = random.Random(12816)
    data = {}
    for ci, (name, imp0, ctr0, cpc0, dv0, basket) in enumerate(CAMPAIGNS):
        rows = []
        for w in range(16):
            season = 1.0 + 0.028 * w                 # la demande monte vers le printemps
            learn = 1.0 + 0.11 * min(w, 6) / 6        # optimisation des annonces les premières semaines
            imp = int(imp0 * season * rnd.uniform(0.9, 1.1))
            ctr = ctr0 * learn * rnd.uniform(0.93, 1.07)
            clics = int(round(imp * ctr))
            cpc = cpc0 * (1.06 - 0.012 * w) * rnd.uniform(0.95, 1.05)
            cout = round(clics * cpc, 2)
            devis = int(round(clics * dv0 * learn * rnd.uniform(0.85, 1.15)))
            cmd = int(round(devis * rnd.uniform(0.33, 0.43)))
            if ci == 2 and w in (0, 1, 4, 9):
                cmd = max(0, cmd - 2)
            ca = round(cmd * basket * rnd.uniform(0.88, 1.12), 0)
            rows.append(dict(imp=imp, clics=clics, cout=cout, devis=devis, cmd=cmd, ca=ca))
        data[name] = rows
    return data


ADS = _ads_rows()


def ads_tot(name):
    rows = ADS[name]
    t = {k: sum(r[k] for r in rows) for k in ("imp", "clics", "cout", "devis", "cmd", "ca")}
    t["cout"] = round(t["cout"], 2)
    t["marge"] = t["ca"] * MARGIN
    t["renta"] = (t["marge"] - t["cout"]) / t["cout"]
    t["ctr"] = t["clics"] / t["imp"]
    t["cpc"] = t["cout"] / t["clics"]
    t["cpd"] = t["cout"] / t["devis"]
    t["dc"] = t["cmd"] / t["devis"]
    return t


ADS_TOT = {c[0]: ads_tot(c[0]) for c in CAMPAIGNS}
ALL = {k: sum(ADS_TOT[c[0]][k] for c in CAMPAIGNS) for k in ("imp", "clics", "cout", "devis", "cmd", "ca", "marge")}
ALL["renta"] = (ALL["marge"] - ALL["cout"]) / ALL["cout"]
ALL["cpd"] = ALL["cout"] / ALL["devis"]
ALL["ctr"] = ALL["clics"] / ALL["imp"]
ALL["cpc"] = ALL["cout"] / ALL["clics"]
RED_WEEKS = {c[0]: [i + 1 for i, r in enumerate(ADS[c[0]]) if r["ca"] * MARGIN < r["cout"]] for c in CAMPAIGNS}


def ads_period(name, a, b):
    rows = ADS[name][a:b]
    cl = sum(r["clics"] for r in rows)
    co = sum(r["cout"] for r in rows)
    im = sum(r["imp"] for r in rows)
    dv = sum(r["devis"] for r in rows)
    return dict(ctr=cl / im, cpc=co / cl, cpd=co / dv if dv else 0)


# ---------------------------------------------------------------- suivi KPI, janv.–avril 2025 et 2026
MONTHS = ["janv. 2025", "févr. 2025", "mars 2025", "avr. 2025", "janv. 2026", "févr. 2026", "mars 2026", "avr. 2026"]
KPI = dict(
    sessions=[9420, 9870, 11240, 12180, 11350, 11920, 13780, 14820],
    sess_orga=[3850, 3990, 4420, 4760, 4640, 4950, 5720, 6580],
    clics_gsc=[3480, 3610, 3990, 4300, 4210, 4480, 5160, 5940],
    rebond=[0.55, 0.54, 0.53, 0.53, 0.52, 0.50, 0.47, 0.44],
    engag=[108, 110, 107, 111, 112, 118, 129, 140],
    fiche=[39, 40, 42, 41, 41, 49, 72, 87],
    lcp=[4.1, 4.0, 3.9, 3.9, 3.8, 3.5, 2.6, 2.1],
    begin_all=[None, None, None, None, 915, 985, 1190, 1343],
    begin_fiche=[None, None, None, None, 214, 236, 301, 349],
    comptes=[None, None, None, None, 439, 486, 625, 752],
    devis=[198, 209, 247, 262, 272, 301, 428, 519],
    acompte_vu=[None, None, None, None, 118, 127, 176, 216],
    commandes=[81, 84, 99, 103, 104, 113, 160, 197],
    ca_portail=[98400, 104900, 121300, 129800, 118600, 127200, 158900, 182400],
    comptes_actifs=[301, 312, 338, 349, 356, 371, 398, 412],
)
K = KPI


def rate(a, b, i):
    return a[i] / b[i]


TX_DEVIS_JAN = rate(K["devis"], K["sessions"], 4)
TX_DEVIS_APR = rate(K["devis"], K["sessions"], 7)
DC_APR = rate(K["commandes"], K["devis"], 7)
AB_COMPTE = 1 - K["comptes"][7] / K["begin_all"][7]
AB_FORM = 1 - K["devis"][7] / K["comptes"][7]
AB_ACOMPTE = 1 - K["commandes"][7] / K["acompte_vu"][7]
AB_COMPTE_J = 1 - K["comptes"][4] / K["begin_all"][4]
AB_FORM_J = 1 - K["devis"][4] / K["comptes"][4]
AB_ACOMPTE_J = 1 - K["commandes"][4] / K["acompte_vu"][4]
CAPC_JAN = K["ca_portail"][4] / K["comptes_actifs"][4]
CAPC_APR = K["ca_portail"][7] / K["comptes_actifs"][7]
GSC_EVOL = K["clics_gsc"][7] / K["clics_gsc"][4] - 1
FICHE_EVOL = K["begin_fiche"][7] / K["begin_fiche"][4] - 1
assert round(GSC_EVOL * 100) == 41 and round(FICHE_EVOL * 100) == 63
assert round(TX_DEVIS_JAN * 1000) == 24 and round(TX_DEVIS_APR * 1000) == 35
assert round(DC_APR * 100) == 38
assert round(AB_COMPTE * 100) == 44 and round(AB_FORM * 100) == 31 and round(AB_ACOMPTE * 100) == 9

# ---------------------------------------------------------------- actions et points de rupture
ACTIONS = [
    (1, "Rappeler sous 2 h ouvrées chaque devis web de plus de 500 € HT", "Devis → commande", "Florent Bonnafous / Julie Fabre", "S19"),
    (2, "Afficher le prix du transport (85 € HT) dans le formulaire devis et sur toutes les fiches machines", "Devis → commande", "Adrien / Pixel d'Oc", "S20"),
    (3, "Relance automatique à J+2 des devis non signés (e-mail Magento + appel ADV)", "Devis → commande", "Julie Fabre", "S19"),
    (4, "Ouvrir le devis sans compte : compte pro créé après l'envoi du devis", "Taux de devis", "Pixel d'Oc", "S22"),
    (5, "Basculer 30 % du budget Manutention vers les groupes nacelle ciseaux et mini-pelle 2,7 t", "Rentabilité nette Search", "Adrien", "S18"),
    (6, "Créer la famille « location mini-pelle Toulouse » sur le modèle des nacelles", "Positions terrassement", "Adrien", "S21"),
    (7, "Obtenir 8 domaines pointants de plus (fournisseurs, clubs d'entreprises de Muret et Blagnac)", "Domaines pointants", "Adrien / Sandrine Cazals", "S23"),
]
RUPTURES = [
    ("Compte obligatoire avant le devis", "Compte", "44 % d'abandon à l'étape compte (avril)", "Devis possible sans compte, compte créé après", "S22"),
    ("Champ SIRET bloquant", "Compte", "Format refusé si espaces ; 63 erreurs en avril", "Accepter les espaces, contrôle via l'API SIRENE", "à arbitrer"),
    ("Sélecteur de dates sur mobile", "Formulaire devis", "Calendrier du module Pixel d'Oc illisible sous 400 px", "Champ date natif du téléphone", "à arbitrer"),
    ("Prix du transport caché", "Formulaire devis", "Case « livraison » sans montant ; 85 € découverts sur le devis PDF", "Montant affiché dans le formulaire et sur toutes les fiches", "S20"),
    ("Téléversement du Kbis", "Compte", "Kbis demandé à la création ; fichiers > 2 Mo refusés", "Kbis demandé à la première commande seulement", "à arbitrer"),
    ("Formulation de la caution", "Acompte", "« Caution 3 000 € » lu comme un débit immédiat", "Texte « empreinte bancaire, non débitée »", "à arbitrer"),
]


# =====================================================================================================
# CLASSEUR : ODS écrit avec odfpy, converti en XLSX par LibreOffice, ré-empaqueté à date fixe
# =====================================================================================================
class Book:
    def __init__(self):
        self.doc = OpenDocumentSpreadsheet()
        self.styles = {}
        self.dstyles = {}
        self.ccount = 0
        ds = DefaultStyle(family="table-cell")
        ds.addElement(TextProperties(fontname="Liberation Sans", fontsize="10pt", language="fr", country="FR"))
        self.doc.styles.addElement(ds)
        self._mk_data_styles()

    def _mk_data_styles(self):
        a = self.doc.automaticstyles

        def num(name, dec, grouping=True):
            s = NumberStyle(name=name)
            s.addElement(Number(decimalplaces=str(dec), minintegerdigits="1", grouping="true" if grouping else "false"))
            a.addElement(s)
            self.dstyles[name] = s

        num("int", 0)
        num("dec1", 1)
        num("dec2", 2)
        for name, dec in (("pct0", 0), ("pct1", 1)):
            s = PercentageStyle(name=name)
            s.addElement(Number(decimalplaces=str(dec), minintegerdigits="1"))
            s.addElement(NText(text=" %"))
            a.addElement(s)
        for name, dec in (("eur0", 0), ("eur2", 2)):
            s = CurrencyStyle(name=name, language="fr", country="FR")
            s.addElement(Number(decimalplaces=str(dec), minintegerdigits="1", grouping="true"))
            s.addElement(NText(text=" "))
            s.addElement(CurrencySymbol(language="fr", country="FR", text="€"))
            a.addElement(s)
        s = TimeStyle(name="mss")
        s.addElement(Minutes())
        s.addElement(NText(text=":"))
        s.addElement(Seconds(style="long"))
        a.addElement(s)
        s = DateStyle(name="date")
        s.addElement(Day(style="long"))
        s.addElement(NText(text="/"))
        s.addElement(Month(style="long"))
        s.addElement(NText(text="/"))
        s.addElement(Year(style="long"))
        a.addElement(s)

    def style(self, fmt=None, bold=False, italic=False, bg=None, color=None, size=None, wrap=False, align=None,
              border=False):
        key = (fmt, bold, italic, bg, color, size, wrap, align, border)
        if key in self.styles:
            return self.styles[key]
        self.ccount += 1
        kw = {"datastylename": fmt} if fmt else {}
        s = Style(name="ce%d" % self.ccount, family="table-cell", parentstylename="Default", **kw)
        cp = {}
        if bg:
            cp["backgroundcolor"] = bg
        if wrap:
            cp["wrapoption"] = "wrap"
        if border:
            cp["border"] = "0.06pt solid #808080"
        cp["verticalalign"] = "middle" if not wrap else "top"
        s.addElement(TableCellProperties(**cp))
        if align:
            s.addElement(ParagraphProperties(textalign=align))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        if size:
            tp["fontsize"] = size
        if tp:
            s.addElement(TextProperties(**tp))
        self.doc.automaticstyles.addElement(s)
        self.styles[key] = s
        return s

    def colstyle(self, width):
        key = ("col", width)
        if key in self.styles:
            return self.styles[key]
        s = Style(name="co%d" % (len([k for k in self.styles if k[0] == "col"]) + 1), family="table-column")
        s.addElement(TableColumnProperties(columnwidth=width, breakbefore="auto"))
        self.doc.automaticstyles.addElement(s)
        self.styles[key] = s
        return s

    def sheet(self, name, widths, rows):
        """rows : liste de lignes ; une ligne = liste de cellules (None = vide) ; cellule = dict."""
        t = OTable(name=name)
        for w in widths:
            t.addElement(TableColumn(stylename=self.colstyle(w)))
        for row in rows:
            tr = TableRow()
            skip = 0
            for c in row:
                if skip:
                    skip -= 1
                    tr.addElement(CoveredTableCell())
                    continue
                if c is None:
                    tr.addElement(TableCell())
                    continue
                tr.addElement(self._cell(c))
                if c.get("span"):
                    skip = c["span"] - 1
            t.addElement(tr)
        self.doc.spreadsheet.addElement(t)

    def _cell(self, c):
        st = self.style(c.get("fmt"), c.get("bold", False), c.get("italic", False), c.get("bg"), c.get("color"),
                        c.get("size"), c.get("wrap", False), c.get("align"), c.get("border", False))
        kw = {"stylename": st}
        if c.get("span"):
            kw["numbercolumnsspanned"] = c["span"]
        t = c["t"]
        v = c.get("v")
        if c.get("f"):
            kw["formula"] = "of:=" + c["f"]
        if t == "s":
            cell = TableCell(valuetype="string", **kw)
            disp = v
        elif t == "n":
            cell = TableCell(valuetype="float", value=repr(float(v)) if not float(v).is_integer() else str(int(v)), **kw)
            dec = {"int": 0, "dec1": 1, "dec2": 2}.get(c.get("fmt"), 0)
            disp = fr_num(v, dec)
        elif t == "p":
            cell = TableCell(valuetype="percentage", value=repr(float(v)), **kw)
            disp = pct(v, 1 if c.get("fmt") == "pct1" else 0)
        elif t == "e":
            cell = TableCell(valuetype="currency", currency="EUR", value=repr(float(v)), **kw)
            disp = eur(v, 2 if c.get("fmt") == "eur2" else 0)
        elif t == "time":
            cell = TableCell(valuetype="time", timevalue="PT00H%02dM%02dS" % (v // 60, v % 60), **kw)
            disp = "%d:%02d" % (v // 60, v % 60)
        elif t == "d":
            cell = TableCell(valuetype="date", datevalue=v, **kw)
            y, m, d = v.split("-")
            disp = "%s/%s/%s" % (d, m, y)
        else:
            raise ValueError(t)
        cell.addElement(OP(text=str(disp)))
        return cell

    def save(self, ods_path):
        m = self.doc.meta
        m.addElement(DcTitle(text="Pilotage visibilité et achat de mots-clés — Ribes Location"))
        m.addElement(InitialCreator(text=AUTHOR))
        m.addElement(Creator(text=AUTHOR))
        m.addElement(CreationDate(text=XLSX_CREATED[:-1]))
        m.addElement(DcDate(text=XLSX_ISO[:-1]))
        self.doc.save(ods_path)


def S(v, **kw):
    d = {"t": "s", "v": v}
    d.update(kw)
    return d


def N(v, fmt="int", **kw):
    d = {"t": "n", "v": v, "fmt": fmt}
    d.update(kw)
    return d


def PC(v, fmt="pct1", **kw):
    d = {"t": "p", "v": v, "fmt": fmt}
    d.update(kw)
    return d


def E(v, fmt="eur0", **kw):
    d = {"t": "e", "v": v, "fmt": fmt}
    d.update(kw)
    return d


def TMS(v, **kw):
    d = {"t": "time", "v": v, "fmt": "mss"}
    d.update(kw)
    return d


def D(v, **kw):
    d = {"t": "d", "v": v, "fmt": "date"}
    d.update(kw)
    return d


HEAD_BG = "#1f3864"
HEAD = dict(bold=True, bg=HEAD_BG, color="#ffffff", wrap=True, border=True)
TITLE = dict(bold=True, size="13pt", color="#1f3864")
GREEN = "#c6efce"
RED = "#ffc7ce"
GREY = "#d9d9d9"
TODO_BG = "#ffeb9c"


def hdr(*names):
    return [S(n, **HEAD) for n in names]


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_marquage(b):
    rows = [[S("Plan de marquage GA4 / GTM — portail compte pro (conteneur GTM-W7K4QZ2)", span=5, **TITLE)] + [None] * 4,
            [None] * 5,
            hdr("Événement", "Déclencheur", "Paramètres", "Balise GTM", "Statut")]
    ev = [
        ("page_view", "Toutes pages (config GA4)", "page_type, customer_type (pro / anonyme)", "GA4 — Configuration", "OK — vérifié DebugView 09/01"),
        ("view_item", "Affichage d'une fiche machine", "item_id, item_name, item_category, price_day, depot", "GA4 — view_item", "OK — vérifié DebugView 09/01"),
        ("select_dates", "Validation des dates dans le calendrier", "item_id, nb_jours, depot, date_debut", "GA4 — select_dates", "OK — vérifié DebugView 14/01"),
        ("begin_devis", "Clic « Demander un devis » (fiche, catégorie, en-tête)", "item_id, source_page (fiche / categorie / header)", "GA4 — begin_devis", "OK — vérifié DebugView 14/01"),
        ("sign_up_pro", "Création de compte pro validée", "method = siret, depot", "GA4 — sign_up", "OK — vérifié DebugView 14/01"),
        ("login", "Connexion compte pro", "method", "GA4 — login", "OK — vérifié DebugView 14/01"),
        ("generate_lead", "Page « Votre devis est envoyé »", "value (montant HT), currency, nb_machines, transport (oui/non)", "GA4 — generate_lead", "OK — vérifié DebugView 14/01"),
        ("begin_checkout", "Page de paiement de l'acompte", "value, currency, devis_id", "GA4 — begin_checkout", "OK — vérifié DebugView 21/01"),
        ("add_payment_info", "Choix du moyen de paiement (CB / virement)", "payment_type", "GA4 — add_payment_info", "TODO — à tester avec Pixel d'Oc"),
        ("purchase_acompte", "Acompte payé (page de confirmation)", "transaction_id, value, currency, items", "GA4 — purchase", "OK — vérifié DebugView 21/01"),
        ("refund", "Annulation / remboursement de l'acompte (back-office)", "transaction_id, value", "GA4 — refund", "TODO — à tester avec Pixel d'Oc"),
        ("file_download", "Téléchargement fiche technique PDF", "file_name, item_id", "GA4 — mesure améliorée", "OK — vérifié DebugView 21/01"),
        ("click_tel", "Clic sur un numéro de dépôt", "depot (fondeyre / labege)", "GA4 — click_tel", "OK — vérifié DebugView 21/01"),
        ("conversion Ads « Devis envoyé »", "= generate_lead", "value, currency", "Google Ads — Conversion", "OK — vérifié Tag Assistant 16/01"),
    ]
    for e in ev:
        todo = e[4].startswith("TODO")
        extra = dict(bg=TODO_BG) if todo else {}
        rows.append([S(e[0], bold=True, border=True, **extra), S(e[1], wrap=True, border=True, **extra),
                     S(e[2], wrap=True, border=True, **extra), S(e[3], border=True, **extra),
                     S(e[4], border=True, bold=todo, **extra)])
    rows.append([None] * 5)
    rows.append([S("Source : conteneur GTM publié le 08/01/2026 (version 14), contrôles DebugView et Tag Assistant.", italic=True, span=5)] + [None] * 4)
    b.sheet("Plan de marquage", ["4.2cm", "6.2cm", "7.4cm", "4.4cm", "6.2cm"], rows)


def sheet_kpi(b):
    ncol = 2 + 8 + 2
    rows = [[S("Suivi KPI — janvier à avril 2026 comparé à 2025 (portail compte pro ribes-location.fr)", span=ncol, **TITLE)] + [None] * (ncol - 1),
            [None] * ncol,
            hdr("Indicateur", "Source", *MONTHS, "Évol. avr. 26 / janv. 26", "Évol. avr. 26 / avr. 25")]
    r0 = 4  # première ligne de données (numérotation du tableur)
    lines = []   # (clé, libellé, source, type, valeurs ou formule)

    def val_row(label, src, vals, kind):
        lines.append(("v", label, src, vals, kind))

    def f_row(label, src, num_key, den_key, kind, one_minus=False):
        lines.append(("f", label, src, (num_key, den_key, one_minus), kind))

    def sec(label):
        lines.append(("sec", label))

    sec("Trafic et visibilité")
    val_row("Sessions", "GA4", K["sessions"], "int")
    val_row("dont sessions organiques", "GA4", K["sess_orga"], "int")
    val_row("Clics organiques", "Search Console", K["clics_gsc"], "int")
    val_row("Taux de rebond", "GA4", K["rebond"], "pct0")
    val_row("Durée moyenne d'engagement / session", "GA4", K["engag"], "time")
    val_row("Temps moyen sur fiche machine", "GA4 (type de page = fiche)", K["fiche"], "time")
    val_row("LCP mobile (75e centile, s)", "PageSpeed / CrUX", K["lcp"], "dec1")
    sec("Devis et commandes")
    val_row("Devis commencés (begin_devis, toutes pages)", "GA4", K["begin_all"], "int")
    val_row("dont depuis une fiche machine", "GA4", K["begin_fiche"], "int")
    val_row("Comptes créés ou connectés dans le tunnel", "GA4", K["comptes"], "int")
    val_row("Devis envoyés", "Magento / GA4 generate_lead", K["devis"], "int")
    val_row("Pages acompte atteintes", "GA4", K["acompte_vu"], "int")
    val_row("Commandes (acompte payé)", "Magento", K["commandes"], "int")
    f_row("Taux de devis (devis / sessions)", "calcul", "devis", "sessions", "pct1")
    f_row("Taux devis → commande", "calcul", "commandes", "devis", "pct1")
    f_row("Abandon à l'étape compte", "calcul", "comptes", "begin_all", "pct0", True)
    f_row("Abandon au formulaire devis", "calcul", "devis", "comptes", "pct0", True)
    f_row("Abandon au paiement de l'acompte", "calcul", "commandes", "acompte_vu", "pct0", True)
    sec("Chiffre d'affaires")
    val_row("CA portail compte pro (HT)", "Magento", K["ca_portail"], "eur0")
    val_row("Comptes pro actifs (≥ 1 commande)", "Magento", K["comptes_actifs"], "int")
    f_row("CA par compte pro actif", "calcul", "ca_portail", "comptes_actifs", "eur0")

    rownum = {}
    r = r0
    for ln in lines:
        if ln[0] == "v":
            key = [k for k, v in K.items() if v is ln[3]][0]
            rownum[key] = r
        r += 1
    r = r0
    for ln in lines:
        if ln[0] == "sec":
            rows.append([S(ln[1], bold=True, bg=GREY, span=ncol)] + [None] * (ncol - 1))
            r += 1
            continue
        _, label, src, data, kind = ln
        cells = [S(label, border=True, wrap=True), S(src, border=True, italic=True, color="#595959")]
        vals = []
        for i in range(8):
            cl = col(2 + i)
            if ln[0] == "v":
                v = data[i]
                vals.append(v)
                if v is None:
                    cells.append(S("n.d.", border=True, align="end", color="#808080"))
                elif kind == "time":
                    cells.append(TMS(v, border=True))
                elif kind in ("pct0", "pct1"):
                    cells.append(PC(v, kind, border=True))
                elif kind in ("eur0",):
                    cells.append(E(v, kind, border=True))
                else:
                    cells.append(N(v, kind, border=True))
            else:
                nk, dk, om = data
                a, bb = K[nk][i], K[dk][i]
                if a is None or bb is None:
                    cells.append(S("n.d.", border=True, align="end", color="#808080"))
                    vals.append(None)
                    continue
                v = (1 - a / bb) if om else a / bb
                vals.append(v)
                f = "[.%s%d]/[.%s%d]" % (cl, rownum[nk], cl, rownum[dk])
                if om:
                    f = "1-" + f
                if kind == "eur0":
                    cells.append(E(v, "eur0", f=f, border=True))
                else:
                    cells.append(PC(v, kind, f=f, border=True))
        # évolutions
        for (i1, i0) in ((7, 4), (7, 3)):
            v1, v0 = vals[i1], vals[i0]
            c1, c0 = col(2 + i1), col(2 + i0)
            if v1 is None or v0 is None:
                cells.append(S("—", border=True, align="center"))
            elif kind in ("pct0", "pct1"):
                cells.append(N((v1 - v0) * 100, "dec1", f="([.%s%d]-[.%s%d])*100" % (c1, r, c0, r), border=True,
                               italic=True))
            else:
                cells.append(PC(v1 / v0 - 1, "pct1", f="[.%s%d]/[.%s%d]-1" % (c1, r, c0, r), border=True, italic=True))
        rows.append(cells)
        r += 1
    rows.append([None] * ncol)
    rows.append([S("Évolution des taux en points (ex. -8,0 = -8 points). Temps au format min:s. n.d. = événement créé avec le plan de marquage du 08/01/2026.", italic=True, span=ncol)] + [None] * (ncol - 1))
    rows.append([S("Source : GA4 (propriété ribes-location.fr), Search Console, PageSpeed Insights (CrUX), exports Magento du 02/05/2026.", italic=True, span=ncol)] + [None] * (ncol - 1))
    b.sheet("Suivi KPI", ["7.2cm", "4.2cm"] + ["2.3cm"] * 8 + ["2.9cm", "2.9cm"], rows)


def sheet_mots_cles(b):
    rows = [hdr("Mot-clé", "Volume", "KD", "Intention", "Ville", "Page cible", "Pos. janv.", "Pos. avril", "Écart")]
    for i, k in enumerate(KW):
        r = i + 2
        e = k[7] - k[6]
        bg = GREEN if e < -2 else (RED if e > 2 else None)
        ex = dict(bg=bg) if bg else {}
        rows.append([S(k[0]), N(k[1]), N(k[2]), S(k[3]), S(k[4]), S(k[5]), N(k[6]), N(k[7]),
                     N(e, f="H%d-G%d" % (r, r), **ex)])
    b.sheet("Mots-clés", ["6.6cm", "1.9cm", "1.3cm", "2.2cm", "2.3cm", "7.4cm", "2.0cm", "2.0cm", "1.7cm"], rows)


def sheet_ads(b):
    ncol = 12
    rows = [[S("Achat de mots-clés — suivi hebdomadaire Google Ads, S1 à S16 2026 (5 janvier → 26 avril)", span=ncol, **TITLE)] + [None] * (ncol - 1),
            [S("Taux de marge location retenu (comptes 2025) :", span=3, italic=True), None, None, PC(MARGIN, "pct0", bold=True)] + [None] * 8,
            [None] * ncol]
    r = 4
    tot_rows = {}
    for name, *_ in CAMPAIGNS:
        rows.append([S(name, bold=True, color="#1f3864", span=4), None, None, None] + [None] * 8)
        r += 1
        rows.append(hdr("Semaine", "Impressions", "Clics", "CTR", "CPC", "Coût", "Devis", "Commandes", "CA location HT",
                        "Marge", "Rentabilité nette", "Coût / devis"))
        r += 1
        first = r
        for w, d in enumerate(ADS[name]):
            marge = d["ca"] * MARGIN
            renta = (marge - d["cout"]) / d["cout"]
            fill = GREEN if renta >= 0 else RED
            rows.append([S("S%d (%s)" % (w + 1, WEEK_START[w]), border=True), N(d["imp"], border=True),
                         N(d["clics"], border=True),
                         PC(d["clics"] / d["imp"], f="C%d/B%d" % (r, r), border=True),
                         E(d["cout"] / d["clics"], "eur2", f="F%d/C%d" % (r, r), border=True),
                         E(d["cout"], "eur2", border=True), N(d["devis"], border=True), N(d["cmd"], border=True),
                         E(d["ca"], border=True),
                         E(marge, f="I%d*$D$2" % r, border=True),
                         PC(renta, "pct0", f="(J%d-F%d)/F%d" % (r, r, r), border=True, bg=fill, bold=True),
                         E(d["cout"] / d["devis"] if d["devis"] else 0, "eur2",
                           f="IF(G%d=0;0;F%d/G%d)" % (r, r, r), border=True)])
            r += 1
        last = r - 1
        t = ADS_TOT[name]
        tot_rows[name] = r
        rows.append([S("Total S1–S16", bold=True, border=True, bg=GREY),
                     N(t["imp"], f="SUM(B%d:B%d)" % (first, last), bold=True, border=True, bg=GREY),
                     N(t["clics"], f="SUM(C%d:C%d)" % (first, last), bold=True, border=True, bg=GREY),
                     PC(t["ctr"], f="C%d/B%d" % (r, r), bold=True, border=True, bg=GREY),
                     E(t["cpc"], "eur2", f="F%d/C%d" % (r, r), bold=True, border=True, bg=GREY),
                     E(t["cout"], "eur2", f="SUM(F%d:F%d)" % (first, last), bold=True, border=True, bg=GREY),
                     N(t["devis"], f="SUM(G%d:G%d)" % (first, last), bold=True, border=True, bg=GREY),
                     N(t["cmd"], f="SUM(H%d:H%d)" % (first, last), bold=True, border=True, bg=GREY),
                     E(t["ca"], f="SUM(I%d:I%d)" % (first, last), bold=True, border=True, bg=GREY),
                     E(t["marge"], f="SUM(J%d:J%d)" % (first, last), bold=True, border=True, bg=GREY),
                     PC(t["renta"], "pct0", f="(J%d-F%d)/F%d" % (r, r, r), bold=True, border=True,
                        bg=GREEN if t["renta"] >= 0 else RED),
                     E(t["cpd"], "eur2", f="F%d/G%d" % (r, r), bold=True, border=True, bg=GREY)])
        r += 1
        rows.append([None] * ncol)
        r += 1
    # récapitulatif
    rows.append([S("Récapitulatif Search (3 campagnes)", bold=True, color="#1f3864", span=4), None, None, None] + [None] * 8)
    r += 1
    rows.append(hdr("Campagne", "Impressions", "Clics", "CTR", "CPC", "Coût", "Devis", "Commandes", "CA location HT",
                    "Marge", "Rentabilité nette", "Coût / devis"))
    r += 1
    first = r
    for name, *_ in CAMPAIGNS:
        t = ADS_TOT[name]
        tr = tot_rows[name]
        rows.append([S(name, border=True)] +
                    [N(t["imp"], f="B%d" % tr, border=True), N(t["clics"], f="C%d" % tr, border=True),
                     PC(t["ctr"], f="C%d/B%d" % (r, r), border=True), E(t["cpc"], "eur2", f="F%d/C%d" % (r, r), border=True),
                     E(t["cout"], "eur2", f="F%d" % tr, border=True), N(t["devis"], f="G%d" % tr, border=True),
                     N(t["cmd"], f="H%d" % tr, border=True), E(t["ca"], f="I%d" % tr, border=True),
                     E(t["marge"], f="J%d" % tr, border=True),
                     PC(t["renta"], "pct0", f="(J%d-F%d)/F%d" % (r, r, r), border=True, bold=True,
                        bg=GREEN if t["renta"] >= 0 else RED),
                     E(t["cpd"], "eur2", f="F%d/G%d" % (r, r), border=True)])
        r += 1
    last = r - 1
    rows.append([S("Total Search", bold=True, border=True, bg=GREY),
                 N(ALL["imp"], f="SUM(B%d:B%d)" % (first, last), bold=True, border=True, bg=GREY),
                 N(ALL["clics"], f="SUM(C%d:C%d)" % (first, last), bold=True, border=True, bg=GREY),
                 PC(ALL["ctr"], f="C%d/B%d" % (r, r), bold=True, border=True, bg=GREY),
                 E(ALL["cpc"], "eur2", f="F%d/C%d" % (r, r), bold=True, border=True, bg=GREY),
                 E(ALL["cout"], "eur2", f="SUM(F%d:F%d)" % (first, last), bold=True, border=True, bg=GREY),
                 N(ALL["devis"], f="SUM(G%d:G%d)" % (first, last), bold=True, border=True, bg=GREY),
                 N(ALL["cmd"], f="SUM(H%d:H%d)" % (first, last), bold=True, border=True, bg=GREY),
                 E(ALL["ca"], f="SUM(I%d:I%d)" % (first, last), bold=True, border=True, bg=GREY),
                 E(ALL["marge"], f="SUM(J%d:J%d)" % (first, last), bold=True, border=True, bg=GREY),
                 PC(ALL["renta"], "pct0", f="(J%d-F%d)/F%d" % (r, r, r), bold=True, border=True, bg=GREEN),
                 E(ALL["cpd"], "eur2", f="F%d/G%d" % (r, r), bold=True, border=True, bg=GREY)])
    rows.append([None] * ncol)
    rows.append([S("Source : Google Ads (impressions, clics, coût) ; Magento, champ gclid des devis (devis, commandes, CA location HT hors transport).", italic=True, span=ncol)] + [None] * (ncol - 1))
    b.sheet("Ads hebdo", ["3.0cm", "2.3cm", "1.7cm", "1.7cm", "1.8cm", "2.4cm", "1.6cm", "2.1cm", "2.8cm", "2.5cm", "2.4cm", "2.2cm"], rows)


def sheet_liens(b):
    rows = [[S("Domaines pointants gagnés entre le 15/01 et le 15/04/2026", span=6, **TITLE)] + [None] * 5,
            [None] * 6,
            hdr("Domaine", "Date du lien", "Type", "Page cible", "DR (Ahrefs)", "Sessions referral (GA4, au 30/04)")]
    r = 4
    first = r
    for d in LINKS:
        app = d[0] in APPORTEURS
        ex = dict(bold=True) if app else {}
        rows.append([S(d[0], border=True, **ex), D(d[1], border=True), S(d[2], border=True), S(d[3], border=True),
                     N(d[4], border=True), N(d[5], border=True, **ex)])
        r += 1
    last = r - 1
    rows.append([S("Total", bold=True, border=True, bg=GREY), S("", border=True, bg=GREY), S("", border=True, bg=GREY),
                 S("", border=True, bg=GREY),
                 N(sum(x[4] for x in LINKS) / len(LINKS), "dec1", f="AVERAGE(E%d:E%d)" % (first, last), border=True, bg=GREY, italic=True),
                 N(LINK_SESS, f="SUM(F%d:F%d)" % (first, last), bold=True, border=True, bg=GREY)])
    r += 1
    rows.append([None] * 6)
    r += 1
    rows.append([S("Domaines pointants (Ahrefs Webmaster Tools)", bold=True, color="#1f3864", span=3), None, None, None, None, None])
    r += 1
    rows.append(hdr("Relevé", "Domaines") + [None] * 4)
    r += 1
    rows.append([S("15/01/2026", border=True), N(DOM_JAN, border=True), None, None, None, None])
    r1 = r
    r += 1
    rows.append([S("15/04/2026", border=True), N(DOM_APR, border=True), None, None, None, None])
    r2 = r
    r += 1
    rows.append([S("Gain", bold=True, border=True), N(DOM_APR - DOM_JAN, f="B%d-B%d" % (r2, r1), bold=True, border=True), None, None, None, None])
    rows.append([None] * 6)
    rows.append([S("En gras : les trois sites apporteurs suivis (Bâti-Occitanie, FFB 31, Le Carnet du Charpentier).", italic=True, span=6)] + [None] * 5)
    rows.append([S("Source : Ahrefs Webmaster Tools (domaines, DR), GA4 > Acquisition > Trafic de référence (sessions).", italic=True, span=6)] + [None] * 5)
    b.sheet("Liens", ["5.6cm", "2.6cm", "5.6cm", "7.4cm", "2.2cm", "4.4cm"], rows)


def sheet_actions(b):
    rows = [[S("Actions correctives classées — après le bilan d'avril 2026", span=6, **TITLE)] + [None] * 5,
            [None] * 6,
            hdr("Rang", "Action", "Objectif visé", "Responsable", "Semaine", "Statut")]
    for a in ACTIONS:
        rows.append([N(a[0], border=True, align="center"), S(a[1], wrap=True, border=True), S(a[2], border=True),
                     S(a[3], border=True), S(a[4], border=True, align="center"), S("planifiée", border=True)])
    rows.append([None] * 6)
    rows.append([None] * 6)
    rows.append([S("Points de rupture du tunnel devis", span=6, **TITLE)] + [None] * 5)
    rows.append([None] * 6)
    rows.append(hdr("N°", "Point de rupture", "Étape", "Constat", "Correction", "Semaine"))
    for i, p in enumerate(RUPTURES, 1):
        planned = p[4].startswith("S")
        rows.append([N(i, border=True, align="center"), S(p[0], border=True, bold=True), S(p[1], border=True),
                     S(p[2], wrap=True, border=True), S(p[3], wrap=True, border=True),
                     S(p[4], border=True, align="center", bg=GREEN if planned else TODO_BG)])
    rows.append([None] * 6)
    rows.append([S("S18 = semaine du 27 avril 2026. « à arbitrer » : chiffrage Pixel d'Oc attendu, décision P. Ribes.", italic=True, span=6)] + [None] * 5)
    b.sheet("Actions", ["1.4cm", "9.0cm", "4.4cm", "6.6cm", "6.4cm", "2.4cm"], rows)


def build_xlsx():
    b = Book()
    sheet_marquage(b)
    sheet_kpi(b)
    sheet_mots_cles(b)
    sheet_ads(b)
    sheet_liens(b)
    sheet_actions(b)
    tmp = tempfile.mkdtemp(prefix="c128-")
    try:
        ods = os.path.join(tmp, "Ribes_pilotage_SEO_SEA_v4.ods")
        b.save(ods)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-c128-location-materiel-btp-toulouse",
                        "--headless", "--convert-to", "xlsx", "--outdir", tmp, ods],
                       check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        src = os.path.join(tmp, "Ribes_pilotage_SEO_SEA_v4.xlsx")
        repack_xlsx(src, XLSX)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dc:creator>%s</dc:creator>'
            '<dc:description></dc:description><dc:language>fr-FR</dc:language><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified><cp:revision>4</cp:revision>'
            '<dc:subject></dc:subject><dc:title>%s</dc:title></cp:coreProperties>')


def repack_xlsx(src, dst):
    zin = zipfile.ZipFile(src)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "docProps/core.xml":
                data = (CORE_XML % (XLSX_CREATED, AUTHOR, AUTHOR, XLSX_ISO,
                                    "Pilotage visibilité et achat de mots-clés — Ribes Location")).encode("utf-8")
            if name == "docProps/app.xml":
                data = re.sub(rb"<TotalTime>\d+</TotalTime>", b"<TotalTime>412</TotalTime>", data)
            zi = zipfile.ZipInfo(name, XLSX_STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# =====================================================================================================
# ANNEXE A : 12 captures figurées (cadres d'interface gris, texte extractible)
# =====================================================================================================
NAVY = colors.HexColor("#1F3864")
INK = colors.HexColor("#1A1A1A")
UI_FRAME = colors.HexColor("#D5D8DC")
UI_BAR = colors.HexColor("#E9EBEE")
UI_BG = colors.HexColor("#FFFFFF")
UI_LINE = colors.HexColor("#B8BEC6")
UI_TXT = colors.HexColor("#3C4043")
UI_SOFT = colors.HexColor("#F3F4F6")
G_BLUE = colors.HexColor("#1A73E8")
G_PURPLE = colors.HexColor("#7E57C2")
G_ORANGE = colors.HexColor("#E8710A")
G_GREEN = colors.HexColor("#188038")
G_RED = colors.HexColor("#D93025")

ANNEX_FIGS = [
    (1, "Search Console — Performances, requêtes « nacelle » et « mini pelle », janvier et avril 2026",
     "Position moyenne par requête, filtre pays France, comparaison 1–31 janv. / 1–30 avril 2026.",
     "Les requêtes locales remontent toutes en première page ; le générique « location nacelle » reste loin."),
    (2, "Search Console — requête « location nacelle toulouse », position hebdomadaire",
     "Position moyenne de 11,4 (semaine du 5 janvier) à 3,1 (semaine du 20 avril).",
     "Saut visible après la mise en ligne de la page mère le 2 février et des filles le 16 février."),
    (3, "Semrush — suivi de position, localisation Toulouse (31000), 85 mots-clés",
     "Campagne « Ribes — grille v4 » : visibilité, nombre de requêtes dans le top 3 et le top 10.",
     "Mêmes 85 mots-clés que l'onglet Mots-clés ; relevés du 15 janvier et du 15 avril."),
    (4, "Ahrefs Webmaster Tools — domaines pointants, janvier à avril 2026",
     "Courbe des domaines référents de ribes-location.fr : 38 le 15 janvier, 61 le 15 avril.",
     "Les paliers correspondent aux inscriptions d'annuaires (janvier) et aux articles invités (mars)."),
    (5, "Ahrefs Webmaster Tools — nouveaux domaines pointants (extrait)",
     "Tri par date de première détection, colonnes DR, page liée et ancre.",
     "Liste complète des 23 domaines, avec les sessions apportées : onglet Liens du classeur."),
    (6, "Google Ads — aperçu de l'annonce responsive du groupe « Nacelle ciseaux électrique »",
     "Aperçu mobile généré par Google Ads, combinaison la plus affichée en mars.",
     "Le prix jour HT et la livraison chantier sont dans les titres ; l'extension d'appel renvoie au dépôt."),
    (7, "Photoshop — photo d'origine de la nacelle ciseaux 10 m (avant)",
     "Photo prise au dépôt de Fondeyre au smartphone, 4 032 × 3 024 px, fond parking et clôture.",
     "Machine légèrement de biais, reflets sur le capot, autre machine dans le champ à droite."),
    (8, "Photoshop — même photo détourée sur fond blanc (après)",
     "Sélection du sujet, masque de fusion affiné au pinceau, fond blanc, ombre portée à 18 %.",
     "Perspective redressée ; export WebP 1 600 px, 148 Ko, pour la fiche machine et la galerie."),
    (9, "GA4 — exploration « Tunnel devis », avril 2026",
     "Entonnoir fermé en 5 étapes, construit sur les événements du plan de marquage.",
     "Mêmes chiffres que l'onglet Suivi KPI (lignes devis commencés à commandes)."),
    (10, "Hotjar — carte de clics desktop, fiche « Mini-pelle 2,7 t »",
     "Enregistrement du 9 au 23 mars 2026, 1 212 sessions desktop.",
     "Zones les plus cliquées : galerie photo, onglet Caractéristiques et tableau des godets."),
    (11, "Fiche machine en ligne — « Nacelle ciseaux électrique 10 m »",
     "Capture pleine page réduite, version desktop, après réécriture (mise en ligne du 23 février).",
     "Blocs dans l'ordre du modèle de fiche machine (schéma 4 du rapport)."),
    (12, "Formulaire de création du compte pro",
     "Écran affiché après le clic « Demander un devis » quand le visiteur n'est pas connecté.",
     "Champs obligatoires marqués d'un astérisque ; Kbis demandé dès cette étape."),
]


def ui_chrome(c, x, y, w, h, url):
    c.setFillColor(UI_FRAME)
    c.setStrokeColor(UI_LINE)
    c.setLineWidth(0.6)
    c.roundRect(x, y, w, h, 4, stroke=1, fill=1)
    c.setFillColor(UI_BAR)
    c.rect(x + 3, y + h - 20, w - 6, 17, stroke=0, fill=1)
    for i, col_ in enumerate(("#E0675E", "#E5B94A", "#63B967")):
        c.setFillColor(colors.HexColor(col_))
        c.circle(x + 11 + i * 9, y + h - 11.5, 2.8, stroke=0, fill=1)
    c.setFillColor(UI_BG)
    c.roundRect(x + 42, y + h - 17, w - 52, 11, 3, stroke=0, fill=1)
    c.setFillColor(UI_TXT)
    c.setFont("Ar", 6.4)
    c.drawString(x + 47, y + h - 13.6, url)
    c.setFillColor(UI_BG)
    c.rect(x + 3, y + 3, w - 6, h - 25, stroke=0, fill=1)
    return x + 3, y + 3, w - 6, h - 25


def txt(c, x, y, s, size=7, font="Ar", color=UI_TXT, right=False, center=False):
    c.setFont(font, size)
    c.setFillColor(color)
    if right:
        c.drawRightString(x, y, s)
    elif center:
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


def line_chart(c, x, y, w, h, series, ymin, ymax, labels, invert=False, colors_=(G_BLUE, G_PURPLE), grid=4,
               yfmt=lambda v: fr_num(v, 0)):
    c.setStrokeColor(colors.HexColor("#E3E5E8"))
    c.setLineWidth(0.4)
    for i in range(grid + 1):
        yy = y + h * i / grid
        c.line(x, yy, x + w, yy)
        v = ymin + (ymax - ymin) * i / grid
        if invert:
            v = ymax - (ymax - ymin) * i / grid
        txt(c, x - 3, yy - 2, yfmt(v), 5.6, right=True)
    n = len(labels)
    for i, lab in enumerate(labels):
        if lab:
            txt(c, x + w * i / (n - 1), y - 8, lab, 5.6, center=True)
    for k, s in enumerate(series):
        c.setStrokeColor(colors_[k % len(colors_)])
        c.setLineWidth(1.3)
        pts = []
        for i, v in enumerate(s):
            t = (v - ymin) / (ymax - ymin)
            if invert:
                t = 1 - t
            pts.append((x + w * i / (n - 1), y + h * t))
        for a, b_ in zip(pts, pts[1:]):
            c.line(a[0], a[1], b_[0], b_[1])


def table_ui(c, x, y, w, cols, rows, widths, size=6.6, rh=11, head_bg=UI_SOFT, bold_first=False):
    tw = float(sum(widths))
    xs = [x]
    for wd in widths:
        xs.append(xs[-1] + w * wd / tw)
    c.setFillColor(head_bg)
    c.rect(x, y - rh, w, rh, stroke=0, fill=1)
    for j, h_ in enumerate(cols):
        if j == 0:
            txt(c, xs[j] + 3, y - rh + 3.4, h_, size, "ArB")
        else:
            txt(c, xs[j + 1] - 3, y - rh + 3.4, h_, size, "ArB", right=True)
    yy = y - rh
    for r in rows:
        c.setStrokeColor(colors.HexColor("#E3E5E8"))
        c.setLineWidth(0.4)
        c.line(x, yy, x + w, yy)
        yy -= rh
        for j, v in enumerate(r):
            f = "ArB" if (bold_first and j == 0) else "Ar"
            if j == 0:
                txt(c, xs[j] + 3, yy + 3.4, v, size, f)
            else:
                txt(c, xs[j + 1] - 3, yy + 3.4, v, size, f, right=True)
    return yy


def fig_content(c, n, x, y, w, h):
    top = y + h
    if n == 1:
        txt(c, x + 10, top - 16, "Performances dans les résultats de recherche", 9, "ArB")
        txt(c, x + 10, top - 28, "Type de recherche : Web   ·   Date : comparer 1–31 janv. 2026 / 1–30 avr. 2026   ·   Requête contient : nacelle | mini pelle", 6.4)
        rows = []
        for i in (0, 5, 8, 13, 28, 29, 30, 31, 40, 2):
            k = KW[i]
            if i == 0:
                pj, pa = 11.1, 3.4
            else:
                pj, pa = k[6] + (i % 5) / 10.0 + 0.2, k[7] + (i % 3) / 10.0 + 0.1
            rows.append([k[0], fr_num(pj, 1), fr_num(pa, 1), fr_num(pj - pa, 1)])
        table_ui(c, x + 10, top - 36, w - 20, ["Requêtes les plus fréquentes", "Position janv.", "Position avril", "Gain"],
                 rows, [5.2, 1.4, 1.4, 1.0], size=6.6, rh=11.6)
    elif n == 2:
        txt(c, x + 10, top - 16, "Requête : location nacelle toulouse", 9, "ArB")
        txt(c, x + 10, top - 28, "Position moyenne, par semaine (5 janv. → 26 avr. 2026)", 6.4)
        pos = [11.4, 11.1, 10.8, 10.9, 8.7, 7.9, 6.8, 6.1, 5.4, 5.2, 4.6, 4.1, 3.8, 3.5, 3.3, 3.1]
        lab = ["S%d" % (i + 1) if i % 3 == 0 or i == 15 else "" for i in range(16)]
        line_chart(c, x + 34, y + 22, w - 54, h - 64, [pos], 1, 13, lab, invert=True, colors_=(G_PURPLE,),
                   yfmt=lambda v: fr_num(v, 0))
        txt(c, x + w - 12, top - 16, "Position moyenne : 3,1", 8, "ArB", G_PURPLE, right=True)
    elif n == 3:
        txt(c, x + 10, top - 16, "Position Tracking — Ribes — grille v4", 9, "ArB")
        txt(c, x + 10, top - 28, "Appareil : mobile  ·  Localisation : Toulouse, 31000  ·  Moteur : Google.fr  ·  85 mots-clés", 6.4)
        top3_j = sum(1 for k in KW if k[6] <= 3)
        tiles = [("Visibilité", "4,1 % → 17,8 %"), ("Top 3", "%d → %d" % (top3_j, KW_TOP3_APR)),
                 ("Top 10", "%d → %d" % (KW_P1_JAN, KW_P1_APR)), ("Améliorés / dégradés", "%d / %d" % (KW_GAIN, KW_DOWN))]
        tw_ = (w - 20) / 4
        for i, (a, b_) in enumerate(tiles):
            xx = x + 10 + i * tw_
            c.setFillColor(UI_SOFT)
            c.rect(xx + 2, top - 74, tw_ - 4, 36, stroke=0, fill=1)
            txt(c, xx + 8, top - 50, a, 6.6)
            txt(c, xx + 8, top - 66, b_, 10, "ArB", G_BLUE)
        vis = [4.1, 4.3, 4.6, 5.2, 7.4, 8.9, 10.2, 11.0, 12.6, 13.4, 14.8, 15.5, 16.1, 16.9, 17.4, 17.8]
        lab = ["15/01", "", "", "", "", "15/02", "", "", "", "", "15/03", "", "", "", "", "15/04"]
        line_chart(c, x + 34, y + 22, w - 54, h - 120, [vis], 0, 20, lab, colors_=(G_BLUE,),
                   yfmt=lambda v: fr_num(v, 0) + " %")
    elif n == 4:
        txt(c, x + 10, top - 16, "Site Explorer — ribes-location.fr — Domaines référents", 9, "ArB")
        txt(c, x + 10, top - 28, "Domaines référents : 61   (+23 sur 3 mois)      Backlinks : 412      DR : 24", 6.8, "ArB", UI_TXT)
        dom = [38, 39, 40, 42, 44, 45, 46, 49, 51, 52, 53, 56, 58, 59, 60, 61]
        lab = ["15 janv.", "", "", "", "", "15 févr.", "", "", "", "", "15 mars", "", "", "", "", "15 avr."]
        line_chart(c, x + 34, y + 22, w - 54, h - 64, [dom], 30, 70, lab, colors_=(G_ORANGE,))
    elif n == 5:
        txt(c, x + 10, top - 16, "Domaines référents — nouveaux (extrait)", 9, "ArB")
        rows = []
        for d in sorted(LINKS, key=lambda z: z[1], reverse=True)[:9]:
            rows.append([d[0], str(d[4]), d[3][:34], "%s/%s" % (d[1][8:10], d[1][5:7])])
        table_ui(c, x + 10, top - 24, w - 20, ["Domaine", "DR", "Page liée", "Détecté le"], rows, [3.4, 0.7, 4.2, 1.2],
                 size=6.5, rh=11.2)
    elif n == 6:
        c.setFillColor(UI_SOFT)
        c.rect(x + w / 2 - 110, y + 8, 220, h - 16, stroke=0, fill=1)
        bx = x + w / 2 - 100
        txt(c, bx, top - 24, "Annonce · www.ribes-location.fr/nacelles", 6.6, "ArB")
        txt(c, bx, top - 38, "Location Nacelle Ciseaux 10 m | Dès 139 € HT / Jour", 8.2, "ArB", G_BLUE)
        txt(c, bx, top - 50, "| Livraison Chantier Toulouse", 8.2, "ArB", G_BLUE)
        for i, l_ in enumerate(["Nacelle ciseaux électrique 10 m, 0,81 m de large :",
                                "passe les portes. Devis compte pro en 2 minutes.",
                                "Livraison sur chantier 85 € HT. VGP à jour, PV de",
                                "livraison signé sur place. Encours pour les pros."]):
            txt(c, bx, top - 66 - i * 10, l_, 6.8)
        txt(c, bx, top - 114, "Nacelles électriques   ·   Nacelles articulées   ·   Compte pro", 6.6, "Ar", G_BLUE)
        txt(c, bx, top - 128, "Appeler le dépôt : 05 61 •• •• 40", 6.6, "ArB", G_GREEN)
    elif n in (7, 8):
        c.setFillColor(colors.HexColor("#2B2B2B"))
        c.rect(x, y, w, h, stroke=0, fill=1)
        txt(c, x + 8, top - 12, "Fichier  Édition  Image  Calque  Texte  Sélection  Filtre  3D  Affichage  Fenêtre  Aide", 6.2, color=colors.HexColor("#DDDDDD"))
        cx, cy, cw, ch = x + 28, y + 10, w - 140, h - 40
        if n == 7:
            c.setFillColor(colors.HexColor("#8E9296"))
            c.rect(cx, cy, cw, ch, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#6E7377"))
            c.rect(cx, cy, cw, ch * 0.42, stroke=0, fill=1)
            c.setStrokeColor(colors.HexColor("#55595C"))
            for i in range(9):
                c.line(cx + i * cw / 9, cy + ch * 0.42, cx + i * cw / 9 + 6, cy + ch * 0.85)
        else:
            c.setFillColor(colors.white)
            c.rect(cx, cy, cw, ch, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#E4E4E4"))
            c.ellipse(cx + cw * 0.28, cy + 8, cx + cw * 0.72, cy + 20, stroke=0, fill=1)
        mx = cx + cw * 0.32 + (0 if n == 8 else 10)
        c.setFillColor(colors.HexColor("#E07B1F"))
        c.rect(mx, cy + 18, cw * 0.36, 16, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#E07B1F"))
        c.setLineWidth(2)
        for i in range(4):
            c.line(mx + 4, cy + 38 + i * 16, mx + cw * 0.36 - 4, cy + 50 + i * 16)
            c.line(mx + cw * 0.36 - 4, cy + 38 + i * 16, mx + 4, cy + 50 + i * 16)
        c.setFillColor(colors.HexColor("#E07B1F"))
        c.rect(mx - 4, cy + 104, cw * 0.36 + 8, 8, stroke=0, fill=1)
        if n == 7:
            c.setFillColor(colors.HexColor("#4F6B8A"))
            c.rect(cx + cw * 0.78, cy + 18, cw * 0.2, 60, stroke=0, fill=1)
        px = x + w - 104
        c.setFillColor(colors.HexColor("#383838"))
        c.rect(px, y + 6, 98, h - 26, stroke=0, fill=1)
        txt(c, px + 6, top - 30, "Calques", 7, "ArB", colors.HexColor("#EEEEEE"))
        layers = ["Calque 0"] if n == 7 else ["Nacelle détourée", "Ombre portée 18 %", "Fond blanc #FFFFFF"]
        for i, l_ in enumerate(layers):
            txt(c, px + 10, top - 46 - i * 13, l_, 6.6, color=colors.HexColor("#DDDDDD"))
        info = "IMG_4417.jpg @ 25 % (RVB/8)" if n == 7 else "nacelle-ciseaux-10m.psd @ 25 % (Nacelle détourée, RVB/8)"
        txt(c, cx, top - 25, info, 6.2, color=colors.HexColor("#DDDDDD"))
    elif n == 9:
        txt(c, x + 10, top - 16, "Exploration de l'entonnoir — Tunnel devis", 9, "ArB")
        txt(c, x + 10, top - 28, "Période : 1–30 avr. 2026   ·   Entonnoir fermé   ·   Utilisateurs actifs", 6.4)
        steps = [("1. begin_devis", K["begin_all"][7]), ("2. compte (sign_up_pro / login)", K["comptes"][7]),
                 ("3. generate_lead", K["devis"][7]), ("4. begin_checkout", K["acompte_vu"][7]),
                 ("5. purchase_acompte", K["commandes"][7])]
        bw = (w - 40) / 5
        base = y + 26
        hmax = h - 80
        for i, (lab, v) in enumerate(steps):
            bh = hmax * v / steps[0][1]
            xx = x + 20 + i * bw
            c.setFillColor(G_BLUE)
            c.rect(xx + 6, base, bw - 12, bh, stroke=0, fill=1)
            txt(c, xx + bw / 2, base + bh + 4, fr_num(v), 7, "ArB", center=True)
            txt(c, xx + bw / 2, base - 9, lab, 5.6, center=True)
            if i:
                prev = steps[i - 1][1]
                txt(c, xx + bw / 2, base - 17, "abandon " + pct(1 - v / prev, 1), 5.6, color=G_RED, center=True)
    elif n == 10:
        txt(c, x + 10, top - 16, "Heatmaps — Fiche Mini-pelle 2,7 t — Clics — Desktop", 9, "ArB")
        txt(c, x + 10, top - 28, "1 212 sessions enregistrées  ·  9 mars – 23 mars 2026", 6.4)
        px, py, pw, ph_ = x + 60, y + 10, w - 120, h - 44
        c.setStrokeColor(UI_LINE)
        c.setFillColor(UI_SOFT)
        c.rect(px, py, pw, ph_, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#D0D4D9"))
        c.rect(px + 8, py + ph_ - 90, pw * 0.48, 80, stroke=0, fill=1)
        for i in range(5):
            c.rect(px + pw * 0.55, py + ph_ - 22 - i * 14, pw * 0.4, 8, stroke=0, fill=1)
        c.rect(px + 8, py + 10, pw - 16, 26, stroke=0, fill=1)
        txt(c, px + 12, py + 26, "Caractéristiques   ·   Godets   ·   Documents", 6.2)
        for (hx, hy, r, col_) in ((0.22, 0.72, 24, "#F4511E"), (0.25, 0.7, 12, "#D50000"), (0.14, 0.62, 14, "#FFB300"),
                                  (0.38, 0.65, 11, "#FFB300"), (0.12, 0.17, 13, "#F4511E"), (0.3, 0.17, 10, "#FFB300"),
                                  (0.72, 0.83, 9, "#FFEE58"), (0.8, 0.55, 8, "#FFEE58")):
            c.setFillColor(colors.HexColor(col_))
            c.setFillAlpha(0.7)
            c.circle(px + pw * hx, py + ph_ * hy, r, stroke=0, fill=1)
        c.setFillAlpha(1)
    elif n == 11:
        px, pw = x + 40, w - 80
        txt(c, px, top - 12, "Accueil > Nacelles > Nacelles ciseaux > Nacelle ciseaux électrique 10 m", 5.8)
        c.setFillColor(colors.HexColor("#ECEFF1"))
        c.rect(px, top - 104, pw * 0.44, 84, stroke=0, fill=1)
        txt(c, px + pw * 0.22, top - 64, "[photo détourée fond blanc]", 6, center=True)
        rx = px + pw * 0.48
        txt(c, rx, top - 28, "Nacelle ciseaux électrique 10 m", 9.5, "ArB", NAVY)
        for i, l_ in enumerate(["Hauteur de travail 10 m  ·  Largeur 0,81 m  ·  Poids 2 350 kg",
                                "139 € HT / jour   —   556 € HT / semaine",
                                "Caution : 1 500 € (empreinte bancaire)",
                                "Disponible à Fondeyre : oui   ·   Labège : le 6 mai",
                                "Livraison et reprise sur chantier : 85 € HT par trajet (zone 1)"]):
            txt(c, rx, top - 42 - i * 11, l_, 6.4, "ArB" if i == 1 else "Ar")
        c.setFillColor(colors.HexColor("#F28C28"))
        c.rect(rx, top - 112, 96, 14, stroke=0, fill=1)
        txt(c, rx + 48, top - 107.5, "Demander un devis", 7, "ArB", colors.white, center=True)
        txt(c, px, top - 124, "Vidéo de démonstration   ·   Questions fréquentes   ·   Machines similaires", 6.4, "ArB")
        for i in range(3):
            c.setFillColor(UI_SOFT)
            c.rect(px + i * (pw / 3), y + 8, pw / 3 - 8, 30, stroke=0, fill=1)
        txt(c, px + 4, y + 26, "Nacelle ciseaux 8 m", 6)
        txt(c, px + pw / 3 + 4, y + 26, "Nacelle ciseaux 12 m", 6)
        txt(c, px + 2 * pw / 3 + 4, y + 26, "Nacelle ciseaux diesel 12 m", 6)
    elif n == 12:
        px, pw = x + 70, w - 140
        txt(c, px, top - 16, "Créer mon compte pro", 10, "ArB", NAVY)
        txt(c, px, top - 27, "Pour recevoir votre devis, ouvrez votre compte professionnel (2 minutes).", 6.4)
        fields = ["Raison sociale *", "SIRET * (14 chiffres, sans espaces)", "Kbis de moins de 3 mois * (PDF, 2 Mo max.)",
                  "Nom et prénom *", "E-mail professionnel *", "Téléphone *", "Dépôt préféré : Fondeyre / Labège"]
        for i, f_ in enumerate(fields):
            yy = top - 42 - i * 18
            txt(c, px, yy, f_, 6.4)
            c.setStrokeColor(UI_LINE)
            c.setFillColor(colors.white)
            c.rect(px + pw * 0.52, yy - 4, pw * 0.48, 12, stroke=1, fill=1)
        txt(c, px, top - 42 - 7 * 18, "[ ] J'accepte les conditions générales de location *", 6.4)
        c.setFillColor(colors.HexColor("#F28C28"))
        c.rect(px + pw * 0.52, y + 8, pw * 0.48, 14, stroke=0, fill=1)
        txt(c, px + pw * 0.76, y + 12.5, "Créer mon compte pro", 7, "ArB", colors.white, center=True)


FIG_URL = {
    1: "search.google.com/search-console/performance/search-analytics?resource_id=sc-domain:ribes-location.fr",
    2: "search.google.com/search-console/performance/search-analytics?query=location+nacelle+toulouse",
    3: "www.semrush.com/tracking/overview/?campaign=ribes-grille-v4",
    4: "app.ahrefs.com/site-explorer/overview/v2/subdomains/live?target=ribes-location.fr",
    5: "app.ahrefs.com/site-explorer/refdomains/new?target=ribes-location.fr",
    6: "ads.google.com/aw/ads/preview?campaignId=…",
    7: "Adobe Photoshop 2025",
    8: "Adobe Photoshop 2025",
    9: "analytics.google.com/analytics/web/#/p318457201/analysis/funnel",
    10: "insights.hotjar.com/sites/3384120/heatmaps/maps/…",
    11: "www.ribes-location.fr/nacelle-ciseaux-electrique-10-m",
    12: "www.ribes-location.fr/compte-pro/creer",
}


def build_annex():
    c = rl_canvas.Canvas(PDF_ANNEX, pagesize=A4, invariant=1)
    c.setTitle("Annexe A — Captures d'écran — Ribes Location")
    c.setAuthor(AUTHOR)
    c.setCreator("Microsoft® Word pour Microsoft 365")
    c.setSubject("Dossier blocs 3 et 4 — annexe A")
    PW_, PH_ = A4
    lm = 2.0 * cm
    fw = PW_ - 2 * lm
    n_pages = 6
    for pg in range(n_pages):
        c.setFont("ArI", 8)
        c.setFillColor(colors.HexColor("#404040"))
        c.drawString(lm, PH_ - 1.3 * cm, "Ribes Location — Visibilité & contenus | A. Escudié")
        c.drawRightString(PW_ - lm, PH_ - 1.3 * cm, "Annexe A — Captures d'écran")
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.5)
        c.line(lm, PH_ - 1.45 * cm, PW_ - lm, PH_ - 1.45 * cm)
        y_top = PH_ - 2.0 * cm
        if pg == 0:
            c.setFont("ArB", 15)
            c.setFillColor(NAVY)
            c.drawString(lm, y_top - 14, "Annexe A — Captures d'écran (fig. 1 à 12)")
            c.setFont("Ar", 8.5)
            c.setFillColor(INK)
            c.drawString(lm, y_top - 28, "Captures faites entre le 15 janvier et le 2 mai 2026. Données anonymisées (numéros de téléphone, identifiants de comptes).")
            y_top -= 40
        slot = (y_top - 1.6 * cm) / 2
        for k in range(2):
            n, title, l1, l2 = ANNEX_FIGS[pg * 2 + k]
            fy = y_top - (k + 1) * slot
            fh = slot - 58
            x0, y0, w0, h0 = ui_chrome(c, lm, fy + 50, fw, fh, FIG_URL[n])
            fig_content(c, n, x0, y0, w0, h0)
            c.setFont("ArB", 8.8)
            c.setFillColor(NAVY)
            c.drawString(lm, fy + 36, "Fig. %d — %s" % (n, title))
            c.setFont("ArI", 8)
            c.setFillColor(INK)
            c.drawString(lm, fy + 24, l1)
            c.drawString(lm, fy + 13, l2)
        c.setFont("Ar", 8)
        c.setFillColor(colors.HexColor("#404040"))
        c.drawCentredString(PW_ / 2, 1.0 * cm, "Confidentiel — Annexe A — page %d/%d" % (pg + 1, n_pages))
        c.showPage()
    c.save()


# =====================================================================================================
# RAPPORT : mise en page « export Word »
# =====================================================================================================
PW, PH = A4
LM = RM = 2.2 * cm
TM = 2.3 * cm
BM = 2.0 * cm
UW = PW - LM - RM
GRID = colors.HexColor("#9FB0C8")
HEADER_TXT = "Ribes Location — Visibilité & contenus | A. Escudié"

body = ParagraphStyle("body", fontName="Ar", fontSize=10.8, leading=15.8, alignment=TA_JUSTIFY, spaceAfter=7, textColor=INK)
bul = ParagraphStyle("bul", parent=body, leftIndent=0.7 * cm, bulletIndent=0.2 * cm, spaceAfter=3.6)
h1s = ParagraphStyle("h1", fontName="ArB", fontSize=18, leading=22, spaceBefore=14, spaceAfter=10, textColor=NAVY, keepWithNext=1)
h2s = ParagraphStyle("h2", fontName="ArB", fontSize=13, leading=16.5, spaceBefore=12, spaceAfter=5, textColor=NAVY, keepWithNext=1)
h3s = ParagraphStyle("h3", fontName="ArB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4, textColor=NAVY, keepWithNext=1)
caps = ParagraphStyle("cap", fontName="ArB", fontSize=8.6, leading=10.8, alignment=TA_LEFT, spaceBefore=4, spaceAfter=3,
                      textColor=NAVY, keepWithNext=1)
capd = ParagraphStyle("capd", fontName="ArI", fontSize=8.6, leading=10.8, alignment=TA_CENTER, spaceBefore=2, spaceAfter=8,
                      textColor=colors.HexColor("#333333"))
cell = ParagraphStyle("cell", fontName="Nr", fontSize=9.4, leading=11.6, alignment=TA_LEFT)
cellh = ParagraphStyle("cellh", parent=cell, fontName="NrB", textColor=colors.white)
adst = ParagraphStyle("ad", fontName="Ar", fontSize=9.8, leading=13.8, leftIndent=0.7 * cm, rightIndent=0.4 * cm,
                      spaceAfter=2.5, textColor=colors.HexColor("#202124"))
adhd = ParagraphStyle("adh", parent=adst, fontName="ArB", textColor=NAVY, spaceBefore=4)


def fr(t):
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s_ in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s_, "\u00a0" + s_[1:])
    t = re.sub(r"(\d) (\d{3})\b", "\\1\u00a0\\2", t)
    return t


def md(t):
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


HEAD_PAGES = {}


class Heading(Paragraph):
    def __init__(self, text, st, key, level):
        Paragraph.__init__(self, fr(text), st)
        self.key, self.level = key, level


class TOCLine(Flowable):
    def __init__(self, text, page, level):
        Flowable.__init__(self)
        self.text, self.page, self.level = text, page, level
        self.fn = "ArB" if level == 0 else "Ar"
        self.fs = 10.2 if level == 0 else 9.4
        self.ind = [0, 0.7 * cm, 1.4 * cm][level]

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 21 if self.level == 0 else 14.6
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(NAVY if self.level == 0 else INK)
        c.setFont(self.fn, self.fs)
        c.drawString(self.ind, 4, self.text)
        x = self.ind + c.stringWidth(self.text, self.fn, self.fs) + 4
        pg = str(self.page)
        c.drawRightString(self.aw, 4, pg)
        end = self.aw - c.stringWidth(pg, self.fn, self.fs) - 4
        c.setFont("Ar", self.fs)
        step = 4.4
        x = step * (int(x / step) + 1)
        while x < end:
            c.drawString(x, 4, ".")
            x += step


# ---------------------------------------------------------------- schémas
class Diagram(Flowable):
    def __init__(self, kind, height):
        Flowable.__init__(self)
        self.kind, self.height = kind, height

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.height

    def box(self, x, y, w, h, lines, fill, stroke=NAVY, fc=INK, size=7.6, bold_first=True, align="c"):
        c = self.canv
        c.setFillColor(fill)
        c.setStrokeColor(stroke)
        c.setLineWidth(0.7)
        c.roundRect(x, y, w, h, 3, stroke=1, fill=1)
        n = len(lines)
        lh = size + 2.2
        y0 = y + h / 2 + (n - 1) * lh / 2 - size / 3
        for i, l_ in enumerate(lines):
            c.setFont("NrB" if (bold_first and i == 0) else "Nr", size)
            c.setFillColor(fc)
            if align == "c":
                c.drawCentredString(x + w / 2, y0 - i * lh, l_)
            else:
                c.drawString(x + 5, y0 - i * lh, l_)

    def arrow(self, x1, y1, x2, y2, color=NAVY):
        c = self.canv
        c.setStrokeColor(color)
        c.setFillColor(color)
        c.setLineWidth(0.9)
        c.line(x1, y1, x2, y2)
        import math
        a = math.atan2(y2 - y1, x2 - x1)
        p = c.beginPath()
        p.moveTo(x2, y2)
        p.lineTo(x2 - 5 * math.cos(a - 0.4), y2 - 5 * math.sin(a - 0.4))
        p.lineTo(x2 - 5 * math.cos(a + 0.4), y2 - 5 * math.sin(a + 0.4))
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    def draw(self):
        getattr(self, "d_" + self.kind)()

    def d_matrix(self):
        c = self.canv
        W = self.width
        gx, gy, gw, gh = 70, 26, W - 200, self.height - 40
        cols_ = {"P1": colors.HexColor("#1F7A3A"), "P2": colors.HexColor("#E08A00"), "P3": colors.HexColor("#9E9E9E")}
        c.setFillColor(colors.HexColor("#EEF3EA"))
        c.rect(gx, gy + gh / 2, gw / 2, gh / 2, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#F7F7F7"))
        c.rect(gx + gw / 2, gy, gw / 2, gh / 2, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#C9CED6"))
        c.setLineWidth(0.4)
        for i in range(6):
            c.line(gx + gw * i / 5, gy, gx + gw * i / 5, gy + gh)
            c.line(gx, gy + gh * i / 5, gx + gw, gy + gh * i / 5)
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.9)
        c.line(gx, gy, gx + gw, gy)
        c.line(gx, gy, gx, gy + gh)
        c.setFont("Nr", 7.5)
        c.setFillColor(INK)
        for i in range(1, 6):
            c.drawCentredString(gx + gw * (i - 0.5) / 5, gy - 10, str(i))
            c.drawRightString(gx - 5, gy + gh * (i - 0.5) / 5 - 3, str(i))
        c.setFont("NrB", 8)
        c.drawCentredString(gx + gw / 2, gy - 21, "Effort (temps interne + jours intégrateur) →")
        c.saveState()
        c.translate(gx - 24, gy + gh / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, "Impact attendu sur les devis →")
        c.restoreState()
        c.setFont("NrI", 7.5)
        c.setFillColor(colors.HexColor("#1F7A3A"))
        c.drawString(gx + 4, gy + gh - 10, "à faire tout de suite")
        c.setFillColor(colors.HexColor("#777777"))
        c.drawRightString(gx + gw - 4, gy + 4, "à reporter")
        placed = {}
        for ch in CHANTIERS:
            n, name, imp, eff, who = ch
            key = (imp, eff)
            k = placed.get(key, 0)
            placed[key] = k + 1
            cx = gx + gw * (eff - 0.5) / 5 + (k % 3 - 1) * 14 * (1 if k else 0)
            cy = gy + gh * (imp - 0.5) / 5 + (k // 3) * 14
            if k:
                cx = gx + gw * (eff - 0.5) / 5 + [0, -14, 14, 0, -14, 14][k]
                cy = gy + gh * (imp - 0.5) / 5 + [0, 0, 0, 13, 13, 13][k]
            pr = prio(imp, eff)
            c.setFillColor(cols_[pr])
            c.circle(cx, cy, 6.2, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("NrB", 7)
            c.drawCentredString(cx, cy - 2.4, str(n))
        lx = gx + gw + 18
        c.setFont("NrB", 8)
        c.setFillColor(NAVY)
        c.drawString(lx, gy + gh - 4, "Priorité")
        for i, (pr, lab) in enumerate((("P1", "P1 : score ≥ 15"), ("P2", "P2 : score 9 à 14"), ("P3", "P3 : score < 9"))):
            c.setFillColor(cols_[pr])
            c.circle(lx + 5, gy + gh - 20 - i * 15, 5, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont("Nr", 7.8)
            c.drawString(lx + 14, gy + gh - 23 - i * 15, lab)
        c.setFont("NrI", 7.4)
        c.drawString(lx, gy + gh - 76, "Score = impact × (6 − effort)")
        c.drawString(lx, gy + gh - 88, "Numéros : voir Tab. 4")

    def d_steps(self):
        c = self.canv
        W = self.width
        steps = [("1. Journal ADV", "212 appels notés", "64 expressions"),
                 ("2. Semrush", "volumes, KD", "412 idées → 151"),
                 ("3. Écarts concurrents", "3 concurrents", "38 requêtes"),
                 ("4. Intention", "transac. / info / navig.", "hors cible → négatifs"),
                 ("5. Machine × ville", "14 familles × 5 zones", "couples utiles"),
                 ("6. Page", "1 requête = 1 page", "85 lignes")]
        bw = (W - 5 * 14) / 6
        y = 14
        for i, s_ in enumerate(steps):
            x = i * (bw + 14)
            fill = colors.HexColor("#E8EEF7") if i < 5 else colors.HexColor("#D6E9DA")
            self.box(x, y, bw, self.height - 26, list(s_), fill, size=7.4)
            if i < 5:
                self.arrow(x + bw + 1, y + (self.height - 26) / 2, x + bw + 13, y + (self.height - 26) / 2)

    def d_tree(self):
        c = self.canv
        W = self.width
        H = self.height
        mw, mh = 170, 30
        mx, my = (W - mw) / 2, H - mh - 4
        self.box(mx, my, mw, mh, ["MÈRE", "location nacelle Toulouse"], colors.HexColor("#1F3864"), fc=colors.white,
                 size=8)
        filles = [("ciseaux", ("intérieur / faux plafond", "entrepôt / stockage")),
                  ("articulée", ("élagage", "façade / ravalement")),
                  ("télescopique", ("charpente métallique", "bardage")),
                  ("sur porteur", ("éclairage public", "pose d'enseigne"))]
        fw_ = (W - 3 * 12) / 4
        fy = H - 100
        for i, (f_, pf) in enumerate(filles):
            fx = i * (fw_ + 12)
            self.arrow(mx + mw / 2, my, fx + fw_ / 2, fy + 30, colors.HexColor("#4A6FA5"))
            self.box(fx, fy, fw_, 30, ["FILLE", "nacelle " + f_], colors.HexColor("#DCE6F2"), size=7.8)
            pw_ = (fw_ - 6) / 2
            for j, u in enumerate(pf):
                px = fx + j * (pw_ + 6)
                py = 14
                self.arrow(fx + fw_ / 2, fy, px + pw_ / 2, py + 34, colors.HexColor("#8FA7C8"))
                words = u.split(" / ")
                lines = ["PETITE-FILLE"] + ([words[0] + " /", words[1]] if len(words) == 2 else [u])
                self.box(px, py, pw_, 34, lines, colors.HexColor("#F3F6FA"), size=6.8)
            if i < 3:
                c.setStrokeColor(colors.HexColor("#C00000"))
                c.setDash(2, 2)
                c.setLineWidth(0.8)
                xx = fx + fw_ + 6
                c.line(xx, 10, xx, fy + 30)
                c.setDash()
        c.setFont("NrI", 7.2)
        c.setFillColor(colors.HexColor("#C00000"))
        c.drawString(0, 1, "- - -  aucun lien dans le texte d'une famille de type à l'autre ; les liens restent dans la branche.")

    def d_fiche(self):
        c = self.canv
        W = self.width
        H = self.height
        x0 = 40
        w0 = W - 80
        c.setStrokeColor(colors.HexColor("#8A94A6"))
        c.setFillColor(colors.white)
        c.rect(x0, 0, w0, H, stroke=1, fill=1)
        blocks = [
            (0.02, 0.88, 0.96, 0.08, ["0 · Fil d'Ariane + H1 « Nacelle ciseaux électrique 10 m »"], "#DCE6F2"),
            (0.02, 0.50, 0.46, 0.36, ["1 · Photo détourée + galerie", "(WebP 1 600 px, alt)", "vidéo de démonstration"], "#ECEFF1"),
            (0.52, 0.76, 0.46, 0.10, ["2 · Hauteur de travail · gabarit · poids"], "#F3F6FA"),
            (0.52, 0.64, 0.46, 0.10, ["3 · Prix jour / semaine HT · caution"], "#F3F6FA"),
            (0.52, 0.52, 0.46, 0.10, ["4 · Transport 85 € HT · disponibilité par dépôt"], "#F3F6FA"),
            (0.52, 0.50 - 0.005, 0.46, 0.0, [], "#FFFFFF"),
            (0.02, 0.36, 0.96, 0.11, ["5 · Bouton « Demander un devis » (au-dessus de la ligne de flottaison)"], "#FBE3CC"),
            (0.02, 0.22, 0.46, 0.12, ["6 · Texte d'usage (150 à 250 mots)", "expression cible dans la 1re phrase"], "#F3F6FA"),
            (0.52, 0.22, 0.46, 0.12, ["7 · Caractéristiques détaillées", "+ fiche technique PDF"], "#F3F6FA"),
            (0.02, 0.03, 0.46, 0.17, ["8 · FAQ (4 à 6 questions", "tirées du journal ADV)"], "#F3F6FA"),
            (0.52, 0.03, 0.46, 0.17, ["9 · Machines similaires", "(taille +, taille −, diesel)"], "#F3F6FA"),
        ]
        for (bx, by, bw, bh, lines, fill) in blocks:
            if not lines:
                continue
            self.box(x0 + bx * w0, by * H, bw * w0, bh * H, lines, colors.HexColor(fill), stroke=colors.HexColor("#8A94A6"),
                     size=7.6, bold_first=True)


# ---------------------------------------------------------------- constructeurs de contenu
C = []


def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def h3(t): C.append(("h3", t))
def p(t): C.append(("p", t))
def ad(t, head=False): C.append(("ad", t, head))
def pb(): C.append(("pb",))
def cond(h): C.append(("cond", h))
def ul(items): C.append(("ul", items))
def ol(items): C.append(("ol", items))
def diag(kind, height, caption): C.append(("diag", kind, height, caption))


def tab(rows, widths, caption, right=(), bold_rows=(), fs=None, keep=True, center=()):
    C.append(("tab", rows, widths, caption, right, bold_rows, fs, keep, center))


def prio(imp, eff):
    s_ = imp * (6 - eff)
    return "P1" if s_ >= 15 else ("P2" if s_ >= 9 else "P3")


CHANTIERS = [
    (1, "Réécrire les 40 fiches machines les plus louées (title, H1, texte, photos)", 5, 3, "Adrien"),
    (2, "Créer la page mère « location nacelle Toulouse » et ses filles", 5, 3, "Adrien"),
    (3, "Pages villes : Blagnac, Colomiers, Labège, Muret", 4, 2, "Adrien"),
    (4, "Corriger les 312 title et meta en double (pages de filtres)", 4, 1, "Pixel d'Oc"),
    (5, "Réduire le temps de chargement mobile (images, calendrier)", 4, 3, "Pixel d'Oc"),
    (6, "Inscriptions dans les annuaires pro du BTP", 3, 2, "Adrien"),
    (7, "Liens depuis les partenaires (FFB 31, clubs d'entreprises)", 3, 2, "Adrien / S. Cazals"),
    (8, "Articles conseils (CACES R486, choisir sa nacelle)", 3, 3, "Adrien"),
    (9, "Fiches Google des deux dépôts (horaires, photos, catégories)", 4, 1, "Adrien"),
    (10, "Données structurées Product / Offer sur les fiches", 3, 3, "Pixel d'Oc"),
    (11, "Bloquer l'indexation des URL de filtres", 3, 4, "Pixel d'Oc"),
    (12, "Liens internes par famille de machines", 4, 2, "Adrien"),
    (13, "Version anglaise et espagnole du site", 1, 4, "—"),
    (14, "Avis clients affichés sur les fiches (module)", 2, 4, "Pixel d'Oc"),
]
assert sum(1 for c_ in CHANTIERS if prio(c_[2], c_[3]) == "P1") == 6


def all_period(a, b):
    cl = co = im = dv = 0
    for name, *_ in CAMPAIGNS:
        for r in ADS[name][a:b]:
            cl += r["clics"]
            co += r["cout"]
            im += r["imp"]
            dv += r["devis"]
    return dict(ctr=im and cl / im, cpc=co / cl, cpd=co / dv)


RSA = [
    ("Annonce 1 — groupe « nacelle ciseaux électrique » (campagne Nacelles)",
     ["Location Nacelle Ciseaux 10 m", "Dès 139 € HT / Jour", "Livraison Chantier Toulouse", "Passe les Portes : 0,81 m",
      "Devis Compte Pro en 2 min", "Dépôts Fondeyre et Labège", "Livrée Avant 10 h à J+1", "Loueur Toulousain Depuis 1989"],
     ["Nacelle ciseaux électrique 10 m, 0,81 m de large : passe les portes. Devis en 2 minutes.",
      "Livraison sur chantier 85 € HT. VGP à jour, PV de livraison signé sur place. Encours pro."]),
    ("Annonce 2 — groupe « nacelle articulée » (campagne Nacelles)",
     ["Nacelle Articulée 16 m", "Dès 289 € HT / Jour", "Déport 7,5 m, 4x4 Diesel", "Livraison sur Chantier 85 €",
      "VGP à Jour, PV Signé sur Place", "Devis en Ligne, Compte Pro", "Élagage, Façade, Charpente", "Dépôt Toulouse-Fondeyre"],
     ["Nacelle articulée diesel 16 m, 4 roues motrices, pour sols de chantier. Devis en ligne.",
      "Livrée à J+1 avant 10 h sur Toulouse et 40 km. Encours et facture mensuelle pour les pros."]),
    ("Annonce 3 — groupe « mini-pelle 2,7 t » (campagne Terrassement)",
     ["Location Mini-Pelle 2,7 t", "Dès 169 € HT / Jour", "3 Godets Fournis", "Livraison Chantier Toulouse",
      "Location Semaine : 676 € HT", "Labège, Muret, Colomiers", "Devis Compte Pro en 2 min", "Avec ou Sans Chauffeur"],
     ["Mini-pelle 2,7 t, fouille jusqu'à 2,80 m, 3 godets fournis. Devis compte pro en ligne.",
      "Livraison sur chantier 85 € HT. Dépôts Fondeyre et Labège. Caution par empreinte bancaire."]),
]
for _t, _h, _d in RSA:
    for _x in _h:
        assert len(_x) <= 30, _x
    for _x in _d:
        assert len(_x) <= 90, (_x, len(_x))
TITLE_TAG = "Location nacelle ciseaux électrique 10 m – Toulouse | Ribes"
META_DESC = ("Louez une nacelle ciseaux électrique 10 m à Toulouse : 139 € HT/jour, livraison chantier, "
             "devis compte pro en ligne.")
assert len(TITLE_TAG) <= 60 and len(META_DESC) <= 155


# =====================================================================================================
# CONTENU DU RAPPORT
# =====================================================================================================
def content():
    C.clear()
    T = ADS_TOT
    nac, ter, man = (c_[0] for c_ in CAMPAIGNS)
    pa, pb_ = all_period(0, 4), all_period(12, 16)
    na, nb = ads_period(nac, 0, 4), ads_period(nac, 12, 16)

    # ------------------------------------------------------------------------------------------ 1
    h1("1 Ribes Location et ma mission")
    h2("1.1 L'entreprise")
    p("Ribes Location SAS loue du matériel de chantier aux professionnels. Henri Ribes a créé l'entreprise en 1989 à "
      "Toulouse-Fondeyre, au nord de la ville. Le dépôt de Labège a ouvert en 2007 pour couvrir le sud-est de "
      "l'agglomération. Pierre Ribes, son fils, dirige la société depuis 2015. C'est mon tuteur.")
    p("Le métier tient en une phrase : la bonne machine, sur le bon chantier, à la bonne date, avec ses papiers. Le "
      "client loue à la journée ou à la semaine. Nous livrons, il signe le PV de livraison, il rend la machine, nous la "
      "contrôlons et nous facturons.")
    tab([["Indicateur", "Valeur"],
         ["Chiffre d'affaires HT", "6,8 M€"],
         ["Part commandée sur le portail compte pro", "24 %, soit 1,63 M€"],
         ["Effectif", "38 salariés (dépôts, atelier, chauffeurs, ADV, commerce)"],
         ["Parc", "1 100 machines, 140 références"],
         ["Dépôts", "Toulouse-Fondeyre (siège) et Labège"],
         ["Comptes pro ouverts", "1 240, dont 349 actifs en avril 2025"],
         ["Clients (part du CA)", "artisans 46 %, PME du BTP 29 %, équipes chantier des majors 17 %, collectivités 8 %"]],
        [5.5, 9.5], "Ribes Location en chiffres (exercice 2025)")
    p("Le portail compte pro tourne sous Magento 2 depuis 2020. Le module de calendrier (disponibilité par dépôt, "
      "réservation des dates) a été développé par Pixel d'Oc, notre intégrateur. Un client pro y retrouve ses devis, "
      "ses commandes, ses PV de livraison, ses factures et son encours autorisé.")
    tab([["Machine", "Caractéristique clé", "Jour", "Semaine (5 j)", "Caution"],
         ["Nacelle ciseaux électrique 10 m", "10 m de hauteur de travail, 0,81 m de large", "139 €", "556 €", "1 500 €"],
         ["Nacelle articulée diesel 16 m", "16 m, déport 7,5 m, 4 roues motrices", "289 €", "1 156 €", "3 000 €"],
         ["Mini-pelle 2,7 t", "profondeur de fouille 2,80 m, 3 godets fournis", "169 €", "676 €", "2 500 €"],
         ["Livraison sur chantier, zone 1", "par trajet, aller ou retour", "85 €", "—", "—"]],
        [4.6, 5.4, 1.4, 2.0, 1.6], "Trois machines phares, tarifs publics HT (avril 2026)", right=(2, 3, 4))
    p("Trois concurrents comptent sur notre zone : Midiloc Pro (trois agences, nacelles 5 à 8 % moins chères que les "
      "nôtres), Toulouse Engins Services (spécialiste du terrassement, très présent à Muret) et LocaMax France (réseau "
      "national, très visible sur Google pour les requêtes génériques).")

    h2("1.2 Notre référencement chez les grands comptes")
    p("Un point de vocabulaire, parce que le mot a un autre sens dans l'entreprise. Chez Ribes, « être référencé » veut "
      "d'abord dire figurer sur la liste des fournisseurs agréés du service achats d'un major du BTP. Sans ce "
      "référencement, un conducteur de travaux ne peut pas commander chez nous, même s'il nous connaît depuis dix ans.")
    p("La liste est revue chaque année par appel d'offres. Florent Bonnafous, responsable grands comptes, pilote les "
      "dossiers ; Julie Fabre, à l'ADV, rassemble les pièces.")
    tab([["Donneur d'ordre", "Périmètre", "Situation", "Échéance"],
         ["Groupe Garonne Bâtiment", "agences Occitanie", "référencés depuis 2019", "appel d'offres annuel, octobre 2026"],
         ["Sud Ouvrages TP", "Haute-Garonne", "référencés depuis 2024", "renouvellement mars 2027"],
         ["Bâtisseurs Réunis du Midi", "Toulouse Métropole", "dossier déposé le 14/02/2026", "réponse attendue en juin"],
         ["Ville de Colomiers", "marché à bons de commande, nacelles", "titulaires du lot 2", "fin du marché décembre 2027"]],
        [4.2, 4.0, 3.8, 4.4], "Référencements fournisseurs en cours (avril 2026)")
    p("Le dossier type demande : une grille tarifaire remisée (12 à 18 % selon les familles), une attestation URSSAF de "
      "moins de six mois, l'attestation d'assurance responsabilité civile, le registre des vérifications générales "
      "périodiques (VGP) des machines et un engagement de livraison à J+1 avant 10 h.")
    p("Ce référencement ne dépend pas de Google. Il pèse pourtant sur le portail : les comptes pro des équipes chantier "
      "des majors sont ouverts après l'accord du service achats, avec un encours déjà validé. Les deux tiers du CA "
      "« majors » passent par le portail.")

    h2("1.3 Ma mission")
    p("Je suis alternant chez Ribes Location depuis septembre 2024, en Mastère 2 à Sup'Digital Occitanie. Avant, j'ai "
      "été quatre ans technico-commercial dans un négoce de matériaux. Je connais les chantiers et les clients. Je "
      "connaissais moins Magento.")
    p("En janvier 2026, Pierre Ribes m'a confié deux missions, pour quatre mois :")
    ul(["faire trouver le portail sur Google par les pros de l'agglomération, dans les résultats naturels et par "
        "l'achat de mots-clés ;",
        "transformer plus de visites en devis, puis plus de devis en commandes, en travaillant les fiches machines et le "
        "tunnel devis."])
    p("Je travaille avec Sandrine Cazals (responsable de l'agence de Labège, qui valide les textes techniques), Florent "
      "Bonnafous (grands comptes), Julie Fabre (ADV : devis, acomptes, planning des livraisons) et Pixel d'Oc "
      "(maintenance Magento, deux jours par mois au contrat). Budget validé : 4 800 € HT par mois d'achat de mots-clés, "
      "2 400 € HT par an d'outils, 1 850 € HT au plus pour les photos et la vidéo.")
    p("Calendrier de la mission :")
    ul(["**janvier** : audit, grille sémantique, choix des outils, reconstruction du compte Google Ads, plan de "
        "marquage publié le 8 ;",
        "**février** : page mère et filles nacelles, 20 premières fiches machines réécrites, photos au dépôt, "
        "inscriptions dans les annuaires pro ;",
        "**mars** : pages villes, petites-filles, article CACES, 20 fiches suivantes, vidéo, Hotjar, articles invités ;",
        "**avril** : campagne LinkedIn, bilan des objectifs, relecture des devis non signés, plan d'actions."])
    p("Ce dossier couvre le bloc 3 (visibilité, achat de mots-clés, mesure) et le bloc 4 (contenus, fiches machines, "
      "tunnel devis). Les chiffres viennent du classeur Ribes_pilotage_SEO_SEA_v4.xlsx ; les captures sont dans "
      "l'annexe A.")

    # ------------------------------------------------------------------------------------------ 2
    h1("2 Visibilité naturelle")
    h2("2.1 Diagnostic et priorités")
    h3("2.1.1 Les quatorze chantiers de visibilité")
    p("Point de départ : un audit fait la première semaine de janvier. Crawl complet du site avec Semrush (3 412 URL), "
      "seize mois de Search Console, une matinée à l'ADV pour écouter les appels.")
    p("Constats : 312 balises title en double (pages de filtres Magento indexées) ; fiches machines de 40 à 80 mots, "
      "copiées des catalogues constructeurs ; aucune page par ville ; LCP mobile à 3,8 s ; 38 domaines pointants "
      "seulement. Sur les 85 requêtes cibles, %d en première page, dont les deux requêtes de marque." % KW_P1_JAN)
    p("Chaque chantier est noté sur deux axes : impact attendu sur les devis (1 à 5) et effort (1 à 5 : temps interne "
      "et jours Pixel d'Oc). Score = impact × (6 − effort). P1 : score de 15 et plus. P2 : de 9 à 14. P3 : moins de 9.")
    rows = [["N°", "Chantier de visibilité", "Impact", "Effort", "Score", "Prio.", "Qui"]]
    for ch in sorted(CHANTIERS, key=lambda z: (-(z[2] * (6 - z[3])), z[0])):
        rows.append([str(ch[0]), ch[1], str(ch[2]), str(ch[3]), str(ch[2] * (6 - ch[3])), prio(ch[2], ch[3]), ch[4]])
    tab(rows, [0.8, 8.2, 1.2, 1.2, 1.2, 1.0, 2.6], "Les 14 chantiers de visibilité, notés et classés",
        center=(0, 2, 3, 4, 5), keep=False)
    diag("matrix", 7.4 * cm, "Matrice impact × effort des 14 chantiers")
    p("Les six P1 ont été lancés en janvier et février. Les cinq P2 ont suivi en mars. Les trois P3 attendent le "
      "nouveau thème Magento de septembre : ils coûtent trop de jours Pixel d'Oc pour ce qu'ils rapportent aujourd'hui.")

    h3("2.1.2 Les outils de mesure")
    p("Un outil par question. Pas deux outils pour le même chiffre.")
    tab([["Outil", "Question à laquelle il répond", "Rythme", "Qui le lit"],
         ["GA4", "Qui vient, d'où, que fait-il, où abandonne-t-il le devis ?", "hebdo", "Adrien, P. Ribes"],
         ["Search Console", "Sur quelles requêtes apparaît-on, à quelle position réelle, avec combien de clics ?", "hebdo", "Adrien"],
         ["Semrush", "Position ville par ville sur les 85 requêtes ; volumes, difficulté, écarts avec les concurrents", "hebdo", "Adrien"],
         ["Ahrefs Webmaster Tools", "Combien de domaines pointants, lesquels, depuis quand ?", "mensuel", "Adrien"],
         ["Google Ads", "Combien coûte un clic, un devis, une commande ?", "quotidien", "Adrien"],
         ["LinkedIn Campaign Manager", "Portée et clics des posts sponsorisés", "hebdo", "Adrien"],
         ["Google Tag Manager", "Déclenche les événements du plan de marquage", "à chaque mise en ligne", "Adrien, Pixel d'Oc"],
         ["Hotjar", "Où cliquent les visiteurs d'une fiche machine ?", "ponctuel", "Adrien"],
         ["PageSpeed Insights", "Temps de chargement réel sur mobile (LCP)", "mensuel", "Pixel d'Oc"],
         ["Looker Studio", "Cockpit : les chiffres clés sur une page", "lundi", "comité du lundi"]],
        [3.6, 7.6, 2.2, 2.6], "Les outils et le rôle de chacun")
    p("Pour le suivi de position et la recherche de mots-clés, deux outils payants étaient en concurrence. Je les ai "
      "notés sur cinq critères pondérés, pendant les essais gratuits de décembre, avec nos propres requêtes.")
    tab([["Critère", "Poids", "Semrush", "SE Ranking", "Constat pendant l'essai"],
         ["Suivi de position local", "30 %", "5", "3", "écart avec nos relevés manuels à Labège : ±1 place contre ±3"],
         ["Coût annuel HT", "25 %", "3", "5", "environ 1 560 € contre 720 €"],
         ["Compatibilité Magento", "20 %", "4", "3", "312 doublons de filtres trouvés contre 180 (crawl limité)"],
         ["Base de mots-clés française B2B", "15 %", "5", "3", "volume connu pour 71 de nos 85 requêtes contre 52"],
         ["Module domaines pointants", "10 %", "4", "3", "fait doublon avec Ahrefs Webmaster Tools (gratuit)"],
         ["Note pondérée sur 5", "100 %", "4,20", "3,50", ""]],
        [4.4, 1.3, 1.6, 1.8, 6.9], "Semrush ou SE Ranking : grille de choix", center=(1, 2, 3), bold_rows=(6,))
    p("Semrush l'emporte sur le suivi local et sur la lecture de Magento. Il coûte 840 € de plus par an, soit moins "
      "d'une semaine d'achat de mots-clés. Décision validée par Pierre Ribes le 8 janvier.")
    p("Liens vers les outils et le cockpit :")
    tab([["Outil", "Contenu", "Lien"],
         ["GA4", "propriété ribes-location.fr, rapports et exploration « Tunnel devis »",
          "https://analytics.google.com/analytics/web/#/p318457201/reports/intelligenthome"],
         ["Search Console", "propriété de domaine ribes-location.fr",
          "https://search.google.com/search-console?resource_id=sc-domain:ribes-location.fr"],
         ["Google Ads", "compte Ribes Location, 3 campagnes Search", "https://ads.google.com/aw/overview?ocid=624318907"],
         ["Semrush", "projet « Ribes — grille v4 »", "https://www.semrush.com/login/"],
         ["Ahrefs Webmaster Tools", "domaines pointants",
          "https://app.ahrefs.com/site-explorer/overview/v2/subdomains/live?target=ribes-location.fr"],
         ["Cockpit Looker Studio", "synthèse hebdomadaire", "lien sur demande"]],
        [3.4, 5.0, 7.6], "Où trouver les chiffres", fs=8.2)

    h2("2.2 La grille sémantique")
    h3("2.2.1 La méthode en six étapes")
    p("La grille sémantique part de la façon dont nos clients parlent, pas d'un outil. Six étapes, dans cet ordre :")
    diag("steps", 2.8 * cm, "Les six étapes de construction de la grille sémantique")
    ol(["**Journal d'appels ADV.** Du 1er au 19 décembre 2025, Julie Fabre a noté les mots exacts de 212 appels "
        "entrants. Exemples : « nacelle 10 mètres », « ciseau électrique », « pelle de 3 tonnes », « camion nacelle ». "
        "Personne n'a dit « plateforme élévatrice mobile de personnes ». 64 expressions de départ.",
        "**Semrush.** Volume mensuel, difficulté (KD) et idées associées pour chaque expression. 412 idées ; 151 "
        "gardées (au moins 10 recherches par mois, ou expression entendue au moins trois fois au téléphone).",
        "**Écarts avec les concurrents.** Comparaison de domaines avec Midiloc Pro, Toulouse Engins Services et "
        "LocaMax France : 38 requêtes où au moins deux concurrents sont dans le top 20, et nous non.",
        "**Intention.** Transactionnelle (louer, prix, location), informationnelle (CACES, dimensions, hauteur de "
        "travail), navigationnelle (marque) ou hors cible (emploi, formation, occasion, vente). Les requêtes hors cible "
        "restent dans la grille pour mémoire, sans page ; elles alimentent les mots-clés négatifs de Google Ads.",
        "**Machine × ville.** Croisement des 14 familles de machines avec 5 zones : Toulouse, Blagnac, Colomiers, "
        "Labège, Muret. Un couple n'est gardé que s'il a du volume ou s'il apparaît dans le journal ADV.",
        "**Page.** Une requête principale par page, jamais deux pages sur la même requête. Si la page n'existe pas, "
        "elle part dans les chantiers."])
    p("Résultat : 85 lignes (→ onglet Mots-clés). Chaque ligne porte le volume, la difficulté, l'intention, la ville, "
      "la page cible et les positions de janvier et d'avril.")

    h3("2.2.2 Des mots de chantier, des villes, le CACES")
    p("Trois choix font la différence face aux concurrents.")
    ul(["**Le vocabulaire pro.** Nos clients tapent le type de machine et sa taille : « nacelle ciseaux 10 m », "
        "« mini pelle 3 tonnes », « nacelle articulée 16 m ». Ils ajoutent « avec chauffeur » ou « livraison "
        "chantier ». Ils ne tapent pas « pas cher ». Titres et annonces reprennent donc les mètres, les tonnes et la "
        "hauteur de travail.",
        "**La ville.** Sur « location nacelle » (KD 52), LocaMax France occupe la première page avec des pages "
        "nationales. Sur « location nacelle blagnac » (KD 12) ou « location mini pelle muret » (KD 12), personne ne "
        "répond précisément. Blagnac et Colomiers concentrent les zones d'activités et les chantiers de "
        "l'aéronautique ; Labège a notre second dépôt ; Muret a les lotissements du sud. Une page par ville, avec le "
        "dépôt le plus proche, le délai de livraison et les machines les plus louées dans la zone.",
        "**Le CACES.** « caces r486 » pèse 1 900 recherches par mois. C'est une requête d'information, mais elle est "
        "tapée par des conducteurs de travaux et des chefs d'équipe qui vont louer une nacelle. Elle mérite un article "
        "(→ 5.1.2). En revanche, « formation caces r486 toulouse » vise les organismes de formation : hors cible, et "
        "mot-clé négatif."])

    h3("2.2.3 Extrait de la grille et évolution des positions")
    p("Extrait de 15 lignes sur 85. Positions Semrush, localisation Toulouse, relevées le 15 janvier et le 15 avril 2026.")
    rows = [["Mot-clé", "Vol.", "KD", "Intention", "Ville", "Page cible", "Janv.", "Avril"]]
    for i in KW_EXTRACT:
        k = KW[i]
        rows.append([k[0], fr_num(k[1]), str(k[2]), k[3], k[4], k[5], str(k[6]), str(k[7])])
    tab(rows, [5.0, 1.1, 0.8, 1.5, 1.6, 5.6, 1.1, 1.1], "Grille sémantique, extrait (15 lignes sur 85)",
        right=(1, 2, 6, 7), fs=7.9)
    p("Lecture de dix requêtes :")
    ol(["**« location nacelle toulouse » : 11 → 3.** Requête principale de la famille nacelles. Page mère créée le "
        "2 février, title et H1 réécrits, cinq domaines pointants vers elle. Dans le top 3 depuis la semaine 13 "
        "(→ Annexe A, fig. 2).",
        "**« location mini pelle toulouse » : 14 → 4.** Page catégorie réécrite : 420 mots, tableau des tailles, FAQ "
        "de six questions.",
        "**« location nacelle labège » : 15 → 2.** Page du dépôt de Labège et fiche Google du dépôt complétées le "
        "même jour.",
        "**« location nacelle blagnac » : 42 → 7.** Page ville créée le 9 mars. Même schéma pour Colomiers (38 → 6) "
        "et Muret (46 → 9).",
        "**« location nacelle articulée toulouse » : 24 → 6.** Page fille, liée depuis la page mère et depuis un "
        "article invité sur le blog d'un charpentier.",
        "**« location nacelle sur camion toulouse » : 27 → 8.** Page fille « porteur », qui vise aussi les "
        "collectivités (éclairage public).",
        "**« caces r486 » : 67 → 14.** Article publié le 9 mars. Encore hors du top 10 : les organismes de formation "
        "tiennent la première page.",
        "**« nacelle sans caces » : 41 → 5.** Même article ; la question est un H2 avec une réponse courte en tête.",
        "**« location matériel btp toulouse » : 9 → 4.** Page d'accueil ; title réécrit.",
        "**« location chariot télescopique toulouse » : 21 → 19.** Page pas encore reprise (chantier P2 reporté). "
        "Elle sert de témoin : sans travail sur la page, pas de progression."])
    p("Sur les 85 requêtes : %d gagnent plus de deux places, %d sont stables (± 2), %d reculent. Les quatre reculs "
      "concernent des pages non reprises. En première page : %d requêtes en janvier, %d en avril. Contrôle dans la "
      "Search Console (→ Annexe A, fig. 1) et vue d'ensemble Semrush (→ Annexe A, fig. 3)."
      % (KW_GAIN, KW_STABLE, KW_DOWN, KW_P1_JAN, KW_P1_APR))

    h2("2.3 L'arborescence mère-filles")
    p("La famille nacelles est la première construite. Une page mère sur la requête large et locale, des filles par "
      "type de machine, des petites-filles par usage. Les liens restent dans la famille.")
    diag("tree", 6.6 * cm, "Arborescence mère-filles de la famille nacelles")
    p("Règles des liens dans le texte :")
    ul(["la mère lie ses quatre filles, et rien d'autre ;",
        "chaque fille lie la mère (lien montant) et ses deux petites-filles (liens descendants) ;",
        "chaque petite-fille lie sa fille (montant) et sa sœur (latéral), jamais une autre branche ;",
        "chaque fille et chaque petite-fille lie au moins deux fiches machines de son type ;",
        "l'ancre reprend la requête principale de la page d'arrivée."])
    p("Le menu et le pied de page restent communs à tout le site : les règles ne portent que sur les liens dans le "
      "texte. Exemple : la page « élagage » ne lie pas la page mini-pelle, même si un élagueur loue parfois une "
      "mini-pelle.")
    tab([["Page de départ", "Page d'arrivée", "Ancre", "Sens"],
         ["Mère", "Fille ciseaux", "location nacelle ciseaux à Toulouse", "descendant"],
         ["Mère", "Fille articulée", "nacelle articulée en location", "descendant"],
         ["Mère", "Fille télescopique", "location de nacelle télescopique", "descendant"],
         ["Mère", "Fille sur porteur", "nacelle sur camion avec chauffeur", "descendant"],
         ["Fille ciseaux", "Mère", "location nacelle Toulouse", "montant"],
         ["Fille ciseaux", "Intérieur / faux plafond", "nacelle pour travaux en intérieur", "descendant"],
         ["Fille ciseaux", "Fiche « Nacelle ciseaux électrique 10 m »", "nacelle ciseaux électrique 10 m", "vers fiche"],
         ["Fille articulée", "Élagage", "nacelle pour l'élagage", "descendant"],
         ["Élagage", "Fille articulée", "location nacelle articulée", "montant"],
         ["Élagage", "Façade / ravalement", "nacelle pour ravalement de façade", "latéral"],
         ["Fille sur porteur", "Éclairage public", "nacelle pour l'éclairage public", "descendant"],
         ["Éclairage public", "Pose d'enseigne", "nacelle pour la pose d'enseigne", "latéral"]],
        [3.4, 5.0, 5.4, 2.2], "Liens dans le texte de la famille nacelles (extrait)")
    p("Mise en ligne : mère le 2 février, filles le 16 février, petites-filles du 2 au 23 mars. La famille mini-pelle "
      "suit en mai, sur le même modèle.")

    h2("2.4 Sites apporteurs et domaines pointants")
    p("Un domaine pointant n'a de valeur que s'il est lu par nos clients. J'ai donc cherché des sites apporteurs : des "
      "sites fréquentés par des pros du BTP de la région, avec une page où notre lien a un sens. Le critère de tri est "
      "le trafic envoyé, pas seulement la note du domaine.")
    p("Comment je les ai trouvés :")
    ol(["liste des sites qui envoient des visiteurs à nos concurrents (domaines référents de Midiloc Pro et de "
        "Toulouse Engins Services dans Ahrefs), triés par thème BTP et par zone ;",
        "question posée à 12 bons clients pendant les livraisons : « Quels sites pros lisez-vous ? » ;",
        "réseaux où Ribes est déjà connu : FFB 31, clubs d'entreprises des zones d'activités, salon BTP Occitanie ;",
        "contrôle avant la demande : le site a-t-il des visiteurs (trafic estimé par Semrush), une page où notre lien "
        "est utile au lecteur, et aucun lien vendu en masse ?"])
    share = APP_SESS / LINK_SESS
    tab([["Site", "Ce que c'est", "Ce qu'on a obtenu", "Sessions (15/01–30/04)"],
         ["Bâti-Occitanie (bati-occitanie.fr)", "annuaire professionnel du BTP en Occitanie, consulté par les acheteurs "
          "et les artisans", "fiche entreprise premium (290 € HT/an), rubrique « Location de matériel », lien vers la "
          "page mère", "214"],
         ["Liste FFB 31 (ffbatiment.fr)", "page des partenaires de la fédération du BTP de Haute-Garonne, dont nous "
          "sommes membre associé", "notice avec lien vers l'accueil et mention du compte pro", "87"],
         ["Le Carnet du Charpentier (carnetducharpentier.fr)", "blog d'un charpentier de Castanet-Tolosan, lu par les "
          "artisans de la charpente et de la couverture", "article invité « Charpente : nacelle articulée ou "
          "échafaudage ? », lien vers la fille articulée", "96"],
         ["Total des trois", "", "", fr_num(APP_SESS)]],
        [4.0, 4.8, 5.0, 2.2], "Les trois sites apporteurs principaux", right=(3,), bold_rows=(4,))
    p("Lecture de l'onglet Liens (→ onglet Liens) :")
    ul(["23 nouveaux domaines pointants entre le 15 janvier et le 15 avril : de 38 à 61 (Ahrefs, → Annexe A, fig. 4).",
        "%s sessions apportées par ces 23 domaines au 30 avril ; les trois sites apporteurs en font %s, soit %d %%."
        % (fr_num(LINK_SESS), fr_num(APP_SESS), round(share * 100)),
        "Les annuaires généralistes (annuaire-loueurs.fr, agenda-chantiers.fr) n'apportent presque rien : 6 et "
        "2 sessions. Je n'en demande plus.",
        "Les clubs d'entreprises (Labège, Colomiers, Muret, Blagnac) apportent peu de sessions, mais leurs liens "
        "pointent vers les pages villes.",
        "Le détail par domaine, avec la date et la page liée, est aussi dans l'extrait Ahrefs (→ Annexe A, fig. 5)."])

    h2("2.5 Résultat d'ensemble")
    p("Clics organiques : +41 % entre janvier et avril 2026 (Search Console).")

    # ------------------------------------------------------------------------------------------ 3
    h1("3 Achat de mots-clés")
    h2("3.1 Structure des campagnes")
    p("Avant janvier, le compte Google Ads (ouvert en 2021 par une agence) tenait en une campagne « Toutes machines », "
      "en requête large, sans suivi des devis. On payait des clics sur « nacelle jouet » et « offre d'emploi conducteur "
      "d'engins ».")
    p("Je l'ai reconstruit le 5 janvier 2026 : trois campagnes sur le réseau de recherche, un groupe d'annonces par "
      "machine, zone de 40 km autour des deux dépôts, diffusion du lundi au samedi de 6 h à 19 h. Stratégie "
      "« maximiser les conversions » (conversion = devis envoyé), puis coût par devis cible de 30 € à partir de S5.")
    tab([["Campagne", "Groupes d'annonces (un par machine)", "Budget / jour", "Négatifs propres"],
         ["Search — Nacelles", "ciseaux électrique · articulée · télescopique · sur porteur", "80 €", "« jouet », « miniature », « occasion »"],
         ["Search — Terrassement", "mini-pelle 1,5 t · mini-pelle 2,7 t · pelle 5 t · dumper", "56 €", "« permis », « pièces », « godet occasion »"],
         ["Search — Manutention", "chariot télescopique · chariot élévateur · monte-matériaux", "28 €", "« cariste », « transpalette manuel »"],
         ["Liste partagée « Hors cible BTP »", "46 termes, appliquée aux trois campagnes", "—",
          "« formation CACES », « emploi », « offre d'emploi », « salaire », « vente », « achat », « gratuit », « particulier »"]],
        [3.6, 5.4, 1.8, 5.2], "Structure du compte Google Ads (depuis le 5 janvier 2026)", right=(2,))

    p("Réglages communs aux trois campagnes : extension d'appel vers le dépôt le plus proche, extension de lieu pour "
      "Fondeyre et Labège, quatre liens annexes (Nacelles, Terrassement, Compte pro, Livraison chantier), conversion "
      "« Devis envoyé » importée de GA4 et doublée par la balise Google Ads. Les requêtes réellement tapées sont "
      "relues chaque lundi : tout terme hors cible part dans la liste partagée.")

    h2("3.2 Mots-clés et profils")
    p("Les mots-clés viennent de la grille sémantique : uniquement les lignes transactionnelles, en expression exacte "
      "[ ] ou en expression \" \", avec la taille de la machine quand elle existe. LinkedIn sert à autre chose : toucher "
      "les conducteurs de travaux qui ne cherchent pas encore. Pas de mots-clés, des profils.")
    tab([["Groupe ou audience", "Mots-clés ou critères", "Enchère de départ"],
         ["Nacelle ciseaux électrique", "[location nacelle ciseaux] · \"nacelle ciseaux 10 m\" · \"location nacelle électrique toulouse\"", "2,00 €"],
         ["Nacelle articulée", "[location nacelle articulée] · \"nacelle articulée 16 m\" · \"location nacelle 20 m\"", "2,40 €"],
         ["Nacelle sur porteur", "\"location camion nacelle\" · \"nacelle avec chauffeur toulouse\"", "2,60 €"],
         ["Mini-pelle 2,7 t", "[location mini pelle 3 tonnes] · \"location mini pelle toulouse\" · \"mini pelle 2,7 t\"", "1,70 €"],
         ["Dumper", "[location dumper toulouse] · \"location mini dumper\"", "1,50 €"],
         ["Chariot télescopique", "[location chariot télescopique] · \"location télescopique 14 m\"", "2,60 €"],
         ["LinkedIn — « Conducteurs de travaux 31 »", "intitulés : conducteur de travaux, chef de chantier, responsable "
          "travaux, acheteur BTP · secteurs : construction, génie civil · lieu : Haute-Garonne + 50 km · entreprises de "
          "11 à 500 salariés · audience estimée : 7 400 membres", "4,50 € / clic, 25 € / jour"]],
        [4.2, 9.0, 2.8], "Mots-clés par groupe d'annonces (extrait) et audience LinkedIn", right=(2,), fs=8.4)

    h2("3.3 Pages réceptrices et annonces")
    p("Une page réceptrice par groupe d'annonces, jamais l'accueil. La page reprend le mot-clé du groupe dans le H1, "
      "affiche le prix jour HT et la disponibilité, et place le bouton devis au-dessus de la ligne de flottaison.")
    tab([["Campagne", "Groupe d'annonces", "Page réceptrice"],
         ["Nacelles", "ciseaux électrique", "/location-nacelle-ciseaux-toulouse"],
         ["Nacelles", "articulée", "/location-nacelle-articulee-toulouse"],
         ["Nacelles", "télescopique", "/location-nacelle-telescopique-toulouse"],
         ["Nacelles", "sur porteur", "/location-nacelle-porteur-toulouse"],
         ["Terrassement", "mini-pelle 1,5 t", "/location-mini-pelle-1-5-t"],
         ["Terrassement", "mini-pelle 2,7 t", "/location-mini-pelle-2-7-t"],
         ["Terrassement", "pelle 5 t", "/location-pelle-5-t"],
         ["Terrassement", "dumper", "/location-dumper-toulouse"],
         ["Manutention", "chariot télescopique", "/location-chariot-telescopique-toulouse"],
         ["Manutention", "chariot élévateur", "/location-chariot-elevateur-toulouse"],
         ["Manutention", "monte-matériaux", "/location-monte-materiaux"],
         ["LinkedIn", "Conducteurs de travaux 31", "/compte-pro"]],
        [3.2, 4.4, 8.4], "Page réceptrice de chaque groupe")
    p("Trois annonces responsives rédigées. Ci-dessous, 8 des 15 titres (30 caractères au plus) et les 2 descriptions "
      "(90 caractères au plus). Aperçu Google Ads de la première : → Annexe A, fig. 6.")
    for title, heads, descs in RSA:
        ad(title, head=True)
        ad("<b>Titres :</b> " + " | ".join(heads))
        ad("<b>Descriptions :</b> « %s » — « %s »" % (descs[0], descs[1]))
    ad("Post LinkedIn sponsorisé — audience « Conducteurs de travaux 31 » (2 avril 2026)", head=True)
    ad("« Conducteurs de travaux de Haute-Garonne : combien de temps perdez-vous à appeler trois loueurs pour une "
       "nacelle ? Avec le compte pro Ribes Location, vous voyez la disponibilité de 1 100 machines sur nos dépôts de "
       "Fondeyre et Labège, vous envoyez votre devis en 2 minutes et vous retrouvez vos PV de livraison et vos factures "
       "au même endroit. Livraison sur chantier à J+1 avant 10 h. Ouverture du compte gratuite, encours sur demande. "
       "→ ribes-location.fr/compte-pro #BTP #Toulouse #chantier »")

    h2("3.4 Suivi et rentabilité nette")
    p("Suivi le lundi matin, une ligne par semaine et par campagne (→ onglet Ads hebdo). Colonnes : impressions, "
      "clics, CTR, CPC, coût, devis, commandes, CA location HT, marge, rentabilité nette, coût par devis. Les devis et "
      "les commandes viennent de Magento, qui enregistre l'identifiant de clic Google avec le devis. La cellule de "
      "rentabilité passe en vert ou en rouge.")
    p("Lecture sur les 16 semaines :")
    red = RED_WEEKS[man]
    ul(["**CTR** : %s en Nacelles, %s en Terrassement, %s en Manutention. En Nacelles, il passe de %s (S1–S4) à %s "
        "(S13–S16) après l'ajout du prix jour dans les titres."
        % (pct(T[nac]["ctr"]), pct(T[ter]["ctr"]), pct(T[man]["ctr"]), pct(na["ctr"]), pct(nb["ctr"])),
        "**CPC** : %s en Nacelles, %s en Terrassement, %s en Manutention. Sur les trois campagnes, il baisse de %s "
        "(S1–S4) à %s (S13–S16) : négatifs plus complets et coût par devis cible."
        % (eur(T[nac]["cpc"], 2), eur(T[ter]["cpc"], 2), eur(T[man]["cpc"], 2), eur(pa["cpc"], 2), eur(pb_["cpc"], 2)),
        "**Coût par devis** : %s en Nacelles, %s en Terrassement, %s en Manutention, pour une cible de 30 €. "
        "Manutention la dépasse largement : peu de volume, des clics chers, beaucoup de demandes de particuliers."
        % (eur(T[nac]["cpd"], 2), eur(T[ter]["cpd"], 2), eur(T[man]["cpd"], 2)),
        "**Semaines en rouge** : uniquement en Manutention, semaines %s. Nacelles et Terrassement sont rentables "
        "chaque semaine." % ", ".join("S%d" % w for w in red)])
    rows = [["Campagne", "Coût", "CA location HT", "Marge (41 %)", "Marge − coût", "Rentabilité nette"]]
    for name, *_ in CAMPAIGNS:
        t = T[name]
        rows.append([name, eur(t["cout"]), eur(t["ca"]), eur(t["marge"]), eur(t["marge"] - t["cout"]), pct(t["renta"], 0)])
    rows.append(["Total Search", eur(ALL["cout"]), eur(ALL["ca"]), eur(ALL["marge"]), eur(ALL["marge"] - ALL["cout"]),
                 pct(ALL["renta"], 0)])
    tab(rows, [4.0, 2.2, 2.6, 2.4, 2.4, 2.4], "Rentabilité nette de l'achat de mots-clés Search, S1 à S16",
        right=(1, 2, 3, 4, 5), bold_rows=(4,))
    p("Calcul : rentabilité nette = (marge − coût) / coût. La marge est le CA location HT des commandes issues d'un "
      "clic, multiplié par 41 %%, taux de marge sur location des comptes 2025 (après amortissement, entretien et "
      "transport). Le CA transport n'est pas compté. Total : (%s − %s) / %s = %s. Chaque euro dépensé revient, et "
      "rapporte %s € de marge en plus."
      % (eur(ALL["marge"]), eur(ALL["cout"]), eur(ALL["cout"]), pct(ALL["renta"], 0), fr_num(ALL["renta"], 2)))
    p("Décision : garder Nacelles et Terrassement, réduire Manutention (→ 4.4, action 5).")
    p("Campagne LinkedIn lancée le 2 avril, trop tôt pour mesurer.")

    # ------------------------------------------------------------------------------------------ 4
    h1("4 Pilotage : indicateurs, objectifs, corrections")
    h2("4.1 Les indicateurs retenus")
    p("Un site de location B2B ne vend pas au panier. Le client demande un devis, l'ADV le confirme (disponibilité, "
      "transport), le client paie un acompte, la machine part. Les indicateurs d'une boutique (panier moyen, ajouts "
      "au panier) ne disent rien ici. Trois indicateurs de pilotage :")
    ul(["**Taux de devis** = devis envoyés / sessions. Il dit si le site donne envie de demander un prix. C'est "
        "l'objectif du site.",
        "**Taux devis → commande** = commandes (acompte payé) / devis envoyés. Il dit si le devis est bon : prix, "
        "transport, délai, réactivité de l'ADV.",
        "**CA par compte pro actif** = CA du portail HT / comptes ayant commandé dans le mois. Il dit si les pros "
        "reviennent et louent plus."])
    p("Autour, les indicateurs de suivi : trafic, rebond, temps de visite, temps de chargement, abandon à chaque étape "
      "du tunnel, chiffre d'affaires. Tous sont dans l'onglet Suivi KPI, mois par mois, avec 2025 en comparaison. Le "
      "cockpit Looker Studio reprend les mêmes chiffres sur une page pour le point du lundi avec Pierre Ribes.")

    p("Le cockpit tient sur une page : six tuiles (sessions, taux de devis, devis envoyés, taux devis → commande, CA "
      "du portail, rentabilité nette Search), une courbe des devis par semaine, le tunnel du mois et la liste des "
      "dix requêtes suivies. Sources branchées : GA4, Search Console, Google Ads, et un export Magento déposé chaque "
      "lundi à 7 h par Pixel d'Oc.")

    h2("4.2 Lecture des indicateurs")
    s_ = K["sessions"]
    ul(["**Trafic.** %s sessions en avril 2026, contre %s en janvier (+%d %%) et %s en avril 2025 (+%d %%). Les "
        "sessions organiques passent de %s à %s entre janvier et avril 2026."
        % (fr_num(s_[7]), fr_num(s_[4]), round((s_[7] / s_[4] - 1) * 100), fr_num(s_[3]),
           round((s_[7] / s_[3] - 1) * 100), fr_num(K["sess_orga"][4]), fr_num(K["sess_orga"][7])),
        "**Taux de rebond.** 52 % → 44 % entre janvier et avril 2026. La baisse vient des pages villes et des filles "
        "nacelles, qui répondent à la requête dès le H1. Il reste haut sur l'article CACES (67 %), ce qui est normal "
        "pour une page d'information.",
        "**Temps de visite.** Durée moyenne d'engagement : 1:52 → 2:20 par session. Le temps passé sur les fiches "
        "machines est commenté en 5.2.",
        "**Temps de chargement.** LCP mobile (75e centile) : 3,8 s → 2,1 s. Gains : images WebP, chargement différé "
        "des images sous la ligne de flottaison, module calendrier chargé seulement au clic sur « voir les "
        "disponibilités » (Pixel d'Oc, 1,5 jour). Nous sommes sous le seuil de 2,5 s depuis avril.",
        "**Abandons dans le tunnel (avril).** Étape compte : %d %% des visiteurs qui cliquent « Demander un devis » "
        "s'arrêtent à la création ou à la connexion du compte pro. Formulaire : %d %% de ceux qui ont passé le compte "
        "n'envoient pas le devis. Acompte : %d %% de ceux qui arrivent sur la page de paiement ne paient pas. En "
        "janvier : %d %%, %d %% et %d %%. L'étape compte reste la première fuite (→ 5.3)."
        % (round(AB_COMPTE * 100), round(AB_FORM * 100), round(AB_ACOMPTE * 100), round(AB_COMPTE_J * 100),
           round(AB_FORM_J * 100), round(AB_ACOMPTE_J * 100)),
        "**Chiffre d'affaires.** CA du portail : %s en janvier, %s en avril 2026 (%s en avril 2025). CA par compte "
        "pro actif : %s → %s. Les comptes pro commandent plus souvent ; ils ne sont pas seulement plus nombreux."
        % (eur(K["ca_portail"][4]), eur(K["ca_portail"][7]), eur(K["ca_portail"][3]), eur(CAPC_JAN), eur(CAPC_APR)),
        "**Devis → commande.** %s en avril, au même niveau qu'en janvier (%s). Voir 4.3."
        % (pct(DC_APR, 0), pct(rate(K["commandes"], K["devis"], 4), 0))])

    h2("4.3 Objectifs : quatre sur cinq")
    p("Cinq objectifs fixés avec Pierre Ribes le 8 janvier, pour fin avril.")
    tab([["Objectif", "Départ (janv.)", "Cible", "Réalisé (avril)", "Statut"],
         ["Position de « location nacelle toulouse »", "11", "top 3", "3", "atteint"],
         ["Domaines pointants", "38", "55", "61", "atteint"],
         ["Taux de devis (devis / sessions)", pct(TX_DEVIS_JAN), "3,5 %", pct(TX_DEVIS_APR), "atteint"],
         ["Rentabilité nette Search (cumul S1–S16)", "—", "150 %", pct(ALL["renta"], 0), "atteint"],
         ["Taux devis → commande", pct(rate(K["commandes"], K["devis"], 4)), "45 %", pct(DC_APR), "manqué"]],
        [6.2, 2.4, 1.8, 2.6, 2.0], "Objectifs et résultats au 30 avril 2026", center=(1, 2, 3, 4))
    nsig = K["devis"][7] - K["commandes"][7]
    p("L'objectif 5 est manqué. On produit plus de devis ; on n'en signe pas une plus grande part. J'ai relu avec Julie "
      "Fabre les %d devis non signés d'avril (%d devis, %d commandes). Motifs notés par l'ADV :"
      % (nsig, K["devis"][7], K["commandes"][7]))
    ul(["prix du transport découvert sur le devis : 31 % ;",
        "pas de réponse du client après l'envoi : 24 % ;",
        "machine indisponible aux dates demandées : 14 % ;",
        "devis de comparaison des équipes des majors (leurs achats exigent trois devis) : 12 % ;",
        "réponse de l'ADV jugée trop lente : 11 % (délai médian de 19 h en avril ; Midiloc Pro répond le jour même) ;",
        "autres (caution, chantier annulé) : 8 %."])
    p("Deux causes sur trois sont dans nos mains : le transport affiché trop tard et l'absence de relance. Le reste "
      "dépend du parc et des règles d'achat des majors.")

    h2("4.4 Actions correctives classées")
    p("Sept actions, classées d'abord par effet attendu sur l'objectif manqué, puis par coût. Détail et suivi : "
      "→ onglet Actions. S18 = semaine du 27 avril.")
    why = {
        1: "Les devis de plus de 500 € sont 38 % des devis et 71 % du CA devisé. Un appel rapide répond au délai et à la "
           "comparaison.",
        2: "Premier motif de refus (31 %). Coût : un jour Pixel d'Oc.",
        3: "Deuxième motif (24 %). Modèle d'e-mail prêt ; l'ADV appelle les devis restés sans réponse à J+2.",
        4: "Première fuite du tunnel (44 % d'abandon). Trois jours Pixel d'Oc.",
        5: "Manutention rapporte %s contre plus de 300 %% ailleurs." % pct(T[man]["renta"], 0),
        6: "Même méthode que les nacelles, qui ont le mieux progressé.",
        7: "Viser les clubs d'entreprises et nos fournisseurs, qui envoient des visiteurs.",
    }
    ol(["**%s.** %s Objectif visé : %s. Qui : %s. Quand : %s." % (a[1], why[a[0]], a[2], a[3], a[4])
        for a in ACTIONS])

    # ------------------------------------------------------------------------------------------ 5
    h1("5 Contenus et tunnel devis")
    h2("5.1 Produire les contenus")
    h3("5.1.1 Photos et vidéo : qui produit ?")
    p("Besoin : 40 fiches machines à refaire (les plus louées, 71 % du CA location), une vidéo de démonstration, une "
      "photo par page ville. Trois options comparées en janvier.")
    tab([["Option", "Coût HT", "Délai", "Avantages", "Limites"],
         ["Studio Capitole Images (devis du 12/01)", "1 850 € : 2 jours au dépôt, 40 machines détourées, vidéo de 45 s",
          "3 semaines", "rendu pro, lumière maîtrisée, droits cédés", "prix ; studio libre seulement à partir du 9 février ; "
          "chaque nouvelle machine = nouveau devis"],
         ["Photos des constructeurs", "0 €", "immédiat", "images nettes, souvent déjà détourées",
          "pas nos machines (couleurs, autocollants, options) ; mêmes photos que Midiloc Pro et LocaMax France ; droits "
          "limités"],
         ["En interne (moi)", "0 € externe, 6 jours de travail", "4 semaines", "nos vraies machines ; refaisable à chaque "
          "arrivée au parc", "rendu inégal en extérieur sur les grandes machines"]],
        [3.4, 3.4, 1.8, 3.6, 4.4], "Photos et vidéo : trois options")
    p("Choix : en interne pour les 32 machines de petite et moyenne taille, photographiées au dépôt puis détourées ; "
      "une seule journée de Studio Capitole Images (690 € HT) pour les 8 grandes machines en extérieur (articulées, "
      "télescopiques, porteurs). La vidéo de démonstration est faite en interne. Dépense : 690 € au lieu de 1 850 €.")

    h3("5.1.2 L'article « CACES R486 : qui peut conduire une nacelle ? »")
    p("Objectif de visibilité : prendre la requête « caces r486 » et ses variantes, tapées par les conducteurs de "
      "travaux, pour les amener vers les pages nacelles. Méthode :")
    ol(["Partir des expressions cibles de la grille : « caces r486 » (1 900 recherches par mois), « caces nacelle "
        "obligatoire » (320), « autorisation de conduite nacelle » (260), « caces r486 catégorie a b » (210), "
        "« nacelle sans caces » (140).",
        "Une expression = une question = un H2. Le titre reprend l'expression principale sous forme de question.",
        "Réponse courte en tête (trois lignes), puis le détail : catégories A, B et C, rôle de l'employeur, "
        "autorisation de conduite, validité de 5 ans, cas de la livraison par le loueur.",
        "Un tableau des catégories, facile à reprendre par Google en extrait.",
        "Deux liens dans le texte vers les filles « ciseaux » et « articulée », ancre = leur requête ; aucun lien "
        "vers un organisme de formation.",
        "Relecture technique par Sandrine Cazals, titulaire du CACES R486."])
    p("Plan publié (1 150 mots) :")
    ul(["H1 — CACES R486 : qui peut conduire une nacelle ?",
        "H2 — Le CACES nacelle est-il obligatoire ?",
        "H2 — CACES R486 catégorie A, B ou C : laquelle pour quelle nacelle ?",
        "H2 — Autorisation de conduite nacelle : ce que doit faire l'employeur",
        "H2 — Peut-on louer une nacelle sans CACES ?",
        "H2 — Quelle nacelle louer selon votre catégorie ?"])
    p("Réponse courte placée en tête de l'article, sous le H1 :")
    ad("« Pour conduire une nacelle, il faut une autorisation de conduite délivrée par l'employeur. Le CACES R486 n'est "
       "pas la seule voie, mais c'est la preuve la plus simple que le conducteur a été formé et évalué. Catégorie A "
       "pour les nacelles à élévation verticale (ciseaux), catégorie B pour les nacelles à élévation multidirectionnelle "
       "(articulées, télescopiques). »")
    p("L'article est en ligne depuis le 9 mars. Il est publié comme une page CMS de Magento : pas de catégorie, pas "
      "d'auteur, pas de flux. Blog prévu avec le nouveau thème en septembre.")

    h3("5.1.3 La fiche machine type")
    p("Une fiche machine répond à trois questions du conducteur de travaux : la machine fait-elle le travail sur mon "
      "chantier ? combien coûte-t-elle rendue sur place ? est-elle libre à mes dates ? Modèle appliqué aux 40 fiches "
      "(→ Annexe A, fig. 11) :")
    diag("fiche", 8.0 * cm, "Modèle de fiche machine, blocs dans l'ordre de lecture")
    p("Placement des mots-clés, exemple de la nacelle ciseaux 10 m (requête « nacelle ciseaux 10 m location ») :")
    ul(["title : « %s » (%d caractères) ;" % (TITLE_TAG, len(TITLE_TAG)),
        "H1 : « Nacelle ciseaux électrique 10 m » ;",
        "URL : /nacelle-ciseaux-electrique-10-m ;",
        "alt de la photo principale : « nacelle ciseaux électrique 10 m détourée, vue de trois quarts » ;",
        "meta description : « %s » (%d caractères) ;" % (META_DESC, len(META_DESC)),
        "première phrase du texte : l'expression en toutes lettres, avec l'usage (« travaux en intérieur, faux "
        "plafonds, gaines »)."])
    p("Éléments utiles à la décision, dans l'ordre de la fiche :")
    ul(["hauteur de travail, et non hauteur de plancher (source d'erreurs au téléphone) ;",
        "gabarit : largeur, longueur, poids, pour savoir si la machine passe une porte ou monte sur une dalle ;",
        "prix jour et prix semaine HT, côte à côte ;",
        "transport : livraison et reprise sur chantier, 85 € HT par trajet en zone 1 ;",
        "caution et son mode (empreinte bancaire) ;",
        "disponibilité par dépôt (calendrier) ;",
        "FAQ de quatre à six questions tirées du journal ADV (« faut-il un CACES ? », « la batterie tient-elle la "
        "journée ? ») ;",
        "machines similaires : la taille au-dessus, la taille en dessous, la version diesel."])

    h3("5.1.4 Retouche, montage et poids des fichiers")
    p("Photos : prises au dépôt au smartphone, traitées dans Photoshop. Sélection du sujet, masque affiné au pinceau "
      "sur les garde-corps, fond blanc pur, ombre portée à 18 % pour poser la machine, perspective redressée. "
      "32 machines traitées en 6 jours ; les 8 grandes machines sont livrées détourées par le studio (→ Annexe A, "
      "fig. 7 et 8).")
    p("Vidéo : démonstration de 45 secondes de la mini-pelle 2,7 t, montée dans DaVinci Resolve. Onze plans tournés à "
      "Fondeyre, coupes au rythme des manœuvres, titres (profondeur de fouille, godets, prix jour), sous-titres "
      "incrustés pour une lecture sans le son, export 1080p.")
    p("Nommage des fichiers : type de machine, taille, angle de vue, sans accents (exemple : "
      "nacelle-ciseaux-electrique-10-m-trois-quarts.webp). Le nom du fichier reprend la requête de la fiche.")
    p("Mise en ligne : photos exportées en WebP, 1 600 px de large, moins de 200 Ko (142 Ko en moyenne, contre 1,9 Mo "
      "en JPEG avant), avec attribut alt. La vidéo est en ligne sur la fiche mini-pelle en MP4 de 38 Mo, hébergée sur "
      "notre serveur. Les fiches techniques constructeur restent téléchargeables en PDF de 6 Mo.")

    h2("5.2 Effet sur les fiches machines")
    bo = [K["begin_all"][i] - K["begin_fiche"][i] for i in (4, 7)]
    p("Deux mesures GA4 sur les fiches machines (→ onglet Suivi KPI) :")
    ul(["**Temps moyen sur fiche machine : 0:41 en janvier, 1:27 en avril 2026.** Sur les mêmes mois de 2025, il est "
        "resté entre 0:39 et 0:42. La hausse commence en février, avec les premières fiches réécrites, et s'accélère en "
        "mars avec les photos détourées, la FAQ et la vidéo.",
        "**Devis commencés depuis une fiche machine : %d en janvier, %d en avril, +%d %%.** Les devis commencés "
        "depuis les autres pages progressent moins (%d → %d, +%d %%). La fiche devient un point de départ du devis, "
        "plus seulement une page de lecture."
        % (K["begin_fiche"][4], K["begin_fiche"][7], round(FICHE_EVOL * 100), bo[0], bo[1],
           round((bo[1] / bo[0] - 1) * 100))])
    p("Contrôle : les fiches qui n'ont pas encore été reprises (une centaine de références moins louées) restent à "
      "0:40 en moyenne en avril. L'écart vient donc du nouveau modèle, pas d'un changement de public.")
    p("Les visiteurs restent deux fois plus longtemps sur les fiches et passent plus souvent à l'action depuis elles.")

    h2("5.3 Tunnel devis : objectif, marquage, points de rupture")
    p("Objectif de transformation du site : faire passer le taux de devis (devis envoyés / sessions) de %s en janvier "
      "à 3,5 %% fin avril. Vérifié dans GA4 : événement generate_lead rapporté aux sessions, dans un rapport "
      "personnalisé et dans l'exploration « Tunnel devis ». Avril 2026 : %s devis pour %s sessions, soit %s. Objectif "
      "atteint (→ Tab. 15)." % (pct(TX_DEVIS_JAN), fr_num(K["devis"][7]), fr_num(K["sessions"][7]), pct(TX_DEVIS_APR)))
    p("Le plan de marquage (→ onglet Plan de marquage) est publié dans Google Tag Manager depuis le 8 janvier. Chaque "
      "étape du tunnel a son événement : begin_devis (clic « Demander un devis »), sign_up_pro ou login (compte), "
      "generate_lead (devis envoyé), begin_checkout (page d'acompte), purchase_acompte (acompte payé). Chaque "
      "événement a été testé en DebugView avec un compte pro de test, puis comparé à Magento : 519 devis dans GA4, "
      "527 dans Magento en avril (écart de 1,5 %, bloqueurs de publicité). L'entonnoir GA4 est en annexe "
      "(→ Annexe A, fig. 9).")
    p("Hotjar est installé depuis le 9 mars sur la fiche mini-pelle 2,7 t : carte de clics desktop (→ Annexe A, "
      "fig. 10) et version mobile de la même carte (→ Annexe A, fig. 14, heatmap mobile).")
    p("Contrôles faits sur le tunnel avant de lire les chiffres : un parcours complet par semaine avec le compte de "
      "test (fiche, dates, compte, devis, acompte par carte de test), sur ordinateur et sur téléphone ; comparaison "
      "hebdomadaire du nombre de devis GA4 et Magento, alerte si l'écart dépasse 5 % ; exclusion des adresses IP des "
      "deux dépôts et de Pixel d'Oc, pour ne pas compter les devis saisis par l'ADV pour un client au téléphone.")
    p("Six points de rupture relevés dans le tunnel (GA4, Hotjar, appels reçus par l'ADV) :")
    ol(["**%s** (étape %s). %s. Correction : %s. %s." %
        (r_[0], r_[1].lower(), r_[2], r_[3][0].lower() + r_[3][1:],
         "Planifiée en %s" % r_[4] if r_[4].startswith("S") else "À arbitrer")
        for r_ in RUPTURES])
    p("Les deux corrections planifiées sont dans la liste d'actions (→ 4.4, actions 2 et 4). Les quatre autres "
      "attendent le chiffrage de Pixel d'Oc et l'arbitrage de Pierre Ribes (→ onglet Actions). Première estimation "
      "orale de Pixel d'Oc : une demi-journée pour le champ SIRET, deux jours pour le sélecteur de dates, un jour "
      "pour le Kbis, une demi-journée pour le texte de la caution. Le contrat de maintenance en couvre deux par mois, "
      "déjà pris en mai par les actions 2 et 4.")

    # ------------------------------------------------------------------------------------------ 6
    h1("6 Bilan")
    p("En quatre mois, le portail a pris sa place sur les requêtes de chantier de l'agglomération, et les fiches "
      "machines sont devenues des pages qui font demander un devis. L'achat de mots-clés est rentable sur deux "
      "campagnes sur trois.")
    p("Ce qui reste à faire, dans l'ordre :")
    ul(["signer plus de devis : rappel sous 2 h, relance à J+2, transport affiché (mai) ;",
        "famille « location mini-pelle Toulouse » (mai) ;",
        "premier bilan de la campagne LinkedIn (juin) ;",
        "nouveau thème Magento et blog (septembre)."])
    p("Ce qui a le mieux marché : la réécriture des fiches pour les devis, les négatifs pour l'achat de mots-clés. "
      "Ce qui a moins marché : les annuaires généralistes, et la campagne Manutention, trop chère pour ce qu'elle "
      "rapporte.")
    p("Ce que je retiens : le vocabulaire du téléphone vaut mieux que celui des catalogues, et un chiffre n'a de sens "
      "que s'il se relie à une marge.")

    h1("7 Pièces jointes")
    p("**Annexe_A_captures.pdf** — 12 figures :")
    ul(["fig. %d — %s" % (f_[0], f_[1]) for f_ in ANNEX_FIGS])
    p("**Ribes_pilotage_SEO_SEA_v4.xlsx** — 6 onglets :")
    ul(["**Plan de marquage** : événements GA4, déclencheurs, paramètres, balises GTM, statut des tests ;",
        "**Suivi KPI** : indicateurs de janvier à avril 2026 et 2025, taux calculés ;",
        "**Mots-clés** : la grille sémantique complète (85 lignes) et les positions de janvier et d'avril ;",
        "**Ads hebdo** : suivi hebdomadaire S1 à S16 par campagne, rentabilité nette ;",
        "**Liens** : les 23 domaines pointants gagnés, sessions apportées, relevés Ahrefs ;",
        "**Actions** : actions correctives classées et points de rupture du tunnel devis."])


# =====================================================================================================
# MISE EN PAGE
# =====================================================================================================
COUNT = {"tab": 0, "diag": 0}


def table_flow(rows, widths, caption, right, bold_rows, fs, keep, center):
    COUNT["tab"] += 1
    st = cell if fs is None else ParagraphStyle("c%s" % fs, parent=cell, fontSize=fs, leading=fs * 1.2)
    sth = ParagraphStyle("h%s" % fs, parent=st, fontName="NrB", textColor=colors.white)
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            if i == 0:
                s_ = sth
            else:
                s_ = ParagraphStyle("x", parent=st, fontName="NrB" if i in bold_rows else "Nr",
                                    alignment=TA_RIGHT if j in right else (TA_CENTER if j in center else TA_LEFT))
            line.append(Paragraph(fr(md(str(v))), s_))
        data.append(line)
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, GRID),
             ("BACKGROUND", (0, 0), (-1, 0), NAVY),
             ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
             ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EEF2F8")))
    for r in bold_rows:
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#DCE3EE")))
    t.setStyle(TableStyle(style))
    cap = Paragraph(fr("Tab. %d — %s" % (COUNT["tab"], caption)), caps)
    if keep:
        return [Spacer(1, 3), KeepTogether([cap, t]), Spacer(1, 7)]
    return [Spacer(1, 3), cap, t, Spacer(1, 7)]


def story(pages):
    COUNT["tab"] = COUNT["diag"] = 0
    tit = ParagraphStyle("tit", fontName="ArB", fontSize=25, leading=31, alignment=TA_LEFT, textColor=NAVY)
    sub = ParagraphStyle("sub", fontName="Ar", fontSize=13.5, leading=19, alignment=TA_LEFT, textColor=INK)
    sm = ParagraphStyle("sm", fontName="Ar", fontSize=10.5, leading=15, alignment=TA_LEFT, textColor=INK)
    smb = ParagraphStyle("smb", parent=sm, fontName="ArB")
    S_ = [Spacer(1, 2.2 * cm),
          Paragraph(fr("Titre RNCP « Chef de projet e-commerce » — session 2026"), sm),
          Paragraph(fr("Dossier professionnel — blocs 3 et 4"), smb),
          Spacer(1, 2.4 * cm),
          Paragraph("Ribes Location", tit), Spacer(1, 0.3 * cm),
          Paragraph(fr("Rendre le compte pro visible sur Google et faire signer les devis"), sub),
          Spacer(1, 0.5 * cm),
          Paragraph(fr("Visibilité naturelle · achat de mots-clés · indicateurs · fiches machines · tunnel devis"), sm),
          Spacer(1, 4.6 * cm),
          Paragraph(fr("Adrien Escudié"), ParagraphStyle("n", parent=sub, fontName="ArB")),
          Paragraph(fr("Alternant Mastère 2 — Sup'Digital Occitanie"), sm),
          Paragraph(fr("Tuteur : Pierre Ribes, directeur général de Ribes Location SAS"), sm),
          Paragraph(fr("Période couverte : janvier à avril 2026 — remis le 11 mai 2026"), sm),
          Spacer(1, 1.6 * cm),
          Paragraph(fr("Pièces jointes : Annexe_A_captures.pdf (12 figures) · Ribes_pilotage_SEO_SEA_v4.xlsx (6 onglets)"), sm),
          Paragraph(fr("Document confidentiel — diffusion limitée au jury"), ParagraphStyle("cf", parent=sm, fontName="ArI")),
          NextPageTemplate("body"), PageBreak()]
    S_.append(Paragraph("Sommaire", h1s))
    S_.append(Spacer(1, 6))
    for key, level, text in toc_entries():
        S_.append(TOCLine(text, pages.get(key, 0), level))
    S_.append(Spacer(1, 14))
    S_.append(Paragraph(fr("Tableaux : Tab. 1 à Tab. 16. Schémas : 1 à 4. Captures : annexe A, fig. 1 à 12. "
                           "Chiffres détaillés : classeur Ribes_pilotage_SEO_SEA_v4.xlsx."),
                        ParagraphStyle("tn", parent=body, fontName="ArI", fontSize=9)))
    n_key = 0
    first_h1 = True
    for it in C:
        k = it[0]
        if k in ("h1", "h2", "h3"):
            n_key += 1
            lvl = {"h1": 0, "h2": 1, "h3": 2}[k]
            st = {"h1": h1s, "h2": h2s, "h3": h3s}[k]
            if k == "h1":
                S_.append(PageBreak())
                first_h1 = False
            S_.append(Heading(it[1], st, "k%d" % n_key, lvl))
            if k == "h1":
                S_.append(HRule())
        elif k == "p":
            S_.append(Paragraph(fr(md(it[1])), body))
        elif k == "ad":
            S_.append(Paragraph(fr(md(it[1])), adhd if it[2] else adst))
        elif k == "ul":
            for x in it[1]:
                S_.append(Paragraph(fr(md(x)), bul, bulletText="•"))
            S_.append(Spacer(1, 3))
        elif k == "ol":
            for i, x in enumerate(it[1], 1):
                S_.append(Paragraph(fr(md(x)), bul, bulletText="%d." % i))
            S_.append(Spacer(1, 3))
        elif k == "tab":
            rows, widths, caption, right, bold_rows, fs, keep, center = it[1:]
            S_ += table_flow(rows, widths, caption, right, bold_rows, fs, keep, center)
        elif k == "diag":
            COUNT["diag"] += 1
            S_.append(KeepTogether([Spacer(1, 4), Diagram(it[1], it[2]),
                                    Paragraph(fr("Schéma %d — %s" % (COUNT["diag"], it[3])), capd)]))
        elif k == "cond":
            S_.append(CondPageBreak(it[1]))
        elif k == "pb":
            S_.append(PageBreak())
    return S_


class HRule(Flowable):
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 10

    def draw(self):
        self.canv.setStrokeColor(NAVY)
        self.canv.setLineWidth(1.2)
        self.canv.line(0, 7, self.aw, 7)


def toc_entries():
    out = []
    n = 0
    for it in C:
        if it[0] in ("h1", "h2", "h3"):
            n += 1
            lvl = {"h1": 0, "h2": 1, "h3": 2}[it[0]]
            out.append(("k%d" % n, lvl, it[1]))
    return out


def deco(c, d):
    c.saveState()
    c.setFont("ArI", 8)
    c.setFillColor(colors.HexColor("#404040"))
    c.drawString(LM, PH - 1.35 * cm, HEADER_TXT)
    c.setStrokeColor(NAVY)
    c.setLineWidth(0.5)
    c.line(LM, PH - 1.5 * cm, PW - RM, PH - 1.5 * cm)
    c.setStrokeColor(GRID)
    c.line(LM, 1.45 * cm, PW - RM, 1.45 * cm)
    c.setFont("Ar", 8.5)
    c.setFillColor(INK)
    c.drawRightString(PW - RM, 1.0 * cm, "Confidentiel — page %d/%d" % (c.getPageNumber(), TOTAL_PAGES))
    c.restoreState()


def deco_cover(c, d):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, PH - 1.2 * cm, PW, 1.2 * cm, stroke=0, fill=1)
    c.rect(LM, 3.0 * cm, 3 * cm, 0.12 * cm, stroke=0, fill=1)
    c.restoreState()


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Heading):
            HEAD_PAGES[f.key] = self.page


def build_report(target, pages):
    HEAD_PAGES.clear()
    doc = Doc(target, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Ribes Location — Dossier blocs 3 et 4 — A. Escudié", author=AUTHOR,
              creator="Microsoft® Word pour Microsoft 365", subject="Titre RNCP Chef de projet e-commerce — session 2026",
              invariant=1)
    f_cover = Frame(LM, BM, UW, PH - TM - BM, id="cover")
    f_body = Frame(LM, BM, UW, PH - TM - BM, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[f_cover], onPage=deco_cover, pagesize=A4),
                          PageTemplate(id="body", frames=[f_body], onPage=deco, pagesize=A4)])
    doc.build(story(pages))
    return dict(HEAD_PAGES), doc.page


def main():
    os.makedirs(OUT, exist_ok=True)
    content()
    pages, last = build_report(io.BytesIO(), {})
    pages, last = build_report(io.BytesIO(), pages)
    pages2, last2 = build_report(PDF_REPORT, pages)
    assert pages2 == pages and last2 == last, "pagination instable"
    assert COUNT["tab"] == 16 and COUNT["diag"] == 4, COUNT
    print("rapport : %d pages, %d tableaux, %d schémas" % (last, COUNT["tab"], COUNT["diag"]))
    build_annex()
    build_xlsx()
    return last


if __name__ == "__main__":
    last = main()
    if last != TOTAL_PAGES:
        raise SystemExit("pages %d != %d" % (last, TOTAL_PAGES))
