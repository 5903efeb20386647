# Générateur du dossier de la candidate c151 (Nolwenn Guérin, alternante « cheffe de projet logistique e-commerce »
# chez Piston & Chaîne SARL, vente en ligne de pièces et accessoires moto, Le Mans) — blocs 4 et 5, dossier moyen,
# session 2026. DEUX FICHIERS :
# (1) Dossier_projet_entrepot_PistonChaine_v2.docx : dossier projet de réorganisation de l'entrepôt (~20 pages,
#     ~5 000 mots, 12 tableaux) : page de garde « v2 », liste de diffusion, sommaire (champ TOC avec résultat en cache),
#     titres Word numérotés « 1. » / « 1.1 » en bleu, Arial 10,5, en-tête « Piston & Chaîne — Projet Entrepôt 2026 »,
#     pied « N. Guérin — v2 — p. X » ; plans d'implantation dessinés en tableaux à cellules colorées ; encadré des
#     consignes du gérant (paragraphes bordés, pas un tableau) ; chiffres suivis de « (cf. onglet …) ».
# (2) Entrepot_calculs.xlsx : classeur écrit en ODS plat puis converti par LibreOffice (soffice), onglets « ABC »,
#     « Capacité », « Temps picking », « Transport », « Budget », vraies formules (SUM, SUMIF, COUNTIF, SUMPRODUCT,
#     RANK, IF) avec leurs valeurs calculées ; colonne « Impact RSE » laissée à « à compléter ».
# Déterministe : métadonnées fixes, zips DOCX et XLSX reconditionnés à date fixe, aucun aléa.
import datetime, os, re, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

SLUG = "c151-projet-entrepot-pieces-moto-le-mans"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
DOCX = os.path.join(OUT, "Dossier_projet_entrepot_PistonChaine_v2.docx")
XLSX = os.path.join(OUT, "Entrepot_calculs.xlsx")
AUTHOR = "Nolwenn Guérin"
FIXED = datetime.datetime(2026, 6, 15, 17, 42, 0)
ZIPSTAMP = (2026, 6, 15, 17, 42, 0)
XL_CREATED = "2026-03-02T08:55:00Z"
XL_MODIFIED = "2026-06-15T16:20:00Z"
BLUE = (0x1F, 0x5F, 0xA8)
BLUE_HEX = "1F5FA8"
N_PAGES = 19


# ====================================================================== outils communs
def repack_file(path, fix=None):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if fix:
                data = fix(name, data)
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fnum(v, dec=0):
    s = ("{:,.%df}" % dec).format(v).replace(",", "\u202f").replace(".", ",")
    return s


def pct(v, dec=1):
    return fnum(v * 100, dec) + " %"


# ====================================================================== données du classeur
# ---------------------------------------------------------------- ABC : catalogue des 300 premières références
LUB = ["Huile Motul 7100 10W40 4 L", "Huile Motul 7100 10W40 1 L", "Huile Motul 5100 10W40 4 L",
       "Huile Motul 7100 10W50 4 L", "Huile Castrol Power1 Racing 4T 10W40 4 L", "Huile Motul 7100 15W50 4 L",
       "Huile Ipone Katana Full Power 10W40 4 L", "Huile Motul 5100 10W40 1 L",
       "Liquide de frein Motul RBF 600 500 ml", "Huile Liqui Moly Motorbike 4T Street 10W40 4 L",
       "Huile Motul 300V 15W50 4 L", "Liquide de frein Motul DOT 5.1 500 ml", "Huile Motul 7100 20W50 4 L",
       "Huile de fourche Motul Fork Oil Expert 10W 1 L", "Huile Ipone R4000 RS 10W40 4 L",
       "Liquide de refroidissement Motul Motocool Expert 1 L", "Huile Castrol Power1 4T 15W50 4 L",
       "Huile Motul 7100 5W40 4 L", "Huile de fourche Motul Fork Oil Expert 5W 1 L", "Huile Motul 5000 10W40 4 L",
       "Huile Motul 7100 10W60 4 L", "Huile Motul 710 2T 1 L", "Huile Ipone Katana Full Power 10W50 4 L",
       "Huile Castrol Power1 Racing 4T 10W50 4 L", "Huile de boîte Motul Transoil 10W30 1 L"]
ENT = ["Graisse chaîne Motul C4 Factory Line 400 ml", "Nettoyant chaîne Motul C1 400 ml",
       "Graisse chaîne Motul C2 Road 400 ml", "Kit entretien chaîne Motul C1 + C4 + brosse",
       "Nettoyant Motul Moto Wash 1 L", "Graisse chaîne Ipone Spray Chaîne Route 750 ml",
       "Brosse chaîne trois faces", "Nettoyant frein Motul Brake Clean 750 ml", "Lustrant Motul E9 Wash & Wax 400 ml",
       "Dégraissant Ipone Chain Clean 750 ml", "Gants nitrile atelier boîte de 100",
       "Graisse chaîne Motul C3 Off Road 400 ml", "Pâte cuivre anti-grippage 100 g", "Frein filet moyen 10 ml"]
FIL = ["Filtre à huile HiFlo HF204", "Filtre à huile HiFlo HF303", "Filtre à huile HiFlo HF138",
       "Filtre à huile HiFlo HF147", "Filtre à huile HiFlo HF204RC", "Filtre à air HiFlo HFA4919",
       "Filtre à huile HiFlo HF160", "Filtre à huile HiFlo HF401", "Filtre à huile HiFlo HF112",
       "Filtre à air HiFlo HFA1623", "Filtre à huile HiFlo HF153", "Filtre à huile HiFlo HF184",
       "Filtre à air HiFlo HFA4922", "Filtre à huile HiFlo HF164", "Filtre à huile HiFlo HF131",
       "Filtre à huile HiFlo HF682", "Filtre à air HiFlo HFA2610", "Filtre à huile HiFlo HF303RC",
       "Filtre à huile HiFlo HF129", "Filtre à air HiFlo HFA1929", "Filtre à huile HiFlo HF554",
       "Filtre à huile HiFlo HF565", "Filtre à air K&N YA-6814", "Filtre à huile HiFlo HF163",
       "Filtre à air HiFlo HFA3616", "Filtre à air HiFlo HFA1715", "Filtre à huile HiFlo HF145"]
ALL = ["Bougie NGK CR9EIA-9", "Bougie NGK CR8E", "Bougie NGK CPR8EA-9", "Bougie NGK LMAR9E-J", "Bougie NGK DR8EA",
       "Bougie NGK CR7HSA", "Bougie NGK CR9EK", "Bougie NGK B8ES", "Bougie NGK DPR8EA-9", "Bougie NGK CR10EK",
       "Bougie NGK LMAR8A-9", "Bougie NGK CPR7EA-9", "Bougie NGK CR8EK", "Bougie NGK BR8ES", "Bougie NGK IMR9C-9H",
       "Bougie NGK CR8EIX", "Bougie NGK DCPR8E"]
FRE = ["Plaquettes avant EBC FA196HH", "Plaquettes avant EBC FA252HH", "Plaquettes arrière EBC FA174",
       "Plaquettes avant EBC FA229HH", "Plaquettes avant EBC FA390HH", "Plaquettes arrière EBC FA213",
       "Plaquettes avant SBS 842HS", "Plaquettes avant EBC FA379HH", "Plaquettes arrière EBC FA140",
       "Plaquettes avant EBC FA446HH", "Plaquettes avant SBS 900HS", "Plaquettes avant EBC FA213HH",
       "Plaquettes arrière EBC FA254", "Plaquettes avant EBC FA142HH", "Plaquettes avant SBS 634HS",
       "Plaquettes avant EBC FA447HH", "Plaquettes arrière EBC FA192", "Plaquettes avant EBC FA630HH",
       "Plaquettes avant SBS 870HS", "Plaquettes avant EBC FA244HH", "Plaquettes arrière EBC FA131",
       "Plaquettes avant EBC FA296HH", "Plaquettes avant SBS 901HS", "Plaquettes avant EBC FA380HH",
       "Plaquettes arrière SBS 730LS", "Plaquettes avant EBC FA188HH", "Plaquettes avant SBS 706HS",
       "Plaquettes arrière EBC FA208/2", "Plaquettes avant EBC FA604HH", "Plaquettes avant SBS 675HS",
       "Disque de frein avant Brembo Serie Oro MT-07", "Plaquettes arrière SBS 675LS",
       "Disque de frein avant Brembo Serie Oro Z900", "Durite de frein aviation avant MT-07",
       "Plaquettes avant EBC FA347HH", "Plaquettes avant SBS 841HS", "Plaquettes arrière EBC FA266",
       "Plaquettes avant EBC FA261HH", "Plaquettes avant SBS 960HS", "Plaquettes arrière SBS 832LS",
       "Plaquettes avant EBC FA322/4HH", "Plaquettes avant EBC FA265HH"]
MODELS = ["MT-07", "MT-09", "Tracer 700", "XSR700", "CB500F", "CB650R", "Z650", "Z900", "SV650", "Ninja 650",
          "GSX-S 750", "Tracer 9", "CBR500R", "CB500X", "Versys 650", "NC750X", "Trident 660", "Street Triple 765",
          "Duke 390", "MT-125", "CB125R", "R 1250 GS", "Africa Twin", "Hornet 750"]
TRA = ["Kit chaîne DID 520 VX3 + pignons " + m for m in MODELS[:18]] + [
    "Kit chaîne RK 520 XSO + pignons " + m for m in MODELS[:8]] + [
    "Chaîne DID 520 VX3 120 maillons", "Attache rapide DID 520 VX3 à river", "Pignon JT JTF1590.16",
    "Couronne JT JTR1876.43", "Kit chaîne DID 525 ZVM-X + pignons Africa Twin", "Pignon JT JTF339.15"]
PNE = ["Pneu Michelin Road 6 120/70 ZR17", "Pneu Michelin Road 6 180/55 ZR17", "Pneu Michelin Power 5 120/70 ZR17",
       "Pneu Michelin Power 5 180/55 ZR17", "Pneu Michelin Road 6 190/50 ZR17", "Pneu Bridgestone Battlax S22 120/70 ZR17",
       "Pneu Bridgestone Battlax S22 180/55 ZR17", "Pneu Michelin Road 6 160/60 ZR17",
       "Pneu Metzeler Roadtec 01 SE 120/70 ZR17", "Pneu Metzeler Roadtec 01 SE 180/55 ZR17",
       "Pneu Dunlop Roadsmart IV 120/70 ZR17", "Pneu Dunlop Roadsmart IV 180/55 ZR17",
       "Pneu Pirelli Angel GT II 120/70 ZR17", "Pneu Pirelli Angel GT II 180/55 ZR17", "Pneu Michelin Power 5 190/55 ZR17",
       "Pneu Michelin Anakee Adventure 90/90-21", "Pneu Michelin Anakee Adventure 150/70 R18",
       "Pneu Michelin Road 6 GT 120/70 ZR17", "Pneu Pirelli Scorpion Trail II 120/70 ZR19",
       "Pneu Michelin Pilot Street 2 110/70-17", "Pneu Michelin Pilot Street 2 140/70-17",
       "Pneu Bridgestone Battlax T32 120/70 ZR17", "Pneu Bridgestone Battlax T32 180/55 ZR17",
       "Pneu Michelin Road 6 GT 180/55 ZR17", "Pneu Michelin Power 5 160/60 ZR17", "Pneu Michelin Road 6 150/70 ZR17",
       "Pneu Michelin Anakee Adventure 110/80 R19", "Pneu Michelin Anakee Adventure 170/60 R17",
       "Pneu Metzeler Roadtec 01 SE 190/50 ZR17", "Pneu Dunlop Roadsmart IV 190/50 ZR17",
       "Pneu Pirelli Diablo Rosso IV 120/70 ZR17", "Pneu Pirelli Diablo Rosso IV 180/55 ZR17",
       "Pneu Bridgestone Battlax S22 190/50 ZR17", "Pneu Michelin Pilot Street 2 100/80-17"]
BAT = ["Batterie lithium YTZ10S", "Batterie Yuasa YTZ10S", "Batterie Yuasa YTX9-BS", "Batterie Yuasa YTZ14S",
       "Batterie Yuasa YTX14-BS", "Batterie lithium YTX9-BS", "Batterie Yuasa YB12A-A", "Batterie Yuasa YTX20L-BS",
       "Batterie lithium YTZ7S", "Batterie Yuasa YTZ7S", "Batterie Yuasa YTX7A-BS", "Chargeur de batterie Optimate 4",
       "Batterie lithium YTX14-BS", "Batterie Yuasa YTX12-BS",
       "Batterie Yuasa YTZ12S", "Batterie lithium YTZ14S", "Batterie Yuasa YB14L-A2", "Batterie Yuasa YTX5L-BS"]
ECL = ["Ampoule Philips H4 X-tremeVision Moto", "Ampoule Osram H7 Night Racer", "Paire de clignotants LED homologués",
       "Ampoules stop P21/5W (lot de 2)", "Assortiment de fusibles plats", "Ampoules veilleuse W5W LED (lot de 2)",
       "Ampoule Philips HS1 12 V", "Feu arrière LED universel homologué", "Relais de clignotants LED 2 broches",
       "Ampoule Osram H4 Night Racer", "Prise USB guidon étanche"]
ACC = ["Levier de frein réglable " + m for m in MODELS[:16]] + [
    "Levier d'embrayage réglable " + m for m in MODELS[:14]] + [
    "Support de plaque court " + m for m in MODELS[:12]] + [
    "Câble d'embrayage CB500F", "Câble d'embrayage SV650", "Patins de protection MT-07",
    "Poignées Domino route 120 mm",
    "Patins de protection MT-09", "Patins de protection Z900", "Patins de protection CB650R", "Rétroviseurs d'embout de guidon (paire)", "Protège-réservoir adhésif carbone",
    "Embouts de guidon alu (paire)", "Bouchon de réservoir d'huile alu M20"]

ROU = ["Roulements de roue avant " + m for m in MODELS[:14]] + [
    "Joints spi de fourche " + d for d in ("41 mm", "43 mm", "37 mm", "45 mm", "39 mm")] + [
    "Cache-poussière de fourche " + d for d in ("41 mm", "43 mm", "37 mm")] + [
    "Roulements de roue arrière " + m for m in MODELS[:10]]

FAMILIES = [  # (code, famille, liste, poids de popularité)
    ("LUB", "Lubrifiants", LUB, 1.06), ("FRE", "Freinage", FRE, 1.0), ("FIL", "Filtration", FIL, 0.92),
    ("TRA", "Transmission", TRA, 0.82), ("PNE", "Pneumatiques", PNE, 0.86), ("ENT", "Entretien", ENT, 0.74),
    ("ALL", "Allumage", ALL, 0.6), ("BAT", "Batteries", BAT, 0.55), ("ECL", "Éclairage", ECL, 0.38),
    ("ACC", "Commandes et accessoires", ACC, 0.44),
    ("ROU", "Roulements et joints", ROU, 0.36)]


def abc_items():
    cand = []
    for k, (code, fam, lst, w) in enumerate(FAMILIES):
        assert len(set(lst)) == len(lst), code
        for i, name in enumerate(lst):
            cand.append((w * (i + 1) ** -0.72, -k, -i, code, fam, name, 1000 + 37 * i + 11 * k))
    cand.sort(reverse=True)
    assert len(cand) >= 300, len(cand)
    top = cand[:300]
    items = []
    for r, (_, _, _, code, fam, name, num) in enumerate(top, 1):
        lines = int(round(3870 * r ** -0.571))
        items.append(("%s-%04d" % (code, num), name, fam, lines))
    return items


ABC = abc_items()
TOP300 = sum(i[3] for i in ABC)
LINES_TOTAL = 216800
A_LINES, B_LINES, C_LINES = 151700, 43400, 21700
A_REST = A_LINES - TOP300
REFS_TOTAL, A_REFS, B_REFS, C_REFS = 9000, 720, 1800, 6480
assert A_LINES + B_LINES + C_LINES == LINES_TOTAL and A_REFS + B_REFS + C_REFS == REFS_TOTAL
assert 0 < A_REST / 420 < ABC[-1][3], (A_REST, ABC[-1][3])

# ---------------------------------------------------------------- Capacité
# (type, familles, empl. actuels, occupés actuels, empl. cible, occupés cible)
CAPA = [
    ("Étagères à bacs — petites pièces (rez-de-chaussée)", "freinage, filtration, allumage, éclairage, commandes",
     4800, 4610, 4950, 4180),
    ("Rayonnage dynamique FIFO — consommables classe A", "plaquettes, filtres, bougies, graisse chaîne", 0, 0, 96, 84),
    ("Racks à pneus (FIFO par semaine DOT)", "pneus", 380, 436, 520, 430),
    ("Cantilever", "échappements, guidons, béquilles d'atelier", 0, 41, 48, 41),
    ("Armoires de rétention", "batteries, huiles, aérosols", 36, 58, 120, 96),
    ("Palettier — réserve", "surstock, huiles en carton, pneus en réserve", 168, 161, 184, 150),
    ("Mezzanine — étagères (classe C)", "pièces à faible rotation", 3400, 3150, 3900, 3420),
]
CAPA_E0 = sum(c[2] for c in CAPA)
CAPA_O0 = sum(c[3] for c in CAPA)
CAPA_E1 = sum(c[4] for c in CAPA)
CAPA_O1 = sum(c[5] for c in CAPA)

# ---------------------------------------------------------------- Temps picking (mesure du 2 au 13 mars 2026)
PICK = [  # préparateur, heures de picking, lignes, erreurs, mètres parcourus
    ("Kevin", 46, 2852, 55, 30200),
    ("Mélissa", 44, 2420, 44, 27600),
    ("Yanis", 45, 2385, 53, 28400),
    ("Océane", 48, 2304, 7, 34800),
]
PICK_H = sum(p[1] for p in PICK)
PICK_L = sum(p[2] for p in PICK)
PICK_E = sum(p[3] for p in PICK)
PICK_M = sum(p[4] for p in PICK)
GAMME_AVANT = [
    ("Impression du bon, commande par commande", 15),
    ("Prise du bon et d'un chariot au bureau", 20),
    ("Recherche de l'emplacement (rangement par marque)", 25),
    ("Trajet jusqu'à l'allée de la marque", 70),
    ("Prélèvement et scan", 35),
    ("Retour à la table de contrôle", 45),
    ("Second scan de chaque article", 25),
    ("Vérification de compatibilité en cas de doute", 20),
    ("Dépôt à l'établi", 10),
    ("Choix du carton", 20),
    ("Emballage et calage", 50),
    ("Impression de l'étiquette au bureau", 35),
    ("Collage de l'étiquette et du bordereau", 15),
    ("Dépôt au quai", 15),
]
GAMME_APRES = [
    ("Lancement d'une vague de 12 commandes", 20),
    ("Parcours en serpentin (classe A près des établis)", 85),
    ("Prélèvement, scan unique au bac de la commande", 35),
    ("Dépôt du chariot à l'établi", 6),
    ("Pesée de contrôle (±3 %)", 15),
    ("Carton proposé par le WMS", 10),
    ("Emballage et calage", 50),
    ("Étiquette imprimée à l'établi", 12),
    ("Dépôt dans le bac du transporteur", 17),
]
T_AVANT = sum(g[1] for g in GAMME_AVANT)
T_APRES = sum(g[1] for g in GAMME_APRES)
assert (len(GAMME_AVANT), T_AVANT, len(GAMME_APRES), T_APRES) == (14, 400, 9, 250)
DIST_SIM = [("Classe A (près des établis)", 0.70, 5.5), ("Classe B (allées centrales)", 0.20, 11.0),
            ("Classe C (mezzanine)", 0.10, 19.0)]
M_LINE_NOW = PICK_M / PICK_L
M_LINE_SIM = sum(s * d for _, s, d in DIST_SIM)

# ---------------------------------------------------------------- Transport (tarifs HT 2026 négociés, par colis)
BANDS = ["0,5 kg", "1 kg", "2 kg", "5 kg", "10 kg", "15 kg", "20 kg", "30 kg"]
MIX = [0.24, 0.19, 0.18, 0.16, 0.14, 0.05, 0.03, 0.01]
CARRIERS = [
    ("Colissimo (domicile, sans signature)", [5.20, 5.90, 6.80, 8.90, 12.40, 15.60, 18.20, 23.90]),
    ("DPD Predict", [5.60, 5.95, 6.50, 7.90, 10.40, 12.90, 15.20, 19.80]),
    ("GLS (Business Parcel)", [4.90, 5.30, 5.90, 7.40, 10.10, 12.80, 15.40, 20.50]),
    ("Chronopost (Chrono 13)", [7.90, 8.60, 9.80, 12.40, 16.80, 21.50, 25.90, 33.40]),
]
assert abs(sum(MIX) - 1) < 1e-9
COST = [sum(p * m for p, m in zip(prices, MIX)) for _, prices in CARRIERS]
RANKS = [sorted(COST).index(c) + 1 for c in COST]
GEODIS_PAL = 72.0

# ---------------------------------------------------------------- Budget
BUDGET = [  # poste, fournisseur, montant HT, statut
    ("Rayonnage dynamique FIFO (12 travées, 96 canaux)", "Rayonnages de l'Ouest", 14600, "devis signé le 29/05"),
    ("Racks à pneus d'occasion (4 travées)", "Rayonnages de l'Ouest", 4200, "devis signé le 29/05"),
    ("Cantilever simple face (2 modules)", "Rayonnages de l'Ouest", 3900, "devis signé le 29/05"),
    ("Démontage et remontage du palettier existant", "Rayonnages de l'Ouest", 4700, "devis signé le 29/05"),
    ("Armoires de rétention (2) pour batteries et huiles", "fournisseur sécurité", 3800, "devis reçu"),
    ("Étagères et bacs complémentaires, réimplantation", "catalogue fournisseur habituel", 6300, "devis reçu"),
    ("Établis d'emballage (3) avec imprimante étiquettes", "fournisseur habituel", 5400, "devis reçu"),
    ("Balances de contrôle au poste (3)", "fournisseur habituel", 2100, "devis reçu"),
    ("Chariots de préparation 12 bacs (4)", "fournisseur habituel", 2800, "devis reçu"),
    ("Marquage au sol et étiquettes d'adressage", "fournisseur habituel", 1900, "estimé"),
    ("Paramétrage du WMS (adressage, vagues, pesée)", "éditeur du WMS", 3200, "devis reçu"),
    ("Intérim et heures supplémentaires (transfert du stock)", "agence d'intérim", 1900, "estimé"),
]
BUDGET_TOTAL = sum(b[2] for b in BUDGET)
CAP = 60000
assert BUDGET_TOTAL == 54800


# ====================================================================== classeur : ODS plat → XLSX par LibreOffice
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')

BORDER = "0.74pt solid #9dc3e6"


def cell_style(name, data=None, bold=False, fill=None, align=None, size=None, italic=False, color=None, border=True,
               wrap=False):
    ds = ' style:data-style-name="%s"' % data if data else ""
    cp = []
    if fill:
        cp.append('fo:background-color="%s"' % fill)
    if border:
        cp.append('fo:border="%s"' % BORDER)
    if wrap:
        cp.append('fo:wrap-option="wrap"')
    cp.append('style:vertical-align="middle"')
    tp = []
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    if size:
        tp.append('fo:font-size="%s"' % size)
    if color:
        tp.append('fo:color="%s"' % color)
    pp = ['fo:text-align="%s"' % align] if align else []
    return ('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="Default"%s>'
            '<style:table-cell-properties %s/>%s%s</style:style>' % (
                name, ds, " ".join(cp), '<style:paragraph-properties %s/>' % " ".join(pp) if pp else "",
                '<style:text-properties %s/>' % " ".join(tp) if tp else ""))


BLUEX = "#1f5fa8"
LIGHT = "#ddebf7"
CELL_STYLES = [
    cell_style("ce_title", bold=True, size="13pt", color=BLUEX, border=False),
    cell_style("ce_head", bold=True, fill=BLUEX, color="#ffffff", align="center", wrap=True),
    cell_style("ce_txt", wrap=True),
    cell_style("ce_bold", bold=True, fill=LIGHT),
    cell_style("ce_cls", align="center"),
    cell_style("ce_clsb", align="center", bold=True, fill=LIGHT),
    cell_style("ce_todo", align="center", italic=True, color="#c00000", fill="#fff2cc"),
    cell_style("ce_eur0", data="N_EUR0"),
    cell_style("ce_eur2", data="N_EUR2"),
    cell_style("ce_eur0b", data="N_EUR0", bold=True, fill=LIGHT),
    cell_style("ce_eur2b", data="N_EUR2", bold=True, fill=LIGHT),
    cell_style("ce_int", data="N_INT", align="end"),
    cell_style("ce_intb", data="N_INT", align="end", bold=True, fill=LIGHT),
    cell_style("ce_dec1", data="N_DEC1", align="end"),
    cell_style("ce_dec1b", data="N_DEC1", align="end", bold=True, fill=LIGHT),
    cell_style("ce_dec2", data="N_DEC2", align="end"),
    cell_style("ce_dec2b", data="N_DEC2", align="end", bold=True, fill=LIGHT),
    cell_style("ce_pct", data="N_PCT1", align="end"),
    cell_style("ce_pctb", data="N_PCT1", align="end", bold=True, fill=LIGHT),
    cell_style("ce_pct0", data="N_PCT0", align="end"),
    cell_style("ce_src", italic=True, size="8pt", color="#595959", border=False),
]

STYLES_XML = """
<office:styles>
 <style:default-style style:family="table-cell">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/>
 </style:default-style>
 <style:style style:name="Default" style:family="table-cell"/>
</office:styles>
<office:automatic-styles>
 <number:currency-style style:name="N_EUR0" number:language="fr" number:country="FR">
  <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
  <number:text> </number:text><number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol>
 </number:currency-style>
 <number:currency-style style:name="N_EUR2" number:language="fr" number:country="FR">
  <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
  <number:text> </number:text><number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol>
 </number:currency-style>
 <number:percentage-style style:name="N_PCT1" number:language="fr" number:country="FR">
  <number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/>
  <number:text> %%</number:text>
 </number:percentage-style>
 <number:percentage-style style:name="N_PCT0" number:language="fr" number:country="FR">
  <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/>
  <number:text> %%</number:text>
 </number:percentage-style>
 <number:number-style style:name="N_INT" number:language="fr" number:country="FR">
  <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <number:number-style style:name="N_DEC1" number:language="fr" number:country="FR">
  <number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <number:number-style style:name="N_DEC2" number:language="fr" number:country="FR">
  <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <style:style style:name="co_s" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="co_b" style:family="table-column"><style:table-column-properties style:column-width="3.0cm"/></style:style>
 <style:style style:name="co_c" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
 <style:style style:name="co_d" style:family="table-column"><style:table-column-properties style:column-width="7.8cm"/></style:style>
 <style:style style:name="co_e" style:family="table-column"><style:table-column-properties style:column-width="9.5cm"/></style:style>
 <style:style style:name="ro_t" style:family="table-row"><style:table-row-properties style:row-height="0.75cm" style:use-optimal-row-height="false"/></style:style>
 <style:style style:name="ro_h" style:family="table-row"><style:table-row-properties style:row-height="1.0cm" style:use-optimal-row-height="false"/></style:style>
%s
</office:automatic-styles>
""" % "\n".join(CELL_STYLES)


def c_str(text, style="ce_txt", span=1):
    a = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
    cell = '<table:table-cell table:style-name="%s" office:value-type="string"%s><text:p>%s</text:p></table:table-cell>' % (
        style, a, escape(text))
    if span > 1:
        cell += '<table:covered-table-cell/>' * (span - 1)
    return cell


def c_strf(text, formula, style="ce_cls"):
    return ('<table:table-cell table:style-name="%s" table:formula="%s" office:value-type="string" '
            'office:string-value="%s"><text:p>%s</text:p></table:table-cell>' % (
                style, escape(formula, {'"': "&quot;"}), escape(text, {'"': "&quot;"}), escape(text)))


def c_num(v, style, formula=None, kind="float"):
    f = ' table:formula="%s"' % escape(formula, {'"': "&quot;"}) if formula else ""
    if kind in ("eur0", "eur2"):
        shown = fnum(v, 0 if kind == "eur0" else 2) + "\u00a0€"
        return ('<table:table-cell table:style-name="%s"%s office:value-type="currency" office:currency="EUR" '
                'office:value="%s"><text:p>%s</text:p></table:table-cell>' % (style, f, repr(float(v)), shown))
    if kind in ("pct", "pct0"):
        shown = fnum(v * 100, 1 if kind == "pct" else 0) + "\u00a0%"
        return ('<table:table-cell table:style-name="%s"%s office:value-type="percentage" office:value="%s">'
                '<text:p>%s</text:p></table:table-cell>' % (style, f, repr(float(v)), shown))
    dec = {"int": 0, "dec1": 1, "dec2": 2}.get(kind, 0)
    return ('<table:table-cell table:style-name="%s"%s office:value-type="float" office:value="%s">'
            '<text:p>%s</text:p></table:table-cell>' % (style, f, repr(float(v)), fnum(v, dec)))


def c_empty(style=None):
    return '<table:table-cell table:style-name="%s"/>' % style if style else '<table:table-cell/>'


def row(cells, rstyle=None):
    a = ' table:style-name="%s"' % rstyle if rstyle else ""
    return "<table:table-row%s>%s</table:table-row>" % (a, "".join(cells))


def sheet(name, cols, rows):
    return ('<table:table table:name="%s">%s%s</table:table>' % (
        escape(name), "".join('<table:table-column table:style-name="%s"/>' % c for c in cols), "".join(rows)))


class Rows:
    def __init__(self):
        self.R = []

    def add(self, cells, rs=None):
        self.R.append(row(cells, rs))
        return len(self.R)

    @property
    def nxt(self):
        return len(self.R) + 1


def cls(c):
    return "A" if c <= 0.7 else ("B" if c <= 0.9 else "C")


# ---------------------------------------------------------------- onglet ABC
def sheet_abc():
    S = Rows()
    S.add([c_str("Analyse ABC — lignes de commande préparées sur 12 mois (mars 2025 à février 2026)", "ce_title", 6)],
          "ro_t")
    S.add([c_str("Export WMS du 02/03/2026, web + eBay + comptoir. 300 premières références en détail, le reste regroupé "
                 "par classe. Seuils : A jusqu'à 70 % des lignes cumulées, B jusqu'à 90 %, C au-delà.", "ce_src", 6)])
    S.add([c_empty()])
    S.add([c_str(h, "ce_head") for h in ["Réf.", "Désignation", "Famille", "Lignes 12 mois", "% cumulé", "Classe"]],
          "ro_h")
    first = S.nxt
    tot_row = first + 300 + 3
    cum = 0
    for ref_, name, fam, lines in ABC:
        n = S.nxt
        cum += lines
        c = cum / LINES_TOTAL
        S.add([c_str(ref_, "ce_txt"), c_str(name), c_str(fam), c_num(lines, "ce_int", kind="int"),
               c_num(c, "ce_pct", "of:=SUM([.D$%d:.D%d])/[.D$%d]" % (first, n, tot_row), "pct"),
               c_strf(cls(c), 'of:=IF([.E%d]<=0.7;"A";IF([.E%d]<=0.9;"B";"C"))' % (n, n))])
    last = S.nxt - 1
    for label, fam, lines in [("Réf. rangs 301 à 720 (420 réf., détail dans l'export WMS)", "toutes familles", A_REST),
                              ("Réf. rangs 721 à 2 520 (1 800 réf.)", "toutes familles", B_LINES),
                              ("Réf. rangs 2 521 à 9 000 (6 480 réf.)", "toutes familles", C_LINES)]:
        n = S.nxt
        cum += lines
        c = cum / LINES_TOTAL
        S.add([c_str("regroupé"), c_str(label), c_str(fam), c_num(lines, "ce_int", kind="int"),
               c_num(c, "ce_pct", "of:=SUM([.D$%d:.D%d])/[.D$%d]" % (first, n, tot_row), "pct"),
               c_strf(cls(c), 'of:=IF([.E%d]<=0.7;"A";IF([.E%d]<=0.9;"B";"C"))' % (n, n))])
    assert S.nxt == tot_row
    S.add([c_str("Total", "ce_bold"), c_str("9 000 références en stock", "ce_bold"), c_empty("ce_bold"),
           c_num(LINES_TOTAL, "ce_intb", "of:=SUM([.D%d:.D%d])" % (first, tot_row - 1), "int"), c_empty("ce_bold"),
           c_empty("ce_bold")])
    assert cum == LINES_TOTAL
    S.add([c_empty()])
    S.add([c_str(h, "ce_head") for h in ["Synthèse", "Classe", "Nb de réf.", "% des réf.", "Lignes 12 mois",
                                          "% des lignes"]], "ro_h")
    s0 = S.nxt
    counts = {"A": A_REFS, "B": B_REFS, "C": C_REFS}
    lines_ = {"A": A_LINES, "B": B_LINES, "C": C_LINES}
    for k in "ABC":
        n = S.nxt
        if k == "A":
            f_cnt = 'of:=COUNTIF([.F%d:.F%d];"A")+420' % (first, last)
        else:
            f_cnt = None
        S.add([c_str(""), c_str(k, "ce_cls"), c_num(counts[k], "ce_int", f_cnt, "int"),
               c_num(counts[k] / REFS_TOTAL, "ce_pct", "of:=[.C%d]/[.C$%d]" % (n, s0 + 3), "pct"),
               c_num(lines_[k], "ce_int", 'of:=SUMIF([.F$%d:.F$%d];"%s";[.D$%d:.D$%d])' % (
                   first, tot_row - 1, k, first, tot_row - 1), "int"),
               c_num(lines_[k] / LINES_TOTAL, "ce_pct", "of:=[.E%d]/[.E$%d]" % (n, s0 + 3), "pct")])
    S.add([c_str("", "ce_bold"), c_str("Total", "ce_clsb"),
           c_num(REFS_TOTAL, "ce_intb", "of:=SUM([.C%d:.C%d])" % (s0, s0 + 2), "int"),
           c_num(1, "ce_pctb", "of:=SUM([.D%d:.D%d])" % (s0, s0 + 2), "pct"),
           c_num(LINES_TOTAL, "ce_intb", "of:=SUM([.E%d:.E%d])" % (s0, s0 + 2), "int"),
           c_num(1, "ce_pctb", "of:=SUM([.F%d:.F%d])" % (s0, s0 + 2), "pct")])
    S.add([c_str("Les 300 premières réf. = %s lignes, soit %s des lignes de l'année." % (
        fnum(TOP300), pct(TOP300 / LINES_TOTAL)), "ce_src", 6)])
    return sheet("ABC", ["co_s", "co_d", "co_c", "co_b", "co_b", "co_s"], S.R)


# ---------------------------------------------------------------- onglet Capacité
def sheet_capa():
    S = Rows()
    S.add([c_str("Capacité de stockage — emplacements actuels et cible (scénario B)", "ce_title", 8)], "ro_t")
    S.add([c_str("Comptage du 16/03/2026 (Bastien, Nolwenn). Un emplacement = un bac, un canal de dynamique, une "
                 "place de pneu, un bras de cantilever, une place en armoire ou une palette.", "ce_src", 8)])
    S.add([c_empty()])
    S.add([c_str(h, "ce_head") for h in ["Type de stockage", "Familles", "Empl. actuels", "Empl. occupés actuels",
                                          "Taux actuel", "Empl. cible", "Empl. occupés cible", "Taux cible"]], "ro_h")
    first = S.nxt
    for typ, fam, e0, o0, e1, o1 in CAPA:
        n = S.nxt
        if e0 > 0:
            t0 = c_num(o0 / e0, "ce_pct", "of:=[.D%d]/[.C%d]" % (n, n), "pct")
        elif o0 > 0:
            t0 = c_str("au sol", "ce_cls")
        else:
            t0 = c_str("—", "ce_cls")
        S.add([c_str(typ), c_str(fam), c_num(e0, "ce_int", kind="int"), c_num(o0, "ce_int", kind="int"), t0,
               c_num(e1, "ce_int", kind="int"), c_num(o1, "ce_int", kind="int"),
               c_num(o1 / e1, "ce_pct", "of:=[.G%d]/[.F%d]" % (n, n), "pct")])
    last = S.nxt - 1
    n = S.nxt
    S.add([c_str("Total", "ce_bold"), c_empty("ce_bold"),
           c_num(CAPA_E0, "ce_intb", "of:=SUM([.C%d:.C%d])" % (first, last), "int"),
           c_num(CAPA_O0, "ce_intb", "of:=SUM([.D%d:.D%d])" % (first, last), "int"),
           c_num(CAPA_O0 / CAPA_E0, "ce_pctb", "of:=[.D%d]/[.C%d]" % (n, n), "pct"),
           c_num(CAPA_E1, "ce_intb", "of:=SUM([.F%d:.F%d])" % (first, last), "int"),
           c_num(CAPA_O1, "ce_intb", "of:=SUM([.G%d:.G%d])" % (first, last), "int"),
           c_num(CAPA_O1 / CAPA_E1, "ce_pctb", "of:=[.G%d]/[.F%d]" % (n, n), "pct")])
    S.add([c_empty()])
    S.add([c_str("Pneus : 56 pneus stockés au sol faute de place en racks (taux > 100 %). Batteries : 22 références "
                 "sur étagère ouverte, hors armoire. Échappements : sur palettes au sol, pas d'emplacement.", "ce_src", 8)])
    S.add([c_str("Repère : au-delà de 85-90 % d'occupation, on range « où il y a de la place » et l'adressage ne "
                 "tient plus.", "ce_src", 8)])
    return sheet("Capacité", ["co_e", "co_d", "co_b", "co_b", "co_b", "co_b", "co_b", "co_b"], S.R)


# ---------------------------------------------------------------- onglet Temps picking
TP = {}


def sheet_picking():
    S = Rows()
    S.add([c_str("Temps picking — mesure du 2 au 13 mars 2026 (10 jours ouvrés)", "ce_title", 8)], "ro_t")
    S.add([c_str("Heures de picking = temps scanné entre le premier et le dernier prélèvement de chaque bon (hors "
                 "emballage). Mètres : podomètre des scanners.", "ce_src", 8)])
    S.add([c_empty()])
    S.add([c_str(h, "ce_head") for h in ["Préparateur", "Heures de picking", "Lignes préparées", "Lignes/heure",
                                          "Erreurs (réclamations + contrôle)", "Taux d'erreur", "Mètres parcourus",
                                          "Mètres par ligne"]], "ro_h")
    first = S.nxt
    for name, h, l, e, m in PICK:
        n = S.nxt
        TP[name] = n
        S.add([c_str(name), c_num(h, "ce_int", kind="int"), c_num(l, "ce_int", kind="int"),
               c_num(l / h, "ce_dec1", "of:=[.C%d]/[.B%d]" % (n, n), "dec1"), c_num(e, "ce_int", kind="int"),
               c_num(e / l, "ce_pct", "of:=[.E%d]/[.C%d]" % (n, n), "pct"), c_num(m, "ce_int", kind="int"),
               c_num(m / l, "ce_dec1", "of:=[.G%d]/[.C%d]" % (n, n), "dec1")])
    last = S.nxt - 1
    n = S.nxt
    TP["team"] = n
    S.add([c_str("Équipe", "ce_bold"),
           c_num(PICK_H, "ce_intb", "of:=SUM([.B%d:.B%d])" % (first, last), "int"),
           c_num(PICK_L, "ce_intb", "of:=SUM([.C%d:.C%d])" % (first, last), "int"),
           c_num(PICK_L / PICK_H, "ce_dec1b", "of:=[.C%d]/[.B%d]" % (n, n), "dec1"),
           c_num(PICK_E, "ce_intb", "of:=SUM([.E%d:.E%d])" % (first, last), "int"),
           c_num(PICK_E / PICK_L, "ce_pctb", "of:=[.E%d]/[.C%d]" % (n, n), "pct"),
           c_num(PICK_M, "ce_intb", "of:=SUM([.G%d:.G%d])" % (first, last), "int"),
           c_num(PICK_M / PICK_L, "ce_dec1b", "of:=[.G%d]/[.C%d]" % (n, n), "dec1")])
    S.add([c_str("Kevin : allées Yamaha et Kawasaki (les plus proches des établis). Océane : multi-marques + "
                 "mezzanine.", "ce_src", 8)])
    S.add([c_empty()])
    # gamme avant / après
    S.add([c_str("Simulation de la gamme de préparation — temps par commande (secondes)", "ce_title", 8)], "ro_t")
    S.add([c_str(h, "ce_head") for h in ["N°", "Avant : 14 étapes", "", "Secondes", "N°", "Après : 9 étapes", "",
                                          "Secondes"]], "ro_h")
    g0 = S.nxt
    for k in range(14):
        a = GAMME_AVANT[k]
        cells = [c_num(k + 1, "ce_int", kind="int"), c_str(a[0], "ce_txt", 2), c_num(a[1], "ce_int", kind="int")]
        if k < 9:
            b = GAMME_APRES[k]
            cells += [c_num(k + 1, "ce_int", kind="int"), c_str(b[0], "ce_txt", 2), c_num(b[1], "ce_int", kind="int")]
        else:
            cells += [c_empty(), c_empty(), c_empty(), c_empty()]
        S.add(cells)
    g1 = S.nxt - 1
    n = S.nxt
    TP["t"] = n
    S.add([c_str("", "ce_bold"), c_str("Total par commande (s)", "ce_bold", 2),
           c_num(T_AVANT, "ce_intb", "of:=SUM([.D%d:.D%d])" % (g0, g1), "int"), c_str("", "ce_bold"),
           c_str("Total par commande (s)", "ce_bold", 2),
           c_num(T_APRES, "ce_intb", "of:=SUM([.H%d:.H%d])" % (g0, g0 + 8), "int")])
    m = S.nxt
    S.add([c_str(""), c_str("En minutes", "ce_txt", 2), c_num(T_AVANT / 60, "ce_dec2", "of:=[.D%d]/60" % n, "dec2"),
           c_str(""), c_str("En minutes (4 min 10 s)", "ce_txt", 2),
           c_num(T_APRES / 60, "ce_dec2", "of:=[.H%d]/60" % n, "dec2")])
    S.add([c_str(""), c_str("Gain de temps par commande", "ce_bold", 2),
           c_num(1 - T_APRES / T_AVANT, "ce_pctb", "of:=1-[.H%d]/[.D%d]" % (n, n), "pct"), c_empty(), c_empty(),
           c_empty(), c_empty()])
    S.add([c_empty()])
    # distance simulée
    S.add([c_str("Simulation de la distance par ligne après réimplantation (scénario B)", "ce_title", 8)], "ro_t")
    S.add([c_str(h, "ce_head") for h in ["Zone", "", "Part des lignes", "Mètres par ligne (simulé)", "Pondéré", "",
                                          "", ""]], "ro_h")
    d0 = S.nxt
    for z, s, d in DIST_SIM:
        n = S.nxt
        S.add([c_str(z, "ce_txt", 2), c_num(s, "ce_pct0", kind="pct0"), c_num(d, "ce_dec1", kind="dec1"),
               c_num(s * d, "ce_dec2", "of:=[.C%d]*[.D%d]" % (n, n), "dec2")])
    d1 = S.nxt - 1
    n = S.nxt
    S.add([c_str("Mètres par ligne après", "ce_bold", 2), c_empty("ce_bold"), c_empty("ce_bold"),
           c_num(M_LINE_SIM, "ce_dec2b", "of:=SUM([.E%d:.E%d])" % (d0, d1), "dec2")])
    S.add([c_str("Mètres par ligne mesurés (mars 2026)", "ce_txt", 2), c_empty(), c_empty(),
           c_num(M_LINE_NOW, "ce_dec2", "of:=[.H%d]" % TP["team"], "dec2")])
    S.add([c_str("Baisse de la distance par ligne", "ce_bold", 2), c_empty("ce_bold"), c_empty("ce_bold"),
           c_num(1 - M_LINE_SIM / M_LINE_NOW, "ce_pctb", "of:=1-[.E%d]/[.E%d]" % (n, n + 1), "pct")])
    return sheet("Temps picking", ["co_b", "co_c", "co_d", "co_b", "co_b", "co_d", "co_b", "co_b"], S.R)


# ---------------------------------------------------------------- onglet Transport
def sheet_transport():
    S = Rows()
    S.add([c_str("Barème transport 2026 — prix HT par colis et coût d'une commande moyenne", "ce_title", 12)], "ro_t")
    S.add([c_str("Tarifs négociés reçus en avril-mai 2026 (hors surcharge carburant). Répartition des commandes par "
                 "tranche de poids : export WooCommerce + eBay, mars 2025 à février 2026.", "ce_src", 12)])
    S.add([c_empty()])
    S.add([c_str(h, "ce_head") for h in ["Transporteur"] + BANDS + ["Coût commande moyenne", "Rang (coût)",
                                                                       "Impact RSE"]], "ro_h")
    mix_row = S.nxt + len(CARRIERS) + 2
    first = S.nxt
    for k, (name, prices) in enumerate(CARRIERS):
        n = S.nxt
        S.add([c_str(name)] + [c_num(p, "ce_eur2", kind="eur2") for p in prices] + [
            c_num(COST[k], "ce_eur2b", "of:=SUMPRODUCT([.B%d:.I%d];[.B$%d:.I$%d])" % (n, n, mix_row, mix_row), "eur2"),
            c_num(RANKS[k], "ce_int", "of:=RANK([.J%d];[.J$%d:.J$%d];1)" % (n, first, first + len(CARRIERS) - 1),
                  "int"),
            c_str("à compléter", "ce_todo")])
    S.add([c_str("Geodis (messagerie palette, commandes garages)")] + [c_str("—", "ce_cls")] * 8 + [
        c_str("72 € la palette", "ce_cls"), c_str("hors classement", "ce_cls"), c_str("à compléter", "ce_todo")])
    assert S.nxt == mix_row - 1
    S.add([c_empty()])
    S.add([c_str("Répartition des commandes", "ce_bold")] + [c_num(m, "ce_pct0", kind="pct0") for m in MIX] + [
        c_num(1, "ce_pctb", "of:=SUM([.B%d:.I%d])" % (mix_row, mix_row), "pct0"), c_empty(), c_empty()])
    S.add([c_empty()])
    S.add([c_str("Batteries lithium : pas de point relais (restriction des transporteurs), envoi domicile uniquement. "
                 "Huiles : sachet scellé + absorbant dans le carton.", "ce_src", 12)])
    S.add([c_str("Impact RSE : demander à chaque transporteur les g CO2 par colis et sa politique véhicules.",
                 "ce_src", 12)])
    return sheet("Transport", ["co_d"] + ["co_s"] * 8 + ["co_b", "co_s", "co_b"], S.R)


# ---------------------------------------------------------------- onglet Budget
def sheet_budget():
    S = Rows()
    S.add([c_str("Budget du projet entrepôt — plafond fixé par Frédéric : 60 000 € HT", "ce_title", 4)], "ro_t")
    S.add([c_str("Version du 15/06/2026. Montants HT, pose comprise quand le fournisseur pose.", "ce_src", 4)])
    S.add([c_empty()])
    S.add([c_str(h, "ce_head") for h in ["Poste", "Fournisseur", "Montant HT", "Statut"]], "ro_h")
    first = S.nxt
    for p, f, m, st in BUDGET:
        S.add([c_str(p), c_str(f), c_num(m, "ce_eur0", kind="eur0"), c_str(st)])
    last = S.nxt - 1
    n = S.nxt
    S.add([c_str("Total projet", "ce_bold"), c_empty("ce_bold"),
           c_num(BUDGET_TOTAL, "ce_eur0b", "of:=SUM([.C%d:.C%d])" % (first, last), "eur0"), c_empty("ce_bold")])
    S.add([c_str("Plafond (consigne de Frédéric)"), c_empty(), c_num(CAP, "ce_eur0", kind="eur0"), c_empty()])
    S.add([c_str("Marge restante", "ce_bold"), c_empty("ce_bold"),
           c_num(CAP - BUDGET_TOTAL, "ce_eur0b", "of:=[.C%d]-[.C%d]" % (n + 1, n), "eur0"), c_empty("ce_bold")])
    S.add([c_str("Part du plafond utilisée"), c_empty(),
           c_num(BUDGET_TOTAL / CAP, "ce_pct", "of:=[.C%d]/[.C%d]" % (n, n + 1), "pct"), c_empty()])
    S.add([c_empty()])
    S.add([c_str("Non compris : photos du catalogue (faites en interne), refonte du sélecteur moto (agence web).",
                 "ce_src", 4)])
    return sheet("Budget", ["co_d", "co_c", "co_b", "co_c"], S.R)


def build_xlsx():
    sheets = sheet_abc() + sheet_capa() + sheet_picking() + sheet_transport() + sheet_budget()
    fods = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:meta><meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date>'
            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date><dc:title>Entrepôt — calculs</dc:title>'
            '</office:meta>%s<office:body><office:spreadsheet>%s</office:spreadsheet></office:body>'
            '</office:document>'
            % (NS, AUTHOR, XL_CREATED[:-1], AUTHOR, XL_MODIFIED[:-1], STYLES_XML, sheets))
    tmp = tempfile.mkdtemp(prefix="c151-")
    try:
        src = os.path.join(tmp, "Entrepot_calculs.fods")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fods)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-" + SLUG,
                        "--headless", "--convert-to", "xlsx", "--outdir", tmp, src], check=True, timeout=180,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, "Entrepot_calculs.xlsx"), XLSX)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def fix(name, data):
        if name == "docProps/core.xml":
            t = data.decode("utf-8")
            t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % XL_CREATED, t)
            t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % XL_MODIFIED, t)
            t = re.sub(r"<cp:revision>[^<]*</cp:revision>", "<cp:revision>34</cp:revision>", t)
            t = t.replace("<dc:language>en-US</dc:language>", "<dc:language>fr-FR</dc:language>")
            return t.encode("utf-8")
        if name == "docProps/app.xml":
            t = data.decode("utf-8")
            t = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>1318</TotalTime>", t)
            return t.encode("utf-8")
        return data
    repack_file(XLSX, fix)


# ====================================================================== contenu du dossier
# ("h1", t) ; ("h2", t) ; ("p", t) ; ("ul", [..]) ; ("ol", [..]) ; ("tab", légende, lignes, largeurs)
# ("plan", légende, grille, légende des couleurs) ; ("box", [lignes])
TEAM_LH = PICK_L / PICK_H
GAIN_H = (T_AVANT - T_APRES) * 380 / 3600
W = {p[0]: p for p in PICK}


def lh(n):
    return fnum(W[n][2] / W[n][1], 1)


def er(n):
    return pct(W[n][3] / W[n][2])


def ml(n):
    return fnum(W[n][4] / W[n][2], 1)


CONTENT = [
    ("h1", "1. Contexte et enjeux"),
    ("h2", "1.1 Piston & Chaîne en quelques chiffres"),
    ("p", "Piston & Chaîne vend des pièces et des accessoires moto depuis 2011. Frédéric Lebreton, ancien mécanicien, a "
          "fondé l'entreprise. Nous sommes au Mans : entrepôt de 900 m², mezzanine de 250 m² et comptoir de vente."),
    ("ul", ["15 salariés, dont Bastien Hamon (responsable entrepôt) et 4 préparateurs (Kevin, Mélissa, Yanis, Océane) ;",
            "CA 2025 : 4,6 M€ HT, dont 81 % en ligne (site WooCommerce et boutique eBay) et 19 % au comptoir ;",
            "9 000 références en stock ;",
            "380 commandes par jour en moyenne, 720 au pic d'avril, quand les motos ressortent de l'hiver."]),
    ("p", "Quelques pièces qui font le quotidien de l'entrepôt :"),
    ("ul", ["« Kit chaîne DID 520 VX3 + pignons MT-07 » : 139,90 € ;",
            "« Plaquettes avant EBC FA196HH » : 32,90 € ;",
            "« Pneu Michelin Road 6 120/70 ZR17 » : 149 € ;",
            "« Batterie lithium YTZ10S » : 119 € ;",
            "« Huile Motul 7100 10W40 4 L » : 54,90 €."]),
    ("p", "Batteries et huiles sont des matières dangereuses pour les transporteurs. Un pneu pèse 5 à 7 kg et prend la "
          "place de vingt boîtes de plaquettes. Tout cela partage les mêmes allées."),
    ("h2", "1.2 Pourquoi réorganiser l'entrepôt"),
    ("p", "L'entrepôt a grandi sans plan. Le stock est rangé par marque de moto : une allée Yamaha, une allée Honda, etc. "
          "C'était logique avec 1 500 références. Avec 9 000, un préparateur traverse l'entrepôt pour une paire de "
          "plaquettes."),
    ("p", "Les chiffres de départ, mesurés en mars 2026 :"),
    ("ul", ["**1,6 %** d'erreurs de préparation (mauvaise pièce, mauvaise quantité, oubli) (cf. onglet Temps picking) ;",
            "**6 min 40 s** de travail par commande, du bon au colis fermé (cf. onglet Temps picking) ;",
            "**14 %** des commandes expédiées plus de 24 h après la commande, **31 %** en avril 2026 ;",
            "**96,3 %** des emplacements occupés, pneus au sol compris (cf. onglet Capacité)."]),
    ("p", "En face, Moto-Rechange Ouest annonce « expédié le jour même avant 15 h », PièceBécane avant 14 h. Garage "
          "Virtuel Moto joue sur le prix. Sur eBay, chaque envoi en retard pèse sur notre note vendeur."),
    ("h2", "1.3 Mon rôle dans le projet"),
    ("p", "J'ai été préparatrice ici pendant deux ans. Depuis septembre 2025, je suis alternante « cheffe de projet "
          "logistique e-commerce » (Bachelor Chef de projet e-commerce, Le Mans Sup Digital). Frédéric m'a confié le "
          "projet en février 2026, avec Bastien comme référent terrain. Je connais les allées par cœur : j'ai dû mesurer "
          "avant de juger."),
    ("h2", "1.4 Ce que contient ce dossier"),
    ("p", "Ce dossier suit le plan d'un cahier de projet. Nous posons d'abord les objectifs et les consignes de Frédéric "
          "(chapitre 2), puis le diagnostic (3). Nous comparons ensuite trois scénarios d'implantation (4) et détaillons "
          "le scénario retenu : stockage et adressage (5), préparation et contrôles (6), retours (7), transport et "
          "colisage (8). Le chapitre 9 porte sur le catalogue en ligne. Les chapitres 10 à 12 couvrent les "
          "prestataires, le planning et le budget. Enfin, nous analyserons le tunnel de commande du site."),
    ("p", "Tous les calculs sont dans le classeur joint __Entrepot_calculs.xlsx__. Chaque chiffre renvoie à son onglet."),

    ("h1", "2. Objectifs et consignes"),
    ("h2", "2.1 Objectif général"),
    ("p", "D'ici le 1er octobre 2026 : **95 % des commandes passées avant 15 h partent le jour même.** Aujourd'hui, nous "
          "sommes à 71 % (export WooCommerce et eBay, mars 2026)."),
    ("p", "15 h, c'est la promesse de Moto-Rechange Ouest. Les 5 % restants couvrent les pièces à commander chez le "
          "grossiste et les doutes de compatibilité."),
    ("h2", "2.2 Objectifs spécifiques"),
    ("ul", ["taux d'erreur de préparation **sous 0,5 %** (1,6 % aujourd'hui) ;",
            "temps de travail par commande : **4 min 10 s** au lieu de 6 min 40 s (cf. onglet Temps picking) ;",
            "distance par ligne : **−35 %%**, de %s m à %s m (cf. onglet Temps picking) ;" % (
                fnum(M_LINE_NOW, 1), fnum(M_LINE_SIM, 1)),
            "taux d'occupation des emplacements **sous 90 %** après travaux (cf. onglet Capacité) ;",
            "pic d'avril 2027 (720 commandes par jour) passé **sans samedi travaillé** (6 samedis en 2026) ;",
            "**40 pages pièce** refaites avant l'été, photos comprises (chapitre 9)."]),
    ("p", "Indicateurs relevés dans le WMS ou WooCommerce. Bilan le 7 septembre, mesure complète le 1er octobre."),
    ("h2", "2.3 Les consignes de Frédéric"),
    ("box", ["Consignes de Frédéric — entretien de cadrage du 9 février 2026",
             "1. Budget plafonné à 60 000 € HT, tout compris : racks, matériel, prestations, intérim.",
             "2. Jamais plus de 2 jours sans expédition.",
             "3. Le comptoir reste ouvert pendant toute la durée des travaux.",
             "4. Les travaux se font en août.",
             "« On ne met pas en danger la saison 2027 pour gagner trois minutes par colis. »"]),
    ("p", "Comment le projet respecte chaque consigne :"),
    ("ul", ["**Budget** : 54 800 € HT, soit 91,3 % du plafond, marge de 5 200 € (cf. onglet Budget).",
            "**Expéditions** : coupées seulement les 12 et 13 août ; bandeau sur le site et délai eBay à 3 jours dès "
            "le 27 juillet.",
            "**Comptoir** : stock tampon de 350 références classe A dans l'arrière-comptoir dès le 7 août ; zone "
            "comptoir touchée seulement le samedi 22 août, après la fermeture.",
            "**Août** : 260 commandes par jour en août 2025, notre mois le plus calme. Travaux du 10 au 22 août."]),

    ("h1", "3. Diagnostic"),
    ("h2", "3.1 Les flux aujourd'hui"),
    ("p", "Journée suivie le 4 mars 2026 (412 commandes) :"),
    ("ol", ["Réception : 3 à 5 livraisons par jour, quantités contrôlées sur le bon.",
            "Rangement par marque de moto ; huiles, bougies et entretien dans une allée « divers ».",
            "Commandes WooCommerce et eBay dans le WMS ; bons imprimés un par un au bureau.",
            "Picking : un préparateur, une commande, un chariot.",
            "Contrôle : second scan de chaque article à la table de contrôle.",
            "Emballage : 2 établis, 9 formats de cartons.",
            "Étiquette : imprimée au bureau, à 25 m des établis.",
            "Quai : enlèvement Colissimo à 16 h, DPD à 16 h 30, Chronopost à 17 h.",
            "Comptoir : le vendeur cherche lui-même la pièce dans les allées.",
            "Retours : posés au fond, traités quand quelqu'un a le temps."]),
    ("h2", "3.2 Ce qui coince"),
    ("p", "Le rangement par marque disperse les pièces qui sortent le plus : 62 % des références classe A sont à plus "
          "de 20 m des établis. 56 pneus sont au sol. 22 références de batteries sont sur une étagère ouverte, sans date "
          "de charge suivie : 23 batteries sont revenues en 2025 « déchargées à réception ». L'imprimante d'étiquettes "
          "est au bureau : 35 s de marche par commande. En avril 2026, 31 % des commandes sont parties après 24 h "
          "malgré 6 samedis travaillés."),
    ("h2", "3.3 Analyse ABC"),
    ("p", "Nous avons classé les 9 000 références selon le nombre de lignes de commande sur 12 mois (mars 2025 à "
          "février 2026) : %s lignes en tout (cf. onglet ABC)." % fnum(LINES_TOTAL)),
    ("tab", "Tableau 1 — Synthèse ABC (cf. onglet ABC)",
     [["Classe", "Références", "% des réf.", "Lignes 12 mois", "% des lignes", "Où elles sont aujourd'hui"],
      ["A", fnum(A_REFS), pct(A_REFS / REFS_TOTAL, 0), fnum(A_LINES), pct(A_LINES / LINES_TOTAL, 0),
       "dispersées dans 9 allées de marque"],
      ["B", fnum(B_REFS), pct(B_REFS / REFS_TOTAL, 0), fnum(B_LINES), pct(B_LINES / LINES_TOTAL, 0),
       "allées de marque et mezzanine"],
      ["C", fnum(C_REFS), pct(C_REFS / REFS_TOTAL, 0), fnum(C_LINES), pct(C_LINES / LINES_TOTAL, 0),
       "partout, souvent à hauteur d'homme"],
      ["Total", fnum(REFS_TOTAL), "100 %", fnum(LINES_TOTAL), "100 %", ""]],
     [1.5, 2.2, 2.0, 2.6, 2.2, 5.5]),
    ("p", "Lecture : 720 références, soit 8 %% du stock, font 70 %% des lignes. Les 300 premières font à elles seules "
          "%s des lignes. À l'autre bout, 6 480 références (72 %%) font 10 %% des lignes et occupent souvent les "
          "meilleures places. Le classement sera refait chaque trimestre." % pct(TOP300 / LINES_TOTAL)),
    ("h2", "3.4 Capacité"),
    ("p", "Nous avons compté les emplacements le 16 mars avec Bastien : %s emplacements, %s occupés, soit %s "
          "(cf. onglet Capacité). Au-delà de 85 à 90 %%, on range « là où il y a de la place ». Les racks à pneus sont à "
          "114 %%." % (
              fnum(CAPA_E0), fnum(CAPA_O0), pct(CAPA_O0 / CAPA_E0))),

    ("h1", "4. Options comparées"),
    ("h2", "4.1 Trois scénarios"),
    ("p", "**A « U »** : réception et expédition du même côté, classe A le long du U. Environ 41 000 €, mais le quai 2 "
          "bouge : 3 jours sans expédition."),
    ("p", "**B « allée centrale + dynamique A »** : une allée centrale de 3 m ; classe A en dynamique et en bacs autour de "
          "3 établis neufs ; classe B de part et d'autre ; classe C en mezzanine ; pneus, cantilever et rétention au "
          "fond. 54 800 €, 2 jours sans expédition."),
    ("p", "**C « mezzanine + convoyeur »** : petites pièces en mezzanine, convoyeur jusqu'à l'emballage. Le meilleur sur "
          "la distance, mais 118 000 €, 5 jours sans expédition et 3 jours de comptoir fermé."),
    ("h2", "4.2 Grille de choix"),
    ("tab", "Tableau 2 — Notation des scénarios (notes sur 5)",
     [["Critère", "Poids", "A « U »", "B « allée centrale + dynamique A »", "C « mezzanine + convoyeur »"],
      ["Coût (plafond 60 000 €)", "25 %", "41 000 € → 4", "54 800 € → 3", "118 000 € → 0"],
      ["Jours sans expédition", "20 %", "3 jours → 2", "2 jours → 4", "5 jours → 0"],
      ["Distance par ligne (simulée)", "20 %", "−22 % → 3", "−35 % → 5", "−40 % → 5"],
      ["Occupation après travaux", "15 %", "91 % → 2", "86 % → 4", "78 % → 5"],
      ["Sécurité (batteries, huiles, charges)", "10 %", "3", "4", "3"],
      ["Comptoir ouvert pendant les travaux", "10 %", "oui → 4", "oui → 4", "non → 1"],
      ["Note pondérée", "100 %", "3,00", "3,95", "2,15"]],
     [4.6, 1.5, 2.8, 3.6, 3.5]),
    ("p", "C dépasse le plafond et ferme le comptoir. A gagne peu sur la distance et coupe un jour de trop. **Le "
          "scénario B a été retenu à la réunion de lancement du 23 avril 2026.**"),
    ("h2", "4.3 Plans d'implantation"),
    ("p", "Une case ≈ 4 m × 5 m. En haut le fond de l'entrepôt, en bas la façade (quais et comptoir)."),
    ("plan", "Tableau 3 — Plan actuel (rangement par marque)", "ACTUEL"),
    ("plan", "Tableau 4 — Plan cible, scénario B", "CIBLE"),
    ("p", "Les établis sont au centre, la classe A les entoure ; on ne remonte au fond que pour les pneus, les pièces "
          "longues et la mezzanine."),

    ("h1", "5. Stockage et adressage"),
    ("h2", "5.1 Une solution par type de pièce"),
    ("ul", ["**Rayonnage dynamique (FIFO)** pour les consommables classe A (plaquettes, filtres, bougies, graisse "
            "chaîne) : 96 canaux face aux établis. Réappro par l'arrière, prélèvement par l'avant : la boîte la plus "
            "ancienne sort en premier.",
            "**Étagères à bacs** pour les petites pièces A et B : un emplacement = un bac = une référence.",
            "**Racks à pneus** : pneus debout, par dimension puis par semaine DOT ; 520 places au lieu de 380 "
            "(cf. onglet Capacité).",
            "**Cantilever** pour les échappements et les guidons, aujourd'hui au sol : 48 bras.",
            "**Armoires de rétention** pour les batteries et les huiles : 3 armoires, 120 places.",
            "**Palettier** remonté au fond pour la réserve ; **mezzanine** pour la classe C."]),
    ("p", "Un transstockeur (magasin vertical automatique) a été regardé pour les petites pièces : plus de 150 000 € "
          "pour une colonne, il est écarté sur le coût, comme le convoyeur. Pas de push-back non plus : trop peu de "
          "palettes par référence."),
    ("p", "Après travaux, le taux d'occupation passe de %s à %s (cf. onglet Capacité)." % (
        pct(CAPA_O0 / CAPA_E0), pct(CAPA_O1 / CAPA_E1))),
    ("h2", "5.2 Adressage"),
    ("p", "Chaque emplacement a une adresse « zone-allée-niveau-place », par exemple **A-02-3-14**. Zones : A, B, C, "
          "P (pneus), K (cantilever), R (rétention), Z (réserve). Étiquette code-barres sur chaque bac. Règles :"),
    ("ul", ["classe A aux niveaux 2 et 3, à moins de 12 m des établis ; B dans les allées centrales ; C en mezzanine ;",
            "une référence = une adresse de prélèvement (+ une de réserve si besoin) ;",
            "le bon trie les lignes dans l'ordre du parcours ;",
            "le comptoir utilise les mêmes adresses."]),
    ("h2", "5.3 Traçabilité et contrôles par type de pièce"),
    ("p", "Chaque famille a ses risques, donc son contrôle :"),
    ("ul", ["**Pneus** : FIFO par semaine DOT (« 2225 » = semaine 22 de 2025), saisie à la réception. Aucun pneu "
            "expédié avec un DOT de plus de 2 ans, vérifié sur le flanc au prélèvement : un pneu « vieux » revient.",
            "**Batteries** : date de charge sur l'étiquette et dans le WMS, recharge tous les 3 mois, tension contrôlée "
            "avant envoi (12,6 V mini en AGM, 13,2 V en lithium) : réponse aux 23 retours « déchargée » de 2025.",
            "**Kits chaîne** : comptage des pièces au colisage (chaîne, pignon, couronne, attache).",
            "**Huiles** : bouchon et sachet scellé contrôlés avant fermeture.",
            "**Toutes les commandes** : pesée à l'établi, tolérance ±3 % sur le poids théorique du WMS ; au-delà, "
            "contrôle manuel."]),
    ("p", "La pesée remplace le double scan : 15 s au lieu de 25 s, et elle voit aussi la pièce oubliée dans le "
          "chariot. Traçabilité : chaque mouvement est scanné avec son adresse ; numéro de lot saisi pour les huiles "
          "et les batteries, en cas de rappel fabricant."),

    ("h1", "6. Préparation et contrôles"),
    ("h2", "6.1 Gamme de préparation : de 14 à 9 étapes"),
    ("p", "60 commandes chronométrées en mars, nouvelle gamme simulée à l'atelier du 5 mai (cf. onglet Temps picking)."),
    ("tab", "Tableau 5 — Gamme de préparation avant / après (secondes par commande)", "GAMME", [0.8, 5.5, 2.1, 5.5, 2.1]),
    ("p", "Supprimés : le double scan (pesée), les allers-retours au bureau (vagues de 12, étiquette à l'établi), la "
          "recherche par marque, la table de contrôle, le choix du carton à l'œil (proposé par le WMS, voir 6.3)."),
    ("p", "Résultat simulé : **6 min 40 s → 4 min 10 s par commande**, soit −37,5 %%. Avec 380 commandes par jour, cela "
          "fait environ %s h de travail gagnées chaque jour, de quoi passer le pic d'avril sans samedi." % fnum(GAIN_H, 1)),
    ("p", "Vagues de 12 : testées contre 8 et 16 à l'atelier ; à 16, erreurs de bac ; à 8, peu de gain."),
    ("h2", "6.2 Lignes/heure par préparateur"),
    ("p", "Mesure du 2 au 13 mars : lignes, erreurs et mètres enregistrés par le scanner (cf. onglet Temps picking)."),
    ("tab", "Tableau 6 — Lignes/heure, erreurs et distance (2 au 13 mars 2026)",
     [["Préparateur", "Lignes/heure", "Taux d'erreur", "Mètres par ligne", "Zone principale"],
      ["Kevin", lh("Kevin"), er("Kevin"), ml("Kevin"), "allées Yamaha et Kawasaki"],
      ["Mélissa", lh("Mélissa"), er("Mélissa"), ml("Mélissa"), "allées Honda et Suzuki"],
      ["Yanis", lh("Yanis"), er("Yanis"), ml("Yanis"), "pneus, BMW / KTM, batteries"],
      ["Océane", lh("Océane"), er("Océane"), ml("Océane"), "multi-marques et mezzanine"],
      ["Équipe", fnum(TEAM_LH, 1), pct(PICK_E / PICK_L), fnum(M_LINE_NOW, 1), ""]],
     [2.6, 2.4, 2.4, 2.6, 6.0]),
    ("p", "Kevin fait 62 lignes/heure, mais ses allées sont les plus proches des établis : %s m par ligne. Océane fait "
          "48 lignes/heure avec %s m par ligne (mezzanine comprise) : elle marche %s m par heure de picking, Kevin %s m. "
          "Son « retard » vient d'abord de sa zone." % (
              ml("Kevin"), ml("Océane"), fnum(W["Océane"][4] / W["Océane"][1]), fnum(W["Kevin"][4] / W["Kevin"][1]))),
    ("p", "Surtout, Océane a **0,3 %% d'erreurs** contre %s pour Kevin : elle lit la référence du bac avant de "
          "scanner. Yanis a le taux le plus haut (%s) sur les pneus, où les dimensions se ressemblent." % (
              er("Kevin"), er("Yanis"))),
    ("ul", ["la méthode d'Océane devient la règle (« je lis, puis je scanne ») ;",
            "les zones tourneront chaque semaine pour comparer les lignes/heure à distance égale ;",
            "dimension des pneus en gros sur l'étiquette d'emplacement ;",
            "suivi hebdomadaire par préparateur, jamais affiché en classement."]),
    ("h2", "6.3 Fiches produits"),
    ("p", "Dans le WMS, chaque référence a une fiche produit : poids, dimensions, code emplacement, seuil de réappro et "
          "une case « matière dangereuse » qui bloque le point relais. Ces fiches produits servent à la pesée et au "
          "choix du carton. 2 300 n'ont pas de poids : en juillet, Yanis et Lou pèsent les 1 500 références A et B "
          "concernées. Les codes emplacement seront changés par import CSV le 11 août."),

    ("h1", "7. Retours"),
    ("p", "Les retours représentent 9 % de nos flux : environ 34 colis par jour, jusqu'à 70 en avril-mai. Motifs relevés "
          "sur 2025 :"),
    ("ul", ["pièce non compatible avec la moto du client : 46 % ;",
            "rétractation (le client ne veut plus la pièce) : 28 % ;",
            "pièce abîmée au transport ou défectueuse : 14 % ;",
            "erreur de préparation : 12 %."]),
    ("p", "Aujourd'hui, les colis attendent au fond, parfois une semaine ; le client relance pour son remboursement. "
          "Dans le scénario B, les retours ont une zone de 12 m² près du quai 1 :"),
    ("ol", ["scan de l'étiquette retour ;",
            "contrôle de l'état (emballage, pièce montée ou non) ;",
            "remise en stock, retour fournisseur ou rebut ;",
            "le WMS prévient le service client, qui rembourse."]),
    ("p", "Pneus et batteries repassent par le contrôle de réception (DOT, tension)."),

    ("h1", "8. Transport et colisage"),
    ("h2", "8.1 Colisage"),
    ("p", "Nous passons de 9 formats de cartons à 4 :"),
    ("ul", ["**S** (25 × 18 × 8 cm) : plaquettes, bougies, filtres ;",
            "**M** (35 × 25 × 15 cm) : kits chaîne, huile 1 L, petites commandes groupées ;",
            "**L** (45 × 35 × 25 cm) : huile 4 L, batteries, commandes de 4 lignes et plus ;",
            "**XL** (60 × 40 × 40 cm) : commandes garages, pièces encombrantes."]),
    ("p", "Les pneus partent nus, avec une étiquette fourreau. Les huiles partent en **sachet scellé** avec un "
          "absorbant : aucun colis souillé depuis mars, contre 14 en 2025. Les batteries lithium partent seules, "
          "marquées, jamais en point relais."),
    ("h2", "8.2 Barème transport"),
    ("p", "Tarifs 2026 de quatre transporteurs colis, plus Geodis pour les palettes. Coût d'une commande moyenne = prix "
          "de chaque tranche de poids × part de nos commandes dans la tranche (cf. onglet Transport)."),
    ("tab", "Tableau 7 — Barème transport 2026, classé par coût d'une commande moyenne", "BAREME",
     [1.3, 4.6, 2.6, 1.8, 1.8, 1.8, 2.6]),
    ("p", "GLS devient transporteur principal, DPD Predict sert pour les pneus (créneau d'une heure), Chronopost reste "
          "l'option express payante. L'impact RSE de chaque transporteur est détaillé dans le classeur (cf. onglet "
          "Transport)."),
    ("p", "Je n'ai pas encore de retour clients sur la livraison ; l'enquête partira après les travaux."),
    ("h2", "8.3 Ce que disent nos CGV sur la livraison"),
    ("p", "Avant de changer de transporteur, j'ai relu l'article « Livraison » de nos CGV. Deux points ne tiennent plus :"),
    ("ul", ["« livraison en 24/48 h » : aucun transporteur ne le garantit partout. À réécrire en « expédition le jour "
            "même avant 15 h, livraison en 1 à 3 jours ouvrés » ;",
            "point relais proposé pour tous les produits : les batteries en sont exclues chez GLS et DPD ; à écrire, et "
            "à masquer au panier quand il contient une batterie."]),

    ("h1", "9. Catalogue : les pages pièce"),
    ("h2", "9.1 Méthode de rédaction"),
    ("p", "Un motard ne cherche pas « plaquettes de frein frittées ». Il tape son modèle, l'année et la pièce : "
          "« plaquettes MT-07 2021 », « kit chaîne z900 ». Sur 41 000 recherches dans le moteur du site (3 mois), 78 % "
          "contiennent un modèle de moto."),
    ("p", "Règle : l'expression du motard va dans le titre, l'URL, le H1, la méta-description et le texte alternatif "
          "des photos. Le texte ne la répète pas : il répond aux questions du motard (ça va sur ma moto ? quelle "
          "référence d'origine ? dur à monter ?). Modèle de page pièce :"),
    ("ol", ["titre : « [pièce] [marque] [réf.] pour [modèle années] », par exemple « Plaquettes avant EBC FA196HH pour "
            "Yamaha MT-07 2014-2024 » ;",
            "photos : 6 vues (voir 9.3) ;",
            "prix et stock ;",
            "tableau de compatibilité : marque, modèle, cylindrée, années, position (avant ou arrière) ;",
            "correspondance OEM : la référence constructeur d'origine et les équivalences ;",
            "conseil de montage : 3 à 5 lignes écrites avec Frédéric ;",
            "caractéristiques techniques."]),
    ("p", "40 pages refaites de mars à mai 2026, d'abord les références A les plus retournées."),
    ("h2", "9.2 Trois pages avant / après"),
    ("tab", "Tableau 8 — « Plaquettes avant EBC FA196HH » (expression : plaquettes MT-07)",
     [["Élément", "Avant (fiche de 2023)", "Après (avril 2026)"],
      ["Titre", "FA196HH - Piston & Chaîne",
       "Plaquettes avant EBC FA196HH pour Yamaha MT-07 2014-2024 | Piston & Chaîne"],
      ["URL", "/produit/fa196hh/", "/plaquettes-avant-ebc-fa196hh-mt-07/"],
      ["H1", "EBC FA196HH", "Plaquettes avant EBC FA196HH pour MT-07"],
      ["Méta-description", "générée automatiquement (début du texte fournisseur)",
       "Plaquettes avant frittées EBC FA196HH pour Yamaha MT-07 2014 à 2024 : compatibilité vérifiée, référence "
       "d'origine et conseil de montage."],
      ["Texte alternatif", "vide", "plaquettes avant EBC FA196HH MT-07 face"],
      ["Photos", "1 photo fournisseur, 500 px", "6 vues, 1 200 px, WebP"],
      ["Compatibilité", "« voir sélecteur »",
       "tableau : MT-07 (2014-2024), XSR700 (2016-2024), Tracer 700 (2016-2024) ; 2 jeux par moto (double disque)"],
      ["Correspondance OEM", "—", "Yamaha 1WS-W0045-00"],
      ["Conseil de montage", "—", "repousser les pistons, nettoyer les axes, rodage sur 200 km sans freinage appuyé"],
      ["Stock", "« En stock »", "« En stock : 46 » et « disponible au comptoir du Mans »"]],
     [3.2, 5.0, 7.8]),
    ("tab", "Tableau 9 — « Kit chaîne DID 520 VX3 + pignons MT-07 » (expression : kit chaîne MT-07)",
     [["Élément", "Avant (fiche de 2022)", "Après (avril 2026)"],
      ["Titre", "Kit chaîne MT07 DID",
       "Kit chaîne DID 520 VX3 + pignons pour Yamaha MT-07 2014-2024 | Piston & Chaîne"],
      ["URL", "/produit/kit-chaine-did-mt07-2/", "/kit-chaine-did-520-vx3-mt-07/"],
      ["H1", "Kit chaîne MT07", "Kit chaîne DID 520 VX3 + pignons pour MT-07"],
      ["Méta-description", "générée automatiquement",
       "Kit chaîne DID 520 VX3 pour Yamaha MT-07 : chaîne 108 maillons, pignon 16 dents, couronne 43 dents, attache à "
       "river. Compatibilité et conseils de montage."],
      ["Texte alternatif", "vide", "kit chaîne DID 520 VX3 MT-07 complet"],
      ["Photos", "1 photo (kit d'un autre modèle)", "6 vues, dont le marquage des dents"],
      ["Compatibilité", "« MT-07 »",
       "tableau : MT-07 (2014-2024), XSR700 (2016-2024), Tracer 700 (2016-2024) ; origine en 525, kit en 520"],
      ["Correspondance OEM", "—", "Yamaha 1WS-25439-00 (couronne), 9383B-16218 (pignon)"],
      ["Conseil de montage", "—", "flèche de 25 à 35 mm, attache à river (dérive-riveur nécessaire), contrôle à 500 km"],
      ["Stock", "« En stock »", "« En stock : 18 »"]],
     [3.2, 5.0, 7.8]),
    ("tab", "Tableau 10 — « Pneu Michelin Road 6 120/70 ZR17 » (expression : pneu Road 6 120/70 ZR17)",
     [["Élément", "Avant (fiche de 2024)", "Après (mai 2026)"],
      ["Titre", "MICHELIN ROAD 6 120/70 R 17", "Pneu avant Michelin Road 6 120/70 ZR17 58W | Piston & Chaîne"],
      ["URL", "/produit/michelin-road-6-120-70-r-17/", "/pneu-michelin-road-6-120-70-zr17/"],
      ["H1", "MICHELIN ROAD 6 120/70 R 17", "Pneu Michelin Road 6 120/70 ZR17 (avant)"],
      ["Méta-description", "générée automatiquement",
       "Pneu avant Michelin Road 6 120/70 ZR17 58W, sport-touring, très bon sur le mouillé. Pour MT-07, Z900, CB650R, "
       "Tracer 9 et tous les modèles en 120/70 ZR17."],
      ["Texte alternatif", "michelin", "pneu Michelin Road 6 120/70 ZR17 profil"],
      ["Photos", "visuel de la marque", "6 vues, dont le flanc avec le DOT"],
      ["Compatibilité", "—",
       "tableau des 42 modèles montés en 120/70 ZR17 d'origine (MT-07, MT-09, Z900, CB650R, SV650, Trident 660…)"],
      ["Correspondance OEM", "—", "remplace le Road 5 dans la même dimension ; indice de charge 58, vitesse W"],
      ["Conseil de montage", "—", "respecter le sens de rotation ; 100 premiers km en douceur ; pression selon le "
                                  "constructeur de la moto"],
      ["Stock", "« En stock »", "« En stock : 24 — DOT 2026 »"]],
     [3.2, 5.0, 7.8]),
    ("h2", "9.3 Photos"),
    ("p", "Studio 72, studio packshot du Mans, proposait 9 € par référence, soit 5 400 € pour 600 références. En "
          "interne, avec Lou et une tente lumineuse à 189 €, le coût revient à environ 3,20 € par référence. Nous avons "
          "choisi l'interne."),
    ("p", "Lou photographie dans une tente de 80 cm, deux LED 5 500 K, appareil sur trépied. 6 vues par pièce : face, "
          "dos, profil, référence gravée, emballage, pièce montée. Retouche dans GIMP, toujours dans le même ordre :"),
    ("ol", ["recadrage au format carré, pièce centrée avec une marge de 8 % ;",
            "Couleurs > Niveaux : point blanc sur le fond, point noir sur l'ombre, sans brûler les chromes ;",
            "fond : sélection par couleur du gris, remplacement par du blanc pur, bord adouci de 2 px ;",
            "balance des blancs corrigée sur les pièces chromées ;",
            "traitement par lot avec le greffon BIMP : redimensionnement à 1 200 × 1 200 px et export WebP en qualité "
            "80."]),
    ("p", "Chaque image pèse **moins de 120 Ko** (74 Ko en moyenne). Les 1 200 px permettent le zoom sur la référence "
          "gravée. Nom de fichier = expression + vue : « plaquettes-avant-ebc-fa196hh-mt-07-face.webp »."),
    ("h2", "9.4 Premier résultat"),
    ("p", "Sur les commandes qui contiennent une des 40 pages refaites, le taux de retour pour « pièce non compatible » "
          "passe de **4,1 %** (décembre 2025 à février 2026) à **2,6 %** (mars à mai 2026)."),
    ("h2", "9.5 Le sélecteur moto"),
    ("p", "Le sélecteur moto (marque, modèle, année) filtre bien le catalogue, mais au panier le filtre est perdu : plus "
          "rien ne dit pour quelle moto la pièce a été choisie. Des motards doutent et appellent le service client avant "
          "de payer. La correction (garder la moto et l'afficher à côté de chaque pièce) a été demandée à l'agence web."),

    ("h1", "10. Prestataires : consultation racks"),
    ("p", "Consultés en mai : Rayonnages de l'Ouest (Angers), StockPro Équipement (Rennes) et Mecalux, sur le même "
          "cahier de projet. Cinq critères pondérés :"),
    ("tab", "Tableau 11 — Consultation racks (notes sur 5)",
     [["Critère", "Poids", "Rayonnages de l'Ouest", "StockPro Équipement", "Mecalux"],
      ["Prix du lot (devis HT)", "30 %", "27 400 € → 4", "24 900 € → 5", "33 800 € → 2"],
      ["Pose possible du 10 au 14 août", "25 %", "oui, équipe de 3 → 5", "non, fermé du 1er au 23 août → 1",
       "oui, par un sous-traitant → 4"],
      ["Charge par niveau", "15 %", "150 kg → 4", "120 kg → 3", "200 kg → 5"],
      ["Racks d'occasion proposés", "15 %", "oui (racks pneus, reprise palettier) → 5", "non → 1", "non → 1"],
      ["Délai de livraison", "15 %", "5 semaines → 4", "3 semaines → 5", "8 semaines → 2"],
      ["Note pondérée", "100 %", "4,40", "3,10", "2,80"]],
     [4.2, 1.4, 3.6, 3.6, 3.2]),
    ("p", "Pourquoi : le prix pour le plafond ; la pose en août pour la consigne de Frédéric ; la charge parce qu'un "
          "carton de 4 bidons de 4 L pèse 17 kg et qu'un canal en porte six ; l'occasion pour le budget ; le délai pour "
          "être livrés avant le 7 août. StockPro, moins cher, ferme en août ; Mecalux livre trop tard. **Rayonnages de "
          "l'Ouest retenu, commande signée le 29 mai.**"),

    ("h1", "11. Planning et points chantier"),
    ("h2", "11.1 Planning"),
    ("ul", ["février-mars : diagnostic et mesures ; avril : scénarios, v1, lancement (23 avril) ;",
            "mai : atelier préparateurs, consultation racks ; juin-juillet : WMS, pesée, message clients (27 juillet) ;",
            "10-11 août : palettier, cantilever, racks pneus (expéditions maintenues) ;",
            "12-13 août : transfert A et B, dynamique, établis (expéditions coupées) ;",
            "14 août : reprise des expéditions ; 17-21 août : mezzanine, marquage ; 22 août : comptoir ;",
            "7 septembre : bilan J+15 ; 1er octobre : mesure des objectifs."]),
    ("h2", "11.2 Points chantier"),
    ("tab", "Tableau 12 — Points chantier : objectif annoncé et décisions",
     [["Date", "Réunion", "Objectif annoncé", "Qui", "Ce qui en est sorti"],
      ["9 février", "Cadrage (1 h)", "recueillir les consignes de Frédéric", "F., N.", "4 consignes (2.3)"],
      ["23 avril", "Lancement (1 h 30)", "choisir le scénario parmi A, B et C", "F., B., N.", "scénario B"],
      ["5 mai", "Atelier préparateurs (1 h)", "tester l'ordre de prélèvement sur 20 vraies commandes",
       "B., N., 4 préparateurs", "serpentin, vagues de 12, « je lis, puis je scanne »"],
      ["26 mai", "Revue consultation racks", "choisir le fournisseur", "F., B., N.", "Rayonnages de l'Ouest"],
      ["lundis dès le 1er juin", "Point chantier (20 min)", "suivre l'avancement, lever les blocages",
       "B., N. (+ F.)", "actions datées"],
      ["3 août", "Avant travaux", "vérifier livraisons, intérim, tampon comptoir", "F., B., N.", "à venir"],
      ["10-22 août", "Point du matin (10 min)", "répartir la journée, rappeler la sécurité", "équipe", "à venir"],
      ["7 septembre", "Bilan J+15", "mesurer erreurs, temps par commande, expéditions du jour", "F., B., N.",
       "à venir"]],
     [2.4, 3.2, 4.6, 2.6, 3.2]),

    ("h1", "12. Budget et risques"),
    ("h2", "12.1 Budget"),
    ("p", "Total **54 800 € HT** pour un plafond de 60 000 € : 91,3 % du plafond, 5 200 € de marge pour les imprévus "
          "(cf. onglet Budget). Rayonnages de l'Ouest 27 400 € ; bacs 6 300 € ; établis 5 400 € ; rétention 3 800 € ; "
          "WMS 3 200 € ; chariots 2 800 € ; balances 2 100 € ; marquage 1 900 € ; intérim 1 900 €."),
    ("h2", "12.2 Risques"),
    ("ul", ["**Racks en retard** (livraison le 3 août) : pénalités au contrat ; on commence par cantilever et pneus.",
            "**WMS pas prêt** : test à blanc le 28 juillet ; retour possible aux anciens codes.",
            "**Blessure** : chaussures de sécurité, pas de montage en hauteur sans le fournisseur.",
            "**Afflux à la reprise** : renfort de Bastien et de l'intérimaire les 14 et 17 août.",
            "**Erreurs d'adresse** : inventaire tournant de la classe A la semaine du 24 août."]),
]

# ---------------------------------------------------------------- tableaux construits à part
GAMME_ROWS = [["N°", "Avant : 14 étapes", "s", "Après : 9 étapes", "s"]]
for k in range(14):
    a = GAMME_AVANT[k]
    b = GAMME_APRES[k] if k < 9 else ("", "")
    GAMME_ROWS.append([str(k + 1), a[0], str(a[1]), b[0], str(b[1])])
GAMME_ROWS.append(["", "Total par commande", "%d s (6 min 40)" % T_AVANT, "Total par commande",
                   "%d s (4 min 10)" % T_APRES])

BAREME_ROWS = [["Rang", "Transporteur", "Commande moyenne", "0,5 kg", "5 kg", "30 kg", "Impact RSE"]]
for k in sorted(range(len(CARRIERS)), key=lambda i: RANKS[i]):
    name, prices = CARRIERS[k]
    BAREME_ROWS.append([str(RANKS[k]), name, fnum(COST[k], 2) + " €", fnum(prices[0], 2) + " €",
                        fnum(prices[3], 2) + " €", fnum(prices[7], 2) + " €", "cf. onglet Transport"])
BAREME_ROWS.append(["—", "Geodis (palettes garages)", "72 € la palette", "—", "—", "—", "cf. onglet Transport"])

# plans : grille de 6 lignes × 8 colonnes ; (texte, couleur)
COL = {"marque": "FCE4D6", "allee": "FFFFFF", "quai": "BDD7EE", "emb": "F8CBAD", "A": "A9D08E", "dyn": "70AD47",
       "B": "FFE699", "C": "D9D9D9", "pneu": "B4A7D6", "ret": "FF9999", "cant": "F4B183", "res": "DDEBF7",
       "cpt": "FFD966", "rtn": "E2EFDA", "bur": "EDEDED", "rec": "9BC2E6"}
PLAN_ACTUEL = [
    [("Escalier mezzanine", "C"), ("Yamaha", "marque"), ("Yamaha", "marque"), ("Honda", "marque"), ("Honda", "marque"),
     ("Kawasaki", "marque"), ("Suzuki", "marque"), ("BMW / KTM", "marque")],
    [("allée", "allee")] * 8,
    [("Huiles (palettes)", "res"), ("Divers multi-marques", "marque"), ("Divers multi-marques", "marque"),
     ("Triumph / Ducati", "marque"), ("Pneus au sol", "pneu"), ("Racks pneus", "pneu"), ("Racks pneus", "pneu"),
     ("Batteries (étagère ouverte)", "ret")],
    [("allée", "allee")] * 8,
    [("Réception", "rec"), ("Réception", "rec"), ("Réserve palettes", "res"), ("Retours en vrac", "rtn"),
     ("Table de contrôle", "bur"), ("Bureau + imprimante", "bur"), ("Établi 1", "emb"), ("Établi 2", "emb")],
    [("Quai 1", "quai"), ("Quai 2", "quai"), ("Échappements (au sol)", "cant"), ("—", "allee"), ("Comptoir", "cpt"),
     ("Comptoir", "cpt"), ("Départs colis", "quai"), ("Départs colis", "quai")],
]
PLAN_CIBLE = [
    [("Escalier mezzanine (classe C)", "C"), ("Réserve palettes", "res"), ("Réserve palettes", "res"),
     ("Racks pneus (FIFO DOT)", "pneu"), ("Racks pneus (FIFO DOT)", "pneu"), ("Racks pneus (FIFO DOT)", "pneu"),
     ("Cantilever", "cant"), ("Rétention batteries / huiles", "ret")],
    [("B — bacs", "B"), ("B — bacs", "B"), ("B — bacs", "B"), ("allée centrale", "allee"), ("allée centrale", "allee"),
     ("B — bacs", "B"), ("B — bacs", "B"), ("B — bacs", "B")],
    [("A — bacs", "A"), ("A — bacs", "A"), ("Dynamique A", "dyn"), ("allée centrale", "allee"),
     ("allée centrale", "allee"), ("Dynamique A", "dyn"), ("A — bacs", "A"), ("A — bacs", "A")],
    [("allée", "allee")] * 8,
    [("Réception / contrôle", "rec"), ("Zone retours", "rtn"), ("Établi 1 (balance + étiquettes)", "emb"),
     ("Établi 2", "emb"), ("Établi 3", "emb"), ("Tampon comptoir (A)", "cpt"), ("Comptoir", "cpt"), ("Comptoir", "cpt")],
    [("Quai 1", "quai"), ("Quai 2", "quai"), ("Départs GLS", "quai"), ("Départs DPD", "quai"),
     ("Départs Colissimo / Chrono", "quai"), ("Bureau", "bur"), ("Entrée clients", "cpt"), ("Entrée clients", "cpt")],
]
PLAN_LEGEND = {
    "ACTUEL": "Orange clair = allées par marque ; violet = pneus ; rouge = batteries ; bleu = quais.",
    "CIBLE": "Vert = classe A (foncé : dynamique) ; jaune pâle = classe B ; gris = classe C ; saumon = établis ; "
             "bleu = départs par transporteur.",
}
PLANS = {"ACTUEL": PLAN_ACTUEL, "CIBLE": PLAN_CIBLE}
TABLES = {"GAMME": GAMME_ROWS, "BAREME": BAREME_ROWS}


# ====================================================================== construction du DOCX
def fld(paragraph, kind):
    r = OxmlElement("w:r")
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r.append(el)
    paragraph._p.append(r)


def instr(paragraph, text):
    r = OxmlElement("w:r")
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = " %s " % text
    r.append(el)
    paragraph._p.append(r)


def add_field(paragraph, code, cached, size=8.5):
    fld(paragraph, "begin")
    instr(paragraph, code)
    fld(paragraph, "separate")
    r = paragraph.add_run(cached)
    r.font.size = Pt(size)
    fld(paragraph, "end")


def para_frame(paragraph, fill, border):
    pPr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "12")
        e.set(qn("w:space"), "6")
        e.set(qn("w:color"), border)
        bdr.append(e)
    pPr.append(bdr)
    if fill:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        pPr.append(shd)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


TOKEN = re.compile(r"(\*\*.*?\*\*|__.*?__)")


def fr(t):
    """Espaces insécables de la correction automatique française de Word."""
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


def rich(p, text, size=None, bold=False, color=None):
    for part in TOKEN.split(fr(text)):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2])
            r.italic = True
        else:
            r = p.add_run(part)
            if bold:
                r.bold = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    return p


NUMERIC = re.compile(r"^[−+]?[\d\s\u202f,]+ ?(€|%|s)?$")


def add_table(doc, rows, widths, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, r_ in enumerate(rows):
        for j, val in enumerate(r_):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            cp = c.paragraphs[0]
            cp.paragraph_format.space_after = Pt(0)
            cp.paragraph_format.space_before = Pt(0)
            cp.paragraph_format.line_spacing = 1.0
            if i > 0 and NUMERIC.match(str(val)):
                cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rich(cp, str(val), size=size)
            if i == 0:
                shade(c, BLUE_HEX)
                for rr in cp.runs:
                    rr.bold = True
                    rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif r_[0] in ("Total", "Équipe", "Note pondérée") or (r_[0] == "" and "Total" in r_[1]):
                shade(c, "DDEBF7")
                for rr in cp.runs:
                    rr.bold = True
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for r_ in t.rows:
        r_._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return t


def add_plan(doc, grid):
    t = doc.add_table(rows=len(grid), cols=len(grid[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j in range(len(grid[0])):
        t.columns[j].width = Cm(2.0)
    for i, line in enumerate(grid):
        tr = t.rows[i]
        tr.height = Cm(1.25 if line[0][1] != "allee" else 0.55)
        for j, (txt, col) in enumerate(line):
            c = t.cell(i, j)
            c.width = Cm(2.0)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            c.text = ""
            cp = c.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cp.paragraph_format.space_after = Pt(0)
            cp.paragraph_format.line_spacing = 1.0
            r = cp.add_run(txt)
            r.font.size = Pt(7)
            if col == "allee":
                r.italic = True
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            if col == "dyn":
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                r.bold = True
            shade(c, COL[col])
    return t


PAGES = {     # numéros de page du sommaire, relevés sur le rendu LibreOffice du document généré
    "1. Contexte et enjeux": 3, "2. Objectifs et consignes": 5, "3. Diagnostic": 6, "4. Options comparées": 7,
    "5. Stockage et adressage": 9, "6. Préparation et contrôles": 10, "7. Retours": 12,
    "8. Transport et colisage": 13, "9. Catalogue : les pages pièce": 14, "10. Prestataires : consultation racks": 17,
    "11. Planning et points chantier": 18, "12. Budget et risques": 19}


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.element.rPr.rFonts.set(qn("w:cs"), "Arial")
    st.font.size = Pt(10.5)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "fr-FR")
    st.element.rPr.append(lang)
    st.paragraph_format.space_after = Pt(7)
    st.paragraph_format.line_spacing = 1.25
    for name, size, before, after in (("Heading 1", 15, 18, 8), ("Heading 2", 12, 12, 5)):
        hs = doc.styles[name]
        hs.font.color.rgb = RGBColor(*BLUE)
        hs.font.size = Pt(size)
        hs.font.bold = True
        rf = hs.element.rPr.find(qn("w:rFonts"))
        for a in list(rf.attrib):
            del rf.attrib[a]
        hs.font.name = "Arial"
        hs.paragraph_format.space_before = Pt(before)
        hs.paragraph_format.space_after = Pt(after)
        hs.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Number"):
        doc.styles[name].font.name = "Arial"
        doc.styles[name].font.size = Pt(10.5)
    try:
        toc = doc.styles["TOC 1"]
    except KeyError:
        toc = doc.styles.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH)
    toc.base_style = doc.styles["Normal"]
    toc.paragraph_format.space_after = Pt(4)
    toc.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    cap = doc.styles["Caption"]
    cap.font.size = Pt(9)
    cap.font.bold = True
    cap.font.italic = False
    cap.font.name = "Arial"
    cap.font.color.rgb = RGBColor(*BLUE)
    settings = doc.settings.element
    settings.find(qn("w:decimalSymbol")).set(qn("w:val"), ",")
    settings.find(qn("w:listSeparator")).set(qn("w:val"), ";")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.3)
    sec.bottom_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Piston & Chaîne — Projet Entrepôt 2026")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(*BLUE)
    doc.styles["Footer"].font.size = Pt(8.5)
    doc.styles["Header"].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("N. Guérin — v2 — p. ")
    r.font.size = Pt(8.5)
    add_field(fp, "PAGE", "2")

    # ---------------------------------------------------------------- page de garde
    for _ in range(4):
        doc.add_paragraph()
    for text, size, bold, color in [
            ("Piston & Chaîne SARL", 13, True, BLUE),
            ("Dossier projet : réorganisation de l'entrepôt", 24, True, BLUE),
            ("Travaux du 10 au 22 août 2026", 15, False, None),
            ("v2", 15, True, None)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(14)
        rr = p.add_run(fr(text))
        rr.font.size = Pt(size)
        rr.bold = bold
        if color:
            rr.font.color.rgb = RGBColor(*color)
    for _ in range(3):
        doc.add_paragraph()
    for line in ["Rédigé par Nolwenn Guérin, alternante cheffe de projet logistique e-commerce",
                 "Bachelor Chef de projet e-commerce — Le Mans Sup Digital — session 2026",
                 "Tuteur : Frédéric Lebreton, gérant",
                 "Version du 15 juin 2026"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        p.add_run(fr(line))
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    rr = p.add_run("Liste de diffusion")
    rr.bold = True
    rr.font.color.rgb = RGBColor(*BLUE)
    for line in ["Frédéric Lebreton, gérant — pour validation",
                 "Bastien Hamon, responsable entrepôt — pour action",
                 "Kevin, Mélissa, Yanis, Océane, préparateurs — pour information (chapitres 5 et 6)",
                 "Comptoir et service client — pour information (chapitres 2.3, 7 et 11)",
                 "Lou, stagiaire photo — pour information (chapitre 9)"]:
        lp = rich(doc.add_paragraph(style="List Bullet"), line)
        lp.paragraph_format.space_after = Pt(1)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    rr = p.add_run("Versions")
    rr.bold = True
    rr.font.color.rgb = RGBColor(*BLUE)
    for line in ["v1 — 20 avril 2026 : diagnostic et scénarios",
                 "v2 — 15 juin 2026 : scénario B retenu, consultation racks, budget, catalogue"]:
        lp = rich(doc.add_paragraph(style="List Bullet"), line)
        lp.paragraph_format.space_after = Pt(1)

    # ---------------------------------------------------------------- sommaire (champ TOC avec résultat en cache)
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    p.paragraph_format.space_after = Pt(12)
    rr = p.add_run("Sommaire")
    rr.bold = True
    rr.font.size = Pt(15)
    rr.font.color.rgb = RGBColor(*BLUE)
    entries = [item[1] for item in CONTENT if item[0] == "h1"]
    for k, title in enumerate(entries):
        tp = doc.add_paragraph(style="TOC 1")
        if k == 0:
            fld(tp, "begin")
            instr(tp, 'TOC \\o "1-1" \\h \\z \\u')
            fld(tp, "separate")
        tp.add_run(fr(title) + "\t" + str(PAGES[title]))
        if k == len(entries) - 1:
            fld(tp, "end")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    rich(p, "Classeur joint : __Entrepot_calculs.xlsx__ (onglets ABC, Capacité, Temps picking, Transport, Budget).")

    # ---------------------------------------------------------------- corps
    tab_n = 0
    for item in CONTENT:
        kind = item[0]
        if kind == "h1":
            hp_ = doc.add_heading(fr(item[1]), level=1)
            if item[1].split(".")[0] in NEW_PAGE:
                hp_.paragraph_format.page_break_before = True
        elif kind == "h2":
            h2 = doc.add_heading(fr(item[1]), level=2)
            if item[1].split(" ")[0] in H2_NEW_PAGE:
                h2.paragraph_format.page_break_before = True
        elif kind == "p":
            rich(doc.add_paragraph(), item[1])
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(2)
        elif kind == "ol":
            # numérotation redémarrée à 1 pour chaque liste
            num_id = restart_numbering(doc)
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Number"), line)
                lp.paragraph_format.space_after = Pt(2)
                set_num(lp, num_id)
        elif kind in ("tab", "plan"):
            tab_n += 1
            cp = doc.add_paragraph(style="Caption")
            cp.paragraph_format.keep_with_next = True
            cp.paragraph_format.space_before = Pt(6)
            cp.add_run(fr(item[1]))
            if kind == "plan":
                add_plan(doc, PLANS[item[2]])
                lp = doc.add_paragraph()
                lp.paragraph_format.space_before = Pt(3)
                rich(lp, PLAN_LEGEND[item[2]], size=8.5)
            else:
                rows = TABLES[item[2]] if isinstance(item[2], str) else item[2]
                add_table(doc, rows, item[3])
                doc.add_paragraph().paragraph_format.space_after = Pt(0)
        elif kind == "box":
            lines = item[1]
            for k, line in enumerate(lines):
                bp = doc.add_paragraph()
                bp.paragraph_format.left_indent = Cm(0.6)
                bp.paragraph_format.right_indent = Cm(0.6)
                bp.paragraph_format.space_after = Pt(0 if k < len(lines) - 1 else 10)
                bp.paragraph_format.space_before = Pt(6 if k == 0 else 0)
                bp.paragraph_format.keep_with_next = k < len(lines) - 1
                para_frame(bp, "E8F1FB", BLUE_HEX)
                rr = bp.add_run(fr(line))
                if k == 0:
                    rr.bold = True
                    rr.font.color.rgb = RGBColor(*BLUE)
                if k == len(lines) - 1:
                    rr.italic = True

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier projet - réorganisation de l'entrepôt - v2"
    cp.subject = "Piston & Chaîne - Projet Entrepôt 2026"
    cp.created = datetime.datetime(2026, 3, 18, 9, 5, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 57
    cp.language = "fr-FR"
    cp.keywords = ""
    cp.comments = ""
    doc.save(DOCX)
    words = sum(len(p.text.split()) for p in doc.paragraphs) + sum(
        len(c.text.split()) for t in doc.tables for r in t.rows for c in r.cells)
    chars = sum(len(p.text.replace(" ", "")) for p in doc.paragraphs)

    def fix(name, data):
        if name != "docProps/app.xml":
            return data
        t = data.decode("utf-8")
        for tag, val in (("TotalTime", "2410"), ("Pages", str(N_PAGES)), ("Words", str(words)),
                         ("Characters", str(chars)), ("Lines", str(words // 11)), ("Paragraphs", str(len(doc.paragraphs))),
                         ("Application", "Microsoft Office Word"), ("AppVersion", "16.0000"),
                         ("CharactersWithSpaces", str(chars + words))):
            t = re.sub(r"<%s>[^<]*</%s>" % (tag, tag), "<%s>%s</%s>" % (tag, val, tag), t)
        return t.encode("utf-8")
    repack_file(DOCX, fix)
    return tab_n, words


NEW_PAGE = {str(k) for k in range(1, 13)}
H2_NEW_PAGE = {"4.3", "9.2"}


def restart_numbering(doc):
    """Nouvelle instance de numérotation (w:num) fondée sur la liste du style « List Number », redémarrée à 1."""
    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"]
    base_num = style.element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(base_num):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)


def main():
    os.makedirs(OUT, exist_ok=True)
    n_tab, words = build_docx()
    build_xlsx()
    assert n_tab == 12, n_tab
    print("ok", DOCX, n_tab, "tableaux", words, "mots")
    print("ok", XLSX)


if __name__ == "__main__":
    main()
