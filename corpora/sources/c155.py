# Générateur du dossier du candidat c155 (Tissages de la Moselotte SAS, tissage familial de linge de maison,
# Saulxures-sur-Moselotte, Vosges) — blocs 1 et 3, dossier moyen, session 2026. Dossier « classeur d'abord » :
#  1) « Dossier_webmarketing.xlsx » : 9 onglets (Concurrents, Diagnostic, Clients, Objectifs, Plan SEO, Mots-clés,
#     Suivi positions, KPI, Partenaires). Chaque onglet : titre gras en A1, « Source / mise à jour » gris italique en A2,
#     ligne d'en-tête bleu foncé figée, filtres automatiques, mises en forme conditionnelles, explications seulement en
#     commentaires de cellule, vraies formules (y compris des #DIV/0! voulus), cellules fusionnées, liens cliquables.
#     Construit en ODS plat (XML écrit ici, formules avec leur valeur calculée), enregistré en XLSX par LibreOffice
#     (profil privé), puis archive ré-horodatée, propriétés figées et volets figés réécrits dans le XML des feuilles.
#  2) « Note_presentation_classeur.docx » : note de 4 pages (~1 200 mots), Calibri 11, titres « 1. » à « 4. », en-tête
#     « V. Didierjean — Blocs 1 et 3 », pied « page X/4 » (champs PAGE / NUMPAGES), aucun tableau.
# Déterministe : aucune date courante, tirages pseudo-aléatoires à graine fixe, zips datés à heure fixe.
import datetime
import io
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SLUG = "c155-classeur-tissage-linge-vosges"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
XLSX = os.path.join(OUT, "Dossier_webmarketing.xlsx")
DOCX = os.path.join(OUT, "Note_presentation_classeur.docx")
AUTHOR = "Valentin Didierjean"
PROFILE = "/tmp/lo-" + SLUG
XL_CREATED = "2025-10-03T08:41:00Z"
XL_MODIFIED = "2026-04-07T21:18:00Z"
ZIP_XL = (2026, 4, 7, 21, 18, 0)
ZIP_DOC = (2026, 4, 9, 22, 5, 0)
DOC_CREATED = datetime.datetime(2026, 4, 8, 19, 2, 0)
DOC_MODIFIED = datetime.datetime(2026, 4, 9, 22, 5, 0)


# ====================================================================== outils : nombres et dates
def fr_num(v, dec=0):
    s = ("{:,.%df}" % dec).format(v).replace(",", "\u202f").replace(".", ",")
    return s


def fr_eur(v, dec=0):
    return fr_num(v, dec) + "\u00a0€"


def fr_pct(v, dec=1):
    return fr_num(v * 100, dec) + "\u00a0%"


def col_letter(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(r, c, sheet=None, absolute=False):
    """Référence ODF : r, c en base 0."""
    a = "%s%d" % (col_letter(c), r + 1)
    if sheet:
        q = "'%s'" % sheet if (" " in sheet or "-" in sheet or not sheet.isascii()) else sheet
        return "[$%s.%s]" % (q, a)
    return "[.%s]" % a


def rng(r1, c1, r2, c2, sheet=None):
    a = "%s%d" % (col_letter(c1), r1 + 1)
    b = "%s%d" % (col_letter(c2), r2 + 1)
    if sheet:
        q = "'%s'" % sheet if (" " in sheet or "-" in sheet or not sheet.isascii()) else sheet
        return "[$%s.%s:.%s]" % (q, a, b)
    return "[.%s:.%s]" % (a, b)


# ====================================================================== classeur : ODS plat → XLSX
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')

BLUE = "#1f3864"
BORDER = "0.74pt solid #8ea9c1"

CF_STYLES = {
    "CF_vert": ("#c6efce", "#006100"), "CF_vert2": ("#e2f0d9", "#375623"), "CF_jaune": ("#ffeb9c", "#9c5700"),
    "CF_rouge": ("#ffc7ce", "#9c0006"), "CF_gris": ("#ededed", "#7f7f7f"), "CF_orange": ("#fce4d6", "#c65911"),
}

NUMBER_STYLES = """
 <number:number-style style:name="N_INT" number:language="fr" number:country="FR">
  <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <number:number-style style:name="N_DEC1" number:language="fr" number:country="FR">
  <number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <number:number-style style:name="N_DEC2" number:language="fr" number:country="FR">
  <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
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
  <number:text> %</number:text>
 </number:percentage-style>
 <number:percentage-style style:name="N_PCT0" number:language="fr" number:country="FR">
  <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/>
  <number:text> %</number:text>
 </number:percentage-style>
 <number:date-style style:name="N_DATE" number:language="fr" number:country="FR">
  <number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/>
 </number:date-style>
 <number:date-style style:name="N_DDMM" number:language="fr" number:country="FR">
  <number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/>
 </number:date-style>
"""


class Styles:
    """Styles de cellule automatiques, créés à la demande."""

    def __init__(self):
        self.defs = {}
        self.cols = {}
        self.rows = {}

    def cell(self, num=None, bold=False, italic=False, size=None, color=None, bg=None, align=None, border=True,
             wrap=False, valign=None, underline=False):
        key = (num, bold, italic, size, color, bg, align, border, wrap, valign, underline)
        if key in self.defs:
            return self.defs[key][0]
        name = "ce%d" % (len(self.defs) + 1)
        ds = ' style:data-style-name="%s"' % num if num else ""
        cp = []
        if bg:
            cp.append('fo:background-color="%s"' % bg)
        if border:
            cp.append('fo:border="%s"' % BORDER)
        if wrap:
            cp.append('fo:wrap-option="wrap"')
        cp.append('style:vertical-align="%s"' % (valign or "top"))
        tp = []
        if bold:
            tp.append('fo:font-weight="bold"')
        if italic:
            tp.append('fo:font-style="italic"')
        if size:
            tp.append('fo:font-size="%spt"' % size)
        if color:
            tp.append('fo:color="%s"' % color)
        if underline:
            tp.append('style:text-underline-style="solid" style:text-underline-width="auto" '
                      'style:text-underline-color="font-color"')
        xml = '<style:style style:name="%s" style:family="table-cell" style:parent-style-name="Default"%s>' % (name, ds)
        xml += '<style:table-cell-properties %s/>' % " ".join(cp)
        if align:
            xml += '<style:paragraph-properties fo:text-align="%s"/>' % align
        if tp:
            xml += '<style:text-properties %s/>' % " ".join(tp)
        xml += "</style:style>"
        self.defs[key] = (name, xml)
        return name

    def col(self, w):
        if w not in self.cols:
            self.cols[w] = ("co%d" % (len(self.cols) + 1),
                            '<style:style style:name="co%d" style:family="table-column"><style:table-column-properties '
                            'fo:break-before="auto" style:column-width="%.2fcm"/></style:style>' % (len(self.cols) + 1, w))
        return self.cols[w][0]

    def row(self, h):
        if h not in self.rows:
            self.rows[h] = ("ro%d" % (len(self.rows) + 1),
                            '<style:style style:name="ro%d" style:family="table-row"><style:table-row-properties '
                            'style:row-height="%.2fcm" fo:break-before="auto" style:use-optimal-row-height="false"/>'
                            '</style:style>' % (len(self.rows) + 1, h))
        return self.rows[h][0]

    def xml(self):
        out = NUMBER_STYLES
        out += "".join(x for _, x in self.cols.values())
        out += "".join(x for _, x in self.rows.values())
        out += "".join(x for _, x in self.defs.values())
        return out


ST = Styles()
# styles courants
S_TITLE = ST.cell(bold=True, size=13, color=BLUE, border=False, valign="middle")
S_SRC = ST.cell(italic=True, size=9, color="#808080", border=False)
S_HEAD = ST.cell(bold=True, color="#ffffff", bg=BLUE, align="center", wrap=True, valign="middle")
S_BLOCK = ST.cell(bold=True, size=11, color=BLUE, border=False, valign="middle")
S_TXT = ST.cell(wrap=True)
S_TXTB = ST.cell(wrap=True, bold=True)
S_TXTC = ST.cell(align="center", wrap=True)
S_INT = ST.cell(num="N_INT", align="end")
S_INTB = ST.cell(num="N_INT", align="end", bold=True, bg="#dde4ee")
S_DEC1 = ST.cell(num="N_DEC1", align="end")
S_DEC2 = ST.cell(num="N_DEC2", align="end")
S_DEC2B = ST.cell(num="N_DEC2", align="end", bold=True, bg="#dde4ee")
S_EUR0 = ST.cell(num="N_EUR0", align="end")
S_EUR0B = ST.cell(num="N_EUR0", align="end", bold=True, bg="#dde4ee")
S_EUR2 = ST.cell(num="N_EUR2", align="end")
S_PCT1 = ST.cell(num="N_PCT1", align="end")
S_PCT0 = ST.cell(num="N_PCT0", align="end")
S_PCT1B = ST.cell(num="N_PCT1", align="end", bold=True, bg="#dde4ee")
S_DATE = ST.cell(num="N_DATE", align="center")
S_DDMM = ST.cell(num="N_DDMM", align="center", bold=True, color="#ffffff", bg=BLUE, valign="middle")
S_TOTL = ST.cell(bold=True, bg="#dde4ee", wrap=True)
S_MERGE = ST.cell(wrap=True, valign="top", bg="#f2f5f9")
S_BLOCKV = ST.cell(bold=True, color="#ffffff", bg="#2f5597", align="center", wrap=True, valign="middle")
S_IMPACT = ST.cell(num="N_INT", align="center")
S_LINK = ST.cell(color="#0563c1", underline=True)
S_ERR = ST.cell(num="N_DEC2", align="end")
S_NOTE = ST.cell(italic=True, color="#595959", border=False)


class Cell:
    __slots__ = ("kind", "v", "st", "f", "disp", "note", "link", "span", "vspan")

    def __init__(self, kind, v, st, f=None, disp=None, note=None, link=None, span=1, vspan=1):
        self.kind, self.v, self.st, self.f, self.disp = kind, v, st, f, disp
        self.note, self.link, self.span, self.vspan = note, link, span, vspan


def S(text, st=S_TXT, note=None, link=None, span=1, vspan=1):
    return Cell("s", text, st, note=note, link=link, span=span, vspan=vspan)


def N(v, st=S_INT, f=None, note=None, dec=None):
    return Cell("n", v, st, f=f, note=note)


def P(v, st=S_PCT1, f=None, note=None):
    return Cell("p", v, st, f=f, note=note)


def E(v, st=S_EUR0, f=None, note=None):
    return Cell("e", v, st, f=f, note=note)


def D(d, st=S_DATE, note=None):
    return Cell("d", d, st, note=note)


def FS(text, f, st=S_TXTC):
    return Cell("fs", text, st, f=f)


def ERR(f, st=S_ERR):
    return Cell("err", None, st, f=f)


def BLANK(st=S_TXT):
    return Cell("b", None, st)


NOTE_DATES = ["2025-11-14T18:22:00", "2026-01-09T17:40:00", "2026-02-20T21:05:00", "2026-03-13T19:31:00",
              "2026-04-02T20:48:00"]


def note_xml(text, k):
    paras = "".join("<text:p>%s</text:p>" % escape(x) for x in text.split("\n"))
    return ('<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date>%s</office:annotation>'
            % (AUTHOR, NOTE_DATES[k % len(NOTE_DATES)], paras))


def disp_for(c):
    st = c.st
    if c.disp is not None:
        return c.disp
    if c.kind == "p":
        return fr_pct(c.v, 0 if st == S_PCT0 else 1)
    if c.kind == "e":
        return fr_eur(c.v, 2 if st == S_EUR2 else 0)
    if c.kind == "n":
        if st in (S_DEC1,):
            return fr_num(c.v, 1)
        if st in (S_DEC2, S_DEC2B, S_ERR):
            return fr_num(c.v, 2)
        return fr_num(c.v, 0)
    return ""


class Sheet:
    def __init__(self, name, widths):
        self.name = name
        self.widths = widths
        self.cells = {}
        self.heights = {}
        self.cf = []            # (range "A4:B9", [(condition, style)]) ou ("scale", range, [(type, value, color)])
        self.filter = None      # (r1, c1, r2, c2)
        self.freeze = (0, 0)    # (lignes figées, colonnes figées)
        self.nnotes = 0

    def set(self, r, c, cell):
        self.cells[(r, c)] = cell

    def row(self, r, cells, c0=0):
        for k, cell in enumerate(cells):
            if cell is not None:
                self.set(r, c0 + k, cell)

    def title(self, text, src, note=None):
        self.set(0, 0, S(text, S_TITLE, note=note))
        self.set(1, 0, S(src, S_SRC))
        self.heights[0] = 0.75

    def header(self, r, labels, c0=0, notes=None, height=0.95):
        for k, lab in enumerate(labels):
            self.set(r, c0 + k, S(lab, S_HEAD, note=(notes or {}).get(k)))
        self.heights[r] = height

    def build(self, k_sheet):
        covered = set()
        for (r, c), cell in self.cells.items():
            if cell.span > 1 or cell.vspan > 1:
                for dr in range(cell.vspan):
                    for dc in range(cell.span):
                        if dr or dc:
                            covered.add((r + dr, c + dc))
        maxr = max(r for r, _ in list(self.cells) + list(covered))
        maxc = max(c for _, c in list(self.cells) + list(covered))
        out = ['<table:table table:name="%s">' % escape(self.name)]
        for w in self.widths:
            out.append('<table:table-column table:style-name="%s" table:default-cell-style-name="Default"/>'
                       % ST.col(w))
        for r in range(maxr + 1):
            rs = ' table:style-name="%s"' % ST.row(self.heights[r]) if r in self.heights else ""
            out.append("<table:table-row%s>" % rs)
            for c in range(maxc + 1):
                if (r, c) in covered:
                    out.append("<table:covered-table-cell/>")
                    continue
                cell = self.cells.get((r, c))
                out.append(self.cell_xml(cell) if cell else "<table:table-cell/>")
            out.append("</table:table-row>")
        if self.cf:
            out.append("<calcext:conditional-formats>")
            for item in self.cf:
                if item[0] == "scale":
                    _, area, entries = item
                    a, b = area.split(":")
                    out.append('<calcext:conditional-format calcext:target-range-address="%s.%s:%s.%s"><calcext:color-scale>'
                               % (self.qname(), a, self.qname(), b))
                    for typ, val, color in entries:
                        out.append('<calcext:color-scale-entry calcext:value="%s" calcext:type="%s" calcext:color="%s"/>'
                                   % (val, typ, color))
                    out.append("</calcext:color-scale></calcext:conditional-format>")
                else:
                    area, conds = item
                    a, b = area.split(":")
                    out.append('<calcext:conditional-format calcext:target-range-address="%s.%s:%s.%s">'
                               % (self.qname(), a, self.qname(), b))
                    for cond, stname in conds:
                        out.append('<calcext:condition calcext:apply-style-name="%s" calcext:value="%s" '
                                   'calcext:base-cell-address="%s.%s"/>' % (stname, escape(cond, {'"': "&quot;"}),
                                                                            self.qname(), a))
                    out.append("</calcext:conditional-format>")
            out.append("</calcext:conditional-formats>")
        out.append("</table:table>")
        return "".join(out)

    def qname(self):
        return "'%s'" % self.name if (" " in self.name or "-" in self.name or not self.name.isascii()) else self.name

    def cell_xml(self, c):
        attrs = ['table:style-name="%s"' % c.st]
        if c.span > 1:
            attrs.append('table:number-columns-spanned="%d"' % c.span)
        if c.vspan > 1:
            attrs.append('table:number-rows-spanned="%d"' % c.vspan)
        if c.f:
            attrs.append('table:formula="of:=%s"' % escape(c.f, {'"': "&quot;"}))
        inner = ""
        if c.note:
            inner += note_xml(c.note, self.nnotes)
            self.nnotes += 1
        if c.kind == "s":
            attrs.append('office:value-type="string"')
            lines = c.v.split("\n")
            for line in lines:
                if c.link:
                    inner += '<text:p><text:a xlink:href="%s" xlink:type="simple">%s</text:a></text:p>' % (
                        escape(c.link, {'"': "&quot;"}), escape(line))
                else:
                    inner += "<text:p>%s</text:p>" % escape(line)
        elif c.kind == "fs":
            attrs.append('office:value-type="string" office:string-value="%s" calcext:value-type="string"'
                         % escape(c.v, {'"': "&quot;"}))
            inner += "<text:p>%s</text:p>" % escape(c.v) if c.v else ""
        elif c.kind == "err":
            attrs.append('office:value-type="string" office:string-value="" calcext:value-type="error"')
            inner += "<text:p>#DIV/0!</text:p>"
        elif c.kind == "d":
            attrs.append('office:value-type="date" office:date-value="%s"' % c.v.isoformat())
            inner += "<text:p>%s</text:p>" % c.v.strftime("%d/%m/%Y")
        elif c.kind == "p":
            attrs.append('office:value-type="percentage" office:value="%r"' % float(c.v))
            inner += "<text:p>%s</text:p>" % disp_for(c)
        elif c.kind == "e":
            attrs.append('office:value-type="currency" office:currency="EUR" office:value="%r"' % float(c.v))
            inner += "<text:p>%s</text:p>" % disp_for(c)
        elif c.kind == "n":
            v = c.v
            attrs.append('office:value-type="float" office:value="%s"' % (repr(float(v)) if isinstance(v, float)
                                                                         else str(v)))
            inner += "<text:p>%s</text:p>" % disp_for(c)
        return "<table:table-cell %s>%s</table:table-cell>" % (" ".join(attrs), inner)


def a1(r, c):
    return "%s%d" % (col_letter(c), r + 1)


def area(r1, c1, r2, c2):
    return "%s:%s" % (a1(r1, c1), a1(r2, c2))


# ====================================================================== données
MONTHS = ["sept. 25", "oct. 25", "nov. 25", "déc. 25", "janv. 26", "févr. 26", "mars 26"]
KPI_DATA = {
    "sessions": [24800, 28900, 52300, 71600, 27400, 23100, 26900],
    "orga": [5600, 6100, 8900, 9800, 6900, 6500, 7400],
    "ads_s": [2100, 3300, 6800, 8900, 3900, 2700, 3300],
    "pin": [1240, 1090, 980, 870, 720, 650, 610],
    "engag": [0.54, 0.55, 0.58, 0.59, 0.57, 0.58, 0.59],
    "clics": [4900, 5300, 7800, 8600, 6000, 5700, 6500],
    "impr": [182000, 196000, 271000, 305000, 221000, 214000, 238000],
    "pos": [21.4, 20.8, 19.6, 18.9, 18.2, 17.5, 16.9],
    "cmd": [372, 455, 930, 1390, 452, 395, 480],
    "ca": [38000, 46000, 98000, 152000, 41000, 33000, 44000],
    "brod": [41, 52, 188, 311, 37, 29, 46],
    "ads_cout": [900, 1400, 2600, 3300, 1600, 1150, 1450],
    "ads_ca": [3100, 4800, 9900, 13400, 5600, 3500, 4600],
}
assert sum(KPI_DATA["ads_cout"]) == 12400 and sum(KPI_DATA["ads_ca"]) == 44900
assert KPI_DATA["ca"][2] + KPI_DATA["ca"][3] == 250000

# ---------------------------------------------------------------- requêtes cibles (62)
# (requête, volume, difficulté, position mars 26 ou None, intention, page d'atterrissage, SEA, pourquoi)
T, I_, NAV = "Transactionnelle", "Informationnelle", "Locale"
KW = [
    ("torchon lin", 2400, 38, 24, T, "/collections/torchons", "Expression — 0,55 €",
     "Produit n° 1 en volume ; lin tissé à l'usine"),
    ("torchon lin vosges", 90, 8, 3, T, "/collections/torchons", "Exact — 0,40 €", "Produit + lieu de fabrication"),
    ("torchon métis lin coton", 320, 14, 6, T, "/products/torchon-metis-myrtilles", "Exact — 0,45 €",
     "Métis = tissu le plus vendu (« Myrtilles »)"),
    ("torchon fabriqué en france", 480, 22, 9, T, "/collections/torchons", "Expression — 0,60 €",
     "Origine France, label Vosges Terre Textile"),
    ("torchon nid d'abeille", 1300, 27, 31, T, "/collections/torchons-nid-d-abeille", "Expression — 0,45 €",
     "Tissage nid d'abeille fait sur nos métiers"),
    ("torchon jacquard", 590, 19, 12, T, "/collections/torchons-jacquard", "Expression — 0,50 €",
     "Jacquard = savoir-faire de l'usine"),
    ("torchon brodé prénom", 210, 9, 5, T, "/pages/broderie-prenom", "Exact — 0,50 €",
     "Broderie prénom en atelier (+8 €)"),
    ("torchon personnalisé", 1600, 31, 28, T, "/pages/broderie-prenom", "Expression — 0,70 €",
     "Broderie prénom ; cadeau"),
    ("essuie-mains lin", 260, 15, 18, T, "/collections/essuie-mains", "Expression — 0,40 €", "Produit lin, même métier"),
    ("nappe jacquard", 1900, 33, 14, T, "/collections/nappes-jacquard", "Expression — 0,80 €",
     "Produit phare du linge de table"),
    ("nappe jacquard fabriquée en france", 140, 12, 4, T, "/collections/nappes-jacquard", "Exact — 0,70 €",
     "Produit + origine France"),
    ("nappe ballons des vosges", 30, 2, 1, T, "/products/nappe-jacquard-ballons-des-vosges", "Exact — 0,30 €",
     "Motif maison, nom de lieu"),
    ("nappe lin lavé", 1000, 29, 19, T, "/collections/nappes-lin-lave", "Expression — 0,65 €",
     "Lin lavé = gamme en croissance"),
    ("nappe ronde lin", 720, 24, 35, T, "/collections/nappes-lin-lave", "Expression — 0,50 €",
     "Format rond fabriqué sur commande"),
    ("nappe 160x250", 480, 18, 22, T, "/collections/nappes", "Expression — 0,45 €",
     "Dimension standard du catalogue"),
    ("nappe coton fil teint", 170, 10, 11, T, "/collections/nappes-fil-teint", "Exact — 0,40 €",
     "Fil teint = tissé à partir de fils déjà teints (spécialité)"),
    ("nappe de noël", 2900, 36, 27, T, "/collections/noel", "Expression — 0,75 €",
     "Noël = 41 % du CA en ligne"),
    ("chemin de table lin", 1600, 28, 26, T, "/collections/chemins-de-table", "Expression — 0,45 €",
     "Produit lin, petit prix d'entrée"),
    ("serviette de table lin", 1300, 30, 21, T, "/collections/serviettes", "Expression — 0,50 €",
     "Se vend avec la nappe"),
    ("serviette de table jacquard", 210, 11, 8, T, "/collections/serviettes", "Exact — 0,40 €",
     "Assortie aux nappes jacquard"),
    ("linge de table fabriqué en france", 590, 25, 7, T, "/collections/linge-de-table", "Expression — 0,70 €",
     "Origine France"),
    ("linge de table vosges", 170, 9, 2, T, "/collections/linge-de-table", "Exact — 0,45 €", "Lieu"),
    ("linge de maison vosges", 880, 20, 4, T, "/", "Exact — 0,60 €", "Lieu ; requête « marque territoire »"),
    ("linge de maison fabriqué en france", 1300, 34, 11, T, "/pages/fabrique-dans-les-vosges", "Expression — 0,85 €",
     "Origine France ; famille cadeau de mariage"),
    ("linge des vosges", 1000, 26, 6, T, "/", "Exact — 0,60 €", "Lieu ; concurrence Gérardmer"),
    ("tissage vosges", 390, 18, 5, NAV, "/pages/notre-histoire", "Exact — 0,35 €", "Métier + lieu, depuis 1921"),
    ("tissage vosgien", 260, 14, 3, NAV, "/pages/notre-histoire", "Exact — 0,35 €", "Métier + lieu"),
    ("visite usine textile vosges", 140, 6, 9, NAV, "/pages/magasin-d-usine", "Expression — 0,30 €",
     "Touristes d'été (magasin d'usine)"),
    ("magasin d'usine linge vosges", 480, 12, 2, NAV, "/pages/magasin-d-usine", "Exact — 0,40 €",
     "Magasin d'usine = 34 % du CA"),
    ("magasin d'usine saulxures", 110, 3, 1, NAV, "/pages/magasin-d-usine", "Exact — 0,25 €", "Lieu exact"),
    ("linge de maison la bresse", 90, 4, 8, NAV, "/pages/magasin-d-usine", "Exact — 0,30 €",
     "Station à 10 km, touristes"),
    ("linge gérardmer", 320, 16, 14, NAV, "/pages/magasin-d-usine", "Expression — 0,45 €",
     "Comparaison avec les boutiques de Gérardmer"),
    ("vosges terre textile", 320, 10, 7, NAV, "/pages/label-vosges-terre-textile", "Exact — 0,30 €", "Label"),
    ("linge label vosges terre textile", 50, 4, 3, T, "/pages/label-vosges-terre-textile", "Exact — 0,30 €",
     "Label + produit"),
    ("linge de maison made in france", 720, 32, 16, T, "/pages/fabrique-dans-les-vosges", "Expression — 0,80 €",
     "Origine France"),
    ("housse de couette lin lavé", 2900, 41, 33, T, "/collections/housses-de-couette", "Expression — 0,90 €",
     "Lin lavé ; panier élevé (189 €)"),
    ("housse de couette lin lavé 240x220", 480, 22, 15, T, "/products/housse-de-couette-lin-lave-240x220",
     "Exact — 0,80 €", "Dimension la plus vendue"),
    ("housse de couette lin fabriquée en france", 210, 17, 10, T, "/collections/housses-de-couette",
     "Exact — 0,75 €", "Produit + origine"),
    ("parure de lit lin lavé", 1000, 37, 38, T, "/collections/linge-de-lit", "Expression — 0,70 €",
     "Lin lavé ; ensemble housse + taies"),
    ("drap lin lavé", 720, 30, 29, T, "/collections/linge-de-lit", "Expression — 0,60 €", "Lin lavé"),
    ("taie d'oreiller lin lavé", 880, 26, 24, T, "/collections/linge-de-lit", "Expression — 0,45 €",
     "Lin lavé ; petit panier"),
    ("linge de lit vosges", 110, 7, 5, T, "/collections/linge-de-lit", "Exact — 0,40 €", "Lieu"),
    ("drap housse métis", 110, 9, 13, T, "/collections/linge-de-lit", "Exact — 0,35 €", "Métis"),
    ("cadeau mariage linge de maison", 320, 12, 9, T, "/pages/liste-de-mariage", "Expression — 0,65 €",
     "Famille « cadeau de mariage »"),
    ("liste de mariage linge de maison", 170, 10, 13, T, "/pages/liste-de-mariage", "Expression — 0,60 €",
     "Famille « cadeau de mariage »"),
    ("cadeau de mariage fabriqué en france", 590, 24, 20, T, "/pages/liste-de-mariage", "Expression — 0,70 €",
     "Cadeau de mariage + origine France"),
    ("nappe personnalisée mariage", 140, 8, 11, T, "/pages/broderie-prenom", "Exact — 0,55 €",
     "Broderie des prénoms des mariés"),
    ("cadeau fête des mères linge", 90, 6, 15, T, "/collections/idees-cadeaux", "Expression — 0,45 €",
     "Fête des mères (mai)"),
    ("coffret torchons cadeau", 260, 13, 10, T, "/products/coffret-3-torchons", "Expression — 0,45 €",
     "Coffret 3 torchons, cadeau"),
    ("cadeau made in vosges", 170, 9, 6, T, "/collections/idees-cadeaux", "Expression — 0,35 €",
     "Lieu ; touristes"),
    ("linge de maison haut de gamme", 590, 38, 41, T, "/", "Expression — 0,90 €", "Positionnement prix"),
    ("toile à torchon au mètre", 390, 15, 17, T, "/collections/tissu-au-metre", "Expression — 0,35 €",
     "Tissu au mètre vendu au magasin d'usine"),
    ("tissu jacquard au mètre", 720, 22, 25, T, "/collections/tissu-au-metre", "Expression — 0,40 €",
     "Jacquard au mètre"),
    ("tissu lin au mètre vosges", 70, 5, 4, T, "/collections/tissu-au-metre", "Exact — 0,30 €", "Lin + lieu"),
    ("linge hôtellerie fabricant", 90, 12, 8, T, "/pages/professionnels", "Exact — 0,90 €",
     "Hôtellerie-restauration = 38 % du CA"),
    ("nappe restaurant professionnel", 390, 28, 30, T, "/pages/professionnels", "Expression — 0,70 €",
     "Clients pros"),
    ("linge gîte chambre d'hôtes", 50, 6, 7, T, "/pages/professionnels", "Expression — 0,45 €",
     "Petits pros (gîtes des Vosges)"),
    ("comment laver le lin lavé", 1000, 12, 16, I_, "/blogs/conseils/entretien-lin-lave", "Large — 0,20 €",
     "Question de nos clients ; e-mail d'entretien"),
    ("différence lin et métis", 140, 4, 5, I_, "/blogs/conseils/lin-ou-metis", "Large — 0,20 €",
     "Explique notre matière métis"),
    ("grammage torchon", 50, 2, 9, I_, "/blogs/conseils/grammage", "Large — 0,15 €",
     "Le grammage justifie notre prix"),
    ("mois du blanc linge de maison", 170, 10, 12, T, "/pages/mois-du-blanc", "Expression — 0,45 €",
     "Mois du blanc en janvier"),
    ("linge de maison 2e choix", 260, 8, 7, T, "/collections/2e-choix", "Exact — 0,30 €",
     "2e choix du magasin d'usine"),
]
assert len(KW) == 62, len(KW)

# requêtes suivies chaque semaine (n° de la matrice, position au 06/10/2025 ; None = hors top 100)
TRACK = [(1, 38), (2, 7), (3, 11), (4, 16), (5, 44), (7, 12), (8, 41), (10, 22), (11, 9), (12, None), (13, 27),
         (17, 39), (18, 33), (21, 13), (23, 9), (24, 19), (25, 10), (26, 8), (29, 4), (33, 15), (36, 47), (37, 26),
         (44, 18), (46, 34), (58, None)]
assert len(TRACK) == 25
WEEKS = [datetime.date(2025, 10, 6) + datetime.timedelta(days=7 * k) for k in range(26)]
assert WEEKS[-1] == datetime.date(2026, 3, 30)


def positions():
    rnd = random.Random(155)
    out = []
    for n, start in TRACK:
        end = KW[n - 1][3]
        seq = []
        first_week = 0
        if start is None:
            first_week = 6 if n == 12 else 9      # page créée en novembre / article publié en décembre
            start = 58 if n == 12 else 64
        for w in range(26):
            if w < first_week:
                seq.append(None)
                continue
            t = (w - first_week) / (25 - first_week)
            base = start + (end - start) * (t ** 0.85)
            noise = rnd.choice([-2, -1, 0, 0, 0, 1, 1, 2]) if 0 < w < 25 else 0
            v = int(round(base + noise * (1 if base > 5 else 0.5)))
            seq.append(max(1, v))
        seq[-1] = end
        out.append(seq)
    return out


POS = positions()


# ====================================================================== onglets
def sheet_concurrents():
    sh = Sheet("Concurrents", [4.2, 3.0, 2.6, 2.3, 2.1, 2.2, 2.6, 2.8, 2.2, 1.9, 1.7, 2.8, 3.4, 2.2, 2.3])
    sh.title("Veille concurrents — linge de maison en ligne",
             "Source / mise à jour : sites relevés le 02/03/2026 (prix TTC), SE Ranking (requêtes top 10), avis Google")
    sh.header(2, ["Concurrent", "Type", "Base", "CMS", "Torchon 50×70", "Écart torchon vs nous", "Nappe 160×250",
                  "Housse couette 240×220", "Frais de port", "Franco", "Délai (j)", "Broderie prénom", "Label",
                  "Note avis", "Requêtes top 10"],
              notes={5: "= prix du concurrent − notre torchon métis « Myrtilles » à 14,90 €. Négatif = moins cher "
                        "que nous.",
                     13: "Note Google (ou Trustpilot pour Maison Tissée), nombre d'avis entre parenthèses dans la "
                         "cellule commentaire du concurrent.",
                     14: "Nombre de requêtes du concurrent en top 10 Google, projet SE Ranking « concurrents », "
                         "relevé du 02/03/2026. Nous : 38 (23 à l'audit de septembre)."},
              height=1.3)
    rows = [
        ("Linge des Crêtes", "Fabricant + 3 boutiques", "Gérardmer (88)", "Shopify", 15.90, 139, 209, 5.90, 69, 3,
         "Oui, +10 €", "Vosges Terre Textile", 4.6, 61, "4,6/5 sur 1 140 avis Google (3 boutiques cumulées)."),
        ("Maison Tissée", "Marque en ligne (DNVB)", "Lyon (69)", "Shopify", 12.50, None, 159, 4.90, 60, 2,
         "Non", "OEKO-TEX", 4.5, 140, "4,5/5 sur 2 870 avis Trustpilot. Fabrication au Portugal."),
        ("Lin & Lune", "Boutique en ligne", "Nantes (44)", "WooCommerce", 16.90, 149, 229, 6.50, 80, 4,
         "Oui, +10 €", "European Flax", 4.7, 38, "4,7/5 sur 410 avis. Lin lavé surtout, peu de jacquard."),
        ("Tissus du Ballon", "Fabricant", "Thann (68)", "PrestaShop", 13.50, 119, None, 7.90, 99, 5,
         "Non", "—", 4.3, 12, "4,3/5 sur 96 avis. Site ancien, pas de fiche mobile correcte."),
        ("Toiles du Hohneck", "Revendeur + atelier", "Munster (68)", "Wix", 14.00, 125, 175, 6.90, 75, 4,
         "Oui, +12 €", "—", 4.4, 9, "4,4/5 sur 150 avis. Vend aussi des produits importés."),
    ]
    r = 3
    for name, typ, base, cms, torchon, nappe, housse, port, franco, delai, brod, label, note, req, ncom in rows:
        sh.row(r, [S(name, S_TXTB), S(typ), S(base), S(cms), E(torchon, S_EUR2),
                   E(round(torchon - 14.90, 2), S_EUR2, f="%s-14.9" % ref(r, 4)),
                   E(nappe) if nappe else S("—", S_TXTC), E(housse) if housse else S("—", S_TXTC),
                   E(port, S_EUR2), E(franco), N(delai, S_IMPACT), S(brod, S_TXTC), S(label, S_TXTC),
                   N(note, S_DEC1, note=ncom), N(req)])
        r += 1
    sh.set(8, 0, S("Conclusion", S_TXTB, vspan=4))
    concl = ("1. Linge des Crêtes et Maison Tissée tiennent les requêtes « linge de maison » et « torchon lin » "
             "(61 et 140 en top 10, nous 38).\n"
             "2. Prix : torchon dans la moyenne (14,90 € vs 12,50–16,90 €), nappe jacquard au-dessus (129 € vs "
             "119–149 € en 160×250 ; Maison Tissée n'en fait pas).\n"
             "3. Broderie prénom : 3 sur 5 la proposent à +10/12 € ; nous +8 € et faite à l'usine.\n"
             "4. Franco : 60 à 80 € chez 3 concurrents sur 5, nous 89 €.")
    sh.set(8, 1, S(concl, S_MERGE, span=14, vspan=4))
    for k in range(8, 12):
        sh.heights[k] = 0.62
    sh.filter = (2, 0, 7, 14)
    sh.freeze = (3, 1)
    sh.cf.append(("scale", area(3, 14, 7, 14), [("minimum", "0", "#f8696b"), ("maximum", "0", "#63be7b")]))
    sh.cf.append(("scale", area(3, 13, 7, 13), [("minimum", "0", "#ffeb84"), ("maximum", "0", "#63be7b")]))
    sh.cf.append((area(3, 5, 7, 5), [("<0", "CF_rouge"), (">0", "CF_vert")]))
    sh.cf.append((area(3, 10, 7, 10), [(">=5", "CF_orange")]))
    return sh


def sheet_diagnostic():
    sh = Sheet("Diagnostic", [3.2, 11.5, 2.2, 3.2, 11.5, 2.2])
    sh.title("Diagnostic FFOM — vente en ligne",
             "Source / mise à jour : entretiens Agnès Valdenaire, Shopify 2025, veille concurrents — maj 16/02/2026")
    sh.header(2, ["Bloc", "Constat", "Impact (1-3)", "Bloc", "Constat", "Impact (1-3)"],
              notes={2: "Impact sur les ventes en ligne : 1 = faible, 2 = moyen, 3 = fort. Noté avec Agnès."})
    forces = [("Tissage depuis 1921, 4e génération, fabrication sur place", 3),
              ("Label Vosges Terre Textile", 3),
              ("Broderie prénom en atelier (+8 €), délai 5 jours", 2),
              ("Magasin d'usine : 34 % du CA, fichier de 11 200 clients", 2),
              ("Gamme complète : métis, jacquard, lin lavé, nid d'abeille", 2),
              ("Avis clients 4,7/5 (612 avis)", 2),
              ("Références hôtellerie-restauration (38 % du CA)", 1)]
    faibl = [("Thème Shopify de 2019, conversion 1,6 %", 3),
             ("Saisonnalité : Noël = 41 % du CA en ligne", 3),
             ("23 requêtes en top 10 à l'audit de septembre", 2),
             ("Franco de port à 89 €", 2),
             ("Fiches sans grammage ni entretien (40 % du catalogue)", 2),
             ("Une seule personne sur le web (alternant)", 2),
             ("Photos produits faites en interne", 1)]
    opps = [("Recherches « fabriqué en France » en hausse", 3),
            ("Listes de mariage en ligne, saison mai–septembre", 3),
            ("Tourisme dans les Vosges (été et hiver), La Bresse et Gérardmer", 2),
            ("Mois du blanc en janvier", 2),
            ("Gîtes et chambres d'hôtes : petits pros", 2),
            ("Pinterest : recherches déco linge de table", 1),
            ("Cadeaux d'entreprise de fin d'année", 1)]
    menaces = [("Prix du lin : +18 % en deux ans", 3),
               ("Lin lavé importé à bas prix sur les marketplaces", 3),
               ("Linge des Crêtes plus visible sur Google", 2),
               ("Hausse des tarifs transporteurs", 2),
               ("Dépendance à Google Ads en novembre–décembre", 2),
               ("Baisse du budget cadeaux des ménages", 1),
               ("Copie des motifs jacquard", 1)]

    def block(r0, c0, label, items):
        sh.set(r0, c0, S(label, S_BLOCKV, vspan=len(items)))
        for k, (t, imp) in enumerate(items):
            sh.set(r0 + k, c0 + 1, S(t))
            sh.set(r0 + k, c0 + 2, N(imp, S_IMPACT))
        rr = r0 + len(items)
        sh.set(rr, c0 + 1, S("Total impact", S_TOTL))
        sh.set(rr, c0 + 2, N(sum(i for _, i in items), S_INTB,
                             f="SUM(%s)" % rng(r0, c0 + 2, rr - 1, c0 + 2)))
    block(3, 0, "FORCES", forces)
    block(3, 3, "FAIBLESSES", faibl)
    sh.header(12, ["Bloc", "Constat", "Impact (1-3)", "Bloc", "Constat", "Impact (1-3)"])
    block(13, 0, "OPPORTUNITÉS", opps)
    block(13, 3, "MENACES", menaces)
    sh.filter = (2, 0, 10, 5)
    sh.freeze = (3, 0)
    for c in (2, 5):
        sh.cf.append((area(3, c, 9, c), [("=3", "CF_rouge"), ("=2", "CF_jaune"), ("=1", "CF_gris")]))
        sh.cf.append((area(13, c, 19, c), [("=3", "CF_rouge"), ("=2", "CF_jaune"), ("=1", "CF_gris")]))
    return sh


def sheet_clients():
    sh = Sheet("Clients", [4.6, 5.6, 6.0, 6.0, 6.0, 6.0, 3.0])
    sh.title("Familles de clients et chemin d'achat",
             "Source / mise à jour : commandes Shopify 2025 (messages cadeau, adresses pro), questionnaire magasin "
             "d'usine (n = 214) — maj 12/01/2026")
    sh.header(2, ["Famille", "Qui", "Part du CA en ligne", "Panier moyen", "Raisons d'acheter", "Hésitations",
                  "Prioritaire ?"],
              notes={2: "Estimation : commandes avec message cadeau ou liste = cadeau de mariage ; adresse de "
                        "facturation société = pros ; code postal 88 + achat antérieur en boutique = magasin d'usine."})
    fam = [
        ("Cadeau de mariage", "Couples (liste) et invités, 28–40 ans", 0.18, 124,
         "Cadeau qui dure, fabriqué en France, broderie des prénoms, livré chez les mariés",
         "Délai broderie (5 j) avant la date ; coloris qui plaira ? ; nappe au-dessus du budget invité (60–80 €)", "oui"),
        ("Amoureux du linge", "Femmes 40–65 ans, maison et déco, CSP+", 0.46, 96,
         "Matières naturelles (lin lavé, métis), qualité qui dure, savoir-faire vosgien, label",
         "Prix vs lin lavé importé (housse 189 € vs 89 € sur marketplaces) ; franco 89 € ; couleurs à l'écran",
         "oui"),
        ("Touristes / magasin d'usine", "Vacanciers été et hiver (La Bresse, Gérardmer), rachat en ligne", 0.24, 78,
         "Souvenir des Vosges, retrouver le motif acheté sur place, 2e choix", "", "non"),
        ("Petits pros", "Gîtes, chambres d'hôtes, restaurants", 0.12, 310,
         "Tient aux lavages à 90 °C, réassort du même motif, facture pro", "", "non"),
    ]
    for k, (f, qui, part, pan, rai, hes, prio) in enumerate(fam):
        r = 3 + k
        sh.row(r, [S(f, S_TXTB), S(qui), P(part, S_PCT0), E(pan), S(rai), S(hes) if hes else BLANK(),
                   S(prio, S_TXTC)])
        sh.heights[r] = 1.45
    sh.row(7, [S("Total", S_TOTL), S("", S_TOTL), P(1.0, S_PCT1B, f="SUM(%s)" % rng(3, 2, 6, 2)),
               E(sum(p * m for _, _, p, m, _, _, _ in fam), S_EUR0B,
                 f="SUMPRODUCT(%s;%s)" % (rng(3, 2, 6, 2), rng(3, 3, 6, 3)))])
    sh.filter = (2, 0, 6, 6)
    sh.freeze = (3, 1)
    sh.cf.append((area(3, 6, 6, 6), [('="oui"', "CF_vert"), ('="non"', "CF_gris")]))
    # bloc chemin d'achat
    sh.set(9, 0, S("Chemin d'achat — famille « cadeau de mariage »", S_BLOCK, span=3))
    sh.header(10, ["", "1. Besoin", "2. Recherche d'infos", "3. Comparaison", "4. Achat", "5. Après l'achat"])
    path = [
        ("Ce que fait le client",
         ["Reçoit le faire-part, consulte la liste ; les mariés veulent du linge de maison qui dure",
          "Tape « linge de maison fabriqué en France », « cadeau mariage linge »",
          "Compare avec les boutiques de Gérardmer (Linge des Crêtes) et Maison Tissée : prix, broderie, délai",
          "Commande une nappe jacquard ou un coffret avec broderie des prénoms, message cadeau, livraison chez "
          "les mariés",
          "Reçoit à J+7 l'e-mail « entretenir son lin », laisse un avis, revient pour le 1er anniversaire"]),
        ("Où", ["Faire-part, site de liste, bouche-à-oreille", "Google, Pinterest", "Sites concurrents, avis Google",
                "Site, mobile à 64 %", "E-mail, avis, Instagram"]),
        ("Ce qu'on met en place",
         ["Page « Liste de mariage », lien depuis un blog mariage", "Fiches avec grammage, entretien, label",
          "Broderie +8 €, avis 4,7/5, délai affiché sur la fiche", "Option broderie sur la fiche, carte cadeau",
          "Flow e-mail entretien + demande d'avis"]),
        ("Indicateur", ["Sessions /pages/liste-de-mariage", "Impressions requêtes n° 44 à 47",
                        "Taux d'ajout au panier fiches nappes", "Commandes avec broderie", "Avis déposés, 2e commande"]),
    ]
    for k, (lab, cells) in enumerate(path):
        r = 11 + k
        sh.row(r, [S(lab, S_TXTB)] + [S(x) for x in cells])
        sh.heights[r] = 1.6 if k in (0, 2) else 0.9
    return sh


def sheet_objectifs():
    sh = Sheet("Objectifs", [1.0, 5.4, 5.2, 2.6, 2.6, 2.6, 7.2, 2.6, 2.6, 2.8, 2.2])
    sh.title("Objectifs 2026 — vente en ligne",
             "Source / mise à jour : Shopify, GA4 (base = année 2025) ; réalisé au 31/03/2026 — maj 06/04/2026",
             note="Mme Claudel : est-ce que le classeur suffit ou faut-il tout rédiger ?")
    sh.header(2, ["N°", "Objectif", "Indicateur", "Base 2025", "Cible 2026", "Échéance", "Pourquoi cette date",
                  "Levier", "Début", "Réalisé", "Atteint ?"],
              notes={7: "Moyen d'acquisition principal pour l'objectif.",
                     8: "Échéancier : date de lancement de l'action.",
                     9: "Dernier relevé. O1 = CA 12 mois glissants (avr. 25 → mars 26). O2, O3, O4 : formules "
                        "vers l'onglet KPI."})
    objs = [
        ("Faire progresser le CA en ligne", "CA en ligne HT (Shopify)", ("e", 609000), ("e", 720000),
         datetime.date(2026, 12, 31), "Noël = 41 % du CA en ligne : le résultat se lit après décembre",
         "Shopping", datetime.date(2025, 9, 1), ("e", 648000, None)),
        ("Convertir plus de visites en commandes", "Taux de conversion (commandes / sessions)", ("p", 0.016),
         ("p", 0.020), datetime.date(2026, 9, 30), "Être prêt avant le pic de Noël (octobre à décembre)",
         "E-mailing", datetime.date(2025, 10, 15), ("p", None, "conv")),
        ("Gagner des visites Google", "Sessions organiques / mois (GA4)", ("n", 5900), ("n", 8500),
         datetime.date(2026, 6, 30),
         "Être placé avant la saison des mariages (mai–septembre) et les touristes d'été au magasin d'usine",
         "SEO", datetime.date(2025, 10, 6), ("n", None, "orga")),
        ("Réussir le mois du blanc", "CA de l'opération de janvier", ("e", 9800), ("e", 15000),
         datetime.date(2026, 1, 31), "Mois du blanc en janvier : tradition du linge de maison, soldes",
         "E-mailing", datetime.date(2026, 1, 2), ("e", None, "mdb")),
        ("Vendre aux mariages", "Commandes « cadeau de mariage » (liste ou message)", ("n", 38), ("n", 70),
         datetime.date(2026, 9, 30), "Saison des mariages de mai à septembre", "Pinterest",
         datetime.date(2026, 4, 1), ("n", 9, None)),
        ("Réussir la fête des mères", "CA en ligne du 1er au 31 mai", ("e", 21400), ("e", 27000),
         datetime.date(2026, 5, 31), "Fête des mères le 31/05/2026 : nappes et coffrets torchons offerts",
         "Affiliation", datetime.date(2026, 4, 15), (None, None, None)),
    ]
    return sh, objs


def fill_objectifs(sh, objs, kpi_refs):
    r = 3
    for k, (obj, ind, base, cible, ech, why, lev, debut, real) in enumerate(objs):
        def val(x):
            kind, v = x[0], x[1]
            return {"e": E(v), "p": P(v), "n": N(v)}[kind]
        sh.row(r, [N(k + 1, S_IMPACT), S(obj, S_TXTB), S(ind), val(base), val(cible), D(ech), S(why), S(lev, S_TXTC),
                   D(debut)])
        kind, v, link = real
        if kind is None:
            sh.set(r, 9, BLANK())
            sh.set(r, 10, FS("", 'IF(ISBLANK(%s);"";IF(%s>=%s;"✔";"✘"))' % (ref(r, 9), ref(r, 9), ref(r, 4))))
        else:
            if link:
                v, f = kpi_refs[link]
            else:
                f = None
            cell = {"e": E(v, f=f), "p": P(v, f=f), "n": N(v, f=f)}[kind]
            sh.set(r, 9, cell)
            ok = v >= cible[1]
            sh.set(r, 10, FS("✔" if ok else "✘", 'IF(ISBLANK(%s);"";IF(%s>=%s;"✔";"✘"))'
                             % (ref(r, 9), ref(r, 9), ref(r, 4))))
        sh.heights[r] = 1.1
        r += 1
    sh.filter = (2, 0, 8, 10)
    sh.freeze = (3, 2)
    sh.cf.append((area(3, 10, 8, 10), [('="✔"', "CF_vert"), ('="✘"', "CF_rouge")]))
    sh.cf.append((area(3, 7, 8, 7), [('="SEO"', "CF_vert2")]))


def sheet_plan_seo():
    sh = Sheet("Plan SEO", [1.0, 9.0, 6.4, 2.2, 2.6, 2.4, 3.6])
    sh.title("Plan d'actions SEO — tissages-moselotte.fr",
             "Source / mise à jour : audit Search Console + SE Ranking du 29/09/2025, PageSpeed Insights — maj 30/03/2026")
    sh.header(2, ["N°", "Action", "Pages concernées", "Priorité", "Début", "Statut", "Outil"],
              notes={3: "1 = tout de suite, 2 = dans le trimestre, 3 = plus tard."})
    acts = [
        ("Titles et metas des 48 fiches les plus vendues", "Fiches produits", 1, datetime.date(2025, 10, 6), "fait",
         "Search Console"),
        ("Fiches : grammage, composition, entretien", "Fiches produits (40 % du catalogue)", 1,
         datetime.date(2025, 10, 20), "en cours", "Shopify"),
        ("Page « Fabriqué dans les Vosges depuis 1921 »", "/pages/fabrique-dans-les-vosges", 2,
         datetime.date(2025, 11, 3), "fait", "SE Ranking"),
        ("Compresser les images (LCP mobile 3,9 s)", "Accueil, collections", 1, datetime.date(2025, 11, 17), "fait",
         "GA4"),
        ("Textes de 300 mots sur les collections", "Torchons, nappes, linge de lit", 2, datetime.date(2025, 12, 1),
         "en cours", "SE Ranking"),
        ("Page magasin d'usine + fiche Google Business Profile", "/pages/magasin-d-usine", None,
         datetime.date(2026, 1, 5), "fait", "Search Console"),
        ("Balises alt des 620 images", "Tout le site", None, datetime.date(2026, 1, 12), "en cours", "SE Ranking"),
        ("Données structurées Product + avis", "Fiches produits", None, datetime.date(2026, 2, 2), "à faire",
         "Search Console"),
        ("Redirections 301 des anciennes URL (38 erreurs 404)", "URL 2019", None, datetime.date(2025, 10, 13), "fait",
         "Search Console"),
        ("Articles conseils (entretien du lin, lin ou métis, grammage)", "/blogs/conseils", None,
         datetime.date(2025, 12, 8), "en cours", "GA4"),
        ("Page « Liste de mariage »", "/pages/liste-de-mariage", None, datetime.date(2026, 3, 2), "fait", "GA4"),
        ("Liens internes fiches → collections", "Fiches produits", None, datetime.date(2026, 2, 16), "à faire",
         "SE Ranking"),
        ("Liens entrants : label, blogs tourisme et mariage", "Accueil, magasin d'usine", None,
         datetime.date(2025, 10, 20), "en cours", "SE Ranking"),
    ]
    r = 3
    for k, (a, pages, prio, deb, stat, outil) in enumerate(acts):
        sh.row(r, [N(k + 1, S_IMPACT), S(a), S(pages), N(prio, S_IMPACT) if prio else BLANK(S_TXTC), D(deb),
                   S(stat, S_TXTC), S(outil, S_TXTC)])
        r += 1
    sh.row(r, [N(14, S_IMPACT), S("Cocon linge de table — à faire"), BLANK(), BLANK(S_TXTC), BLANK(), BLANK(S_TXTC),
               BLANK(S_TXTC)])
    last = r
    r += 2
    n_fait = sum(1 for a in acts if a[4] == "fait")
    sh.row(r, [None, S("Actions faites", S_TOTL), N(n_fait, S_INTB, f='COUNTIF(%s;"fait")' % rng(3, 5, last, 5))])
    sh.row(r + 1, [None, S("Actions en cours", S_TOTL),
                   N(sum(1 for a in acts if a[4] == "en cours"), S_INTB,
                     f='COUNTIF(%s;"en cours")' % rng(3, 5, last, 5))])
    sh.filter = (2, 0, last, 6)
    sh.freeze = (3, 0)
    sh.cf.append((area(3, 3, last, 3), [("=1", "CF_rouge"), ("=2", "CF_orange"), ("=3", "CF_jaune")]))
    sh.cf.append((area(3, 5, last, 5), [('="fait"', "CF_vert"), ('="en cours"', "CF_jaune")]))
    return sh


def sheet_mots_cles():
    sh = Sheet("Mots-clés", [1.0, 6.6, 2.2, 2.2, 2.4, 3.6, 7.2, 4.0, 7.4])
    sh.title("Requêtes cibles — matrice (62 requêtes)", "sources : Keyword Planner + Search Console + Ubersuggest")
    sh.header(2, ["N°", "Requête", "Volume / mois", "Difficulté", "Position mars 26", "Intention",
                  "Page d'atterrissage", "SEA", "Pourquoi"],
              notes={3: "Score Ubersuggest de 0 à 100.",
                     4: "Position Google.fr (Search Console, moyenne de mars). Vide = pas dans le top 100.",
                     7: "Type de correspondance Google Ads et CPC max.",
                     8: "Lien avec un produit, un lieu ou le label."})
    r = 3
    for k, (q, vol, kd, pos, intent, page, sea, why) in enumerate(KW):
        sh.row(r, [N(k + 1, S_IMPACT), S(q), N(vol), N(kd, S_IMPACT), N(pos, S_IMPACT) if pos else BLANK(S_TXTC),
                   S(intent, S_TXTC), S(page), S(sea), S(why)])
        r += 1
    last = r - 1
    sh.row(r + 1, [None, S("Volume total", S_TOTL), N(sum(k[1] for k in KW), S_INTB,
                                                         f="SUM(%s)" % rng(3, 2, last, 2))])
    top10 = sum(1 for k in KW if k[3] and k[3] <= 10)
    sh.row(r + 2, [None, S("Requêtes en top 10", S_TOTL), N(top10, S_INTB,
                                                              f='COUNTIF(%s;"<=10")' % rng(3, 4, last, 4))])
    sh.filter = (2, 0, last, 8)
    sh.freeze = (3, 2)
    sh.cf.append((area(3, 4, last, 4), [("between(1,3)", "CF_vert"), ("between(4,10)", "CF_vert2"),
                                        ("between(11,20)", "CF_jaune"), (">20", "CF_rouge")]))
    sh.cf.append((area(3, 3, last, 3), [(">=35", "CF_rouge"), ("<=10", "CF_vert2")]))
    sh.cf.append(("scale", area(3, 2, last, 2), [("minimum", "0", "#ffffff"), ("maximum", "0", "#5b9bd5")]))
    # bloc Google Ads (sous la ligne 70)
    r0 = 71
    sh.set(r0, 0, S("Google Ads — structure des campagnes 2026", S_BLOCK, span=4))
    sh.header(r0 + 1, ["", "Campagne / groupe d'annonces", "Type", "Budget / jour", "Budget / mois",
                       "Stratégie d'enchères", "Requêtes (n° matrice)", "CPC max / objectif", "Page d'atterrissage"])
    camp = [
        ("C1", "Shopping « Linge de table »", "Shopping", 25.0, "ROAS cible", "—", "ROAS 450 %", "flux produits"),
        ("G1", "Nappes jacquard", "groupe", None, "", "10, 11, 12, 15, 17", "0,80 €", "/collections/nappes-jacquard"),
        ("G2", "Torchons et serviettes", "groupe", None, "", "1 à 9, 19, 20", "0,55 €", "/collections/torchons"),
        ("C2", "Search « Marque + linge des Vosges »", "Réseau de recherche", 12.0, "CPC manuel", "—", "—", "—"),
        ("G3", "Marque (tissages moselotte, moselotte linge)", "groupe", None, "", "marque", "1,00 €", "/"),
        ("G4", "Linge des Vosges", "groupe", None, "", "22, 23, 25, 26, 27, 33", "0,70 €",
         "/pages/fabrique-dans-les-vosges"),
        ("G5", "Fabriqué en France", "groupe", None, "", "4, 21, 24, 35", "0,85 €", "/pages/fabrique-dans-les-vosges"),
    ]
    r = r0 + 2
    first = r
    for code, name, typ, bud, strat, reqs, cpc, page in camp:
        is_c = code.startswith("C")
        st = S_TXTB if is_c else S_TXT
        cells = [S(code, S_TXTC), S(name if is_c else "   " + name, st), S(typ, S_TXTC)]
        if bud:
            cells += [E(bud, S_EUR2), E(round(bud * 30.4, 2), S_EUR0, f="%s*30.4" % ref(r, 3))]
        else:
            cells += [BLANK(), BLANK()]
        cells += [S(strat), S(reqs), S(cpc, S_TXTC), S(page)]
        sh.row(r, cells)
        r += 1
    sh.row(r, [None, S("Total", S_TOTL), S("", S_TOTL), E(37.0, S_EUR2, f="SUM(%s)" % rng(first, 3, r - 1, 3)),
               E(round(37 * 30.4, 2), S_EUR0B, f="SUM(%s)" % rng(first, 4, r - 1, 4))])
    sh.set(r + 2, 1, S("annonces : voir le compte Google Ads", S_NOTE))
    return sh


def sheet_positions():
    widths = [6.4, 2.0] + [1.35] * 26 + [2.2]
    sh = Sheet("Suivi positions", widths)
    sh.title("Suivi hebdomadaire des positions — 25 requêtes",
             "Source / mise à jour : SE Ranking, Google.fr mobile, relevé chaque lundi — maj 30/03/2026")
    sh.set(2, 0, S("Requête", S_HEAD, note="Vide = hors top 100. Requêtes choisies dans l'onglet Mots-clés."))
    sh.set(2, 1, S("Volume", S_HEAD))
    for k, w in enumerate(WEEKS):
        sh.set(2, 2 + k, D(w, S_DDMM))
    sh.set(2, 28, S("Gain sur la période", S_HEAD,
                    note="Position du 06/10 (ou de la 1re semaine classée) moins position du 30/03. Positif = gagné."))
    sh.heights[2] = 0.95
    r = 3
    for (n, _), seq in zip(TRACK, POS):
        q, vol = KW[n - 1][0], KW[n - 1][1]
        sh.set(r, 0, S(q))
        sh.set(r, 1, N(vol))
        for k, v in enumerate(seq):
            sh.set(r, 2 + k, N(v, S_IMPACT) if v is not None else BLANK(S_TXTC))
        fw = next(k for k, v in enumerate(seq) if v is not None)
        gain = seq[fw] - seq[-1]
        if fw == 0:
            f = "%s-%s" % (ref(r, 2), ref(r, 27))
        else:
            f = "%s-%s" % (ref(r, 2 + fw), ref(r, 27))
        sh.set(r, 28, N(gain, S_INT, f=f))
        r += 1
    last = r - 1
    counts = []
    sh.set(r, 0, S("Requêtes en top 10", S_TOTL))
    sh.set(r + 1, 0, S("Requêtes en top 3", S_TOTL))
    for k in range(26):
        col = [seq[k] for seq in POS]
        c10 = sum(1 for v in col if v is not None and v <= 10)
        c3 = sum(1 for v in col if v is not None and v <= 3)
        counts.append(c10)
        sh.set(r, 2 + k, N(c10, S_INTB, f='COUNTIF(%s;"<=10")' % rng(3, 2 + k, last, 2 + k)))
        sh.set(r + 1, 2 + k, N(c3, S_INTB, f='COUNTIF(%s;"<=3")' % rng(3, 2 + k, last, 2 + k)))
    count_row = r
    sh.filter = (2, 0, last, 28)
    sh.freeze = (3, 1)
    cond = [("between(1,3)", "CF_vert"), ("between(4,10)", "CF_vert2"), ("between(11,20)", "CF_jaune"),
            (">20", "CF_rouge")]
    sh.cf.append((area(3, 2, last, 27), cond))
    sh.cf.append((area(3, 28, last, 28), [(">0", "CF_vert"), ("<0", "CF_rouge")]))
    # bloc liens entrants
    b = count_row + 4
    sh.set(b, 0, S("Liens entrants — domaines référents", S_BLOCK, span=4))
    hdr = [("Date du relevé", 1), ("Domaines référents", 1), ("Backlinks", 2), ("Nouveau domaine", 12)]

    def span_row(r, items, head=False):
        c = 0
        for it, n in items:
            if it is not None:
                cell = S(it, S_HEAD, span=n) if head else it
                if not head and n > 1:
                    cell.span = n
                sh.set(r, c, cell)
            c += n
    span_row(b + 1, hdr, head=True)
    sh.heights[b + 1] = 0.8
    snaps = [(datetime.date(2025, 10, 6), 14, 148, "—"),
             (datetime.date(2025, 11, 3), 15, 151, "annuaire Vosges Terre Textile"),
             (datetime.date(2025, 12, 1), 17, 163, "vosges-en-balade.fr ; mairie (page commerces)"),
             (datetime.date(2026, 1, 5), 19, 171, "office de tourisme ; annuaire artisans 88"),
             (datetime.date(2026, 2, 2), 21, 182, "carnet-des-maries-est.fr ; blog déco"),
             (datetime.date(2026, 3, 2), 22, 186, "presse locale (article janvier)"),
             (datetime.date(2026, 3, 30), 23, 190, "forum couture")]
    rr = b + 2
    for d, dom, bl, new in snaps:
        span_row(rr, [(D(d), 1), (N(dom), 1), (N(bl), 2), (S(new), 12)])
        rr += 1
    span_row(rr, [(S("Progression", S_TOTL), 1), (N(9, S_INTB, f="%s-%s" % (ref(rr - 1, 1), ref(b + 2, 1))), 1),
                  (N(42, S_INTB, f="%s-%s" % (ref(rr - 1, 2), ref(b + 2, 2))), 2)])
    span_row(rr + 1, [(S("Progression en %", S_TOTL), 1),
                      (P(9 / 14, S_PCT1B, f="%s/%s" % (ref(rr, 1), ref(b + 2, 1))), 1),
                      (P(42 / 148, S_PCT1B, f="%s/%s" % (ref(rr, 2), ref(b + 2, 2))), 2)])
    p0 = rr + 4
    sh.set(p0, 0, S("Partenaires de liens", S_BLOCK, span=3))
    phdr = [("Site", 1), ("Type", 4), ("Lien obtenu le", 2), ("Page liée", 4), ("Ancre", 6), ("Sessions apportées", 3)]
    span_row(p0 + 1, phdr, head=True)
    sh.heights[p0 + 1] = 0.8
    partners = [("vosges-en-balade.fr", "Blog tourisme Vosges", datetime.date(2025, 11, 24), "/pages/magasin-d-usine",
                 "magasin d'usine de Saulxures"),
                ("carnet-des-maries-est.fr", "Blog mariage Grand Est", datetime.date(2026, 1, 29),
                 "/pages/liste-de-mariage", "linge de maison fabriqué dans les Vosges"),
                ("Annuaire Vosges Terre Textile", "Annuaire du label", datetime.date(2025, 10, 30), "/",
                 "Tissages de la Moselotte")]
    for k, (site, typ, d, page, anchor) in enumerate(partners):
        span_row(p0 + 2 + k, [(S(site), 1), (S(typ), 4), (D(d), 2), (S(page), 4), (S(anchor), 6), (BLANK(), 3)])
    return sh, counts


def sheet_kpi(top10_counts, pos_sheet_rowcount):
    sh = Sheet("KPI", [6.2, 3.4] + [2.5] * 12 + [2.8, 2.8, 2.8, 2.4])
    sh.title("Tableau de pilotage — tissages-moselotte.fr",
             "Source / mise à jour : GA4, Search Console, Shopify, SE Ranking, Google Ads — maj 06/04/2026")
    sh.header(2, ["KPI", "Source"] + MONTHS + ["Évol. sept. → mars"])
    K = KPI_DATA
    rows = []
    r = 3
    refs = {}

    def line(label, src, vals, st, key, formulas=None):
        nonlocal r
        cells = [S(label, S_TXTB), S(src, S_TXTC)]
        for k, v in enumerate(vals):
            f = formulas[k] if formulas else None
            if st in (S_PCT1, S_PCT0):
                cells.append(P(v, st, f=f))
            elif st in (S_EUR0, S_EUR2):
                cells.append(E(v, st, f=f))
            else:
                cells.append(N(v, st, f=f))
        ev = vals[-1] / vals[0] - 1
        cells.append(P(ev, S_PCT1, f="%s/%s-1" % (ref(r, 8), ref(r, 2))))
        sh.row(r, cells)
        refs[key] = r
        r += 1

    line("Sessions", "GA4", K["sessions"], S_INT, "sessions")
    line("Sessions organiques", "GA4", K["orga"], S_INT, "orga")
    line("Sessions Google Ads", "GA4", K["ads_s"], S_INT, "ads_s")
    line("Sessions Pinterest", "GA4", K["pin"], S_INT, "pin")
    line("Taux d'engagement", "GA4", K["engag"], S_PCT0, "engag")
    line("Clics Google", "Search Console", K["clics"], S_INT, "clics")
    line("Impressions Google", "Search Console", K["impr"], S_INT, "impr")
    line("Position moyenne", "Search Console", K["pos"], S_DEC1, "pos")
    # requêtes suivies en top 10 : formules vers l'onglet Suivi positions (dernier lundi du mois)
    last_monday = {1: 3, 2: 7, 3: 12, 4: 16, 5: 20, 6: 25}    # index de semaine
    vals, forms = [6], [None]
    for m in range(1, 7):
        k = last_monday[m]
        vals.append(top10_counts[k])
        forms.append(ref(pos_sheet_rowcount, 2 + k, "Suivi positions"))
    line("Requêtes suivies en top 10 (sur 25)", "SE Ranking", vals, S_INT, "top10", forms)
    line("Commandes", "Shopify", K["cmd"], S_INT, "cmd")
    conv = [c / s for c, s in zip(K["cmd"], K["sessions"])]
    line("Taux de conversion", "Shopify + GA4", conv, S_PCT1, "conv",
         ["%s/%s" % (ref(refs["cmd"], 2 + k), ref(refs["sessions"], 2 + k)) for k in range(7)])
    line("CA en ligne HT", "Shopify", K["ca"], S_EUR0, "ca")
    pan = [c / n for c, n in zip(K["ca"], K["cmd"])]
    line("Panier moyen", "Shopify", pan, S_EUR2, "pan",
         ["%s/%s" % (ref(refs["ca"], 2 + k), ref(refs["cmd"], 2 + k)) for k in range(7)])
    line("Commandes avec broderie", "Shopify", K["brod"], S_INT, "brod")
    line("Coût Google Ads", "Google Ads", K["ads_cout"], S_EUR0, "ads_cout")
    line("CA Google Ads", "Google Ads", K["ads_ca"], S_EUR0, "ads_ca")
    roas = [a / c for a, c in zip(K["ads_ca"], K["ads_cout"])]
    line("ROAS Google Ads", "Google Ads", roas, S_DEC2, "roas",
         ["%s/%s" % (ref(refs["ads_ca"], 2 + k), ref(refs["ads_cout"], 2 + k)) for k in range(7)])
    last = r - 1
    sh.filter = (2, 0, last, 9)
    sh.freeze = (3, 1)
    sh.cf.append((area(3, 9, last, 9), [(">0", "CF_vert"), ("<0", "CF_rouge")]))

    # ---- bloc mois du blanc
    b = last + 3
    sh.set(b, 0, S("Mois du blanc — opération de janvier (page /mois-du-blanc + e-mails)", S_BLOCK, span=5))
    sh.header(b + 1, ["Indicateur", "Source", "Janv. 2025", "Janv. 2026", "Évolution"], height=0.8)
    mdb = [("Sessions", "GA4", 4120, 6870, S_INT), ("Commandes", "Shopify", 96, 171, S_INT),
           ("CA HT", "Shopify", 9800, 17600, S_EUR0)]
    rr = b + 2
    for lab, src, a, c, st in mdb:
        cells = [S(lab, S_TXTB), S(src, S_TXTC)]
        cells += [E(a, st), E(c, st)] if st == S_EUR0 else [N(a, st), N(c, st)]
        cells.append(P(c / a - 1, S_PCT1, f="%s/%s-1" % (ref(rr, 3), ref(rr, 2))))
        sh.row(rr, cells)
        rr += 1
    sh.row(rr, [S("Taux de conversion", S_TXTB), S("calcul", S_TXTC),
                P(96 / 4120, S_PCT1, f="%s/%s" % (ref(rr - 2, 2), ref(rr - 3, 2))),
                P(171 / 6870, S_PCT1, f="%s/%s" % (ref(rr - 2, 3), ref(rr - 3, 3))),
                P((171 / 6870) / (96 / 4120) - 1, S_PCT1, f="%s/%s-1" % (ref(rr, 3), ref(rr, 2)))])
    sh.row(rr + 1, [S("Panier moyen", S_TXTB), S("calcul", S_TXTC),
                    E(9800 / 96, S_EUR2, f="%s/%s" % (ref(rr - 1, 2), ref(rr - 2, 2))),
                    E(17600 / 171, S_EUR2, f="%s/%s" % (ref(rr - 1, 3), ref(rr - 2, 3))),
                    P((17600 / 171) / (9800 / 96) - 1, S_PCT1, f="%s/%s-1" % (ref(rr + 1, 3), ref(rr + 1, 2)))])
    mdb_ca_ref = ref(rr - 1, 3)
    refs["mdb"] = rr - 1

    # ---- bloc budget 2026
    g = rr + 4
    sh.set(g, 0, S("Budget 2026 — moyens d'acquisition (€ HT)", S_BLOCK, span=4))
    months26 = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    sh.header(g + 1, ["Levier", "Poste"] + months26 + ["Total 2026", "Coût réel T1", "CA attribué T1"]
              + ["Rentabilité"], height=0.8)
    budget = [
        ("SEO", "SE Ranking + rédaction fiches", [310] * 12),
        ("Google Ads", "Shopping + Search", [1600, 1150, 1450, 1100, 1300, 1000, 900, 900, 1200, 1600, 2700, 3400]),
        ("Pinterest", "Épingles sponsorisées", [0, 0, 0, 150, 200, 200, 150, 150, 200, 200, 250, 250]),
        ("E-mailing", "Shopify Email + visuels", [90, 60, 60, 60, 90, 60, 60, 60, 60, 90, 120, 120]),
        ("Affiliation", "Commissions 8 % (estim.)", [0, 0, 0, 120, 260, 180, 150, 150, 200, 240, 420, 480]),
    ]
    rr = g + 2
    first = rr
    for lev, poste, vals in budget:
        cells = [S(lev, S_TXTB), S(poste)] + [E(v) for v in vals]
        cells.append(E(sum(vals), S_EUR0B, f="SUM(%s)" % rng(rr, 2, rr, 13)))
        if lev == "Google Ads":
            cost = sum(K["ads_cout"][4:7])
            ca = sum(K["ads_ca"][4:7])
            cells.append(E(cost, S_EUR0, f="SUM(%s)" % rng(refs["ads_cout"], 6, refs["ads_cout"], 8)))
            cells.append(E(ca, S_EUR0, f="SUM(%s)" % rng(refs["ads_ca"], 6, refs["ads_ca"], 8)))
            cells.append(N((ca - cost) / cost, S_DEC2, f="(%s-%s)/%s" % (ref(rr, 16), ref(rr, 15), ref(rr, 15))))
        else:
            cells += [BLANK(), BLANK(), ERR("(%s-%s)/%s" % (ref(rr, 16), ref(rr, 15), ref(rr, 15)))]
        sh.row(rr, cells)
        rr += 1
    tot_months = [sum(b[2][m] for b in budget) for m in range(12)]
    cells = [S("Total coûts", S_TOTL), S("", S_TOTL)]
    for m in range(12):
        cells.append(E(tot_months[m], S_EUR0B, f="SUM(%s)" % rng(first, 2 + m, rr - 1, 2 + m)))
    cells.append(E(sum(tot_months), S_EUR0B, f="SUM(%s)" % rng(first, 14, rr - 1, 14)))
    sh.row(rr, cells)
    ca_att = [44000, 36000, 45000, 42000, 58000, 47000, 44000, 42000, 46000, 58000, 118000, 140000]
    assert sum(ca_att) == 720000
    cells = [S("CA en ligne attendu", S_TXTB), S("objectif O1", S_TXTC)] + [E(v) for v in ca_att]
    cells.append(E(sum(ca_att), S_EUR0B, f="SUM(%s)" % rng(rr + 1, 2, rr + 1, 13)))
    sh.row(rr + 1, cells)
    sh.cf.append((area(first, 17, rr - 1, 17), [(">1", "CF_vert")]))
    budget_end = rr + 1

    # ---- rentabilité SEO + Ads
    q = budget_end + 3
    sh.set(q, 0, S("Rentabilité SEO + Ads (sept. 25 → mars 26)", S_BLOCK, span=4))
    sh.header(q + 1, ["Élément", "Source", "Valeur"], height=0.7)
    ca_orga, ca_ads = 41300, sum(K["ads_ca"])
    marge, cout_seo, cout_ads = 0.52, 3600, sum(K["ads_cout"])
    sh.row(q + 2, [S("CA attribué au référencement naturel"), S("GA4", S_TXTC), E(ca_orga)])
    sh.row(q + 3, [S("CA Google Ads"), S("Google Ads", S_TXTC),
                   E(ca_ads, f="SUM(%s)" % rng(refs["ads_ca"], 2, refs["ads_ca"], 8))])
    sh.row(q + 4, [S("Marge brute moyenne en ligne"), S("compta 2025", S_TXTC), P(marge, S_PCT0)])
    sh.row(q + 5, [S("Coûts SEO (outil + rédaction)"), S("factures", S_TXTC), E(cout_seo)])
    sh.row(q + 6, [S("Coûts Google Ads"), S("Google Ads", S_TXTC),
                   E(cout_ads, f="SUM(%s)" % rng(refs["ads_cout"], 2, refs["ads_cout"], 8))])
    rent = ((ca_orga + ca_ads) * marge - (cout_seo + cout_ads)) / (cout_seo + cout_ads)
    sh.row(q + 7, [S("Rentabilité", S_TOTL), S("calcul", S_TOTL),
                   N(rent, S_DEC2B, f="((%s+%s)*%s-(%s+%s))/(%s+%s)" % (
                       ref(q + 2, 2), ref(q + 3, 2), ref(q + 4, 2), ref(q + 5, 2), ref(q + 6, 2), ref(q + 5, 2),
                       ref(q + 6, 2)),
                     note="(marge sur le CA SEO + Ads − coûts) / coûts. 1,8 = 1,80 € gagné pour 1 € dépensé.")])
    # ---- liens
    l0 = q + 10
    sh.set(l0, 0, S("Liens", S_BLOCK))
    sh.header(l0 + 1, ["Outil", "Lien"], height=0.7)
    links = [("Looker Studio — rapport mensuel",
              "https://lookerstudio.google.com/reporting/7c41e2d9-5b3a-4f86-a0d2-93e1c6b8f457/page/p_moselotte"),
             ("GA4 — propriété tissages-moselotte.fr",
              "https://analytics.google.com/analytics/web/#/p402917365/reports/intelligenthome"),
             ("Search Console", "https://search.google.com/search-console?resource_id=sc-domain:tissages-moselotte.fr"),
             ("SE Ranking — projet Moselotte", "https://online.seranking.com/admin.site.rankings.site_id-9184327.html")]
    for k, (lab, url) in enumerate(links):
        sh.set(l0 + 2 + k, 0, S(lab, S_TXTB))
        sh.set(l0 + 2 + k, 1, S(url, S_LINK, link=url, span=8))
    return sh, refs, rent, mdb_ca_ref


def sheet_partenaires():
    sh = Sheet("Partenaires", [5.5, 6.0, 4.0, 4.0, 6.0])
    sh.title("Partenaires", "Source / mise à jour : —")
    sh.header(2, ["Nom", "Cible commune", "Compatibilité", "Image", "Contact"])
    sh.filter = (2, 0, 2, 4)
    sh.freeze = (3, 0)
    sh.cf.append((area(3, 2, 40, 3), [('="oui"', "CF_vert"), ('="non"', "CF_rouge")]))
    return sh


# ====================================================================== écriture du classeur
def office_styles():
    out = ['<office:styles><style:default-style style:family="table-cell"><style:paragraph-properties '
           'style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="Calibri" fo:font-size="10pt" '
           'fo:language="fr" fo:country="FR"/></style:default-style>'
           '<style:style style:name="Default" style:family="table-cell"/>']
    for name, (bg, fg) in CF_STYLES.items():
        out.append('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="Default">'
                   '<style:table-cell-properties fo:background-color="%s"/><style:text-properties fo:color="%s"/>'
                   '</style:style>' % (name, bg, fg))
    out.append("</office:styles>")
    return "".join(out)


def database_ranges(sheets):
    out = ["<table:database-ranges>"]
    for k, sh in enumerate(sheets):
        if sh.filter:
            r1, c1, r2, c2 = sh.filter
            out.append('<table:database-range table:name="__Anonymous_Sheet_DB__%d" '
                       'table:target-range-address="%s.%s:%s.%s" table:display-filter-buttons="true"/>'
                       % (k, sh.qname(), a1(r1, c1), sh.qname(), a1(r2, c2)))
    out.append("</table:database-ranges>")
    return "".join(out)


def freeze_pane(xml, xs, ys):
    tl = "%s%d" % (col_letter(xs), ys + 1)
    if xs:
        pane = ('<pane xSplit="%d" ySplit="%d" topLeftCell="%s" activePane="bottomRight" state="frozen"/>'
                '<selection pane="topRight" activeCell="%s1" activeCellId="0" sqref="%s1"/>'
                '<selection pane="bottomLeft" activeCell="A%d" activeCellId="0" sqref="A%d"/>'
                '<selection pane="bottomRight" activeCell="%s" activeCellId="0" sqref="%s"/>'
                % (xs, ys, tl, col_letter(xs), col_letter(xs), ys + 1, ys + 1, tl, tl))
    else:
        pane = ('<pane xSplit="0" ySplit="%d" topLeftCell="A%d" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A%d" activeCellId="0" sqref="A%d"/>'
                % (ys, ys + 1, ys + 1, ys + 1))
    new, n = re.subn(r'<selection pane="topLeft"[^>]*/>', pane, xml, count=1)
    assert n == 1
    return new


def build_xlsx():
    con = sheet_concurrents()
    dia = sheet_diagnostic()
    cli = sheet_clients()
    obj, objs = sheet_objectifs()
    seo = sheet_plan_seo()
    mc = sheet_mots_cles()
    pos, counts = sheet_positions()
    pos_count_row = 3 + len(TRACK)
    kpi, refs, rent, mdb_ca_ref = sheet_kpi(counts, pos_count_row)
    conv_mar = KPI_DATA["cmd"][6] / KPI_DATA["sessions"][6]
    kpi_refs = {"conv": (conv_mar, ref(refs["conv"], 8, "KPI")),
                "orga": (KPI_DATA["orga"][6], ref(refs["orga"], 8, "KPI")),
                "mdb": (17600, ref(refs["mdb"], 3, "KPI"))}
    fill_objectifs(obj, objs, kpi_refs)
    par = sheet_partenaires()
    sheets = [con, dia, cli, obj, seo, mc, pos, kpi, par]
    body = "".join(sh.build(k) for k, sh in enumerate(sheets))
    fods = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:meta><meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date>'
            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date><dc:title>Dossier webmarketing — Tissages de la Moselotte'
            '</dc:title></office:meta>%s<office:automatic-styles>%s</office:automatic-styles>'
            '<office:body><office:spreadsheet>%s%s</office:spreadsheet></office:body></office:document>'
            % (NS, AUTHOR, XL_CREATED[:-1], AUTHOR, XL_MODIFIED[:-1], office_styles(), ST.xml(), body,
               database_ranges(sheets)))
    tmp = tempfile.mkdtemp(prefix="c155-")
    try:
        src = os.path.join(tmp, "Dossier_webmarketing.fods")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fods)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + PROFILE, "--headless", "--convert-to", "xlsx",
                        "--outdir", tmp, src], check=True, timeout=240, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        with open(os.path.join(tmp, "Dossier_webmarketing.xlsx"), "rb") as f:
            data = f.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    freeze = {k + 1: sh.freeze for k, sh in enumerate(sheets)}
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(XLSX, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            body = src.read(name)
            if name == "docProps/core.xml":
                t = body.decode("utf-8")
                t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % XL_CREATED, t)
                t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % XL_MODIFIED, t)
                t = re.sub(r"<cp:revision>[^<]*</cp:revision>", "<cp:revision>57</cp:revision>", t)
                t = t.replace("<dc:language>en-US</dc:language>", "<dc:language>fr-FR</dc:language>")
                body = t.encode("utf-8")
            elif name == "docProps/app.xml":
                t = body.decode("utf-8")
                t = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>2874</TotalTime>", t)
                body = t.encode("utf-8")
            else:
                m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", name)
                if m:
                    ys, xs = freeze[int(m.group(1))]
                    t = body.decode("utf-8")
                    if ys or xs:
                        t = freeze_pane(t, xs, ys)
                    body = t.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=ZIP_XL)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return sheets, rent


# ====================================================================== note de présentation (DOCX)
NOTE = [
    ("h", "1. Pourquoi un classeur"),
    ("p", "J'ai été assistant comptable pendant quatre ans avant ma reprise d'études. Je pense en cellules : un "
          "chiffre, sa source, la formule qui le relie aux autres. Pour ce dossier, j'ai donc tout mis dans un seul "
          "classeur, « Dossier_webmarketing.xlsx », que j'utilise aussi au quotidien à la Moselotte. Cette note ne "
          "refait pas le travail : elle explique comment lire le classeur."),
    ("p", "Quelques règles valent pour tous les onglets. La cellule A1 donne le titre, la cellule A2 la source et la "
          "date de mise à jour. La ligne d'en-tête bleu foncé est figée et porte des filtres. Les explications sont "
          "dans les commentaires de cellule (petit triangle rouge dans l'angle) : il suffit de passer la souris "
          "dessus. Les couleurs viennent de mises en forme conditionnelles (MFC) : vert quand c'est bon, rouge quand "
          "ça ne l'est pas, jaune entre les deux. Les totaux et les ratios sont des formules, pas des valeurs tapées : "
          "si on change un chiffre, tout suit. Pas de TCD : les tableaux sont assez petits pour des formules "
          "SOMME, NB.SI et SI."),
    ("h", "2. La Moselotte en bref"),
    ("p", "Tissages de la Moselotte SAS est une entreprise familiale de Saulxures-sur-Moselotte (88), fondée en 1921 "
          "et dirigée par Agnès Valdenaire, quatrième génération et ma tutrice. L'usine tisse et confectionne du linge "
          "de maison : torchons en métis lin-coton, nappes jacquard, linge de lit en lin lavé, serviettes nid "
          "d'abeille. Les produits portent le label Vosges Terre Textile."),
    ("p", "L'usine fait tout sur place : ourdissage, tissage sur des métiers jacquard et des métiers à lames, "
          "finition, confection et broderie. L'entreprise compte 23 salariés et a réalisé 2,9 M€ HT de chiffre d'affaires en 2025 : 38 % en linge "
          "d'hôtellerie et de restauration, 34 % au magasin d'usine, 21 % en ligne (609 k€, sur Shopify depuis "
          "2019) et 7 % sur les salons. Quelques repères de prix : le torchon métis « Myrtilles » 50×70 à 14,90 €, "
          "la nappe jacquard « Ballons des Vosges » 160×250 à 129 €, la housse de couette en lin lavé 240×220 à "
          "189 €, la broderie d'un prénom à +8 €. Noël pèse 41 % des ventes en ligne."),
    ("p", "Je suis alternant depuis septembre 2025, seul sur la partie web, avec Agnès pour les décisions et "
          "Mme Claudel comme tutrice à l'école. Je m'occupe de la boutique Shopify, des fiches produits, de Google "
          "Ads et des e-mails ; les photos et la broderie restent à l'atelier."),
    ("h", "3. Onglet par onglet"),
    ("p", "<b>Concurrents.</b> Cinq concurrents (Linge des Crêtes à Gérardmer, Maison Tissée, Lin & Lune, Tissus du "
          "Ballon, Toiles du Hohneck) sur quatorze colonnes : prix de trois produits comparables, frais de port, "
          "franco, délai, broderie, label, note des avis et nombre de requêtes en top 10. La colonne « Écart torchon » "
          "est calculée par rapport à notre torchon à 14,90 €. La conclusion est dans la cellule fusionnée B9:O12."),
    ("p", "<b>Diagnostic.</b> Le FFOM en quatre blocs fusionnés (forces, faiblesses, opportunités, menaces), sept "
          "lignes par bloc, chacune notée de 1 à 3 selon son impact sur les ventes en ligne, avec un total par bloc. "
          "La MFC colore les impacts forts en rouge. TODO : mettre la conclusion du FFOM"),
    ("p", "<b>Clients.</b> En haut, les quatre familles de clients (cadeau de mariage, amoureux du linge, touristes "
          "du magasin d'usine, petits pros) avec leur part estimée du CA en ligne, leur panier moyen, leurs raisons "
          "d'acheter et leurs hésitations, et une colonne « Prioritaire ? ». En bas, le chemin d'achat de la famille "
          "« cadeau de mariage » en cinq colonnes, du faire-part jusqu'à l'avis déposé."),
    ("p", "<b>Objectifs.</b> Six objectifs sur une seule ligne chacun : indicateur, base 2025, cible 2026, échéance, "
          "pourquoi cette date, moyen d'acquisition (colonne « Levier »), date de début (mon échéancier), réalisé au 31 mars et une colonne « Atteint ? » calculée par "
          "formule. Trois réalisés viennent directement de l'onglet KPI."),
    ("p", "<b>Plan SEO.</b> Les quatorze actions de référencement naturel, avec les pages concernées, la priorité, "
          "la date de début, le statut et l'outil qui sert à suivre chaque action. Deux formules en bas comptent les "
          "actions faites et en cours."),
    ("p", "<b>Mots-clés.</b> La matrice des 62 requêtes cibles : volume, difficulté, position de mars, intention, "
          "page d'atterrissage, colonne SEA (type de correspondance et CPC max) et colonne « Pourquoi » qui relie "
          "chaque requête à un produit, à un lieu ou au label. Sous la ligne 70, la structure des deux campagnes "
          "Google Ads : Shopping « Linge de table » et Search « Marque + linge des Vosges », cinq groupes "
          "d'annonces, budgets et stratégies d'enchères."),
    ("p", "<b>Suivi positions.</b> Les positions de 25 requêtes relevées chaque lundi du 6 octobre 2025 au "
          "30 mars 2026, colorées selon le rang, avec le nombre de requêtes en top 10 et en top 3 par semaine. Les "
          "positions viennent de SE Ranking, que j'ai pris parce qu'il est moins cher que Semrush. En dessous : le "
          "bloc « Liens entrants » (domaines référents de 14 à 23) et nos trois partenaires de liens."),
    ("p", "<b>KPI.</b> Le tableau de pilotage mensuel de septembre à mars, avec la source de chaque ligne (GA4, "
          "Search Console, Shopify, SE Ranking, Google Ads) et l'évolution sur la période : tout monte sauf "
          "Pinterest. En dessous : le bloc « Mois du blanc » (janvier 2025 et janvier 2026), le budget 2026 par "
          "levier avec le CA attendu, la cellule « Rentabilité » et les liens vers Looker Studio, GA4, la Search "
          "Console et le projet SE Ranking."),
    ("p", "<b>Partenaires.</b> Les en-têtes sont posés (nom, cible commune, compatibilité, image, contact) avec les "
          "filtres ; l'onglet n'est pas encore rempli."),
    ("h", "4. Ce que j'en retiens"),
    ("p", "Le classeur m'a obligé à donner une source et une date à chaque chiffre. Quand Agnès me demande « d'où "
          "ça sort ? », la réponse est en A2 ou dans un commentaire. C'est aussi un outil vivant : je le mets à jour "
          "chaque lundi avec les positions et chaque début de mois avec les KPI, et les formules recalculent le "
          "reste. Le lundi matin, cela me prend une demi-heure : export SE Ranking, copie dans l'onglet, "
          "vérification que les formules du bas suivent bien les nouvelles colonnes."),
    ("p", "J'ai appris à relier les onglets entre eux (les objectifs lisent le tableau de pilotage, le tableau de "
          "pilotage lit le suivi des positions) et à me servir des MFC pour voir d'un coup d'œil ce qui décroche. "
          "J'ai aussi appris le vocabulaire du métier : métis, fil teint, grammage, confection, 2e choix. Un torchon "
          "ne se vend pas comme un autre, et les requêtes des clients le montrent : personne ne tape « linge de "
          "maison » tout court, on tape « torchon lin Vosges » ou « nappe jacquard fabriquée en France »."),
    ("p", "Il reste des cellules vides et des formules qui renvoient une erreur : je les ai laissées telles "
          "quelles, elles montrent ce qui n'est pas encore mesuré."),
]


def add_field(par, instr, cached):
    r1 = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r1._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = par.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "separate")
    r3._r.append(f3)
    par.add_run(cached)
    r5 = par.add_run()
    f5 = OxmlElement("w:fldChar")
    f5.set(qn("w:fldCharType"), "end")
    r5._r.append(f5)


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), "Calibri")
    pf = normal.paragraph_format
    pf.space_after = Pt(10)
    pf.line_spacing = 1.5
    h1 = doc.styles["Heading 1"]
    h1.font.name = "Calibri"
    h1.font.size = Pt(14)
    h1.font.bold = True
    h1.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    h1rpr = h1.element.get_or_add_rPr()
    rf = h1rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        h1rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), "Calibri")
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    h1.paragraph_format.space_before = Pt(18)
    h1.paragraph_format.space_after = Pt(8)
    h1.paragraph_format.line_spacing = 1.0

    # en-tête et pied de page
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("V. Didierjean — Blocs 1 et 3")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run("page ")
    run.font.size = Pt(9)
    add_field(fp, "PAGE", "1")
    fp.add_run("/")
    add_field(fp, "NUMPAGES", "4")
    for rr in fp.runs:
        rr.font.size = Pt(9)

    # bloc titre
    t = doc.add_paragraph()
    t.paragraph_format.space_after = Pt(2)
    t.paragraph_format.line_spacing = 1.0
    rt = t.add_run("Note de présentation du classeur « Dossier_webmarketing.xlsx »")
    rt.bold = True
    rt.font.size = Pt(16)
    rt.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    s = doc.add_paragraph()
    s.paragraph_format.line_spacing = 1.0
    s.paragraph_format.space_after = Pt(14)
    rs = s.add_run("Valentin Didierjean — Tissages de la Moselotte — Bachelor Chef de projet e-commerce, session 2026")
    rs.font.size = Pt(10)
    rs.italic = True

    words = 0
    for kind, text in NOTE:
        if kind == "h":
            hd = doc.add_heading(text, level=1)
            if text.startswith("4."):
                hd.paragraph_format.page_break_before = True
        else:
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            for part in re.split(r"(<b>.+?</b>)", text):
                if not part:
                    continue
                if part.startswith("<b>"):
                    par.add_run(part[3:-4]).bold = True
                else:
                    par.add_run(part)
        words += len(re.sub(r"<[^>]+>", "", text).split())
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Note de présentation du classeur"
    cp.created = DOC_CREATED
    cp.modified = DOC_MODIFIED
    cp.last_printed = DOC_MODIFIED
    cp.revision = 6
    cp.language = "fr-FR"
    cp.comments = ""
    doc.save(DOCX)

    with zipfile.ZipFile(DOCX) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(DOCX, "w") as z:
        for name, data in items:
            if name == "docProps/app.xml":
                t = data.decode("utf-8")
                t = re.sub(r"<Pages>[^<]*</Pages>", "<Pages>4</Pages>", t)
                t = re.sub(r"<Words>[^<]*</Words>", "<Words>%d</Words>" % words, t)
                t = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>214</TotalTime>", t)
                data = t.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DOC)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return words


def main():
    os.makedirs(OUT, exist_ok=True)
    sheets, rent = build_xlsx()
    assert abs(rent - 1.8) < 0.01, rent
    words = build_docx()
    print("ok", XLSX, [s.name for s in sheets], "rentabilité %.2f" % rent)
    print("ok", DOCX, words, "mots")


if __name__ == "__main__":
    main()
