# Générateur du dossier de la candidate c136 (Les Tablées d'Auguste, traiteur événementiel B2B, Paris 11e / Ivry :
# plateaux-repas, cocktails, séminaires, appels d'offres ; le site génère des demandes de devis) — blocs 1, 3 et 5,
# dossier moyen, session 2026. Trois fichiers :
#  1) « Dossier_professionnel_GIRAUD_Tablees-Auguste.docx » : ~6 000 mots, ~20 pages en rendu LibreOffice, page de
#     garde, sommaire automatique (champ TOC avec résultat en cache, qui annonce « 3.6 Liens entrants » dont le corps
#     ne contient que « (en cours) »), titres « 1 » / « 1.1 » en bordeaux (vrais styles Titre 1 / Titre 2),
#     11 tableaux, encadrés gris « Chiffre clé », en-tête « Les Tablées d'Auguste — Dossier professionnel », pied de
#     page « Romane Giraud — Bachelor CPEC — p. X » (champ PAGE), renvois en gras vers le classeur et l'annexe,
#     une note à la tutrice surlignée en jaune.
#  2) « TA_pilotage_2026_v4.xlsx » : onglets « Budget », « ROI », « Suivi leads » (192 lignes + blocs NB.SI.ENS) ;
#     ODS construit avec odfpy (formules avec valeur calculée) puis enregistré en XLSX par LibreOffice (profil privé).
#     Pas d'onglet « Planning » (le dossier y renvoie pourtant).
#  3) « Annexe_devis-type_enquete-clients.pdf » : 4 pages reportlab (devis-type + CGP, enquête n = 87).
# Déterministe : propriétés figées, archives zip ré-horodatées, PDF invariant, tirages pseudo-aléatoires à graine fixe.
import datetime
import io
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TextProperties, ParagraphProperties, Map, TableColumnProperties,
                       TableRowProperties)
from odf.number import (CurrencyStyle, CurrencySymbol, Number, Text as NText, PercentageStyle, NumberStyle,
                        DateStyle, Day, Month, Year)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P as OdfP
from odf.meta import InitialCreator, CreationDate
from odf.dc import Creator, Date as DcDate, Title as DcTitle

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SLUG = "c136-traiteur-evenementiel-b2b-paris"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
DOCX_FILE = os.path.join(OUT, "Dossier_professionnel_GIRAUD_Tablees-Auguste.docx")
XLSX_FILE = os.path.join(OUT, "TA_pilotage_2026_v4.xlsx")
PDF_FILE = os.path.join(OUT, "Annexe_devis-type_enquete-clients.pdf")
AUTHOR = "Romane Giraud"
FIXED = datetime.datetime(2026, 5, 18, 23, 2, 0)
ZIPSTAMP = (2026, 5, 18, 23, 2, 0)
XLSX_STAMP = "2026-05-11T09:47:00"
PROFILE = "/tmp/lo-" + SLUG
BURGUNDY = RGBColor(0x7B, 0x1E, 0x2B)
# ============================================================================ classeur : ODS (odfpy) → XLSX (LibreOffice)
class Book:
    """Classeur construit comme un ODS que LibreOffice enregistre ensuite en XLSX."""

    def __init__(self):
        self.doc = OpenDocumentSpreadsheet()
        self.sheets = []
        self._styles = {}
        self._n = 0
        self._numstyles()
        for name, bg, fg in (("Bon", "#C6EFCE", "#006100"), ("Neutre", "#FFEB9C", "#9C5700"),
                             ("Mauvais", "#FFC7CE", "#9C0006")):
            s = Style(name=name, family="table-cell")
            s.addElement(TableCellProperties(backgroundcolor=bg))
            s.addElement(TextProperties(color=fg))
            self.doc.styles.addElement(s)

    def _numstyles(self):
        a = self.doc.automaticstyles
        cur = CurrencyStyle(name="N_EUR")
        cur.addElement(Number(decimalplaces="0", minintegerdigits="1", grouping="true"))
        cur.addElement(NText(text="\u00a0"))
        cur.addElement(CurrencySymbol(language="fr", country="FR", text="€"))
        a.addElement(cur)
        cur2 = CurrencyStyle(name="N_EUR2")
        cur2.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
        cur2.addElement(NText(text="\u00a0"))
        cur2.addElement(CurrencySymbol(language="fr", country="FR", text="€"))
        a.addElement(cur2)
        for name, dec in (("N_PCT", "1"), ("N_PCT0", "0")):
            p = PercentageStyle(name=name)
            p.addElement(Number(decimalplaces=dec, minintegerdigits="1"))
            p.addElement(NText(text="\u00a0%"))
            a.addElement(p)
        n = NumberStyle(name="N_INT")
        n.addElement(Number(decimalplaces="0", minintegerdigits="1", grouping="true"))
        a.addElement(n)
        n = NumberStyle(name="N_DEC1")
        n.addElement(Number(decimalplaces="1", minintegerdigits="1", grouping="true"))
        a.addElement(n)
        n = NumberStyle(name="N_DEC2")
        n.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
        a.addElement(n)
        d = DateStyle(name="N_DATE", language="fr", country="FR")
        d.addElement(Day(style="long")); d.addElement(NText(text="/"))
        d.addElement(Month(style="long")); d.addElement(NText(text="/")); d.addElement(Year(style="long"))
        a.addElement(d)
        d = DateStyle(name="N_MOIS", language="fr", country="FR")
        d.addElement(Month(textual="true", style="short")); d.addElement(NText(text=" ")); d.addElement(Year(style="long"))
        a.addElement(d)

    NUM = {"eur": "N_EUR", "eur2": "N_EUR2", "pct": "N_PCT", "pct0": "N_PCT0", "int": "N_INT", "dec1": "N_DEC1",
           "dec2": "N_DEC2", "date": "N_DATE", "mois": "N_MOIS"}

    def style(self, fmt=None, bold=False, italic=False, size=None, color=None, bg=None, align=None, border=None,
              wrap=False, maps=None, valign=None):
        key = (fmt, bold, italic, size, color, bg, align, border, wrap, maps, valign)
        if key in self._styles:
            return self._styles[key]
        self._n += 1
        name = "ce%d" % self._n
        kw = {"name": name, "family": "table-cell"}
        if fmt:
            kw["datastylename"] = self.NUM[fmt]
        s = Style(**kw)
        cp = {}
        if bg:
            cp["backgroundcolor"] = bg
        if border == "all":
            cp["border"] = "0.06pt solid #808080"
        elif border == "top":
            cp["bordertop"] = "1.1pt solid #000000"
        elif border == "bottom":
            cp["borderbottom"] = "1.1pt solid #000000"
        if wrap:
            cp["wrapoption"] = "wrap"
        if valign:
            cp["verticalalign"] = valign
        if cp:
            s.addElement(TableCellProperties(**cp))
        if align:
            s.addElement(ParagraphProperties(textalign=align))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if size:
            tp["fontsize"] = "%spt" % size
        if color:
            tp["color"] = color
        if tp:
            s.addElement(TextProperties(**tp))
        for cond, target, base in (maps or ()):
            s.addElement(Map(condition=cond, applystylename=target, basecelladdress=base))
        self.doc.automaticstyles.addElement(s)
        self._styles[key] = name
        return name

    def colstyle(self, width_cm):
        key = ("col", width_cm)
        if key in self._styles:
            return self._styles[key]
        self._n += 1
        name = "co%d" % self._n
        s = Style(name=name, family="table-column")
        s.addElement(TableColumnProperties(columnwidth="%.2fcm" % width_cm, breakbefore="auto"))
        self.doc.automaticstyles.addElement(s)
        self._styles[key] = name
        return name

    def rowstyle(self, height_cm):
        key = ("row", height_cm)
        if key in self._styles:
            return self._styles[key]
        self._n += 1
        name = "ro%d" % self._n
        s = Style(name=name, family="table-row")
        s.addElement(TableRowProperties(rowheight="%.2fcm" % height_cm, useoptimalrowheight="false"))
        self.doc.automaticstyles.addElement(s)
        self._styles[key] = name
        return name

    def sheet(self, name, widths):
        sh = Sheet(self, name, widths)
        self.sheets.append(sh)
        return sh

    def save_xlsx(self, path, profile, author, stamp_iso, title):
        self.doc.meta.addElement(Creator(text=author))
        self.doc.meta.addElement(InitialCreator(text=author))
        self.doc.meta.addElement(CreationDate(text=stamp_iso))
        self.doc.meta.addElement(DcDate(text=stamp_iso))
        self.doc.meta.addElement(DcTitle(text=title))
        for sh in self.sheets:
            self.doc.spreadsheet.addElement(sh.build())
        tmp = tempfile.mkdtemp(prefix="ods-")
        base = os.path.splitext(os.path.basename(path))[0]
        ods = os.path.join(tmp, base + ".ods")
        self.doc.save(ods)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "xlsx",
                        "--outdir", tmp, ods], check=True, timeout=240, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        with open(os.path.join(tmp, base + ".xlsx"), "rb") as f:
            data = f.read()
        shutil.rmtree(tmp, ignore_errors=True)
        repack_xlsx(data, path, author, stamp_iso, title)


class Sheet:
    def __init__(self, book, name, widths):
        self.book = book
        self.name = name
        self.widths = widths
        self.rows = {}          # index (0-based) -> {col: spec}
        self.heights = {}
        self.frames = []        # (row, col, frame element)

    def put(self, r, c, v, st=None, f=None, span=None):
        """r, c : 0-based ; v : str | int | float | ("pct", x) | ("date", date) ; f : formule ODF sans "of:"."""
        self.rows.setdefault(r, {})[c] = (v, st, f, span)

    def row(self, r, values, st=None, start=0):
        for k, v in enumerate(values):
            if v is None:
                continue
            if isinstance(v, Cell):
                self.put(r, start + k, v.v, v.st or st, v.f, v.span)
            else:
                self.put(r, start + k, v, st)

    def height(self, r, h):
        self.heights[r] = h

    def frame(self, r, c, el):
        self.frames.append((r, c, el))

    def build(self):
        t = Table(name=self.name)
        for w in self.widths:
            t.addElement(TableColumn(stylename=self.book.colstyle(w)))
        last = max(list(self.rows) + [fr[0] for fr in self.frames])
        covered = set()
        for r in range(last + 1):
            tr = TableRow(stylename=self.book.rowstyle(self.heights[r])) if r in self.heights else TableRow()
            cells = self.rows.get(r, {})
            fr_here = {c: el for (rr, c, el) in self.frames if rr == r}
            maxc = max(list(cells) + list(fr_here) + [-1])
            for c in range(maxc + 1):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                if c in cells:
                    tc = make_cell(*cells[c])
                    span = cells[c][3]
                    if span:
                        for k in range(1, span):
                            covered.add((r, c + k))
                else:
                    tc = TableCell()
                if c in fr_here:
                    tc.addElement(fr_here[c])
                tr.addElement(tc)
            t.addElement(tr)
        return t


class Cell:
    def __init__(self, v, st=None, f=None, span=None):
        self.v, self.st, self.f, self.span = v, st, f, span


def fr_num(x, dec):
    s = "{:,.{d}f}".format(x, d=dec).replace(",", "\u202f").replace(".", ",")
    return s


def make_cell(v, st, f, span):
    kw = {}
    if st:
        kw["stylename"] = st
    if span:
        kw["numbercolumnsspanned"] = span
    if f:
        kw["formula"] = "of:=" + f
    if isinstance(v, tuple) and v[0] == "pct":
        kw.update(valuetype="percentage", value=repr(float(v[1])))
        disp = fr_num(v[1] * 100, 1) + "\u00a0%"
    elif isinstance(v, tuple) and v[0] == "eur":
        kw.update(valuetype="currency", value=repr(float(v[1])), currency="EUR")
        disp = fr_num(v[1], 0) + "\u00a0€"
    elif isinstance(v, tuple) and v[0] == "date":
        kw.update(valuetype="date", datevalue=v[1].isoformat())
        disp = v[1].strftime("%d/%m/%Y")
    elif isinstance(v, bool):
        raise ValueError(v)
    elif isinstance(v, (int, float)):
        kw.update(valuetype="float", value=repr(v) if isinstance(v, float) else str(v))
        disp = fr_num(v, 0 if float(v).is_integer() else 2)
    elif v is None or v == "":
        tc = TableCell(**kw)
        return tc
    else:
        kw["valuetype"] = "string"
        disp = str(v)
    tc = TableCell(**kw)
    for k, line in enumerate(disp.split("\n")):
        tc.addElement(OdfP(text=line))
    return tc


AXID = re.compile(rb'<c:axId val="(\d+)"/>|<c:crossAx val="(\d+)"/>')


def repack_xlsx(data, path, author, stamp_iso, title):
    """Archive XLSX ré-horodatée, propriétés figées, identifiants d'axes de graphiques renumérotés."""
    src = zipfile.ZipFile(io.BytesIO(data))
    stamp = stamp_iso + "Z"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dc:creator>%s</dc:creator>'
            '<dc:language>fr-FR</dc:language><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified><cp:revision>7</cp:revision>'
            '<dc:title>%s</dc:title></cp:coreProperties>' % (stamp, author, author, stamp, title)).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            body = src.read(name)
            if name == "docProps/core.xml":
                body = core
            elif name.startswith("xl/charts/chart"):
                ids = {}
                for m in AXID.finditer(body):
                    v = m.group(1) or m.group(2)
                    ids.setdefault(v, str(50000 + 10 * len(ids)).encode())
                body = AXID.sub(lambda m: m.group(0).replace(m.group(1) or m.group(2),
                                                             ids[m.group(1) or m.group(2)]), body)
            info = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, body)


# ============================================================================ outils DOCX
doc = None
TOKEN = re.compile(r"(\*\*.+?\*\*|==.+?==)")


def run_fmt(r, size=None, bold=False, italic=False, color=None):
    if size:
        r.font.size = Pt(size)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if color:
        r.font.color.rgb = color


def rich(par, text, size=None, italic=False, color=None, bold=False):
    """**gras** et ==surligné jaune==."""
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("**"):
            r = par.add_run(part[2:-2])
            run_fmt(r, size, True, italic, color)
        elif part.startswith("=="):
            r = par.add_run(part[2:-2])
            run_fmt(r, size, bold, italic, color)
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        else:
            r = par.add_run(part)
            run_fmt(r, size, bold, italic, color)
    return par


def H1(t, new_page=True):
    h = doc.add_heading(t, level=1)
    h.paragraph_format.page_break_before = new_page
    return h


def H2(t):
    return doc.add_heading(t, level=2)


def P(t, after=6, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False):
    par = doc.add_paragraph()
    par.alignment = align
    par.paragraph_format.space_after = Pt(after)
    rich(par, t, size=size, italic=italic)
    return par


def BUL(items, style="List Bullet"):
    for it in items:
        par = doc.add_paragraph(style=style)
        par.alignment = WD_ALIGN_PARAGRAPH.LEFT
        par.paragraph_format.space_after = Pt(2)
        rich(par, it)


def NUM(items):
    for k, it in enumerate(items, 1):
        par = doc.add_paragraph()
        par.paragraph_format.left_indent = Cm(0.9)
        par.paragraph_format.first_line_indent = Cm(-0.6)
        par.paragraph_format.space_after = Pt(3)
        rich(par, "%d.\t%s" % (k, it))
        par.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def _pbox(par, fill, border):
    ppr = par._p.get_or_add_pPr()
    bdr = parse_xml('<w:pBdr %s><w:top w:val="single" w:sz="6" w:space="4" w:color="%s"/>'
                    '<w:left w:val="single" w:sz="6" w:space="4" w:color="%s"/>'
                    '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="%s"/>'
                    '<w:right w:val="single" w:sz="6" w:space="4" w:color="%s"/></w:pBdr>'
                    % (nsdecls("w"), border, border, border, border))
    ppr.insert(0, bdr)
    shd = parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    # ordre du schéma : pBdr, shd, … spacing, ind, jc
    bdr.addnext(shd)


def KEY(figure, label):
    """Encadré gris « Chiffre clé »."""
    for k, (t, size, bold) in enumerate((("Chiffre clé", 8.5, True), (figure, 16, True), (label, 10, False))):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.LEFT
        pf = par.paragraph_format
        pf.left_indent = Cm(3.0)
        pf.right_indent = Cm(3.0)
        pf.space_before = Pt(6 if k == 0 else 0)
        pf.space_after = Pt(8 if k == 2 else 0)
        pf.keep_with_next = k < 2
        r = par.add_run(t)
        run_fmt(r, size, bold, False, BURGUNDY if k == 1 else RGBColor(0x40, 0x40, 0x40))
        _pbox(par, "E7E6E6", "A6A6A6")


def AD(lines):
    """Annonce Google Ads recopiée dans un cadre."""
    for k, t in enumerate(lines):
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.left_indent = Cm(1.0)
        pf.right_indent = Cm(1.0)
        pf.space_after = Pt(0 if k < len(lines) - 1 else 10)
        pf.keep_with_next = k < len(lines) - 1
        rich(par, t, size=10, color=RGBColor(0x1A, 0x0D, 0xAB) if k == 1 else None)
        _pbox(par, "FFFFFF", "7F7F7F")


def TABLE(caption, rows, widths, size=9, head="7B1E2B", zebra=True, keep=False):
    c = doc.add_paragraph()
    c.paragraph_format.keep_with_next = True
    c.paragraph_format.space_before = Pt(6)
    c.paragraph_format.space_after = Pt(3)
    rich(c, caption, size=9.5, italic=True, color=RGBColor(0x59, 0x59, 0x59))
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        trpr = t.rows[i]._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        cs.set(qn("w:val"), "true")
        trpr.append(cs)
        if i == 0 and head:
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trpr.append(th)
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Cm(widths[j])
            for k, line in enumerate(str(val).split("\n")):
                par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                par.alignment = WD_ALIGN_PARAGRAPH.LEFT
                if keep and i < len(rows) - 1:
                    par.paragraph_format.keep_with_next = True
                if i == 0 and head:
                    rich(par, line, size=size, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
                else:
                    rich(par, line, size=size)
            if i == 0 and head:
                shade(cell, head)
            elif zebra and i % 2 == 0:
                shade(cell, "F2F2F2")
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(2)
    return t


def fld(par, kind):
    r = par.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), kind)
    r._r.append(e)
    return r


def instr(par, code):
    r = par.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % code
    r._r.append(t)
    return r


# Résultat en cache du champ TOC (dernière mise à jour par la candidate).
TOC = [
    (1, "Introduction", "3"),
    (1, "1 Nos clients et notre marché", "4"),
    (2, "1.1 Les Tablées d'Auguste en quelques chiffres", "4"),
    (2, "1.2 Nos donneurs d'ordre", "4"),
    (2, "1.3 Panorama concurrentiel", "5"),
    (2, "1.4 Le cycle de décision d'une office manager", "6"),
    (2, "1.5 Diagnostic 4 cases", "6"),
    (1, "2 Feuille de route commerciale", "8"),
    (2, "2.1 Nos objectifs", "8"),
    (2, "2.2 Qui viser en premier", "8"),
    (2, "2.3 Canaux d'acquisition de leads", "8"),
    (2, "2.4 Saisonnalité événementielle et planning", "9"),
    (2, "2.5 Apporteurs d'affaires", "9"),
    (2, "2.6 Budget et retour par canal", "10"),
    (2, "2.7 L'opé LinkedIn « Cocktails de rentrée »", "10"),
    (1, "3 Être trouvés : référencement et campagnes", "11"),
    (2, "3.1 Plan d'actions et outils", "11"),
    (2, "3.2 Expressions cibles : la méthode", "11"),
    (2, "3.3 La matrice des 45 expressions", "12"),
    (2, "3.4 Nos positions", "13"),
    (2, "3.5 Le trafic des apporteurs d'affaires", "14"),
    (2, "3.6 Liens entrants", "14"),
    (2, "3.7 Les campagnes Google Ads", "14"),
    (2, "3.8 Suivi du pipe et indicateurs", "15"),
    (1, "4 Piloter l'activité", "17"),
    (2, "4.1 Mentions légales et conditions générales de prestation", "17"),
    (2, "4.2 Cahier des charges du configurateur de devis", "17"),
    (2, "4.3 Le « brief du lundi »", "18"),
    (2, "4.4 Du bon pour accord à la livraison", "19"),
    (2, "4.5 Livraison : options et satisfaction", "19"),
    (1, "Conclusion", "21"),
]


def toc():
    p = doc.add_paragraph()
    r = p.add_run("Sommaire")
    run_fmt(r, 18, True, False, BURGUNDY)
    p.paragraph_format.space_after = Pt(12)
    first = doc.add_paragraph()
    fld(first, "begin")
    instr(first, 'TOC \\o "1-2" \\h \\z \\u')
    fld(first, "separate")
    paras = [first]
    for k, (lvl, title, page) in enumerate(TOC):
        para = first if k == 0 else doc.add_paragraph()
        if k:
            paras.append(para)
        para.style = doc.styles["TOC 1" if lvl == 1 else "TOC 2"]
        para.paragraph_format.space_after = Pt(2 if lvl == 2 else 4)
        para.paragraph_format.space_before = Pt(0 if lvl == 2 else 4)
        para.paragraph_format.left_indent = Cm(0 if lvl == 1 else 0.6)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2, leader=1)
        r = para.add_run("%s\t%s" % (title, page))
        run_fmt(r, 11 if lvl == 1 else 10.5, lvl == 1)
    fld(paras[-1], "end")


def page_field(par):
    fld(par, "begin")
    instr(par, "PAGE")
    fld(par, "separate")
    r = par.add_run("1")
    run_fmt(r, 8.5, color=RGBColor(0x59, 0x59, 0x59))
    fld(par, "end")


# ============================================================================ contenu du dossier
def content():
    # ------------------------------------------------------------------ introduction
    H1("Introduction", new_page=False)
    P("Je suis alternante « chargée de marketing digital » aux Tablées d'Auguste depuis septembre 2025, en parallèle "
      "de mon Bachelor Chef de projet e-commerce. Les Tablées d'Auguste, c'est un traiteur événementiel 100 % B2B : "
      "nous ne vendons pas à des particuliers, nous répondons à des entreprises qui organisent un séminaire, un "
      "cocktail, une réunion de direction ou un pot de départ. Chez nous, la « vente » n'est pas un panier validé "
      "sur le site : c'est un devis signé avec la mention « bon pour accord ».")
    P("Quand je suis arrivée, le site générait déjà plus de la moitié des demandes de devis, mais personne ne savait "
      "d'où venaient ces leads ni combien finissaient signés. Delphine Lheureux, directrice commerciale et ma "
      "tutrice, m'a confié trois chantiers : structurer l'acquisition de leads, mettre en place un vrai suivi du "
      "pipe, et l'aider sur le pilotage (conditions générales, configurateur de devis, livraison).")
    P("Les chiffres détaillés sont dans le classeur **TA_pilotage_2026_v4.xlsx** (onglets Budget, ROI et Suivi "
      "leads) ; le devis-type et l'enquête clients sont dans l'**annexe PDF**.")

    # ------------------------------------------------------------------ partie 1
    H1("1 Nos clients et notre marché")
    H2("1.1 Les Tablées d'Auguste en quelques chiffres")
    P("Les Tablées d'Auguste (SAS) ont été créées en 2009 par le chef Nicolas Lheureux. Le bureau commercial est "
      "rue de la Roquette, dans le 11e arrondissement, et toute la production se fait dans notre laboratoire de "
      "900 m² à Ivry-sur-Seine (94), agréé pour la liaison froide et la liaison chaude. Nous sommes 31 salariés "
      "et nous faisons appel à une soixantaine d'extras par mois, surtout des maîtres d'hôtel.")
    P("En 2025, le chiffre d'affaires a atteint **5,2 M€ HT**, réparti en trois activités : les plateaux-repas "
      "livrés en entreprise (1,6 M€), les cocktails et séminaires (2,9 M€) et les appels d'offres de restauration "
      "événementielle pour des collectivités et de grands comptes (0,7 M€). Nous avons envoyé **2 140 devis** dans "
      "l'année, dont 34 % ont été signés. Notre gamme repose sur quelques produits phares : le « Plateau-repas "
      "Bistrot » à 24,50 € HT, le « Plateau Signature » à 34,00 € HT, le « Cocktail déjeunatoire 12 pièces » à "
      "29,00 € HT par personne, le « Cocktail dînatoire 18 pièces » à 46,00 € HT par personne et la vacation de "
      "maître d'hôtel (5 h) à 210 € HT. Le minimum est de 20 convives.")
    P("Le site tourne sous WordPress avec un formulaire de devis en trois étapes (l'événement, le format, les "
      "coordonnées) et une petite boutique WooCommerce pour les plateaux-repas. Sarah Benhamou traite les devis, "
      "Franck Dias gère la logistique, Aurélie Nguyen la qualité et l'HACCP.")
    KEY("58 %", "des demandes de devis 2025 sont arrivées par le site (formulaire + boutique)")

    H2("1.2 Nos donneurs d'ordre")
    P("Nos clients ne sont pas des « entreprises » en général : ce sont des personnes précises, qui commandent pour "
      "leur société et qui seront jugées sur la réussite de l'événement. J'ai distingué trois donneurs d'ordre à "
      "partir de l'historique des devis 2025 et de l'enquête envoyée après chaque prestation (87 réponses entre "
      "janvier et avril 2026, **voir annexe PDF p. 3**).")
    TABLE("Tableau 1 — Les trois donneurs d'ordre et ce qui compte pour eux",
          [["Donneur d'ordre", "Ce qui compte", "Ce qui les freine", "Part des devis 2025"],
           ["Office managers et services généraux (PME et ETI de 50 à 500 salariés)",
            "Ponctualité, étiquetage des allergènes, une seule facture par mois, un devis en moins de 24 h",
            "Minimum de 20 convives pour les petites réunions, devis qui arrive le lendemain après-midi", "52 %"],
           ["Assistantes de direction (grands comptes, sièges)",
            "Présentation haut de gamme, maître d'hôtel, discrétion, menus adaptés (sans porc, végétarien)",
            "Référencement fournisseur long, conditions d'annulation jugées rigides", "27 %"],
           ["Agences événementielles",
            "Réactivité, capacité (300 personnes et plus), tarifs agence, interlocuteur unique le jour J",
            "Marge serrée, mise en concurrence systématique, délais de paiement", "21 %"]],
          [4.2, 5.0, 4.8, 2.0])
    P("Le point commun est clair : ce qui fait choisir un traiteur en B2B, c'est d'abord la **tranquillité**. Dans "
      "l'enquête, 71 % des répondants citent la ponctualité parmi leurs critères principaux, 64 % un devis reçu en "
      "moins de 24 h et 59 % l'étiquetage des allergènes. Le prix n'arrive qu'après (45 %). Une office manager l'a "
      "résumé : « Si les plateaux arrivent en retard, c'est moi qu'on regarde. »")
    P("À l'inverse, deux freins reviennent dans les verbatims et les motifs de perte : le minimum de commande, qui "
      "exclut les petites réunions, et le délai de réponse au devis : après 24 h, la cliente a souvent déjà validé "
      "un concurrent.")
    KEY("71 %", "des clients interrogés citent la ponctualité comme critère principal (enquête, n = 87)")

    H2("1.3 Panorama concurrentiel")
    P("**Benchmark pièces cocktail.** En octobre, la cuisine a organisé une dégustation à l'aveugle pour choisir "
      "le fournisseur des mini-macarons de nos cocktails. Six personnes ont goûté les échantillons de trois "
      "fournisseurs sans savoir lesquels et ont noté chaque critère sur 10 ; j'ai compilé les notes.")
    TABLE("Tableau 2 — Dégustation à l'aveugle des mini-macarons (moyenne des 6 goûteurs, notes /10)",
          [["Critère", "Fournisseur A\nMaison Colbert Pâtisserie", "Fournisseur B\nSucré Salé Distribution",
            "Fournisseur C\nLes Gourmandises d'Orly"],
           ["Aspect (régularité, couleur)", "8,3", "7,1", "7,8"],
           ["Coque (croquant puis fondant)", "7,9", "6,4", "7,5"],
           ["Garniture (goût, quantité)", "8,1", "6,9", "7,2"],
           ["Tenue après 3 h hors froid", "7,0", "7,8", "7,4"],
           ["Moyenne", "7,8", "7,1", "7,5"],
           ["Prix par pièce HT (carton de 96)", "0,42 €", "0,29 €", "0,34 €"]],
          [5.0, 3.7, 3.7, 3.7])
    P("Le fournisseur A l'emporte sur le goût mais coûte 45 % plus cher que B. Nicolas a retenu C pour les cocktails "
      "déjeunatoires et A pour le Cocktail dînatoire 18 pièces, où la pièce sucrée doit faire la différence.")
    P("Côté marketing, j'ai retenu quatre concurrents directs : ceux que nos prospects citent quand ils ont "
      "« demandé trois devis » et ceux qui sortent à côté de nous sur Google.")
    TABLE("Tableau 3 — Panorama concurrentiel (relevés de février 2026)",
          [["Concurrent", "Positionnement", "Prix repère HT", "Devis", "Site et outils"],
           ["Réceptions Haussmann", "Haut de gamme, sièges et luxe, Paris 8e", "Cocktail 18 pièces : 58 €/pers.",
            "Sous 48 h, rendez-vous proposé", "Site vitrine soigné, pas de prix, formulaire simple"],
           ["Délices & Co Traiteur", "Généraliste B2B et mariages, Hauts-de-Seine", "Plateau : 22,90 €",
            "Configurateur en ligne, prix immédiat", "Très bon SEO local, 1 200 avis Google"],
           ["Le Buffet Parisien", "Buffets et séminaires, volume", "Cocktail 12 pièces : 24 €/pers.",
            "Sous 24 h", "Google Ads agressif sur « traiteur séminaire »"],
           ["PlatoBox", "Pure player plateaux-repas, commande en ligne", "Plateau : 19,90 €",
            "Pas de devis : panier en ligne", "Application, livraison J+1, abonnement entreprise"]],
          [3.2, 3.6, 3.2, 3.0, 3.6])
    P("Sur le plateau-repas seul, PlatoBox et Délices & Co sont moins chers et affichent un prix tout de suite : "
      "nous ne gagnerons pas la bataille du prix. En "
      "revanche, aucun des quatre ne combine plateaux, cocktails et séminaires avec un laboratoire qui livre La "
      "Défense et Paris Ouest le matin même. Réceptions Haussmann est plus haut de gamme et plus lent, Le Buffet "
      "Parisien plus « volume ».")
    P("**Conclusion du panorama** : notre place est celle du traiteur fiable et complet pour les entreprises "
      "moyennes, au prix juste. Deux choses sont à prendre chez les concurrents : le prix « à partir de » sur chaque "
      "page (Délices & Co) et la rapidité de réponse (Le Buffet Parisien), d'où le projet de configurateur (4.2).")

    H2("1.4 Le cycle de décision d'une office manager")
    P("J'ai reconstitué le parcours type d'une office manager à partir d'une dizaine d'échanges avec des clientes "
      "et de l'historique HubSpot. Prenons Claire, office manager dans un cabinet de conseil de 180 salariés à La "
      "Défense.")
    NUM(["**Le séminaire est prévu.** En comité de direction, on décide d'un séminaire d'équipe le 12 mai, "
         "80 personnes, déjeuner et cocktail de fin de journée. Claire reçoit la mission trois à cinq semaines avant.",
         "**Elle cherche.** Elle tape « traiteur séminaire la défense » sur Google, demande à une collègue et "
         "regarde l'annuaire Traiteurs-IDF.fr.",
         "**Elle demande trois devis**, ce qu'attendent sa direction ou les achats, souvent dans la même journée.",
         "**Elle compare.** Elle ne compare pas seulement le prix : délai de réponse, clarté du devis, allergènes, "
         "présence d'un maître d'hôtel, conditions d'annulation. Le premier devis clair a un avantage net.",
         "**Elle fait valider.** Elle transfère le devis retenu à son manager, parfois aux achats pour le "
         "référencement fournisseur. Cela prend de 2 à 10 jours.",
         "**Bon pour accord.** Elle renvoie le devis signé avec la mention « bon pour accord », nous encaissons "
         "l'acompte de 30 % et elle confirme l'effectif définitif trois jours avant.",
         "**L'événement.** Elle juge l'arrivée à l'heure, la présentation et le fait de ne rien avoir à gérer.",
         "**Elle recommande.** Si tout s'est bien passé, elle garde notre contact, recommande des plateaux-repas pour "
         "les réunions du mois suivant et nous recontacte pour la fête de fin d'année."])
    P("Deux moments sont décisifs : l'étape 3, où le premier devis clair prend l'avantage, et l'étape 8, la "
      "recommande, où se joue la rentabilité du client.")

    H2("1.5 Diagnostic 4 cases")
    P("J'ai résumé notre situation dans un diagnostic en quatre cases, construit avec Delphine à partir du "
      "panorama et de l'enquête.")
    TABLE("Tableau 4 — Diagnostic 4 cases",
          [["Forces", "Faiblesses"],
           ["• Gamme complète : plateaux, cocktails, séminaires\n• Laboratoire à Ivry, livraison le matin même\n"
            "• 4,5/5 de satisfaction globale\n• Équipe HACCP et traçabilité solides",
            "• Devis parfois envoyés en plus de 24 h\n• Aucun prix affiché sur le site\n"
            "• Minimum de 20 convives\n• Faible notoriété hors clients existants"],
           ["Opportunités", "Menaces"],
           ["• Retour des séminaires en présentiel\n• Demande de menus végétariens et sans allergènes\n"
            "• Appels d'offres des collectivités du Val-de-Marne\n• Vélo cargo autorisé dans Paris intra-muros",
            "à compléter"]],
          [8.0, 8.0], size=9.5, zebra=False, keep=True)

    # ------------------------------------------------------------------ partie 2
    H1("2 Feuille de route commerciale")
    H2("2.1 Nos objectifs")
    P("Avec Delphine, nous avons fixé deux objectifs simples pour le digital, suivis chaque lundi dans le pipe :")
    BUL(["**60 leads par mois** venant de nos canaux d'acquisition (formulaire du site, boutique, LinkedIn, "
         "annuaires, apporteurs d'affaires) ;",
         "**40 % de devis signés** sur ces leads."])
    P("Ces objectifs ne concernent que les nouveaux prospects. Les commandes récurrentes des clients existants, qui "
      "passent directement par Sarah, ne sont pas comptées dans le pipe digital.")

    H2("2.2 Qui viser en premier")
    P("**Priorité 1 : les office managers des entreprises de 50 à 500 salariés à Paris Ouest et à La Défense** "
      "(8e, 16e, 17e arrondissements, Neuilly, Levallois, Boulogne, Issy, Courbevoie, Puteaux). C'est là que se "
      "trouvent le plus de sièges de PME et d'ETI, avec des commandes régulières, à moins de 40 minutes d'Ivry. Un "
      "client gagné y vaut en moyenne 7 commandes par an.")
    P("**Priorité 2 : les agences événementielles.** Elles apportent de gros volumes (cocktails de 150 à 400 "
      "personnes) mais négocient beaucoup et nous mettent en concurrence à chaque fois. Nous les visons surtout "
      "pour remplir les soirées de semaine et les périodes creuses.")

    H2("2.3 Canaux d'acquisition de leads")
    P("J'ai classé nos canaux d'acquisition de leads dans l'ordre où nous les mettons en place. L'idée est de "
      "construire d'abord les fondations (les pages du site qui transforment), puis d'y envoyer du trafic payant, "
      "et enfin de travailler la notoriété et la fidélité.")
    TABLE("Tableau 5 — Canaux d'acquisition de leads, dans l'ordre de mise en place",
          [["Ordre", "Canal", "Pourquoi à ce rang", "Ce que nous mettons en place"],
           ["1", "Référencement naturel (SEO)",
            "Toutes les autres actions renvoient vers nos pages : elles doivent transformer. Effet lent, donc à "
            "lancer en premier.",
            "Une page devis par offre, 45 expressions cibles, textes réécrits, fiche Google Business Profile"],
           ["2", "Google Ads (Search)",
            "Capte la demande immédiate : une office manager qui cherche un traiteur a un besoin daté.",
            "3 campagnes Search, jours ouvrés, Paris et Hauts-de-Seine"],
           ["3", "LinkedIn",
            "C'est là que sont les office managers et les agences ; utile pour se faire connaître avant le besoin.",
            "Posts de la page, publicités sponsorisées aux temps forts (rentrée, fin d'année)"],
           ["4", "Emailing aux anciens clients",
            "La recommande fait la rentabilité (étape 8 du cycle) ; coût quasi nul.",
            "Newsletter mensuelle + relance 11 mois après un séminaire"],
           ["5", "Annuaires spécialisés",
            "Trafic complémentaire, prospects qui comparent déjà.",
            "Fiche premium sur Traiteurs-IDF.fr"]],
          [1.6, 3.2, 6.0, 5.2])

    H2("2.4 Saisonnalité événementielle et planning")
    P("Notre activité suit le calendrier des entreprises, pas celui des particuliers. En regardant les devis "
      "signés de 2023 à 2025 mois par mois, trois périodes ressortent nettement :")
    BUL(["**De septembre à décembre**, c'est la haute saison : séminaires de rentrée, conventions, puis soirées et "
         "cocktails de fin d'année. Novembre et décembre font 31 % du chiffre d'affaires cocktails.",
         "**En juin**, les cocktails d'été reprennent, souvent en extérieur (terrasses, rooftops).",
         "**Août est mort** : les entreprises sont fermées, nous faisons moins de 3 % du chiffre d'affaires annuel. "
         "Janvier est porté par les vœux et les galettes des rois, mars-avril par les séminaires de printemps."])
    P("J'en ai tiré un planning mois par mois : chaque action est calée un à deux mois avant le pic qu'elle doit "
      "servir, parce que nos clientes réservent trois à cinq semaines à l'avance.")
    TABLE("Tableau 6 — Planning des actions 2025-2026",
          [["Mois", "Temps fort", "Actions"],
           ["Septembre", "Séminaires de rentrée", "Opé LinkedIn « Cocktails de rentrée », newsletter rentrée"],
           ["Octobre", "Séminaires, conventions", "Campagne Google Ads séminaires, mesure des positions"],
           ["Novembre", "Réservations fin d'année", "Newsletter « fin d'année », LinkedIn sponsorisé"],
           ["Décembre", "Soirées de fin d'année", "Pages devis en ligne, avis Google après chaque soirée"],
           ["Janvier", "Vœux, galettes", "Lancement des 3 campagnes Search, fiche Traiteurs-IDF.fr"],
           ["Février", "Creux", "Articles de blog, relance des clients de 2025"],
           ["Mars", "Séminaires de printemps", "Optimisation des pages devis, newsletter séminaires"],
           ["Avril", "Séminaires, comités", "Article invité sur L'Assistante Connectée"],
           ["Mai", "Réservations de juin", "Campagne « cocktails d'été », mesure des positions"],
           ["Juin", "Cocktails d'été", "Posts LinkedIn terrasses et lieux partenaires"],
           ["Juillet", "Fin de saison", "Bilan du semestre, préparation de la rentrée"],
           ["Août", "Fermeture des entreprises", "Pause des campagnes payantes"]],
          [2.6, 4.6, 8.8])
    P("Le détail semaine par semaine est dans l'**onglet Planning**.")

    H2("2.5 Apporteurs d'affaires")
    P("Les secteurs qui ont un intérêt commercial à travailler avec nous sont ceux qui touchent nos clientes au "
      "moment où elles organisent un événement, sans faire notre métier. J'en ai identifié quatre :")
    BUL(["**les lieux événementiels** sans traiteur exclusif : loft, péniches, hôtels particuliers, rooftops ;",
         "**les agences événementielles**, qui achètent la prestation pour leurs clients ;",
         "**les loueurs de matériel audiovisuel et de mobilier**, présents sur tous les séminaires ;",
         "**les espaces de coworking et centres d'affaires**, qui louent des salles de réunion à la journée."])
    P("Dans ces secteurs, nous avons retenu trois apporteurs d'affaires principaux : **Les Docks de Pantin** "
      "(lieu de 600 m² au bord du canal de l'Ourcq), **l'Hôtel Particulier Vendôme** (salons privatisables dans le "
      "1er arrondissement) et l'agence **Kairos Events**. Nous les avons choisis parce qu'ils ont exactement la même "
      "clientèle que nous : des office managers, des assistantes de direction et des responsables communication "
      "d'entreprises parisiennes qui organisent des séminaires et des soirées. ")
    P("Chacun présente nos offres et nous transmet les clients intéressés, contre 8 % du montant HT des devis "
      "signés (10 % pour Kairos Events). S'y ajoutent deux partenaires digitaux : l'annuaire **Traiteurs-IDF.fr** et le blog **L'Assistante Connectée**, "
      "très lu par les assistantes et office managers d'Île-de-France.")

    H2("2.6 Budget et retour par canal")
    P("Le budget prévu et le réel de janvier à avril 2026 sont détaillés canal par canal et poste par poste dans le "
      "classeur (**cf. onglet Budget**).")
    P("Au total, nous avons dépensé 19 844 € pour 16 880 € prévus. L'écart principal vient de Google Ads : "
      "11 850 € dépensés pour 9 600 € prévus, soit +23 %. Google peut dépenser jusqu'à deux fois le budget "
      "quotidien certains jours, et j'ai relevé le budget de la campagne Cocktails en mars, quand les demandes de "
      "séminaires sont arrivées. **Ma préconisation** : revenir au budget quotidien prévu sur la campagne Cocktails "
      "dès que le pic de mars-avril est passé, et fixer un plafond mensuel par campagne dans Google Ads pour que "
      "le dépassement ne dépasse pas 10 %.")
    P("Pour le retour, j'ai calculé la marge générée par chaque campagne à partir des devis signés du suivi des "
      "leads (**cf. onglet ROI**). Sur les trois campagnes Google Ads réunies, **1 € en Google Ads = 2,90 € de "
      "marge**.")
    P("==@Delphine : tu peux me confirmer le taux de marge de 32 % ?==")
    KEY("2,90 €", "de marge pour 1 € investi en Google Ads (janvier-avril 2026)")

    H2("2.7 L'opé LinkedIn « Cocktails de rentrée »")
    P("En septembre 2025, pour ma première action, j'ai lancé l'opération « Cocktails de rentrée » sur LinkedIn : "
      "un carrousel de six visuels sur nos deux cocktails, trois posts sponsorisés ciblant les office managers et "
      "assistantes d'entreprises de 50 à 500 salariés en Île-de-France, et le maître d'hôtel offert pour tout "
      "cocktail de plus de 60 personnes réservé avant le 15 octobre.")
    P("Résultat : **+22 leads en septembre** sur LinkedIn. C'est de loin notre meilleur mois sur ce canal, et "
      "l'opération sera reconduite en septembre 2026.")

    # ------------------------------------------------------------------ partie 3
    H1("3 Être trouvés : référencement et campagnes")
    H2("3.1 Plan d'actions et outils")
    P("Pour organiser le travail sur la visibilité, j'ai listé douze actions et je les ai réparties mois par mois "
      "d'octobre à mai, en fonction de ce qui devait être prêt avant les campagnes et avant les temps forts.")
    TABLE("Tableau 7 — Les 12 actions visibilité, mois par mois",
          [["Mois", "Action", "Outil"],
           ["Octobre", "Audit technique du site (erreurs, pages lentes, balises)", "Semrush"],
           ["Octobre", "Relevé des positions sur 8 expressions", "Search Console"],
           ["Novembre", "Construction de la matrice des 45 expressions", "Semrush, Google Ads"],
           ["Novembre", "Réécriture des balises title et meta des 12 pages principales", "WordPress (Yoast)"],
           ["Décembre", "Création des 4 pages devis (une par offre)", "WordPress"],
           ["Décembre", "Fiche Google Business Profile complétée (photos, horaires, services)", "Google"],
           ["Janvier", "Lancement des 3 campagnes Search", "Google Ads"],
           ["Janvier", "Fiche premium sur Traiteurs-IDF.fr", "—"],
           ["Février", "Deux articles de blog (« Combien de plateaux pour 30 personnes ? »…)", "WordPress"],
           ["Février", "Demande d'avis Google après chaque événement", "HubSpot"],
           ["Mars", "Compression des images et allègement des pages devis", "WordPress"],
           ["Avril", "Article invité sur le blog L'Assistante Connectée", "—"]],
          [2.4, 10.0, 3.6])
    P("Les outils que nous utilisons pour mesurer le trafic et les résultats sont les suivants :")
    BUL(["**Google Analytics 4** : sessions, sources de trafic, pages vues, suivi des étapes du formulaire de devis "
         "(un événement par étape) ;",
         "**Google Search Console** : requêtes, impressions, clics et positions moyennes du site dans Google ;",
         "**Google Ads** : impressions, clics, coût, conversions (formulaire envoyé) par campagne et par mot-clé ;",
         "**HubSpot CRM** (version gratuite) : chaque lead, sa source, le devis, son statut et le motif de perte ;",
         "**Semrush** : volumes de recherche, difficulté des expressions, positions des concurrents, audit technique."])

    H2("3.2 Expressions cibles : la méthode")
    P("Je suis partie de ce que nos clients demandent vraiment. J'ai exporté de HubSpot les **2 140 devis de 2025** et j'ai codé chacun selon trois dimensions : "
      "le type d'événement (réunion, séminaire, cocktail, soirée, pot de départ, vœux…), le format commandé "
      "(plateau-repas, cocktail déjeunatoire, cocktail dînatoire, petit-déjeuner, buffet) et le lieu de livraison "
      "(arrondissement ou ville).")
    P("Cela m'a donné une liste de combinaisons « événement × format × lieu » classées par nombre de devis. Par "
      "exemple, « plateau-repas + réunion + 8e arrondissement » revenait 96 fois, « cocktail déjeunatoire + "
      "séminaire + La Défense » 41 fois. J'ai ensuite traduit chaque combinaison fréquente en expressions telles "
      "qu'un client les taperait dans Google, puis j'ai vérifié leur volume de recherche mensuel et leur difficulté "
      "dans Semrush, et recoupé avec l'outil de planification des mots-clés de Google Ads.")
    P("Dernière étape, le nettoyage : j'ai retiré toutes les requêtes de particuliers, liées au mariage (« traiteur "
      "mariage », « vin d'honneur »…), aux fêtes familiales et aux recettes, qui ramèneraient du trafic qui ne "
      "signera jamais. J'ai gardé 45 expressions, réparties en 5 groupes.")

    H2("3.3 La matrice des 45 expressions")
    TABLE("Tableau 8 — Matrice des expressions cibles (volumes mensuels Semrush, France, novembre 2025)",
          [["Groupe", "Expression", "Volume", "Difficulté", "Page cible"]] + KEYWORD_ROWS,
          [2.6, 6.2, 1.7, 1.8, 3.7], size=8.5)
    P("Pourquoi ces expressions plutôt que d'autres ? D'abord parce qu'elles suivent la **géographie de nos "
      "clients** : le 8e, La Défense, Neuilly, Levallois, Boulogne ou Issy sont les quartiers d'affaires où sont "
      "nos donneurs d'ordre prioritaires, et les expressions locales ont une concurrence plus faible que « traiteur "
      "paris » (difficulté 30 à 45 contre plus de 60). Ensuite parce qu'elles portent une **intention B2B** : "
      "« plateau repas réunion », « traiteur séminaire », « cocktail d'entreprise » sont tapées par des personnes "
      "qui commandent pour leur société, avec un budget et une date. Enfin parce qu'elles tiennent compte des "
      "**concurrents** : PlatoBox domine tout ce qui contient « livraison plateau repas » sans précision, alors "
      "que Délices & Co est absent de La Défense et que Réceptions Haussmann ne travaille pas le mot « plateau ». "
      "Nous avons donc plus de chances sur ces expressions que sur les génériques.")

    H2("3.4 Nos positions")
    P("J'ai relevé en octobre 2025 la position moyenne du site sur huit expressions tests, dans la Search Console "
      "(moyenne sur 28 jours).")
    TABLE("Tableau 9 — Positions moyennes (Search Console)",
          [["Expression", "Position oct. 2025", "Page qui ressort", "Position avril 2026"],
           ["traiteur entreprise paris 11", "6,1", "Accueil", "mesure d'avril à venir"],
           ["cocktail déjeunatoire paris", "9,8", "Nos cocktails", "mesure d'avril à venir"],
           ["plateau repas entreprise paris", "11,3", "Boutique plateaux", "mesure d'avril à venir"],
           ["plateau repas paris 8", "14,2", "Boutique plateaux", "mesure d'avril à venir"],
           ["cocktail dînatoire entreprise", "16,9", "Nos cocktails", "mesure d'avril à venir"],
           ["traiteur la défense", "18,6", "Zones de livraison", "mesure d'avril à venir"],
           ["traiteur séminaire paris", "22,4", "Séminaires", "mesure d'avril à venir"],
           ["livraison plateau repas bureau", "27,5", "Boutique plateaux", "mesure d'avril à venir"]],
          [5.6, 2.8, 3.6, 4.0])

    H2("3.5 Le trafic des apporteurs d'affaires")
    P("Nos cinq apporteurs d'affaires et partenaires ont tous un lien vers notre site. Pour savoir s'ils nous "
      "envoient des visiteurs, j'ai regardé les sessions « referral » dans GA4 de janvier à avril 2026 :")
    BUL(["**Traiteurs-IDF.fr** : 412 sessions, 10 demandes de devis ;",
         "**L'Assistante Connectée** : 138 sessions, dont 96 sur l'article invité publié en avril, 1 demande de devis."])

    H2("3.6 Liens entrants")
    P("(en cours)", italic=True)

    H2("3.7 Les campagnes Google Ads")
    P("Nous avons lancé le 6 janvier 2026 trois campagnes sur le Réseau de Recherche uniquement (pas de Display : "
      "nos clientes cherchent, elles ne flânent pas). Elles tournent **du lundi au vendredi, de 7 h à 19 h**, "
      "c'est-à-dire aux heures où les office managers travaillent ; le week-end, les recherches « traiteur » "
      "viennent presque toutes de particuliers. La zone couvre Paris et les Hauts-de-Seine, plus quelques villes "
      "du Val-de-Marne proches d'Ivry.")
    TABLE("Tableau 10 — Structure des campagnes Search",
          [["Campagne", "Budget / jour", "Groupes d'annonces", "Exemples de mots-clés", "Page devis"],
           ["C1 — Plateaux-repas", "43 €", "Plateaux réunion ; Plateaux livraison bureau ; Plateaux haut de gamme",
            "[plateau repas entreprise paris], \"plateau repas réunion\", \"plateau repas livraison bureau\"",
            "/devis/plateaux-repas"],
           ["C2 — Cocktails & séminaires", "46 €", "Cocktail déjeunatoire ; Cocktail dînatoire ; Séminaire",
            "\"cocktail déjeunatoire paris\", [traiteur cocktail entreprise], \"traiteur séminaire paris\"",
            "/devis/cocktail-dejeunatoire\n/devis/cocktail-dinatoire\n/devis/seminaire"],
           ["C3 — La Défense & Paris Ouest", "25 €", "La Défense ; Paris 8e-16e-17e ; Neuilly-Levallois-Boulogne",
            "\"traiteur la défense\", \"plateau repas paris 8\", \"traiteur neuilly sur seine entreprise\"",
            "/devis/plateaux-repas ou /devis/cocktail-dejeunatoire selon le groupe"]],
          [3.2, 1.8, 3.8, 4.6, 2.8])
    P("Les mots-clés sont en correspondance exacte [ ] ou en expression \" \", jamais en requête large, pour "
      "garder la main sur les recherches. Chaque campagne a une liste de **mots-clés à exclure** commune, "
      "complétée chaque semaine à partir du rapport des termes de recherche : « mariage », « recette », « emploi », "
      "« recrutement », « particulier », « gratuit », « anniversaire », « baptême », « cours de cuisine », "
      "« formation traiteur ». ")
    P("Chaque groupe d'annonces renvoie vers **une page devis par offre** : /devis/plateaux-repas, "
      "/devis/cocktail-dejeunatoire, /devis/cocktail-dinatoire et /devis/seminaire. Chaque page reprend l'offre "
      "et son prix « à partir de », trois photos, les allergènes, le minimum de 20 convives, deux avis clients, et "
      "le formulaire de devis en trois étapes directement en haut de page, déjà pré-rempli avec le format.")
    P("Les trois annonces responsives principales (extraits : 3 titres et 2 descriptions par annonce) :")
    AD(["**Annonce 1 — C1 Plateaux-repas**",
        "Plateaux-repas Entreprise Paris | Livrés Le Matin Même | Devis En Moins De 24 h",
        "Plateaux Bistrot dès 24,50 € HT, Signature dès 34 € HT. Allergènes étiquetés, une facture par mois.",
        "Laboratoire à Ivry, livraison Paris et Hauts-de-Seine dès 20 personnes. Demandez votre devis.",
        "lestablees-auguste.fr/devis/plateaux-repas"])
    AD(["**Annonce 2 — C2 Cocktails & séminaires**",
        "Cocktail Déjeunatoire Paris | 12 Pièces Dès 29 € HT/pers. | Maître d'Hôtel Disponible",
        "Pièces salées et sucrées maison, service par nos maîtres d'hôtel. Devis détaillé sous 24 h.",
        "Séminaires, lancements, pots de départ : de 20 à 400 convives. Traiteur B2B depuis 2009.",
        "lestablees-auguste.fr/devis/cocktail-dejeunatoire"])
    AD(["**Annonce 3 — C3 La Défense & Paris Ouest**",
        "Traiteur La Défense | Livraison Avant 11 h | Plateaux Et Cocktails",
        "Nous livrons les tours de La Défense chaque matin. Badge d'accès géré avec votre accueil.",
        "Plateaux dès 24,50 € HT, cocktails dès 29 € HT/pers. Devis gratuit en 3 étapes.",
        "lestablees-auguste.fr/devis/plateaux-repas"])

    H2("3.8 Suivi du pipe et indicateurs")
    P("**Le suivi des leads.** Chaque demande de devis crée une fiche dans HubSpot avec sa source (campagne Google "
      "Ads, SEO, LinkedIn, emailing, annuaire, apporteur d'affaires), le type d'événement, le nombre de personnes "
      "et le montant HT du devis. Le pipe a quatre statuts : **Envoyé** (devis parti), **Relancé** (follow-up "
      "fait à J+3 puis J+7), **Signé** (bon pour accord reçu) et **Perdu**, avec un motif de perte obligatoire. "
      "Chaque lundi, j'exporte HubSpot dans l'**onglet Suivi leads**, qui compte les leads par source et par mois.")
    P("**Lecture du pipe (janvier-avril 2026).** Les trois campagnes Google Ads apportent à elles seules 113 des "
      "192 leads, soit 59 %. La campagne Plateaux-repas est la plus grosse source (54 leads), devant Cocktails & "
      "séminaires (36) et La Défense (23). Viennent ensuite le SEO (24 leads), LinkedIn (20), l'emailing aux "
      "anciens clients (17), l'annuaire (10) et les apporteurs d'affaires (8 en comptant le blog). Le taux de "
      "signature est le plus fort sur l'emailing (8 signés sur 17) et le plus faible sur LinkedIn (4 sur 20) ; les "
      "leads Google Ads signent à 35 %, comme la moyenne.")
    P("**Nos indicateurs.** Pour une activité où la vente est un devis signé, j'ai retenu cinq indicateurs :")
    BUL(["**le nombre de leads** (demandes de devis qualifiées), par source ;",
         "**le coût par lead**, c'est-à-dire la dépense du canal divisée par ses leads ;",
         "**le taux de signature**, devis signés / leads ;",
         "**le CA signé**, montant HT des devis passés en « Signé » ;",
         "**le taux de complétion du formulaire**, formulaires envoyés / formulaires commencés."])
    P("**Ce que disent ces indicateurs.** Le trafic du site progresse : 41 200 sessions de janvier à avril 2026, "
      "contre 36 800 sur la même période de 2025 (+12 %), grâce surtout à Google Ads et aux pages devis. Le point "
      "noir est le formulaire : sur les personnes qui commencent une demande de devis, **46 % abandonnent entre "
      "l'étape 1 et l'étape 3**, surtout à l'étape 2 (choix du format et du nombre de pièces). Côté chiffre d'affaires, les devis signés issus de nos canaux "
      "digitaux représentent **170 700 € HT** sur les quatre mois.")
    KEY("46 %", "des demandes de devis commencées sont abandonnées avant l'étape 3 du formulaire")
    P("**Le retour sur investissement** est calculé campagne par campagne (**cf. onglet ROI**).")
    P("**Où en sommes-nous par rapport aux objectifs ?** Nous visions 60 leads par mois. De janvier à avril, nous "
      "en avons eu **48 par mois en moyenne** (44 en janvier, 46 en février, 50 en mars, 52 en avril). Nous "
      "restons 20 % en dessous de l'objectif. Le SEO, sur lequel la feuille de "
      "route comptait comme premier canal, n'a apporté que 24 leads en quatre mois, soit 6 par mois.")
    P("**Actions correctives**, par ordre d'importance :")
    NUM(["**Enrichir les exclusions chaque semaine dans Google Ads** : les termes de recherche montrent encore des "
         "clics sur « anniversaire », « pas cher » et « traiteur asiatique » qui ne donnent aucun lead.",
         "**Augmenter les enchères de la campagne La Défense entre 8 h et 11 h**, créneau où arrivent 40 % de ses "
         "leads, et les baisser après 16 h.",
         "**Ajouter des extensions d'annonce** « Devis en 24 h » et un numéro d'appel sur les trois campagnes, "
         "pour les clientes pressées qui préfèrent téléphoner."])

    # ------------------------------------------------------------------ partie 4
    H1("4 Piloter l'activité")
    H2("4.1 Mentions légales et conditions générales de prestation")
    P("**Mentions légales.** J'ai vérifié en janvier la page « Mentions légales », accessible depuis le pied de "
      "page de toutes les pages du site. Elle contient la raison sociale, le capital, l'adresse du siège, "
      "le RCS et le SIRET, le numéro de TVA, le directeur de la publication (Nicolas Lheureux), un contact et "
      "l'hébergeur. Il manquait l'adresse du laboratoire d'Ivry, "
      "que j'ai fait ajouter.")
    P("**Conditions générales de prestation.** Nos conditions générales de prestation sont imprimées au verso de "
      "chaque devis (**voir annexe PDF p. 1** pour le devis-type n° 2026-0412 et **p. 2** pour les conditions). "
      "Je les ai relues clause par clause avec Delphine :")
    BUL(["**Acompte** : 30 % du montant TTC à la signature du bon pour accord, le solde à 30 jours fin de mois "
         "après la prestation. Sans acompte, la date n'est pas bloquée. Seules les agences demandent parfois un délai.",
         "**Annulation** : plus de 7 jours avant, l'acompte est remboursé moins 10 % de frais de dossier ; entre "
         "J-7 et J-3, 50 % du montant TTC est dû ; entre J-3 et J-1, 80 % ; le jour même, 100 %. Le barème suit nos achats de "
         "matières premières (lancés à J-3), mais les assistantes de direction le trouvent rigide (voir 1.2).",
         "**Effectif définitif** : le client confirme le nombre de convives au plus tard **trois jours ouvrés** avant "
         "la prestation, à 12 h. La facture se fait sur cet effectif, avec une tolérance de 5 % à la baisse. Au-delà, "
         "c'est l'effectif confirmé qui est facturé.",
         "**Retard de paiement** : pénalités égales à trois fois le taux d'intérêt légal, plus l'**indemnité "
         "forfaitaire de 40 €** pour frais de recouvrement, obligatoire entre professionnels. La clause, "
         "écrite en tout petit, a été remontée.",
         "**Casse et perte de vaisselle** : la vaisselle, la verrerie et le nappage prêtés sont facturés au prix de "
         "remplacement s'ils ne sont pas rendus (par exemple 4,50 € HT le verre, 12 € HT l'assiette ardoise), "
         "après un inventaire contradictoire à la reprise."])
    P("Sur les données personnelles, la conformité RGPD du formulaire n'a pas encore été traitée.")

    H2("4.2 Cahier des charges du configurateur de devis")
    P("Pour répondre au délai de devis et à l'absence de prix affichés (voir 1.3), Delphine m'a demandé de "
      "rédiger le cahier des charges d'un configurateur de devis en ligne, qui remplacera le formulaire actuel. "
      "Voici le document tel que je l'ai envoyé aux prestataires.")
    for t in CAHIER:
        P(t, after=5)

    H2("4.3 Le « brief du lundi »")
    P("Chaque lundi à 9 h 30, l'équipe commerciale (Delphine, Sarah, moi) et Franck pour la logistique se "
      "retrouvent 30 minutes dans la salle de réunion du 11e. J'ai proposé un ordre du jour fixe, envoyé le "
      "vendredi :")
    NUM(["le pipe de la semaine passée : nouveaux leads, devis signés, devis perdus et motifs (export HubSpot) ;",
         "les événements de la semaine : effectifs définitifs attendus, livraisons sensibles (La Défense, étages "
         "élevés, horaires avant 8 h) ;",
         "les relances à faire : devis envoyés il y a plus de 3 jours sans réponse ;",
         "les campagnes en cours : dépense de la semaine, alertes ;",
         "les points divers."])
    P("Une fois par mois, le brief du lundi est remplacé par une revue commerciale d'une heure avec Nicolas "
      "Lheureux.")

    H2("4.4 Du bon pour accord à la livraison")
    P("Une fois le bon pour accord reçu, la commande entre dans le circuit de production. Nous avons deux modes : "
      "la **liaison froide**, pour les plateaux-repas et les pièces froides (préparé la veille ou le matin même, "
      "refroidi rapidement puis maintenu entre 0 et 3 °C jusqu'à la consommation), et la **liaison chaude**, pour "
      "les pièces chaudes des cocktails et les plats des séminaires (maintenus à 63 °C ou plus de la sortie du four "
      "à la consommation). Nous livrons souvent avant 11 h, sur des sites sans cuisine.")
    P("La traçabilité repose sur un **numéro de lot** par production et par jour, imprimé sur l'étiquette de chaque "
      "plateau et de chaque caisse, qui renvoie aux lots des matières premières. Aurélie Nguyen enregistre les "
      "températures dans l'application de relevés HACCP du laboratoire ; les relevés sont conservés trois ans.")
    TABLE("Tableau 11 — Contrôles par type de commande",
          [["Type de commande", "Production / liaison", "Traçabilité", "Contrôle au départ d'Ivry",
            "Contrôle à la livraison"],
           ["Plateaux-repas", "Liaison froide, préparation J-0 dès 5 h",
            "Lot du jour sur chaque plateau, liste des allergènes", "Sonde à cœur ≤ 3 °C, étiquettes allergènes, "
            "comptage des plateaux", "T° du camion relevée, signature du bon de livraison"],
           ["Cocktail déjeunatoire / dînatoire", "Froid + chaud, dressage sur place",
            "Lot par plateau de pièces, fiche de dressage", "≤ 3 °C pour le froid, ≥ 63 °C pour le chaud "
            "(caissons isothermes)", "T° contrôlées par le maître d'hôtel avant service"],
           ["Séminaire (journée)", "Petit-déjeuner froid, déjeuner chaud",
            "Lot par prestation, fiche séminaire", "≤ 3 °C / ≥ 63 °C, contrôle des régimes spéciaux nominatifs",
            "Relevé à l'arrivée, plat témoin emporté"],
           ["Tous types", "—", "Plat témoin de chaque préparation", "Plat témoin prélevé et conservé 5 jours "
            "au froid", "Réclamation enregistrée avec le lot"]],
          [3.0, 3.2, 3.2, 3.6, 3.0], size=8.5)

    H2("4.5 Livraison : options et satisfaction")
    P("Franck Dias et moi avons comparé trois façons de livrer, sur la base des livraisons de mars 2026, classées "
      "de la moins chère à la plus chère (coût moyen par livraison, aller et retour, hors prestation) :")
    NUM(["**Le vélo cargo réfrigéré** (Coursiers Vélocargo) : 24 € par livraison dans Paris intra-muros, jusqu'à "
         "30 plateaux. C'est aussi la seule option sans émission de CO2 à l'usage, ce qui pèse de plus en plus dans "
         "les appels d'offres.",
         "**Nos trois utilitaires frigorifiques** : 38 € par livraison en moyenne (carburant, péage, amortissement, "
         "chauffeur). Fiable, mais les camions sont pleins entre 7 h et 11 h les jours de pointe.",
         "**Un sous-traitant frigorifique** (Froid Express IDF) : 52 € par livraison, réservable la veille. Utile "
         "en débordement de décembre et pour les gros cocktails."])
    P("**La satisfaction sur la livraison.** L'enquête envoyée après chaque prestation (**voir annexe PDF p. 4**) "
      "donne une note de ponctualité de **4,3/5**, et **89 %** des clients disent avoir été livrés dans le créneau "
      "annoncé. En lisant les commentaires, presque tous les retards viennent de La Défense : le livreur arrive à "
      "l'heure au pied de la tour, mais attend 15 à 30 minutes à l'accueil faute de badge d'accès ou de place au "
      "quai de livraison. Depuis mars, le formulaire de devis et le devis lui-même demandent le nom du contact "
      "d'accueil et la **demande de badge livreur**, que la cliente transmet à sa sécurité 48 h avant. ")
    KEY("89 %", "des clients livrés dans le créneau annoncé (enquête, n = 87)")

    # ------------------------------------------------------------------ conclusion
    H1("Conclusion")
    P("Cette année m'a appris qu'en B2B, le marketing digital ne s'arrête pas au clic : un lead ne vaut que s'il "
      "devient un devis signé, puis un client qui recommande. En huit mois, nous avons construit les fondations : "
      "une matrice d'expressions issue de nos vrais devis, des pages devis par offre, trois campagnes Google Ads "
      "structurées et un pipe suivi chaque lundi. Les leads progressent chaque mois, même si nous sommes encore "
      "sous l'objectif de 60.")
    P("Il reste du travail : le formulaire perd encore près d'une demande sur deux et le configurateur de devis "
      "doit être lancé. Je reste aux Tablées d'Auguste l'an prochain en Mastère pour mener ce projet jusqu'au bout.")


KEYWORD_ROWS = []
_KW = [
    ("Plateaux-repas", [("plateau repas entreprise paris", 880, 48, "/devis/plateaux-repas"),
                        ("plateau repas livraison bureau", 390, 52, "/devis/plateaux-repas"),
                        ("plateau repas réunion", 320, 41, "/devis/plateaux-repas"),
                        ("commander plateau repas paris", 260, 46, "/devis/plateaux-repas"),
                        ("plateau repas paris 8", 210, 33, "/devis/plateaux-repas"),
                        ("plateau repas la défense", 170, 31, "/devis/plateaux-repas"),
                        ("plateau repas haut de gamme paris", 140, 38, "/devis/plateaux-repas"),
                        ("plateau repas paris 11", 110, 27, "/devis/plateaux-repas"),
                        ("plateau repas végétarien entreprise", 90, 29, "/devis/plateaux-repas")]),
    ("Cocktails", [("traiteur cocktail entreprise paris", 720, 55, "/devis/cocktail-dejeunatoire"),
                   ("cocktail déjeunatoire paris", 590, 44, "/devis/cocktail-dejeunatoire"),
                   ("cocktail dînatoire entreprise", 480, 47, "/devis/cocktail-dinatoire"),
                   ("traiteur soirée entreprise paris", 320, 50, "/devis/cocktail-dinatoire"),
                   ("cocktail de fin d'année entreprise", 210, 36, "/devis/cocktail-dinatoire"),
                   ("pièces cocktail livraison paris", 170, 39, "/devis/cocktail-dejeunatoire"),
                   ("traiteur cocktail inauguration", 110, 30, "/devis/cocktail-dinatoire"),
                   ("cocktail afterwork entreprise paris", 90, 28, "/devis/cocktail-dinatoire"),
                   ("cocktail d'entreprise 100 personnes", 70, 24, "/devis/cocktail-dejeunatoire")]),
    ("Séminaires et petits-déjeuners", [("traiteur séminaire paris", 390, 49, "/devis/seminaire"),
                                        ("petit déjeuner entreprise livraison paris", 260, 37, "/devis/seminaire"),
                                        ("petit déjeuner réunion paris", 140, 33, "/devis/seminaire"),
                                        ("déjeuner séminaire traiteur", 110, 35, "/devis/seminaire"),
                                        ("traiteur séminaire hauts-de-seine", 90, 26, "/devis/seminaire"),
                                        ("buffet séminaire entreprise", 90, 31, "/devis/seminaire"),
                                        ("pause café séminaire traiteur", 70, 22, "/devis/seminaire"),
                                        ("traiteur assemblée générale", 50, 19, "/devis/seminaire"),
                                        ("traiteur formation entreprise", 40, 18, "/devis/seminaire")]),
    ("Quartiers d'affaires", [("traiteur la défense", 260, 42, "Zones de livraison"),
                              ("traiteur paris 8", 170, 45, "Zones de livraison"),
                              ("traiteur paris 16", 140, 43, "Zones de livraison"),
                              ("traiteur paris 11", 90, 34, "Accueil"),
                              ("traiteur boulogne billancourt entreprise", 70, 25, "Zones de livraison"),
                              ("traiteur paris 17 entreprise", 60, 28, "Zones de livraison"),
                              ("traiteur neuilly sur seine entreprise", 50, 23, "Zones de livraison"),
                              ("traiteur levallois entreprise", 40, 21, "Zones de livraison"),
                              ("traiteur issy les moulineaux entreprise", 40, 20, "Zones de livraison")]),
    ("Événements d'entreprise", [("traiteur entreprise paris", 1300, 63, "Accueil"),
                                 ("traiteur événementiel paris", 880, 66, "Accueil"),
                                 ("traiteur pot de départ", 260, 34, "/devis/cocktail-dejeunatoire"),
                                 ("devis traiteur entreprise", 170, 40, "Accueil"),
                                 ("traiteur galette des rois entreprise", 90, 22, "/devis/cocktail-dejeunatoire"),
                                 ("traiteur vœux entreprise", 70, 24, "/devis/cocktail-dinatoire"),
                                 ("traiteur conférence paris", 70, 37, "/devis/seminaire"),
                                 ("traiteur b2b paris", 50, 30, "Accueil"),
                                 ("traiteur lancement produit", 40, 26, "/devis/cocktail-dinatoire")]),
]
for _g, _rows in _KW:
    for _k, (_e, _v, _d, _p) in enumerate(_rows):
        KEYWORD_ROWS.append([_g if _k == 0 else "", _e, "%s" % format(_v, ",").replace(",", "\u202f"),
                             "%d %%" % _d, _p])
assert len(KEYWORD_ROWS) == 45

CAHIER = [
    "**Contexte.** Traiteur événementiel B2B (Paris 11e, laboratoire à Ivry), Les Tablées d'Auguste reçoivent "
    "environ 180 demandes de devis par mois, dont 58 % par le site. Le formulaire actuel ne donne aucun prix et "
    "chaque devis est préparé à la main dans un tableur.",
    "**Objectif général.** Permettre à une cliente de composer sa prestation en ligne et d'obtenir un devis chiffré "
    "immédiatement, pour répondre plus vite et signer plus de devis.",
    "**Objectifs spécifiques.** Envoyer 80 % des devis standard en moins de 5 minutes ; faire passer l'abandon du "
    "formulaire de 46 % à moins de 25 % ; libérer une demi-journée par jour à Sarah Benhamou pour les devis "
    "complexes.",
    "**Utilisateurs.** Office managers, assistantes de direction, agences ; en interne, l'équipe commerciale.",
    "**Parcours.** Type d'événement, date, lieu et nombre de convives, puis format et options ; le prix se met à jour "
    "à chaque choix ; la cliente laisse ses coordonnées et reçoit le devis en PDF.",
    "**Catalogue.** Les offres et prix de la grille 2026 : plateaux Bistrot et Signature, cocktails 12 et 18 "
    "pièces, pièces supplémentaires, boissons, maîtres d'hôtel, vaisselle.",
    "**Règles de calcul.** Minimum de 20 convives ; livraison selon la zone ; un maître d'hôtel par tranche de 40 "
    "convives pour les cocktails ; TVA selon la prestation.",
    "**Allergènes.** Les 14 allergènes affichés pour chaque produit ; régimes particuliers repris sur le devis.",
    "**Devis.** Même mise en page que le devis-type (numéro, validité 30 jours, acompte 30 %, effectif définitif à "
    "J-3, « bon pour accord ») avec les conditions générales de prestation.",
    "**Cas hors standard.** Au-delà de 150 convives, lieu sans office ou appel d'offres : pas de prix affiché, la "
    "demande est transmise à l'équipe commerciale.",
    "**Après l'envoi.** L'équipe commerciale retrouve chaque devis généré avec sa source et peut le relancer ou le "
    "modifier comme un devis fait à la main.",
    "**Image.** Charte des Tablées d'Auguste (bordeaux, photos des pièces, ton direct) : c'est souvent le premier "
    "contact d'une cliente avec nous.",
    "**Contenus.** Photos et textes fournis par Les Tablées d'Auguste ; le prestataire les intègre et forme "
    "l'équipe.",
    "**Réponse attendue.** Présentation de la solution, exemples de configurateurs réalisés, méthode de travail "
    "et devis détaillé.",
]
assert len(CAHIER) == 14


# ============================================================================ classeur de pilotage
BUDGET_DETAIL = [("SEO", "Rédaction des 4 pages devis + 2 articles (freelance)", 1800, 1650),
                 ("SEO", "Optimisation technique (agence WordPress, 1 jour)", 880, 780),
                 ("Google Ads", "C1 — Plateaux-repas", 3600, 4280),
                 ("Google Ads", "C2 — Cocktails & séminaires", 3900, 4870),
                 ("Google Ads", "C3 — La Défense & Paris Ouest", 2100, 2700),
                 ("LinkedIn", "Posts sponsorisés", 1800, 2784),
                 ("LinkedIn", "Visuels et vidéo (freelance)", 600, 600),
                 ("Emailing", "Brevo, abonnement + envois", 480, 460),
                 ("Annuaire Traiteurs-IDF.fr", "Fiche premium, 4 mois", 1200, 1200),
                 ("Outils (Semrush)", "Semrush Pro, 4 mois", 520, 520)]
CHANNELS = ["SEO", "Google Ads", "LinkedIn", "Emailing", "Annuaire Traiteurs-IDF.fr", "Outils (Semrush)"]
assert sum(b[2] for b in BUDGET_DETAIL) == 16880 and sum(b[3] for b in BUDGET_DETAIL) == 19844

# source : (nombre de leads, signés, CA signé visé, répartition des types)
SOURCES = [
    ("Google Ads – Plateaux", 54, 20, 31800, {"Plateaux-repas": 85, "Petit-déjeuner": 15}),
    ("Google Ads – Cocktails", 36, 12, 54600, {"Cocktail déjeunatoire": 45, "Cocktail dînatoire": 30,
                                               "Séminaire": 25}),
    ("Google Ads – La Défense", 23, 8, 21000, {"Plateaux-repas": 50, "Cocktail déjeunatoire": 30, "Séminaire": 20}),
    ("LinkedIn", 20, 4, 9800, {"Cocktail dînatoire": 40, "Cocktail déjeunatoire": 30, "Séminaire": 30}),
    ("Emailing clients", 17, 8, 14200, {"Plateaux-repas": 60, "Cocktail déjeunatoire": 25, "Petit-déjeuner": 15}),
    ("Annuaire Traiteurs-IDF", 10, 3, 4100, {"Plateaux-repas": 60, "Cocktail déjeunatoire": 40}),
    ("SEO", 24, 9, 18700, {"Plateaux-repas": 45, "Cocktail déjeunatoire": 25, "Séminaire": 20,
                           "Petit-déjeuner": 10}),
    ("Apporteur d'affaires", 7, 3, 16500, {"Cocktail dînatoire": 70, "Séminaire": 30}),
    ("Blog L'Assistante Connectée", 1, 0, 0, {"Plateaux-repas": 100}),
]
assert sum(s[1] for s in SOURCES) == 192 and sum(s[2] for s in SOURCES) == 67
assert sum(s[3] for s in SOURCES) == 170700
MONTH_COUNTS = [(1, 44), (2, 46), (3, 50), (4, 52)]
TYPES = {"Plateaux-repas": ((20, 60), (24.5, 34.0)), "Petit-déjeuner": ((20, 80), (9.5, 12.0)),
         "Cocktail déjeunatoire": ((30, 150), (29.0, 36.0)), "Cocktail dînatoire": ((40, 220), (46.0, 55.0)),
         "Séminaire": ((20, 120), (58.0, 68.0))}
MOTIFS = [("Prix trop élevé", 30), ("Devis envoyé trop tard", 18), ("Pas de réponse après 2 relances", 15),
          ("Minimum 20 pers.", 12), ("Concurrent moins cher (PlatoBox)", 10), ("Événement annulé", 9),
          ("Date complète", 6)]
_P1 = ["Altéa", "Brévia", "Cortexa", "Delphis", "Élaïs", "Fidalys", "Galéo", "Hémera", "Iskra", "Jalisco", "Kéros",
       "Lumina", "Mérys", "Novéa", "Orphéa", "Pléiade", "Quartz", "Rivéo", "Sylvéa", "Talis", "Ulmo", "Valmy",
       "Xénia", "Zéphyr", "Arvel", "Bérénis", "Clairval", "Dunoy", "Estival", "Fontelle"]
_P2 = ["Conseil", "Assurances", "Partners", "Immobilier", "Avocats", "Digital", "Santé", "Finance", "Ingénierie",
       "RH", "Group", "Études", "Patrimoine", "Audit", "Technologies", "Médias"]


def _wchoice(rng, weights):
    items = list(weights.items()) if isinstance(weights, dict) else list(weights)
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    acc = 0
    for it, w in items:
        acc += w
        if x <= acc:
            return it
    return items[-1][0]


def make_leads():
    rng = random.Random(136)
    labels = []
    for s in SOURCES:
        labels += [s[0]] * s[1]
    rng.shuffle(labels)
    leads = []
    k = 0
    for m, n in MONTH_COUNTS:
        days = [datetime.date(2026, m, d) for d in range(1, 32 if m in (1, 3) else (29 if m == 2 else 31))
                if datetime.date(2026, m, d).weekday() < 5]
        for _ in range(n):
            leads.append({"date": rng.choice(days), "src": labels[k]})
            k += 1
    leads.sort(key=lambda L: (L["date"], L["src"]))
    names = sorted({"%s %s" % (a, b) for a in _P1 for b in _P2})
    rng.shuffle(names)
    agencies = ["Kairos Events", "Agence Lumière Rive Gauche", "Studio Évènements Bastille"]
    for i, L in enumerate(leads):
        L["soc"] = names[i]
        src = [s for s in SOURCES if s[0] == L["src"]][0]
        L["type"] = _wchoice(rng, src[4])
        (nlo, nhi), (plo, phi) = TYPES[L["type"]]
        L["nb"] = rng.randint(nlo // 5, nhi // 5) * 5
        L["amt"] = round(L["nb"] * rng.uniform(plo, phi), 2)
        if L["src"] == "Apporteur d'affaires":
            L["soc"] = agencies[i % 3] if i % 2 == 0 else L["soc"]
    # signés : les plus anciens de chaque source en priorité (un sur deux environ), puis ajustement du CA
    for s in SOURCES:
        mine = [L for L in leads if L["src"] == s[0]]
        old = [L for L in mine if L["date"] < datetime.date(2026, 4, 15)]
        pick = old[::2][:s[2]]
        if len(pick) < s[2]:
            pick += [L for L in old if L not in pick][:s[2] - len(pick)]
        for L in pick:
            L["st"] = "Signé"
        if s[2]:
            raw = sum(L["amt"] for L in pick)
            f = s[3] / raw
            for L in pick:
                L["amt"] = round(L["amt"] * f, 2)
            pick[-1]["amt"] = round(pick[-1]["amt"] + s[3] - sum(L["amt"] for L in pick), 2)
            for L in pick:                  # effectif cohérent avec le montant signé
                (nlo, nhi), (plo, phi) = TYPES[L["type"]]
                L["nb"] = max(20, int(round(L["amt"] / ((plo + phi) / 2) / 5.0)) * 5)
    for L in leads:
        if L.get("st"):
            L["motif"] = ""
            continue
        d = L["date"]
        if d >= datetime.date(2026, 4, 20):
            L["st"] = "Envoyé"
        elif d >= datetime.date(2026, 4, 1):
            L["st"] = "Relancé" if rng.random() < 0.6 else "Perdu"
        elif d >= datetime.date(2026, 3, 1):
            L["st"] = "Perdu" if rng.random() < 0.75 else "Relancé"
        else:
            L["st"] = "Perdu"
        L["motif"] = _wchoice(rng, MOTIFS) if L["st"] == "Perdu" else ""
    return leads


def build_xlsx():
    bk = Book()
    T = dict(title=bk.style(bold=True, size=14, color="#7B1E2B"),
             hdr=bk.style(bold=True, color="#FFFFFF", bg="#7B1E2B", border="all", wrap=True, valign="middle",
                          align="center"),
             txt=bk.style(border="all"),
             int=bk.style("int", border="all"),
             eur=bk.style("eur", border="all"),
             eur2=bk.style("eur2", border="all"),
             pct=bk.style("pct", border="all"),
             date=bk.style("date", border="all"),
             mois=bk.style("mois", bold=True, color="#FFFFFF", bg="#7B1E2B", border="all", align="center"),
             ttxt=bk.style(bold=True, bg="#F2DCDB", border="all"),
             tint=bk.style("int", bold=True, bg="#F2DCDB", border="all"),
             teur=bk.style("eur", bold=True, bg="#F2DCDB", border="all"),
             teur2=bk.style("eur2", bold=True, bg="#F2DCDB", border="all"),
             tpct=bk.style("pct", bold=True, bg="#F2DCDB", border="all"),
             param=bk.style("pct0", bold=True, bg="#FFF2CC", border="all"),
             src=bk.style(italic=True, size=9, color="#595959"),
             sub=bk.style(bold=True, size=11, color="#7B1E2B"))
    neg_pos = lambda cell: (("cell-content()>0.1", "Mauvais", cell), ("cell-content()<=0", "Bon", cell))

    # ------------------------------------------------------------------ Budget
    sh = bk.sheet("Budget", [5.6, 7.4, 2.6, 2.6, 3.0, 2.4])
    sh.put(0, 0, "Budget webmarketing 2026 — prévu / réel (janvier → avril)", T["title"], span=6)
    sh.height(2, 1.0)
    sh.row(2, [Cell("Canal", span=2), None, "Prévu", "Réel", "Écart (Réel − Prévu)", "Écart %"], T["hdr"])
    d0 = 14                       # première ligne (1-based) du détail
    d1 = d0 + len(BUDGET_DETAIL) - 1
    gap_pct = bk.style("pct", border="all", maps=neg_pos("Budget.F4"))
    for k, ch in enumerate(CHANNELS):
        n = 4 + k
        pv = sum(b[2] for b in BUDGET_DETAIL if b[0] == ch)
        rv = sum(b[3] for b in BUDGET_DETAIL if b[0] == ch)
        sh.row(3 + k, [Cell(ch, T["txt"], span=2), None,
                       Cell(("eur", pv), T["eur"], "SUMIF([.$A$%d:.$A$%d];[.A%d];[.C$%d:.C$%d])" % (d0, d1, n, d0, d1)),
                       Cell(("eur", rv), T["eur"], "SUMIF([.$A$%d:.$A$%d];[.A%d];[.D$%d:.D$%d])" % (d0, d1, n, d0, d1)),
                       Cell(("eur", rv - pv), T["eur"], "[.D%d]-[.C%d]" % (n, n)),
                       Cell(("pct", (rv - pv) / pv), gap_pct, "[.E%d]/[.C%d]" % (n, n))])
    tp = sum(b[2] for b in BUDGET_DETAIL)
    tr = sum(b[3] for b in BUDGET_DETAIL)
    sh.row(9, [Cell("Total", T["ttxt"], span=2), None, Cell(("eur", tp), T["teur"], "SUM([.C4:.C9])"),
               Cell(("eur", tr), T["teur"], "SUM([.D4:.D9])"), Cell(("eur", tr - tp), T["teur"], "[.D10]-[.C10]"),
               Cell(("pct", (tr - tp) / tp), T["tpct"], "[.E10]/[.C10]")])
    sh.put(11, 0, "Détail des postes par canal", T["sub"])
    sh.row(12, ["Canal", "Poste", "Prévu", "Réel", "Écart (Réel − Prévu)"], T["hdr"])
    for k, (ch, poste, pv, rv) in enumerate(BUDGET_DETAIL):
        n = d0 + k
        sh.row(n - 1, [Cell(ch, T["txt"]), Cell(poste, T["txt"]), Cell(("eur", pv), T["eur"]),
                       Cell(("eur", rv), T["eur"]), Cell(("eur", rv - pv), T["eur"], "[.D%d]-[.C%d]" % (n, n))])
    n = d1 + 1
    sh.row(n, [Cell("Total", T["ttxt"]), Cell("", T["ttxt"]),
               Cell(("eur", tp), T["teur"], "SUM([.C%d:.C%d])" % (d0, d1)),
               Cell(("eur", tr), T["teur"], "SUM([.D%d:.D%d])" % (d0, d1)),
               Cell(("eur", tr - tp), T["teur"], "[.D%d]-[.C%d]" % (n + 1, n + 1))])
    sh.put(n + 2, 0, "Source : factures fournisseurs, Google Ads, LinkedIn Campaign Manager, Brevo — MAJ 04/05/2026",
           T["src"])
    budget_row = {poste: d0 + k for k, (ch, poste, pv, rv) in enumerate(BUDGET_DETAIL)}

    # ------------------------------------------------------------------ Suivi leads (construit avant ROI pour les plages)
    leads = make_leads()
    first, last = 5, 5 + len(leads) - 1
    rngB = "[$'Suivi leads'.$B$%d:.$B$%d]" % (first, last)
    rngF = "[$'Suivi leads'.$F$%d:.$F$%d]" % (first, last)
    rngG = "[$'Suivi leads'.$G$%d:.$G$%d]" % (first, last)

    # ------------------------------------------------------------------ ROI
    sh = bk.sheet("ROI", [6.4, 2.6, 2.4, 2.4, 3.0, 3.0, 2.4])
    sh.put(0, 0, "Retour sur investissement par campagne — janvier → avril 2026", T["title"], span=7)
    sh.row(2, [Cell("Taux de marge brute retenu", T["ttxt"]), Cell(("pct", 0.32), T["param"])])
    sh.height(4, 1.0)
    sh.row(4, ["Campagne", "Coût", "Devis générés", "Devis signés", "CA signé", "Marge (CA × 32 %)",
               "ROI (Marge − Coût) / Coût"], T["hdr"])
    by_src = {s[0]: s for s in SOURCES}
    ca = {s[0]: round(sum(L["amt"] for L in leads if L["src"] == s[0] and L["st"] == "Signé"), 2) for s in SOURCES}
    # coûts réels repris de l'onglet Budget (SEO = rédaction/technique + outil Semrush)
    cost_ref = {"Google Ads – Plateaux": "[$Budget.D%d]" % budget_row["C1 — Plateaux-repas"],
                "Google Ads – Cocktails": "[$Budget.D%d]" % budget_row["C2 — Cocktails & séminaires"],
                "Google Ads – La Défense": "[$Budget.D%d]" % budget_row["C3 — La Défense & Paris Ouest"],
                "LinkedIn": "[$Budget.D6]", "Emailing clients": "[$Budget.D7]",
                "Annuaire Traiteurs-IDF": "[$Budget.D8]", "SEO": "[$Budget.D4]+[$Budget.D9]"}
    cost_val = {"Google Ads – Plateaux": 4280, "Google Ads – Cocktails": 4870, "Google Ads – La Défense": 2700,
                "LinkedIn": 3384, "Emailing clients": 460, "Annuaire Traiteurs-IDF": 1200, "SEO": 2430 + 520}

    def roi_row(r, name):
        n = r + 1
        c = cost_val[name]
        gen = by_src[name][1]
        sig = by_src[name][2]
        v = ca[name]
        marge = v * 0.32
        sh.row(r, [Cell(name, T["txt"]), Cell(("eur", c), T["eur"], cost_ref[name]),
                   Cell(gen, T["int"], "COUNTIF(%s;[.A%d])" % (rngB, n)),
                   Cell(sig, T["int"], "COUNTIFS(%s;[.A%d];%s;\"Signé\")" % (rngB, n, rngG)),
                   Cell(("eur", v), T["eur"], "SUMIFS(%s;%s;[.A%d];%s;\"Signé\")" % (rngF, rngB, n, rngG)),
                   Cell(("eur", marge), T["eur"], "[.E%d]*[.$B$3]" % n),
                   Cell(("pct", (marge - c) / c), T["pct"], "([.F%d]-[.B%d])/[.B%d]" % (n, n, n))])
        return c, gen, sig, v, marge

    ga = [roi_row(5 + k, nm) for k, nm in enumerate(["Google Ads – Plateaux", "Google Ads – Cocktails",
                                                      "Google Ads – La Défense"])]
    g = [sum(x[i] for x in ga) for i in range(5)]
    sh.row(8, [Cell("Sous-total Google Ads", T["ttxt"]), Cell(("eur", g[0]), T["teur"], "SUM([.B6:.B8])"),
               Cell(g[1], T["tint"], "SUM([.C6:.C8])"), Cell(g[2], T["tint"], "SUM([.D6:.D8])"),
               Cell(("eur", g[3]), T["teur"], "SUM([.E6:.E8])"), Cell(("eur", g[4]), T["teur"], "SUM([.F6:.F8])"),
               Cell(("pct", (g[4] - g[0]) / g[0]), T["tpct"], "([.F9]-[.B9])/[.B9]")])
    oth = [roi_row(9 + k, nm) for k, nm in enumerate(["LinkedIn", "Emailing clients", "Annuaire Traiteurs-IDF",
                                                       "SEO"])]
    t = [g[i] + sum(x[i] for x in oth) for i in range(5)]
    sh.row(13, [Cell("Total", T["ttxt"]), Cell(("eur", t[0]), T["teur"], "[.B9]+SUM([.B10:.B13])"),
                Cell(t[1], T["tint"], "[.C9]+SUM([.C10:.C13])"), Cell(t[2], T["tint"], "[.D9]+SUM([.D10:.D13])"),
                Cell(("eur", t[3]), T["teur"], "[.E9]+SUM([.E10:.E13])"),
                Cell(("eur", t[4]), T["teur"], "[.F9]+SUM([.F10:.F13])"),
                Cell(("pct", (t[4] - t[0]) / t[0]), T["tpct"], "([.F14]-[.B14])/[.B14]")])
    sh.row(15, [Cell("Google Ads : marge pour 1 € dépensé", T["ttxt"]),
                Cell(("eur", g[4] / g[0]), T["teur2"], "[.F9]/[.B9]")])
    sh.put(17, 0, "Devis générés / signés / CA : calculés depuis l'onglet Suivi leads (NB.SI, SOMME.SI.ENS). "
                  "Apporteurs d'affaires et blog : pas de coût média, hors tableau.", T["src"])
    assert abs(g[4] / g[0] - 2.90) < 0.005, g[4] / g[0]

    # ------------------------------------------------------------------ Suivi leads
    sh = bk.sheet("Suivi leads", [2.5, 5.4, 5.6, 4.2, 1.8, 2.8, 2.2, 5.6])
    sh.put(0, 0, "Suivi du pipe — nouveaux prospects (janvier → avril 2026)", T["title"], span=8)
    sh.put(1, 0, "Export HubSpot du 04/05/2026 — 1 ligne = 1 demande de devis d'un nouveau prospect", T["src"])
    sh.row(3, ["Date", "Source", "Société", "Type", "Nb pers.", "Montant HT", "Statut", "Motif perte"], T["hdr"])
    for i, L in enumerate(leads):
        sh.row(4 + i, [Cell(("date", L["date"]), T["date"]), Cell(L["src"], T["txt"]), Cell(L["soc"], T["txt"]),
                       Cell(L["type"], T["txt"]), Cell(L["nb"], T["int"]), Cell(("eur", L["amt"]), T["eur2"]),
                       Cell(L["st"], T["txt"]), Cell(L["motif"], T["txt"])])
    r0 = 4 + len(leads) + 2                 # ligne (0-based) du titre du bloc
    sh.put(r0, 0, "Leads par source et par mois", T["sub"])
    hr = r0 + 1
    months = [datetime.date(2026, m, 1) for m, _ in MONTH_COUNTS]
    sh.row(hr, [Cell("Source", T["hdr"])] + [Cell(("date", d), T["mois"]) for d in months] +
           [Cell("Total", T["hdr"]), Cell("Signés", T["hdr"]), Cell("Taux de signature", T["hdr"])])
    H = hr + 1                              # ligne 1-based de l'en-tête
    A = "[.$A$%d:.$A$%d]" % (first, last)
    B = "[.$B$%d:.$B$%d]" % (first, last)
    G = "[.$G$%d:.$G$%d]" % (first, last)
    for k, s in enumerate(SOURCES):
        r = hr + 1 + k
        n = r + 1
        cells = [Cell(s[0], T["txt"])]
        for j, d in enumerate(months):
            col = "BCDE"[j]
            cnt = sum(1 for L in leads if L["src"] == s[0] and L["date"].month == d.month)
            cells.append(Cell(cnt, T["int"], "COUNTIFS(%s;[.$A%d];%s;\">=\"&[.%s$%d];%s;\"<=\"&EOMONTH([.%s$%d];0))"
                              % (B, n, A, col, H, A, col, H)))
        cells.append(Cell(s[1], T["int"], "SUM([.B%d:.E%d])" % (n, n)))
        cells.append(Cell(s[2], T["int"], "COUNTIFS(%s;[.$A%d];%s;\"Signé\")" % (B, n, G)))
        cells.append(Cell(("pct", s[2] / s[1]), T["pct"], "[.G%d]/[.F%d]" % (n, n)))
        sh.row(r, cells)
    rt = hr + 1 + len(SOURCES)
    nt = rt + 1
    n1, n2 = hr + 2, rt
    tot = [Cell("Total", T["ttxt"])]
    for j, (m, c) in enumerate(MONTH_COUNTS):
        col = "BCDE"[j]
        tot.append(Cell(c, T["tint"], "SUM([.%s%d:.%s%d])" % (col, n1, col, n2)))
    tot.append(Cell(192, T["tint"], "SUM([.F%d:.F%d])" % (n1, n2)))
    tot.append(Cell(67, T["tint"], "SUM([.G%d:.G%d])" % (n1, n2)))
    tot.append(Cell(("pct", 67 / 192), T["tpct"], "[.G%d]/[.F%d]" % (nt, nt)))
    sh.row(rt, tot)
    r1 = rt + 3
    sh.put(r1, 0, "Leads LinkedIn 2025 — export HubSpot (opé « Cocktails de rentrée » en septembre)", T["sub"])
    sh.row(r1 + 1, [Cell("Mois", T["hdr"])] + [Cell(("date", datetime.date(2025, m, 1)), T["mois"])
                                               for m in (7, 8, 9, 10)])
    sh.row(r1 + 2, [Cell("Leads LinkedIn", T["txt"]), Cell(6, T["int"]), Cell(4, T["int"]), Cell(26, T["int"]),
                    Cell(11, T["int"])])
    # contrôles de cohérence avec le dossier
    for m, c in MONTH_COUNTS:
        assert sum(1 for L in leads if L["date"].month == m) == c
    assert abs(sum(L["amt"] for L in leads if L["st"] == "Signé") - 170700) < 0.01
    assert sum(1 for L in leads if L["st"] == "Signé") == 67
    for s in SOURCES:
        assert sum(1 for L in leads if L["src"] == s[0] and L["st"] == "Signé") == s[2], s[0]
    bk.save_xlsx(XLSX_FILE, PROFILE, AUTHOR, XLSX_STAMP, "TA pilotage 2026 v4")
    return leads


# ============================================================================ annexe PDF (devis-type + enquête)
_FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
               ("DC", "DejaVuSansCondensed.ttf"), ("DCB", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(_n, _FD + _f))
PW, PH = A4
BURG = (0x7B / 255, 0x1E / 255, 0x2B / 255)
GREYC = (0.35, 0.35, 0.35)
LIGHT = (0.95, 0.93, 0.93)

# enquête post-événement : 87 réponses (janvier → avril 2026)
N_SURVEY = 87
CRITERES = [("Ponctualité de la livraison", 62), ("Devis reçu en moins de 24 h", 56), ("Qualité gustative", 54),
            ("Étiquetage des allergènes", 51), ("Une seule facture (mensuelle)", 43), ("Prix", 39),
            ("Présentation des plateaux / buffets", 36), ("Maître d'hôtel disponible", 19)]
FREINS = [("Minimum de 20 convives", 33), ("Délai de réponse au devis", 30), ("Pas de prix affiché sur le site", 25),
          ("Conditions d'annulation", 15), ("Paiement à 30 jours fin de mois", 7)]
NOTES5 = [("Note globale de la prestation", 4.5), ("Qualité des pièces et des plats", 4.6),
          ("Présentation", 4.5), ("Étiquetage des allergènes", 4.4), ("Ponctualité de la livraison", 4.3),
          ("Facilité de la demande de devis", 3.9)]
VERBATIMS = [
    "« Plateaux impeccables et bien étiquetés, nos deux collègues cœliaques ont enfin pu manger comme tout le "
    "monde. » — office manager, cabinet d'avocats, Paris 8e",
    "« Le livreur est resté bloqué 25 minutes à l'accueil de la tour faute de badge, le déjeuner a commencé en "
    "retard. » — assistante de direction, La Défense",
    "« Maître d'hôtel très pro, cocktail dînatoire très apprécié par nos clients. » — agence événementielle, Paris 3e",
    "« Le formulaire de devis est un peu long, je ne savais pas combien de pièces choisir. » — services généraux, "
    "Levallois-Perret",
    "« Devis reçu le lendemain midi, c'était presque trop tard pour notre comité. » — office manager, Boulogne",
    "« Livraison à 11 h 50 pour un déjeuner à 12 h : ça passe, mais on stresse. » — assistante, Courbevoie",
    "« Rien à redire, on recommande pour la fête de fin d'année. » — office manager, Paris 16e",
]


def _pct(n):
    return int(n * 100 / N_SURVEY + 0.5)


def _footer(c, page):
    c.setFont("DS", 7.5)
    c.setFillColorRGB(*GREYC)
    c.drawString(40, 24, "Les Tablées d'Auguste SAS — Annexe du dossier professionnel de Romane Giraud — "
                         "devis-type et enquête clients")
    c.drawRightString(PW - 40, 24, "p. %d / 4" % page)


def _wrap(c, text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _para(c, x, y, text, font="DS", size=8.5, width=500, lead=11, color=(0, 0, 0)):
    c.setFont(font, size)
    c.setFillColorRGB(*color)
    for line in _wrap(c, text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


def _letterhead(c):
    c.setFillColorRGB(*BURG)
    c.rect(0, PH - 70, PW, 70, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DSB", 17)
    c.drawString(40, PH - 38, "Les Tablées d'Auguste")
    c.setFont("DS", 8)
    c.drawString(40, PH - 54, "Traiteur événementiel pour les entreprises depuis 2009")
    c.drawRightString(PW - 40, PH - 30, "Bureau commercial : 48 rue de la Roquette, 75011 Paris")
    c.drawRightString(PW - 40, PH - 42, "Laboratoire : 12 rue Jean-Jacques Rousseau, 94200 Ivry-sur-Seine")
    c.drawRightString(PW - 40, PH - 54, "01 43 •• •• 20 · devis@lestablees-auguste.fr · lestablees-auguste.fr")


def page_devis(c):
    _letterhead(c)
    y = PH - 105
    c.setFillColorRGB(*BURG)
    c.setFont("DSB", 15)
    c.drawString(40, y, "DEVIS n° 2026-0412")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DS", 8.5)
    c.drawString(40, y - 16, "Date d'émission : 14/04/2026")
    c.drawString(40, y - 28, "Validité : 30 jours (jusqu'au 14/05/2026)")
    c.drawString(40, y - 40, "Votre interlocutrice : Sarah Benhamou")
    c.drawString(40, y - 52, "sarah.b@lestablees-auguste.fr · 01 43 •• •• 24")
    # client
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.rect(330, y - 74, PW - 370, 86, stroke=1, fill=0)
    lines = ["Client", "Nexalia Conseil", "À l'attention de Mme Claire Vasseur", "Office manager", "8 rue de Berri",
             "75008 Paris"]
    for k, t in enumerate(lines):
        c.setFont("DSB" if k < 2 else "DS", 8.5)
        c.drawString(338, y - 4 - 13 * k, t)
    # événement
    y -= 100
    c.setFillColorRGB(*LIGHT)
    c.rect(40, y - 52, PW - 80, 60, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    ev = [("Événement", "Séminaire d'équipe — cocktail déjeunatoire"),
          ("Date et heure", "Mardi 12 mai 2026 — service à 12 h 30, livraison et installation à partir de 11 h 15"),
          ("Lieu", "Salons du client, 8 rue de Berri, 6e étage — accès livreur : quai rue Lord-Byron"),
          ("Convives", "80 personnes (effectif définitif à confirmer au plus tard le mercredi 6 mai à 12 h)")]
    for k, (a, b) in enumerate(ev):
        c.setFont("DSB", 8.5)
        c.drawString(48, y - 4 - 13 * k, a)
        c.setFont("DS", 8.5)
        c.drawString(140, y - 4 - 13 * k, b)
    # lignes
    y -= 78
    cols = [40, 300, 350, 420, 480, PW - 40]
    head = ["Désignation", "Qté", "PU HT", "TVA", "Total HT"]
    c.setFillColorRGB(*BURG)
    c.rect(40, y - 4, PW - 80, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DSB", 8.5)
    for k, h in enumerate(head):
        if k == 0:
            c.drawString(cols[0] + 4, y + 1, h)
        else:
            c.drawRightString(cols[k + 1] - 4, y + 1, h)
    items = [("Cocktail déjeunatoire 12 pièces (8 salées, 4 sucrées)", 80, 29.00, "10 %"),
             ("Pièces supplémentaires « Signature » (2 par convive)", 160, 1.90, "10 %"),
             ("Boissons sans alcool : eaux, jus pressés, café, thés", 80, 4.50, "10 %"),
             ("Maître d'hôtel — vacation 5 h", 2, 210.00, "10 %"),
             ("Location vaisselle, verrerie et nappage", 1, 145.00, "20 %"),
             ("Livraison et reprise — Paris 8e", 1, 65.00, "20 %")]
    c.setFillColorRGB(0, 0, 0)
    y -= 18
    tot_ht = 0
    tva10 = tva20 = 0
    for k, (lab, q, pu, tva) in enumerate(items):
        tl = q * pu
        tot_ht += tl
        if tva == "10 %":
            tva10 += tl * 0.10
        else:
            tva20 += tl * 0.20
        if k % 2:
            c.setFillColorRGB(*LIGHT)
            c.rect(40, y - 4, PW - 80, 15, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.setFont("DS", 8.5)
        c.drawString(cols[0] + 4, y, lab)
        for kk, v in enumerate(("%d" % q, _eur(pu), tva, _eur(tl))):
            c.drawRightString(cols[kk + 2] - 4, y, v)
        y -= 15
    ttc = tot_ht + tva10 + tva20
    y -= 6
    for k, (a, v) in enumerate((("Total HT", tot_ht), ("TVA 10 %", tva10), ("TVA 20 %", tva20),
                                 ("Total TTC", ttc), ("Acompte à la signature (30 % du TTC)", ttc * 0.3))):
        c.setFont("DSB" if k in (0, 3, 4) else "DS", 9)
        c.drawRightString(480 - 4, y, a)
        c.drawRightString(PW - 44, y, _eur(v))
        y -= 14
    y -= 8
    conds = ["Acompte de 30 % du montant TTC à la signature ; sans acompte reçu, la date n'est pas réservée.",
             "Effectif définitif à confirmer au plus tard 3 jours ouvrés avant la prestation, à 12 h ; facturation "
             "sur cet effectif (tolérance de 5 % à la baisse).",
             "Solde à 30 jours fin de mois après la prestation, par virement.",
             "Liste des allergènes de chaque pièce jointe au devis ; régimes particuliers à signaler à la commande.",
             "Devis valable 30 jours. Conditions générales de prestation au verso (page suivante)."]
    c.setFont("DSB", 9)
    c.setFillColorRGB(*BURG)
    c.drawString(40, y, "Conditions")
    c.setFillColorRGB(0, 0, 0)
    y -= 13
    for t in conds:
        y = _para(c, 48, y, "• " + t, size=8.3, width=PW - 96, lead=10.5)
    # bon pour accord
    y -= 10
    c.setStrokeColorRGB(*BURG)
    c.rect(300, y - 88, PW - 340, 92, stroke=1, fill=0)
    c.setFont("DSB", 9)
    c.setFillColorRGB(*BURG)
    c.drawString(308, y - 10, "BON POUR ACCORD")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DS", 7.8)
    y2 = _para(c, 308, y - 24, "Date, nom, cachet de l'entreprise et signature, précédés de la mention manuscrite "
                               "« Bon pour accord ».", size=7.8, width=PW - 356, lead=10)
    c.setFont("DS", 8)
    c.drawString(48, y - 20, "Les Tablées d'Auguste SAS au capital de 80 000 €")
    c.drawString(48, y - 32, "RCS Paris 512 ••• ••• — TVA FR•• 512 ••• •••")
    c.drawString(48, y - 44, "Agrément sanitaire du laboratoire d'Ivry-sur-Seine")
    _footer(c, 1)


def _eur(v):
    s = "{:,.2f}".format(v).replace(",", " ").replace(".", ",")
    return s + " €"


CGP = [
    ("1. Objet", "Les présentes conditions s'appliquent à toutes les prestations de traiteur (plateaux-repas, "
                 "cocktails, séminaires, service) réalisées par Les Tablées d'Auguste pour des clients "
                 "professionnels. Toute commande vaut acceptation des présentes conditions."),
    ("2. Devis et commande", "Le devis est valable 30 jours. La commande est ferme à réception du devis daté, "
                             "signé et revêtu de la mention « bon pour accord » et du cachet de l'entreprise, "
                             "accompagné de l'acompte."),
    ("3. Acompte", "Un acompte de 30 % du montant TTC est exigé à la commande. La date de la prestation n'est "
                   "réservée qu'à réception de l'acompte."),
    ("4. Effectif définitif", "Le client confirme le nombre définitif de convives au plus tard trois jours ouvrés "
                              "avant la prestation, à 12 h. La facturation est établie sur la base de cet effectif. "
                              "Une baisse de plus de 5 % après ce délai n'entraîne aucune réduction. Toute hausse "
                              "est acceptée dans la limite de nos capacités de production."),
    ("5. Annulation", "Toute annulation doit être notifiée par écrit. Plus de 7 jours avant la prestation : "
                      "l'acompte est remboursé, déduction faite de 10 % de frais de dossier. Entre 7 et 3 jours : "
                      "50 % du montant TTC reste dû. Entre 3 jours et la veille : 80 %. Le jour même : 100 %."),
    ("6. Livraison et accès", "Les horaires de livraison sont indiqués sur le devis. Le client communique les "
                              "conditions d'accès (badge, quai, étage, ascenseur). Les retards dus à un accès "
                              "impossible ou à une attente à l'accueil ne peuvent être reprochés au traiteur."),
    ("7. Matériel, vaisselle et casse", "Le matériel, la vaisselle, la verrerie et le nappage mis à disposition "
                                        "restent la propriété des Tablées d'Auguste. Un inventaire est fait à la "
                                        "reprise. Les éléments manquants ou cassés sont facturés au prix de "
                                        "remplacement : verre 4,50 € HT, assiette ardoise 12,00 € HT, plateau de "
                                        "service 35,00 € HT, nappe 28,00 € HT."),
    ("8. Paiement", "Le solde est payable à 30 jours fin de mois à compter de la date de facture. Tout retard "
                    "entraîne de plein droit des pénalités égales à trois fois le taux d'intérêt légal ainsi "
                    "qu'une indemnité forfaitaire pour frais de recouvrement de 40 € (articles L441-10 et "
                    "D441-5 du Code de commerce)."),
    ("9. Hygiène et allergènes", "Les préparations sont réalisées dans notre laboratoire agréé. La liste des "
                                 "allergènes est fournie pour chaque produit. Un plat témoin de chaque "
                                 "préparation est conservé 5 jours au froid. Les denrées non consommées ne "
                                 "peuvent être conservées par le client au-delà de la fin de la prestation."),
    ("10. Réclamations", "Toute réclamation doit être formulée par écrit dans les 48 heures suivant la prestation. "
                         "Passé ce délai, elle ne pourra être prise en compte."),
]


def page_cgp(c):
    _letterhead(c)
    y = PH - 105
    c.setFillColorRGB(*BURG)
    c.setFont("DSB", 13)
    c.drawString(40, y, "Conditions générales de prestation — verso du devis")
    c.setFont("DS", 8)
    c.setFillColorRGB(*GREYC)
    c.drawString(40, y - 14, "Version en vigueur au 1er janvier 2026 — extrait des articles 1 à 10")
    y -= 38
    for title, body in CGP:
        c.setFont("DSB", 9)
        c.setFillColorRGB(*BURG)
        c.drawString(40, y, title)
        y -= 12
        y = _para(c, 40, y, body, size=8.6, width=PW - 80, lead=11.2)
        y -= 8
    _footer(c, 2)


def _hbars(c, x, y, w, data, maxv, color, label_w=190, bar_h=13, gap=7):
    for lab, n in data:
        p = _pct(n)
        c.setFont("DS", 8.5)
        c.setFillColorRGB(0, 0, 0)
        c.drawRightString(x + label_w - 8, y + 3, lab)
        bw = (w - label_w - 60) * p / maxv
        c.setFillColorRGB(*color)
        c.rect(x + label_w, y, bw, bar_h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + label_w + bw + 5, y + 3, "%d %% (%d)" % (p, n))
        y -= bar_h + gap
    return y


def page_survey1(c):
    c.setFillColorRGB(*BURG)
    c.rect(0, PH - 50, PW, 50, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DSB", 14)
    c.drawString(40, PH - 32, "Enquête de satisfaction après prestation — résultats")
    y = PH - 80
    c.setFillColorRGB(0, 0, 0)
    y = _para(c, 40, y, "Questionnaire envoyé par HubSpot le lendemain de chaque prestation, de janvier à avril "
                        "2026 (412 envois). Réponses reçues : n = 87 (taux de réponse 21 %). Répondants : office "
                        "managers et services généraux 52, assistantes de direction 21, agences événementielles 14.",
              size=9, width=PW - 80, lead=12)
    y -= 14
    c.setFont("DSB", 10.5)
    c.setFillColorRGB(*BURG)
    c.drawString(40, y, "Q1. Qu'est-ce qui compte le plus pour vous dans le choix d'un traiteur ?")
    c.setFont("DSI", 8.5)
    c.setFillColorRGB(*GREYC)
    c.drawString(40, y - 12, "Plusieurs réponses possibles — % des 87 répondants (nombre de réponses)")
    y = _hbars(c, 40, y - 34, PW - 80, CRITERES, 100, BURG)
    y -= 20
    c.setFont("DSB", 10.5)
    c.setFillColorRGB(*BURG)
    c.drawString(40, y, "Q2. Qu'est-ce qui pourrait vous faire hésiter à commander chez nous ?")
    c.setFont("DSI", 8.5)
    c.setFillColorRGB(*GREYC)
    c.drawString(40, y - 12, "Plusieurs réponses possibles — % des 87 répondants (nombre de réponses)")
    y = _hbars(c, 40, y - 34, PW - 80, FREINS, 100, (0.55, 0.55, 0.55))
    y -= 16
    c.setFont("DSB", 10.5)
    c.setFillColorRGB(*BURG)
    c.drawString(40, y, "Q3. Comment nous avez-vous connus ?")
    y -= 18
    src = [("Recherche Google", 31), ("Recommandation d'un collègue", 22), ("Déjà client", 17),
           ("Lieu ou agence partenaire", 9), ("LinkedIn", 5), ("Annuaire Traiteurs-IDF.fr", 3)]
    y = _hbars(c, 40, y, PW - 80, src, 100, (0.75, 0.45, 0.5))
    _footer(c, 3)


def page_survey2(c):
    c.setFillColorRGB(*BURG)
    c.rect(0, PH - 50, PW, 50, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DSB", 14)
    c.drawString(40, PH - 32, "Enquête de satisfaction après prestation — notes et verbatims")
    y = PH - 84
    c.setFont("DSB", 10.5)
    c.setFillColorRGB(*BURG)
    c.drawString(40, y, "Q4. Vos notes (de 1 à 5, moyenne des 87 réponses)")
    y -= 24
    for lab, v in NOTES5:
        c.setFont("DS", 8.5)
        c.setFillColorRGB(0, 0, 0)
        c.drawRightString(230, y + 3, lab)
        c.setFillColorRGB(*LIGHT)
        c.rect(240, y, 250, 13, stroke=0, fill=1)
        c.setFillColorRGB(*BURG)
        c.rect(240, y, 250 * v / 5, 13, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(498, y + 3, ("%.1f" % v).replace(".", ",") + " / 5")
        y -= 20
    y -= 14
    c.setFont("DSB", 10.5)
    c.setFillColorRGB(*BURG)
    c.drawString(40, y, "Q5. La livraison est-elle arrivée dans le créneau annoncé ?")
    y -= 26
    yes = 77
    c.setFillColorRGB(*BURG)
    c.rect(240, y, 250 * yes / N_SURVEY, 16, stroke=0, fill=1)
    c.setFillColorRGB(0.6, 0.6, 0.6)
    c.rect(240 + 250 * yes / N_SURVEY, y, 250 * (N_SURVEY - yes) / N_SURVEY, 16, stroke=0, fill=1)
    c.setFont("DS", 8.5)
    c.setFillColorRGB(0, 0, 0)
    c.drawRightString(230, y + 4, "Livré dans le créneau")
    c.drawString(240, y - 12, "Oui : %d %% (%d)   ·   Non : %d %% (%d)" % (_pct(yes), yes, 100 - _pct(yes),
                                                                         N_SURVEY - yes))
    y -= 34
    c.setFont("DS", 8.5)
    c.drawRightString(230, y, "Dont retards à La Défense")
    c.drawString(240, y, "7 des 10 retards signalés")
    y -= 30
    c.setFont("DSB", 10.5)
    c.setFillColorRGB(*BURG)
    c.drawString(40, y, "Q6. Un commentaire ? (verbatims, sélection)")
    y -= 18
    for t in VERBATIMS:
        c.setFillColorRGB(*LIGHT)
        lines = _wrap(c, t, "DSI", 8.6, PW - 100)
        h = 11 * len(lines) + 8
        c.rect(40, y - h + 10, PW - 80, h, stroke=0, fill=1)
        c.setFillColorRGB(0.15, 0.15, 0.15)
        c.setFont("DSI", 8.6)
        yy = y
        for ln in lines:
            c.drawString(50, yy, ln)
            yy -= 11
        y -= h + 6
    _footer(c, 4)


def build_pdf():
    c = canvas.Canvas(PDF_FILE, pagesize=A4, invariant=1)
    c.setAuthor(AUTHOR)
    c.setTitle("Annexe — devis-type et enquête clients — Les Tablées d'Auguste")
    c.setSubject("Dossier professionnel — Titre Chef de projet e-commerce — session 2026")
    for fn in (page_devis, page_cgp, page_survey1, page_survey2):
        fn(c)
        c.showPage()
    c.save()


# ============================================================================ construction du DOCX
def build_docx():
    global doc
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.1
    for name, size, before in (("Heading 1", 16, 0), ("Heading 2", 13, 12)):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.element.rPr.rFonts.set(qn("w:ascii"), "Calibri")
        hs.element.rPr.rFonts.set(qn("w:hAnsi"), "Calibri")
        hs.font.size = Pt(size)
        hs.font.bold = True
        hs.font.color.rgb = BURGUNDY
        hs.paragraph_format.space_before = Pt(before)
        hs.paragraph_format.space_after = Pt(6)
    from docx.enum.style import WD_STYLE_TYPE
    for name in ("TOC 1", "TOC 2"):
        try:
            doc.styles[name]
        except KeyError:
            s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = doc.styles["Normal"]
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.3)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Les Tablées d'Auguste — Dossier professionnel")
    run_fmt(r, 8.5, False, True, RGBColor(0x59, 0x59, 0x59))
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Romane Giraud — Bachelor CPEC — p. ")
    run_fmt(r, 8.5, color=RGBColor(0x59, 0x59, 0x59))
    page_field(fp)

    # page de garde
    for _ in range(5):
        doc.add_paragraph()
    for text, size, bold, color in [("Les Tablées d'Auguste", 30, True, BURGUNDY),
                                    ("Traiteur événementiel B2B — Paris 11e / Ivry-sur-Seine", 13, False, None),
                                    ("", 10, False, None),
                                    ("Dossier professionnel", 22, True, None),
                                    ("Titre RNCP Chef de projet e-commerce — blocs 1, 3 et 5", 13, False, None),
                                    ("Session 2026", 13, False, None)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        run_fmt(r, size, bold, False, color)
    for _ in range(9):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for k, t in enumerate(["Romane Giraud", "Alternante chargée de marketing digital",
                           "Bachelor CPEC 2025-2026", "Tutrice : Delphine Lheureux, directrice commerciale"]):
        r = p.add_run(t)
        run_fmt(r, 11, k == 0)
        if k < 3:
            r.add_break()
    doc.add_page_break()
    toc()
    doc.add_page_break()
    content()

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier professionnel — Les Tablées d'Auguste"
    cp.subject = "Titre RNCP Chef de projet e-commerce — blocs 1, 3 et 5"
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 58
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(DOCX_FILE, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))


def main():
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    build_xlsx()
    build_pdf()
    for f in (DOCX_FILE, XLSX_FILE, PDF_FILE):
        print("ok", f)


if __name__ == "__main__":
    main()
