# Générateur du dossier du candidat c131 (Parmelan Voyages, agence de voyages sur mesure long-courrier, Annecy :
# devis sur mesure demandés en ligne, lien d'acompte) — blocs 2 et 5, dossier moyen, session 2026.
# Deux fichiers :
#  1) « Soutenance_PERRILLAT_Parmelan.pptx » : support de soutenance 16:9 de 20 diapositives, bandeau de titre bleu
#     canard foncé, pied de page « Parmelan Voyages — Soutenance RNCP — Q. Perrillat » + numéro. Style diapo (groupes
#     nominaux, flèches « → », gros chiffres) ; phrases complètes seulement dans les notes de l'orateur (12 diapos).
#     Formes de processus sur 3 diapos (4, 18, 19), 4 tableaux (5, 13, 16, 17), 2 cadres de capture (11, 12).
#     Le sommaire annonce 6 parties ; la 6e (logistique) n'existe pas. Diapo 10 : titre seul, espace réservé intact.
#  2) « Dashboard_KPI_Parmelan_2025-2026.xlsx » : onglets « Mensuel », « Tunnel devis » (avec graphique),
#     « Campagnes », « Conseillers » (couleurs conditionnelles), « Listes ». Construit en ODS (odfpy, formules
#     avec leur valeur calculée) puis enregistré en XLSX par LibreOffice (profil privé), archive ré-horodatée.
# Déterministe : propriétés figées, zip trié et daté, identifiants d'axes du graphique renumérotés.
import datetime
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentChart
from odf.style import (Style, TableCellProperties, TextProperties, ParagraphProperties, Map, TableColumnProperties,
                       TableRowProperties, GraphicProperties, ChartProperties)
from odf.number import (CurrencyStyle, CurrencySymbol, Number, Text as NText, PercentageStyle, NumberStyle,
                        DateStyle, Day, Month, Year)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P as OdfP
from odf.draw import Frame, Object as DObject
from odf import chart as OC
from odf.meta import InitialCreator, CreationDate
from odf.dc import Creator, Date as DcDate, Title as DcTitle

SLUG = "c131-agence-voyage-sur-mesure-annecy"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
PPTX_FILE = os.path.join(OUT, "Soutenance_PERRILLAT_Parmelan.pptx")
XLSX_FILE = os.path.join(OUT, "Dashboard_KPI_Parmelan_2025-2026.xlsx")
AUTHOR = "Quentin Perrillat"
FIXED = datetime.datetime(2026, 5, 27, 21, 35, 0)
ZIPSTAMP = (2026, 5, 27, 21, 35, 0)
XLSX_STAMP = "2026-05-24T18:12:00"
PROFILE = "/tmp/lo-" + SLUG

TEAL = RGBColor(0x0E, 0x4A, 0x55)
TEAL2 = RGBColor(0x2C, 0x7A, 0x85)
MIST = RGBColor(0xE6, 0xF0, 0xF1)
SAND = RGBColor(0xF6, 0xF3, 0xEE)
SAKURA = RGBColor(0xE0, 0x8E, 0xA6)
SAKURA2 = RGBColor(0xF9, 0xE3, 0xEA)
INK = RGBColor(0x22, 0x2B, 0x2E)
GREY = RGBColor(0x6E, 0x78, 0x7B)
LGREY = RGBColor(0xD5, 0xDB, 0xDC)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
GREEN = RGBColor(0x2E, 0x8B, 0x57)
RED = RGBColor(0xB8, 0x3B, 0x3B)
FONT = "Calibri"
FOOTER = "Parmelan Voyages — Soutenance RNCP — Q. Perrillat"
N_SLIDES = 20


def fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))
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


# =============================================================================================== outils diapos
def style_run(run, size, color=INK, bold=False, italic=False):
    run.font.size = Pt(size)
    run.font.color.rgb = color
    run.font.name = FONT
    run.font.bold = bold
    run.font.italic = italic


def rich(p, text, size, color=INK, italic=False, bold_color=None):
    for part in re.split(r"(\*\*[^*]+\*\*)", text):
        if not part:
            continue
        r = p.add_run()
        if part.startswith("**"):
            r.text = part[2:-2]
            style_run(r, size, bold_color or color, True, italic)
        else:
            r.text = part
            style_run(r, size, color, False, italic)


def textbox(shapes, x, y, w, h, lines, size=16, color=INK, bullet="▸", space=6, align=None, bold_color=None):
    tb = shapes.add_textbox(x, y, w, h)
    tf = tb.text_frame
    tf.word_wrap = True
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.space_after = Pt(space)
        if align is not None:
            p.alignment = align
        if bullet and line:
            r = p.add_run()
            r.text = bullet + " "
            style_run(r, size, SAKURA, True)
        rich(p, line, size, color, bold_color=bold_color)
    return tb


def box(shapes, x, y, w, h, fill, line=None, shape=MSO_SHAPE.RECTANGLE, lw=1.25):
    s = shapes.add_shape(shape, x, y, w, h)
    if fill is None:
        s.fill.background()
    else:
        s.fill.solid()
        s.fill.fore_color.rgb = fill
    if line is None:
        s.line.fill.background()
    else:
        s.line.color.rgb = line
        s.line.width = Pt(lw)
    s.shadow.inherit = False
    return s


def box_text(s, lines, size, color=INK, bold=False, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP, italic=False,
             space=3):
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Inches(0.1)
    tf.margin_top = tf.margin_bottom = Inches(0.05)
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.alignment = align
        p.space_after = Pt(space)
        if bold:
            r = p.add_run()
            r.text = line
            style_run(r, size, color, True, italic)
        else:
            rich(p, line, size, color, italic)


def footer(slide, num, dark=False):
    ft = slide.shapes.add_textbox(Inches(0.5), Inches(7.05), Inches(8), Inches(0.32))
    r = ft.text_frame.paragraphs[0].add_run()
    r.text = FOOTER
    style_run(r, 10, MIST if dark else GREY)
    nb = slide.shapes.add_textbox(Inches(12.1), Inches(7.05), Inches(0.8), Inches(0.32))
    p = nb.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.RIGHT
    r = p.add_run()
    r.text = str(num)
    style_run(r, 11, WHITE if dark else TEAL, True)


def frame(slide, num, title, part=None):
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = SAND
    band = box(slide.shapes, 0, 0, Inches(13.333), Inches(1.05), TEAL)
    band.name = "Bandeau titre"
    dot = box(slide.shapes, Inches(12.55), Inches(0.36), Inches(0.32), Inches(0.32), SAKURA, shape=MSO_SHAPE.OVAL)
    dot.name = "Pastille"
    t = slide.shapes.title
    if t is not None:
        t.left, t.top, t.width, t.height = Inches(0.5), Inches(0.1), Inches(11.8), Inches(0.85)
        tf = t.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        p = tf.paragraphs[0]
        p.alignment = PP_ALIGN.LEFT
        r = p.add_run()
        r.text = title
        style_run(r, 28 if len(title) <= 48 else 25, WHITE, True)
        el = t._element
        tree = el.getparent()
        tree.remove(el)
        tree.append(el)
    footer(slide, num)


def table(slide, rows, widths, x, y, w, fs, row_h=0.34, bold_first=True, head=TEAL, zebra=True):
    nr, nc = len(rows), len(rows[0])
    shape = slide.shapes.add_table(nr, nc, x, y, w, Inches(row_h * nr))
    tb = shape.table
    total = sum(widths)
    for j, ww in enumerate(widths):
        tb.columns[j].width = Emu(int(w * ww / total))
    for i, row in enumerate(rows):
        tb.rows[i].height = Inches(row_h)
        for j, val in enumerate(row):
            cell = tb.cell(i, j)
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            tf = cell.text_frame
            tf.word_wrap = True
            p = tf.paragraphs[0]
            cell.fill.solid()
            if i == 0:
                r = p.add_run()
                r.text = val
                style_run(r, fs, WHITE, True)
                cell.fill.fore_color.rgb = head
            else:
                rich(p, val, fs, INK)
                if bold_first and j == 0:
                    for r in p.runs:
                        r.font.bold = True
                cell.fill.fore_color.rgb = (WHITE if i % 2 else MIST) if zebra else WHITE
    return shape


def chevrons(shapes, steps, x, y, w, h, fill=TEAL, size=13, gap=0.05, color=WHITE, name=None):
    """Flèches de processus : chevrons sans texte + zones de texte posées dessus (le texte reste lisible)."""
    g = shapes.add_group_shape()
    if name:
        g.name = name
    n = len(steps)
    cw = (w - Inches(gap) * (n - 1)) / n
    tip = min(int(h * 0.35), int(cw * 0.3))
    for k, st in enumerate(steps):
        shp = MSO_SHAPE.PENTAGON if k == 0 else MSO_SHAPE.CHEVRON
        cx = int(x + k * (cw + Inches(gap)))
        c = box(g.shapes, cx, y, int(cw), h, fill[k] if isinstance(fill, list) else fill, shape=shp)
        c.adjustments[0] = tip / min(int(cw), h)
        left = cx + (tip if k else Inches(0.04))
        tb = g.shapes.add_textbox(left, y, int(cw) - tip - (tip if k else Inches(0.04)) + Inches(0.02), h)
        tf = tb.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        tf.margin_left = tf.margin_right = 0
        tf.margin_top = tf.margin_bottom = 0
        lines = st if isinstance(st, list) else st.split("\n")
        for j, line in enumerate(lines):
            p = tf.paragraphs[0] if j == 0 else tf.add_paragraph()
            p.alignment = PP_ALIGN.CENTER
            r = p.add_run()
            r.text = line
            style_run(r, size, color, j == 0 and isinstance(st, list))
    return g


def bignum(shapes, x, y, w, h, num, label, fill=TEAL, numsize=40, labsize=14, color=WHITE):
    s = box(shapes, x, y, w, h, fill, shape=MSO_SHAPE.ROUNDED_RECTANGLE)
    s.adjustments[0] = 0.08
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.CENTER
    r = p.add_run()
    r.text = num
    style_run(r, numsize, color, True)
    p2 = tf.add_paragraph()
    p2.alignment = PP_ALIGN.CENTER
    rich(p2, label, labsize, color)
    return s


def screenshot(shapes, x, y, w, h, url, caption):
    """Cadre de capture d'écran : barre de navigateur + zone grise ; le contenu est posé par l'appelant."""
    g = shapes.add_group_shape()
    g.name = "Capture " + url
    box(g.shapes, x, y, w, h, WHITE, GREY, lw=1)
    bar = box(g.shapes, x, y, w, Inches(0.32), LGREY)
    for k, c in enumerate((RGBColor(0xE0, 0x6C, 0x5C), RGBColor(0xE8, 0xB9, 0x4A), RGBColor(0x6B, 0xB3, 0x6E))):
        box(g.shapes, x + Inches(0.1 + 0.18 * k), y + Inches(0.1), Inches(0.12), Inches(0.12), c,
            shape=MSO_SHAPE.OVAL)
    u = box(g.shapes, x + Inches(0.75), y + Inches(0.05), w - Inches(0.95), Inches(0.22), WHITE)
    box_text(u, [url], 9, GREY, anchor=MSO_ANCHOR.MIDDLE)
    cap = shapes.add_textbox(x, y + h + Inches(0.04), w, Inches(0.3))
    cap.text_frame.word_wrap = True
    p = cap.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.CENTER
    r = p.add_run()
    r.text = caption
    style_run(r, 10, GREY, italic=True)
    return g


def bubble(shapes, x, y, w, h, text, who, mine):
    s = box(shapes, x, y, w, h, TEAL2 if mine else WHITE, None if mine else LGREY,
            shape=MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT, lw=1)
    s.adjustments[0] = 0.38 if mine else -0.38
    s.adjustments[1] = 0.72
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    tf.margin_left = tf.margin_right = Inches(0.08)
    tf.margin_top = tf.margin_bottom = Inches(0.02)
    p = tf.paragraphs[0]
    r = p.add_run()
    r.text = who + " : "
    style_run(r, 10, WHITE if mine else TEAL, True)
    r = p.add_run()
    r.text = text
    style_run(r, 10, WHITE if mine else INK)
    return s


# =============================================================================================== diapositives
PARTS = {1: "1 · Parmelan en bref", 2: "2 · Opé Sakura", 3: "3 · Relais, chat, Instagram", 4: "4 · Vendre en ligne",
         5: "5 · Piloter la refonte"}


def s01(slide):
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = TEAL
    box(slide.shapes, Inches(8.6), 0, Inches(4.733), Inches(7.5), TEAL2)
    for k, (x, y, d) in enumerate(((9.4, 1.0, 1.3), (11.1, 2.2, 0.8), (10.0, 3.6, 1.0), (11.6, 4.6, 1.1),
                                   (9.3, 5.3, 0.6))):
        fl = box(slide.shapes, Inches(x), Inches(y), Inches(d), Inches(d), SAKURA if k % 2 == 0 else SAKURA2,
                 shape=MSO_SHAPE.OVAL)
        fl.name = "Fleur %d" % (k + 1)
    tb = slide.shapes.add_textbox(Inches(0.7), Inches(1.2), Inches(7.6), Inches(5.4))
    tf = tb.text_frame
    tf.word_wrap = True
    lines = [("PARMELAN VOYAGES — ANNECY", 14, SAKURA2, True),
             ("Du devis sur mesure au lien d'acompte", 38, WHITE, True),
             ("Vendre le voyage lointain en ligne… sans perdre le conseiller", 20, MIST, False),
             ("", 10, WHITE, False),
             ("Soutenance — Titre RNCP Chef de projet e-commerce — blocs 2 et 5", 16, WHITE, False),
             ("Quentin Perrillat — alternant Mastère 1, Institut Alpes Numérique", 15, MIST, False),
             ("Tutrice : Hélène Favre-Bulle, gérante de Parmelan Voyages", 15, MIST, False),
             ("Session 2026", 15, SAKURA2, True)]
    for k, (t, s, c, b) in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.space_after = Pt(8)
        r = p.add_run()
        r.text = t
        style_run(r, s, c, b)
    footer(slide, 1, dark=True)


def s02(slide):
    frame(slide, 2, "Sommaire")
    items = [("1", "Parmelan Voyages en bref", "l'agence, les chiffres, le site"),
             ("2", "Opé Sakura", "objectifs, cibles, mix média"),
             ("3", "Relais, live chat Tripnote, Instagram", "réceptifs et ambassadeurs, conversations, réseaux"),
             ("4", "Vendre en ligne", "merchandising des circuits, lien d'acompte, paiement fractionné, fidélité"),
             ("5", "Piloter la refonte du site", "cahier de refonte, agences, juridique, équipe, circuit d'un dossier"),
             ("6", "Logistique : carnets de route & envois", "préparation, impression, expédition des carnets")]
    y = Inches(1.35)
    for n, t, sub in items:
        c = box(slide.shapes, Inches(0.8), y, Inches(0.8), Inches(0.8), TEAL if n != "6" else TEAL2,
                shape=MSO_SHAPE.OVAL)
        box_text(c, [n], 24, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        textbox(slide.shapes, Inches(1.85), y - Inches(0.02), Inches(10.6), Inches(0.9),
                ["**%s**" % t, sub], 17, bullet=None, space=0, bold_color=TEAL)
        y += Inches(0.93)


def s03(slide):
    frame(slide, 3, "Parmelan Voyages en chiffres", PARTS[1])
    tiles = [("1 050", "dossiers signés en 2025"), ("5,2 M€", "volume d'affaires 2025"),
             ("16 %", "marge brute"), ("68 %", "des demandes de devis → via le site"),
             ("14 %", "des dossiers → acompte payé en ligne"), ("9", "personnes dont 5 spécialistes destination")]
    for k, (n, lab) in enumerate(tiles):
        x = Inches(0.5 + (k % 3) * 2.62)
        y = Inches(1.3 + (k // 3) * 1.85)
        bignum(slide.shapes, x, y, Inches(2.45), Inches(1.7), n, lab, TEAL if k not in (4,) else SAKURA,
               numsize=34, labsize=12)
    textbox(slide.shapes, Inches(8.55), Inches(1.3), Inches(4.4), Inches(5.4), [
        "SARL, rue Sommeiller, Annecy — créée en 2012 par **Hélène Favre-Bulle** (ex-cheffe de produit TO)",
        "**Atout France** + garantie **APST**",
        "Spécialistes Japon, Islande, Namibie, Canada, Pérou + Sami Haddou (billetterie, opés)",
        "WordPress + **Tripnote Pro** : itinéraires, devis, liens de paiement",
        "Concurrents : Horizons Singuliers, Terres & Sentiers, Evasia Sur Mesure",
    ], 14, space=8)
    textbox(slide.shapes, Inches(0.5), Inches(5.2), Inches(7.9), Inches(1.4), [
        "Japon 14 jours dès 4 290 €/pers. · Islande autotour 10 jours dès 2 680 €/pers.",
        "2025 → 3 240 demandes de devis via le site… mais 147 acomptes payés en ligne",
    ], 14, space=5)
    src = slide.shapes.add_textbox(Inches(0.5), Inches(6.65), Inches(8), Inches(0.3))
    r = src.text_frame.paragraphs[0].add_run()
    r.text = "Source : Tripnote Pro, GA4 — Dashboard KPI, onglet « Mensuel »"
    style_run(r, 10, GREY, italic=True)


def s04(slide):
    frame(slide, 4, "Opé Sakura — le Japon des cerisiers, avril 2026", PARTS[2])
    bignum(slide.shapes, Inches(0.5), Inches(1.3), Inches(3.3), Inches(2.3), "24 chambres",
           "allotement Kumo Travel Japan · 2 → 16 avril 2026", SAKURA, numsize=36, labsize=13)
    textbox(slide.shapes, Inches(4.1), Inches(1.25), Inches(8.8), Inches(2.5), [
        "**Pourquoi ?** Plan d'Hélène 2025-2027 → plus de dossiers signés et payés en ligne",
        "**Objectif 1** → remplir les 24 chambres de Kumo avant la rétrocession (15 déc.)",
        "**Objectif 2** → faire passer ces devis Japon par le lien d'acompte",
        "**Période** → 8 septembre → 30 novembre 2025",
    ], 15, space=6)
    lab = slide.shapes.add_textbox(Inches(0.5), Inches(3.85), Inches(6), Inches(0.35))
    rich(lab.text_frame.paragraphs[0], "**Mix média**", 15, TEAL)
    media = [("Google Ads", "Search « voyage Japon sur mesure »"),
             ("Meta", "carrousels itinéraire, couples 35-60 ans"),
             ("Newsletter Brevo", "7 800 contacts, 3 envois"),
             ("Webinaire live", "« Soirée Japon » 16 oct., Arnaud + Kumo en direct"),
             ("Vitrine de l'agence", "cerisiers en papier + QR code devis")]
    y = Inches(4.25)
    for k, (t, sub) in enumerate(media):
        x = Inches(0.5 + k * 2.5)
        a = box(slide.shapes, x, y, Inches(2.4), Inches(0.45), TEAL)
        box_text(a, [t], 13, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        b = box(slide.shapes, x, y + Inches(0.45), Inches(2.4), Inches(1.0), WHITE, LGREY, lw=0.75)
        box_text(b, [sub], 12, INK, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)
    chevrons(slide.shapes, [["Teasing", "septembre"], ["Webinaire", "16 octobre"], ["Relances", "novembre"],
                            ["Rétrocession", "15 décembre"]],
             Inches(0.5), Inches(5.95), Inches(12.3), Inches(0.8),
             fill=[TEAL2, TEAL, TEAL2, SAKURA], size=14, name="Calendrier Opé Sakura")


def s05(slide):
    frame(slide, 5, "Objectif × cible × canal", PARTS[2])
    rows = [["Objectif", "Cible", "Canal", "Message"],
            ["Remplir les 24 chambres d'avril", "Couples 35-60 ans, 1er voyage au Japon, CSP+ Annecy · Genève · Lyon",
             "Google Ads + webinaire « Soirée Japon »", "« Le Japon des cerisiers, sans la foule — départ le 2 avril »"],
            ["Faire signer en ligne", "Les mêmes couples, déjà en devis", "Relance du conseiller + newsletter",
             "« Votre chambre est bloquée 72 h → acompte en ligne »"],
            ["Faire connaître le Japon sur mesure", "Couples 35-60 ans qui rêvent du Japon, pas encore prêts",
             "Meta (carrousels) + vitrine", "« De Tokyo aux Alpes japonaises en 14 jours »"],
            ["Réactiver les anciens clients", "Voyageurs Parmelan 2019-2024 (Islande, Namibie, Canada)",
             "Newsletter Brevo + webinaire", "« Après l'Islande… le Japon ? »"]]
    table(slide, rows, [2.4, 3.4, 2.6, 3.6], Inches(0.5), Inches(1.35), Inches(12.3), 13, row_h=0.95)
    textbox(slide.shapes, Inches(0.5), Inches(6.3), Inches(12.3), Inches(0.6), [
        "1 objectif → 1 cible → 1 canal → 1 message"],
        14, bullet="→", bold_color=TEAL)


def s06(slide):
    frame(slide, 6, "Réceptifs et ambassadeurs : nos relais", PARTS[3])
    items = [("Réceptifs", ["**Kumo Travel Japan** (Tokyo) → photos, vidéos, présence en direct au webinaire",
                            "**Sagaland Iceland** (Reykjavik) → itinéraires autotour, conseils conduite"]),
             ("Blogs voyage", ["**« Les Carnets de Maëlle »** → article « 14 jours au Japon au printemps », lien devis",
                               "**« Deux sacs à dos »** → récit de l'autotour des fjords de l'Est, lien vers la fiche"]),
             ("Boutique outdoor", ["**Cime & Col**, Annecy → flyers Opé Sakura en caisse, soirée diaporama "
                                   "« Trek au Japon » dans la boutique"])]
    y = Inches(1.35)
    for t, lines in items:
        a = box(slide.shapes, Inches(0.5), y, Inches(2.8), Inches(1.5), TEAL)
        box_text(a, [t], 18, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        b = box(slide.shapes, Inches(3.4), y, Inches(9.4), Inches(1.5), WHITE, LGREY, lw=0.75)
        box_text(b, lines, 15, INK, anchor=MSO_ANCHOR.MIDDLE, space=6)
        y += Inches(1.7)
    textbox(slide.shapes, Inches(0.5), Inches(6.4), Inches(12.3), Inches(0.5), [
        "Pour chaque relais : un contact nommé, un lien tracké, un kit (photos, itinéraire, prix « dès »)"],
        13, bullet="→")


def s07(slide):
    frame(slide, 7, "Instagram @parmelanvoyages", PARTS[3])
    cols = [("Carrousels itinéraire", SAKURA,
             ["« Japon en 14 jours : J1 Tokyo → J14 Kyoto »",
              "« Islande, les fjords de l'Est en 10 jours »",
              "« Namibie en famille : 3 lodges, 1 4x4 »",
              "Dernier visuel → « Votre version sur mesure »"]),
            ("Reels des conseillers", TEAL,
             ["Arnaud → son ryokan préféré à Takayama",
              "Léa → au volant entre Seyðisfjörður et Egilsstaðir",
              "Samuel → lever de soleil à Sossusvlei",
              "Sami → « 3 erreurs sur vos vols pour Tokyo »"]),
            ("Stories", TEAL2,
             ["« Demandez à votre conseiller »",
              "Compte à rebours « Soirée Japon »",
              "Photos des voyageurs (avec accord)"])]
    for k, (t, col, lines) in enumerate(cols):
        x = Inches(0.5 + k * 4.15)
        a = box(slide.shapes, x, Inches(1.35), Inches(3.95), Inches(0.6), col)
        box_text(a, [t], 17, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        b = box(slide.shapes, x, Inches(1.95), Inches(3.95), Inches(4.2), WHITE, LGREY, lw=0.75)
        box_text(b, ["▸ " + ln for ln in lines], 16, INK, space=12)


CHAT1 = [("Visiteuse", "Bonjour, l'Islande en juin, c'est facile de conduire ?", False),
         ("Léa", "Bonjour ! En juin, oui : route 1 dégagée, jour quasi permanent. Combien de jours ?", True),
         ("Visiteuse", "10 jours, à deux, sans la foule du Cercle d'Or.", False),
         ("Léa", "Autotour des fjords de l'Est : 10 jours, 2 680 €/pers., vols + voiture + hébergements.", True),
         ("Visiteuse", "Il reste de la place le 14 juin ?", False),
         ("Léa", "Je pose une option 72 h chez Sagaland, devis ce soir.", True),
         ("", "→ devis à 18 h 40 · acompte payé en ligne le lendemain ✔", None)]
CHAT2 = [("Visiteur", "Bonjour, la Namibie en août avec nos deux ados, quel budget ?", False),
         ("Samuel", "Haute saison : 5 200 à 5 600 €/pers. avec lodges et 4x4 équipé.", True),
         ("Visiteur", "On pensait plutôt 4 000 € par personne…", False),
         ("Samuel", "En novembre, mêmes lodges : environ 4 100 €/pers.", True),
         ("Visiteur", "Impossible avec l'école. On va réfléchir.", False),
         ("Samuel", "Je vous envoie les deux versions, sans engagement.", True),
         ("", "→ devis envoyé · pas de suite : budget ✘", None)]


def s08(slide):
    frame(slide, 8, "Live chat Tripnote : 2 conversations", PARTS[3])
    for k, (title, chat, col) in enumerate(((
            "Couple · Islande en juin → signé", CHAT1, GREEN), ("Famille · Namibie en août → perdu (budget)", CHAT2,
                                                                   RED))):
        x0 = Inches(0.5 + k * 6.25)
        h = box(slide.shapes, x0, Inches(1.25), Inches(6.0), Inches(0.45), col)
        box_text(h, [title], 15, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        y = Inches(1.85)
        for who, msg, mine in chat:
            if mine is None:
                t = slide.shapes.add_textbox(x0, y, Inches(6.0), Inches(0.4))
                t.text_frame.word_wrap = True
                rich(t.text_frame.paragraphs[0], "**%s**" % msg, 13, col)
                continue
            hh = Inches(0.56)
            bubble(slide.shapes, x0 + (Inches(1.3) if mine else 0), y, Inches(4.7), hh, msg, who, mine)
            y += hh + Inches(0.14)


def s09(slide):
    frame(slide, 9, "Chat et communauté : les chiffres", PARTS[3])
    bignum(slide.shapes, Inches(0.7), Inches(1.6), Inches(5.8), Inches(3.6), "312 conversations\n→ 41 devis",
           "live chat Tripnote · sept. 2025 → févr. 2026", TEAL, numsize=36, labsize=18)
    bignum(slide.shapes, Inches(6.9), Inches(1.6), Inches(5.8), Inches(3.6), "+30 %",
           "d'abonnés Instagram\naoût 2025 → mars 2026", SAKURA, numsize=72, labsize=18)
    textbox(slide.shapes, Inches(0.7), Inches(5.55), Inches(12), Inches(1.0), [
        "Sources : statistiques du live chat Tripnote · Instagram Insights (détail mois par mois : onglet « Mensuel »)"],
        12, bullet=None, color=GREY)


def s10(slide):
    frame(slide, 10, "Résultats des partenaires", PARTS[3])
    for ph in slide.placeholders:
        if ph.placeholder_format.idx == 1:
            ph.left, ph.top, ph.width, ph.height = Inches(0.5), Inches(1.4), Inches(12.3), Inches(5.3)
            ph.text_frame.text = "Cliquez pour ajouter du texte"
            for r in ph.text_frame.paragraphs[0].runs:
                r.font.color.rgb = GREY
                r.font.size = Pt(24)


def s11(slide):
    frame(slide, 11, "Merchandising des circuits (Tripnote Catalogue)", PARTS[4])
    x, y, w, h = Inches(0.5), Inches(1.3), Inches(7.4), Inches(5.0)
    screenshot(slide.shapes, x, y, w, h, "parmelan-voyages.fr — page d'accueil",
               "Capture : page d'accueil, carrousel « Nos coups de cœur du moment » (janvier 2026)")
    ban = box(slide.shapes, x + Inches(0.15), y + Inches(0.45), w - Inches(0.3), Inches(0.55), TEAL)
    box_text(ban, ["Nos coups de cœur du moment   ‹  1 / 6  ›"], 13, WHITE, True, anchor=MSO_ANCHOR.MIDDLE)
    cards = [("Japon, de Tokyo aux Alpes japonaises", "14 jours · dès 4 290 €", True),
             ("Islande, autotour des fjords de l'Est", "10 jours · dès 2 680 €", False),
             ("Namibie, pistes et lodges", "15 jours · dès 4 950 €", True)]
    for k, (t, sub, badge) in enumerate(cards):
        cx = x + Inches(0.15 + k * 2.4)
        ph = box(slide.shapes, cx, y + Inches(1.15), Inches(2.25), Inches(1.5), LGREY)
        box_text(ph, ["[photo]"], 10, GREY, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE, italic=True)
        if badge:
            b = box(slide.shapes, cx + Inches(0.08), y + Inches(1.22), Inches(1.9), Inches(0.3), SAKURA,
                    shape=MSO_SHAPE.ROUNDED_RECTANGLE)
            box_text(b, ["Départ idéal ce mois-ci"], 9, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        tx = box(slide.shapes, cx, y + Inches(2.65), Inches(2.25), Inches(0.85), WHITE, LGREY, lw=0.5)
        box_text(tx, ["**%s**" % t, sub], 9.5, INK, space=1)
    sim = box(slide.shapes, x + Inches(0.15), y + Inches(3.7), w - Inches(0.3), Inches(1.15), MIST)
    box_text(sim, ["**Circuits similaires** (bas de la fiche Japon)",
                   "Corée du Sud — 12 j · dès 3 890 €   |   Japon en ryokans — 10 j · dès 3 650 €   |   "
                   "Taïwan — 13 j · dès 3 480 €"], 10, INK, space=2)
    textbox(slide.shapes, Inches(8.2), Inches(1.3), Inches(4.7), Inches(5.3), [
        "**Badge « Départ idéal ce mois-ci »** → selon la saison",
        "**Carrousel d'accueil** → 6 circuits, ordre revu chaque mois",
        "**« Circuits similaires »** → même zone + budget ± 20 %",
    ], 16, space=14)


def s12(slide):
    frame(slide, 12, "Lien d'acompte PayZen : payer en confiance", PARTS[4])
    textbox(slide.shapes, Inches(0.5), Inches(1.35), Inches(7.3), Inches(0.8), [
        "**Devis validé → lien 30 % → carte + 3-D Secure → « acompte reçu » dans Tripnote**"], 15, bullet=None,
        bold_color=TEAL)
    x, y, w, h = Inches(0.5), Inches(2.45), Inches(7.3), Inches(3.95)
    screenshot(slide.shapes, x, y, w, h, "paiement.parmelan-voyages.fr — acompte dossier 2026-0418",
               "Capture : page du lien d'acompte, dossier Islande (données client masquées)")
    left = box(slide.shapes, x + Inches(0.2), y + Inches(0.5), Inches(4.0), Inches(3.25), WHITE, LGREY, lw=0.5)
    box_text(left, ["**Islande, autotour des fjords de l'Est**", "Départ 14 juin 2026 · 2 voyageurs",
                    "Voyage : 5 360 €", "**Acompte 30 % : 1 608 €**", "Solde : 3 752 € à J-30",
                    "[ Payer l'acompte ]", "3-D Secure · CB · Visa · Mastercard"], 10.5, INK, space=4)
    right = box(slide.shapes, x + Inches(4.35), y + Inches(0.5), Inches(2.75), Inches(3.25), MIST)
    box_text(right, ["**Votre conseillère**", "Léa Mercier", "04 50 •• •• 17", "",
                     "Fonds protégés par la garantie financière APST", "Atout France IM074120031"], 10, INK, space=3)
    textbox(slide.shapes, Inches(8.1), Inches(1.3), Inches(4.8), Inches(5.4), [
        "**Installé** → PayZen (Lyra) + Tripnote Pro, mars 2025",
        "**Confiance** → APST · n° Atout France · 3-D Secure · conseiller nommé à côté du bouton « Payer »",
        "**Clair** → montant, solde et échéance avant la carte",
        "**Testé** → paiements réels de 1 € (voir notes)",
    ], 15, space=14)


def s13(slide):
    frame(slide, 13, "Payer autrement + voyageurs ambassadeurs", PARTS[4])
    rows = [["Offre", "Partenaire", "Comment ça marche chez nous"],
            ["Chèques-Vacances en ligne", "ANCV Connect",
             "Acompte ou solde en Chèques-Vacances Connect, complément par carte"],
            ["Paiement fractionné 3× / 4×", "PayZen + organisme de crédit",
             "Acompte ou solde en 3 ou 4 mensualités par carte"],
            ["Liste de voyage de noces", "Cagnotte liée au dossier Tripnote",
             "Les invités offrent une nuit en ryokan, un vol intérieur… → crédit sur le solde"]]
    table(slide, rows, [2.6, 2.9, 6.8], Inches(0.5), Inches(1.35), Inches(12.3), 14, row_h=0.8)
    a = box(slide.shapes, Inches(0.5), Inches(4.85), Inches(3.2), Inches(1.8), SAKURA,
            shape=MSO_SHAPE.ROUNDED_RECTANGLE)
    box_text(a, ["Voyageurs ambassadeurs", "150 €"], 20, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
    b = box(slide.shapes, Inches(3.9), Inches(4.85), Inches(8.9), Inches(1.8), WHITE, LGREY, lw=0.75)
    box_text(b, ["Un ancien client recommande Parmelan → son filleul signe → **150 € déduits** du prochain "
                 "voyage de l'ambassadeur",
                 "Code saisi dans le formulaire de devis · champ « parrain » dans Tripnote"], 15, INK,
             anchor=MSO_ANCHOR.MIDDLE, space=8)


def s14(slide):
    frame(slide, 14, "Cahier de refonte du site : le plan", PARTS[5])
    heads = ["Contexte et présentation de Parmelan", "Objectifs du projet", "Périmètre et cibles",
             "Arborescence et contenus", "Fonctionnalités attendues", "Connexions : Tripnote Pro, PayZen, Brevo, GA4",
             "Contraintes techniques, sécurité, hébergement", "Budget et planning",
             "Modalités de réponse et critères de choix"]
    for k, t in enumerate(heads):
        col = k // 5
        row = k % 5
        x = Inches(0.5 + col * 6.25)
        y = Inches(1.35 + row * 1.02)
        n = box(slide.shapes, x, y, Inches(0.8), Inches(0.85), TEAL if k != 1 else SAKURA)
        box_text(n, [str(k + 1)], 22, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        b = box(slide.shapes, x + Inches(0.8), y, Inches(5.25), Inches(0.85), WHITE, LGREY, lw=0.75)
        box_text(b, [t], 16, INK, anchor=MSO_ANCHOR.MIDDLE)
    textbox(slide.shapes, Inches(6.75), Inches(5.5), Inches(6.0), Inches(1.2), [
        "18 pages · envoyé à 3 agences le 9 février 2026 · version 1.3"], 13, bullet="→", color=GREY)


def s15(slide):
    frame(slide, 15, "Objectifs : 3 niveaux", PARTS[5])
    cols = [("Généraux", SAKURA,
             ["Acomptes en ligne → de 14 % à 30 % des dossiers (fin 2027)",
              "Solde réglé en ligne à J-30, sans relance papier",
              "Le conseiller au centre : pas de réservation instantanée",
              "Plus de demandes de devis qualifiées"]),
            ("Spécifiques", TEAL,
             ["Demande de devis en 3 écrans max., mobile d'abord",
              "Devis envoyé en moins de 48 h ouvrées",
              "Fiche circuit : prix « dès » à jour, jour par jour, conseiller",
              "Espace client « Mon voyage » : devis, contrat, carnet de route"]),
            ("Techniques", TEAL2,
             ["WordPress conservé, thème sur mesure",
              "API Tripnote Pro : catalogue, devis, statut du dossier",
              "Lien d'acompte PayZen dans l'espace client",
              "Formulaires → prospect créé dans Tripnote",
              "Hébergement en France, HTTPS, sauvegardes",
              "Core Web Vitals au vert sur mobile"])]
    for k, (t, col, lines) in enumerate(cols):
        x = Inches(0.5 + k * 4.15)
        a = box(slide.shapes, x, Inches(1.3), Inches(3.95), Inches(0.6), col)
        box_text(a, [t], 18, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        b = box(slide.shapes, x, Inches(1.9), Inches(3.95), Inches(4.95), WHITE, LGREY, lw=0.75)
        box_text(b, ["▸ " + ln for ln in lines], 14, INK, space=10)


def s16(slide):
    frame(slide, 16, "Le brief d'Hélène → le choix de l'agence", PARTS[5])
    brief = [("Un conseiller nommé", "sur chaque devis"), ("Pas de réservation", "instantanée"),
             ("Budget", "25 k€ HT"), ("En ligne", "avant septembre 2026")]
    for k, (a, b) in enumerate(brief):
        bignum(slide.shapes, Inches(0.5), Inches(1.3 + k * 1.35), Inches(3.2), Inches(1.2), a, b,
               SAKURA if k % 2 == 0 else TEAL, numsize=17, labsize=14)
    rows = [["Critère (poids)", "Pixelmont (Annecy)", "Lac & Code (Chambéry)", "WebAlpin Studio (Lyon)"],
            ["Expérience tourisme + API Tripnote (20 %)", "2", "5", "3"],
            ["Références WordPress sur mesure (15 %)", "4", "4", "5"],
            ["Prix vs 25 k€ (20 %)", "5 (19 800 €)", "4 (23 600 €)", "2 (31 500 €)"],
            ["Délai : en ligne avant sept. 2026 (15 %)", "3", "4", "4"],
            ["Performances / accessibilité (10 %)", "3", "4", "5"],
            ["Maintenance après livraison (10 %)", "3", "4", "3"],
            ["Proximité, ateliers à l'agence (10 %)", "5", "3", "2"],
            ["**Note pondérée /5**", "**3,55**", "**4,10**", "**3,35**"]]
    table(slide, rows, [3.6, 2.1, 2.3, 2.3], Inches(4.0), Inches(1.3), Inches(8.85), 12.5, row_h=0.52)
    textbox(slide.shapes, Inches(4.0), Inches(6.15), Inches(8.85), Inches(0.6), [
        "**Retenue → Lac & Code** · contrat signé le 30 mars 2026 · lancement le 13 avril"], 14, bullet="→",
        bold_color=TEAL)


def s17(slide):
    frame(slide, 17, "Juridique : pied de page, contrat, données", PARTS[5])
    textbox(slide.shapes, Inches(0.5), Inches(1.3), Inches(5.9), Inches(2.5), [
        "**Pied de page vérifié (janv. 2026)**",
        "Atout France IM074120031 ✔",
        "Garantie financière APST ✔",
        "RC Pro : Hiscox ✔",
        "Hébergeur : o2switch, Clermont-Ferrand ✔",
    ], 14, space=3)
    textbox(slide.shapes, Inches(0.5), Inches(3.75), Inches(5.9), Inches(3.0), [
        "**Contrat de vente**",
        "Formulaire d'information précontractuelle joint à chaque devis",
        "Révision du prix → carburant, taxes, change ; plus rien à J-20 ; hausse > 8 % → annulation sans frais",
        "**Données** → case de consentement non pré-cochée sur le formulaire de devis (févr. 2026)",
    ], 14, space=5)
    rows = [["Annulation par le client", "Frais retenus"],
            ["Plus de 60 jours avant le départ", "150 €/pers. (frais de dossier)"],
            ["De 60 à 31 jours", "30 % du prix du voyage"],
            ["De 30 à 21 jours", "50 %"],
            ["De 20 à 8 jours", "75 %"],
            ["Moins de 8 jours / non-présentation", "100 %"],
            ["Vols secs émis", "100 % du billet, quelle que soit la date"]]
    table(slide, rows, [3.4, 2.9], Inches(6.7), Inches(1.35), Inches(6.1), 13, row_h=0.5)
    textbox(slide.shapes, Inches(6.7), Inches(5.1), Inches(6.1), Inches(1.5), [
        "Barème actuel · Horizons Singuliers et Terres & Sentiers plus souples à 60 jours"], 12, bullet="→",
        color=GREY)


def s18(slide):
    frame(slide, 18, "Entretiens individuels", PARTS[5])
    chevrons(slide.shapes, [["Accueil", "5 min"], ["Le voyage rêvé", "15 min"], ["Contraintes", "10 min"],
                            ["Budget", "10 min"], ["Suite", "5 min"]],
             Inches(0.5), Inches(1.3), Inches(12.3), Inches(0.95),
             fill=[TEAL2, TEAL, TEAL2, TEAL, SAKURA], size=14, name="Déroulé de l'entretien")
    textbox(slide.shapes, Inches(0.5), Inches(2.5), Inches(6.2), Inches(4.3), [
        "**45 min avec chaque client, à l'agence ou en visio**",
        "« Pourquoi cette destination ? »",
        "« Votre meilleur voyage… et le pire ? »",
        "« Road trip ou étapes de 3 nuits ? »",
        "« Des dates imposées ? »",
        "« Un régime alimentaire, une difficulté à marcher ? »",
        "« Quel budget par personne, vols compris ? »",
    ], 15, space=6)
    b = box(slide.shapes, Inches(7.0), Inches(2.5), Inches(5.8), Inches(4.3), MIST)
    box_text(b, ["**Ce que le conseiller doit savoir en sortant**",
                 "▸ le rythme : étapes, nuits par étape",
                 "▸ le confort : ryokan, lodge, guesthouse",
                 "▸ les dates et la souplesse",
                 "▸ le budget réel",
                 "▸ qui décide et qui paie",
                 "▸ le « moment magique » attendu",
                 "→ devis sous 48 h"], 15, INK, space=7)


def s19(slide):
    frame(slide, 19, "Circuit d'un dossier : 12 → 7 étapes", PARTS[5])
    before = ["Demande", "Ressaisie\nTripnote", "Appel", "Devis\nWord", "Envoi\nmail", "Relance", "Contrat\npapier",
              "Scan\nsigné", "RIB /\nchèque", "Pointage\ncompta", "Option →\nferme", "Mail de\nconfirmation"]
    after = ["Demande → prospect\nTripnote auto", "Entretien\n45 min", "Devis Tripnote\n+ itinéraire",
             "Contrat signé\nen ligne", "Lien d'acompte\nPayZen", "Option → ferme\nréceptif", "Confirmation\nauto"]
    lab = slide.shapes.add_textbox(Inches(0.5), Inches(1.2), Inches(6), Inches(0.35))
    rich(lab.text_frame.paragraphs[0], "**Avant** — 12 étapes · ≈ 2 h 10 de travail par dossier", 14, GREY)
    chevrons(slide.shapes, before, Inches(0.5), Inches(1.6), Inches(12.3), Inches(0.85), fill=LGREY, size=8,
             color=INK, gap=0.02, name="Circuit avant")
    lab2 = slide.shapes.add_textbox(Inches(0.5), Inches(2.75), Inches(8), Inches(0.35))
    rich(lab2.text_frame.paragraphs[0], "**Après** — 7 étapes chaînées dans Tripnote · ≈ 55 min par dossier", 14,
         TEAL)
    chevrons(slide.shapes, after, Inches(0.5), Inches(3.15), Inches(12.3), Inches(1.0), fill=TEAL, size=11,
             name="Circuit après")
    bignum(slide.shapes, Inches(0.5), Inches(4.5), Inches(3.8), Inches(2.2), "− 1 h 15",
           "par dossier → ≈ 1 300 h/an\nsur 1 050 dossiers", SAKURA, numsize=36, labsize=13)
    textbox(slide.shapes, Inches(4.6), Inches(4.5), Inches(8.2), Inches(2.3), [
        "**Supprimé** → ressaisie, devis Word, contrat papier, scan, pointage des chèques",
        "**Traçabilité** → historique Tripnote : qui, quoi, quand",
        "**Contrôles** → avant émission des billets",
    ], 15, space=12)


def s20(slide):
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = TEAL
    for k, (x, y, d) in enumerate(((1.2, 1.0, 0.9), (11.2, 1.4, 1.2), (10.2, 5.2, 0.7), (2.0, 5.4, 1.0))):
        box(slide.shapes, Inches(x), Inches(y), Inches(d), Inches(d), SAKURA if k % 2 else SAKURA2,
            shape=MSO_SHAPE.OVAL)
    textbox(slide.shapes, Inches(1.0), Inches(2.4), Inches(11.3), Inches(1.6), ["Merci !"], 66, WHITE, bullet=None,
            align=PP_ALIGN.CENTER)
    textbox(slide.shapes, Inches(1.0), Inches(4.1), Inches(11.3), Inches(1.6),
            ["Questions ?", "Quentin Perrillat — Parmelan Voyages, Annecy"], 22, MIST, bullet=None,
            align=PP_ALIGN.CENTER)
    footer(slide, 20, dark=True)


NOTES = {
    3: "Parmelan Voyages, c'est une agence de voyages sur mesure installée rue Sommeiller, à Annecy, depuis 2012. "
       "Hélène Favre-Bulle l'a créée après dix ans comme cheffe de produit chez un tour-opérateur ; c'est ma tutrice. "
       "On est neuf : cinq spécialistes destination, Sami pour la billetterie et les opérations, Nadine à la "
       "comptabilité, Hélène et moi. On ne vend pas de catalogue : chaque voyage est construit avec le client, puis "
       "monté avec nos réceptifs sur place. "
       "En 2025, on a signé 1 050 dossiers pour 5,2 millions d'euros de volume d'affaires, avec 16 % de marge brute. "
       "Le site fait venir plus de deux demandes de devis sur trois, mais seulement 14 % des clients paient leur "
       "acompte en ligne : les autres envoient encore un virement ou un chèque. C'est un peu le fil rouge de mon "
       "année.",
    4: "L'Opé Sakura vient directement du plan d'Hélène pour 2025-2027 : signer plus de dossiers en ligne, sans "
       "perdre ce qui fait notre métier, c'est-à-dire le conseil. Au même moment, Kumo Travel Japan nous a proposé un "
       "allotement de 24 chambres pour la première quinzaine d'avril 2026, en pleine floraison des cerisiers, avec "
       "une date de rétrocession au 15 décembre : ce qui n'est pas vendu à cette date, on le rend. "
       "Donc deux objectifs : remplir ces chambres, et faire passer ces devis Japon par le lien d'acompte. "
       "Pour le mix média, on a mis la plus grosse part du budget sur Google Ads, parce que les gens qui tapent "
       "« voyage Japon sur mesure » sont déjà en train de chercher. Google Ads nous a coûté un peu plus de 32 euros "
       "par demande de devis. Meta servait plutôt à donner envie, la newsletter et le webinaire à réveiller nos "
       "anciens clients, et la vitrine à toucher les Annéciens qui passent rue Sommeiller.",
    5: "Ce tableau m'a servi de boussole pendant toute l'opé : pour chaque objectif, une cible et un canal, et pas "
       "l'inverse. La cible principale, ce sont les couples de 35 à 60 ans qui n'ont jamais fait le Japon. Ils ont le "
       "budget, mais ils ont peur de se perdre dans les transports et de ne pas comprendre la langue : c'est "
       "exactement là que le sur-mesure a du sens, avec un conseiller qui connaît le terrain. "
       "Les anciens clients, eux, nous font déjà confiance : ils ont fait l'Islande ou la Namibie avec nous, il "
       "fallait juste leur donner une raison d'ouvrir un dossier Japon. Chaque demande de devis est taguée avec son "
       "origine dans Tripnote, ce qui permet de savoir d'où elle vient.",
    6: "Pour les relais, je voudrais surtout vous parler des deux blogs. « Les Carnets de Maëlle », c'est une "
       "blogueuse d'Annecy qui raconte des voyages lents, en couple, avec un budget confortable. Ses lecteurs ont à "
       "peu près le profil de nos clients Japon : des couples de 35 à 55 ans qui préparent un grand voyage et qui "
       "lisent des récits jour par jour avant de se décider. « Deux sacs à dos », c'est un couple de Lyonnais qui fait "
       "surtout de l'autotour, notamment en Islande ; leur audience cherche des itinéraires en voiture, ce qui "
       "correspond à notre autotour des fjords de l'Est. Dans les deux cas, on ne leur demande pas de vendre : on "
       "leur fournit l'itinéraire, ils le racontent avec leurs mots, et le lien renvoie vers la fiche circuit.",
    8: "Voici deux conversations du live chat Tripnote, anonymisées. La première, c'est un couple qui hésitait sur "
       "l'Islande en juin. Léa a répondu sur la conduite, sur la lumière de juin, elle a proposé l'autotour des "
       "fjords de l'Est et posé une option chez Sagaland : le devis est parti le soir même, et l'acompte a été payé en "
       "ligne le lendemain. "
       "La deuxième, c'est une famille avec deux adolescents qui voulait la Namibie en août. Samuel a été "
       "transparent sur le prix en haute saison, avec les lodges et le 4x4 ; ça dépassait leur budget de plus de "
       "30 %. Il a proposé de décaler en novembre, mais ce n'était pas possible avec l'école. Le dossier n'a pas "
       "été signé.",
    11: "Dans Tripnote Catalogue, on a trois fonctions pour faire ressortir des circuits. Le badge « Départ idéal ce "
        "mois-ci », qu'on active circuit par circuit selon la saison : par exemple l'Islande de mai à août, ou le "
        "Japon de septembre à novembre pour les départs du printemps. Le carrousel de la page d'accueil : six "
        "circuits qu'on choisit et qu'on remet dans l'ordre chaque début de mois dans l'administration. Et le bloc "
        "« Circuits similaires », en bas de chaque fiche, qui se remplit tout seul selon une règle : même zone, budget "
        "à plus ou moins 20 %. Je l'ai paramétré en janvier ; avant, il proposait des circuits presque au hasard.",
    12: "Le lien d'acompte, c'est PayZen, la solution de paiement de Lyra, branchée sur Tripnote. Quand le client "
        "valide son devis, le conseiller génère le lien de 30 % en un clic, le client paie par carte avec 3-D Secure, "
        "et le dossier passe tout seul en « acompte reçu ». Sur la page de paiement, on a ajouté la mention APST, "
        "notre numéro Atout France et surtout le prénom et la ligne directe du conseiller à côté du bouton : en "
        "voyage sur mesure, les gens paient une personne qu'ils connaissent, pas un site. "
        "Avant la mise en ligne, j'ai fait des paiements réels de 1 euro. Sur mon iPhone, avec Safari, la validation "
        "3-D Secure s'ouvre bien dans l'application de la banque et on revient sur la page de confirmation. Sur le "
        "PC de l'agence, avec Chrome puis Firefox, aucun problème non plus. Les deux paiements sont remontés dans "
        "Tripnote en moins d'une minute.",
    14: "Le cahier de refonte fait dix-huit pages ; je vous en donne le contenu. Un : le contexte, l'agence, les "
        "chiffres, le site actuel et ce qui ne va pas. Deux : les objectifs, sur la diapo suivante. Trois : le "
        "périmètre et les cibles, couples de 35 à 60 ans, familles, voyages de noces, avec leur parcours type. "
        "Quatre : l'arborescence et les contenus, fiches circuits, pages destinations, pages conseillers, blog, et la "
        "reprise des 140 fiches existantes. Cinq : les fonctionnalités, demande de devis, espace client, carnet de "
        "route en ligne, live chat. Six : les connexions avec Tripnote Pro, PayZen, Brevo et GA4, avec ce qui passe "
        "dans chaque sens. Sept : les contraintes, hébergement en France, sécurité, accessibilité, performances. "
        "Huit : le budget et le planning, avec la mise en ligne avant septembre. Neuf : les modalités de réponse, "
        "la date limite, le format, la soutenance des agences et la grille de notation.",
    15: "J'ai séparé les objectifs en trois niveaux. Les généraux viennent du plan d'Hélène et de ce qu'elle veut "
        "pour l'agence dans deux ans. Les spécifiques, c'est ce que le site doit permettre de faire, et qu'on peut "
        "mesurer chaque mois. Les techniques, c'est ce que l'agence web devra construire. "
        "La liste des techniques n'est pas encore figée : à compléter avec Sami, qui connaît mieux que moi "
        "l'échéancier des paiements dans Tripnote.",
    16: "Le brief d'Hélène tient en quatre points, et je les ai mis tels quels dans le cahier de refonte. Un "
        "conseiller nommé sur chaque devis, parce que c'est notre différence avec les plateformes. Pas de "
        "réservation instantanée : on vend du conseil, pas un panier. Un budget de 25 000 euros hors taxes. Et une "
        "mise en ligne avant septembre, pour être prêts pour la saison des demandes d'automne. "
        "On a reçu trois réponses. J'ai noté chaque agence de 1 à 5 sur sept critères, avec des poids. "
        "L'expérience du tourisme et de l'API Tripnote pèse lourd, parce que sans connexion avec Tripnote, le site "
        "ne sert à rien. Pixelmont était la moins chère mais n'avait jamais connecté Tripnote ; WebAlpin était "
        "au-dessus du budget. Lac & Code arrive en tête avec 4,1 sur 5.",
    17: "Pour le juridique, j'ai d'abord relu le pied de page et les mentions du site en janvier : numéro "
        "d'immatriculation Atout France, garantie APST, assureur responsabilité civile professionnelle et hébergeur, "
        "tout y est. Pour le contrat, on joint à chaque devis le formulaire d'information précontractuelle prévu "
        "pour les forfaits touristiques. J'ai regardé en particulier le barème d'annulation et la clause de révision "
        "du prix : le prix ne peut plus bouger à moins de vingt jours du départ, et si la hausse dépasse 8 %, le "
        "client peut annuler sans frais. "
        "Côté données, on a ajouté en février une case de consentement non pré-cochée sur le formulaire de devis.",
    19: "Le circuit d'un dossier, c'est tout ce qui se passe entre la demande et la confirmation au client. Avant, il "
        "y avait douze étapes, avec beaucoup de ressaisies : le devis dans Word, le contrat imprimé puis scanné, les "
        "chèques pointés à la main. En chaînant le devis, le contrat et le lien de paiement dans Tripnote, on passe à "
        "sept étapes, et on gagne environ une heure quinze par dossier. "
        "Chaque action reste dans l'historique Tripnote, avec la date et le nom de la personne. "
        "Pour les contrôles, deux points sont obligatoires avant d'émettre les billets. Un : la validité des "
        "passeports, au moins six mois après la date de retour, vérifiée sur la copie envoyée par le client. Deux : "
        "les noms sur les billets, lettre par lettre comme sur le passeport, relus par Sami avant l'émission, parce "
        "qu'une erreur de nom coûte souvent un billet complet. "
        "Hélène : je n'ai pas mis le tableau des conseillers, dis-moi si on peut le montrer au jury.",
}

BUILDERS = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20]
assert len(BUILDERS) == N_SLIDES


def build_pptx():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    title_only = prs.slide_layouts[5]
    title_content = prs.slide_layouts[1]
    blank = prs.slide_layouts[6]
    for i, b in enumerate(BUILDERS, 1):
        if i in (1, 20):
            layout = blank
        elif i == 10:
            layout = title_content
        else:
            layout = title_only
        slide = prs.slides.add_slide(layout)
        b(slide)
        if NOTES.get(i):
            slide.notes_slide.notes_text_frame.text = NOTES[i]
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Soutenance RNCP — Parmelan Voyages"
    cp.subject = "Titre Chef de projet e-commerce — blocs 2 et 5 — session 2026"
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 42
    buf = io.BytesIO()
    prs.save(buf)
    fixed_zip(buf.getvalue(), PPTX_FILE)


# ============================================================================ contenu du classeur
MONTHS = [datetime.date(2025, m, 1) for m in range(1, 13)] + [datetime.date(2026, m, 1) for m in range(1, 4)]
# mois : sessions, demandes de devis site, devis envoyés, dossiers signés, acompte payé en ligne, volume d'affaires,
# abonnés Instagram fin de mois
MENSUEL = [
    (22400, 356, 421, 98, 11, 478200, 4180),
    (20100, 324, 389, 112, 13, 561900, 4240),
    (19300, 292, 351, 104, 12, 509600, 4330),
    (16200, 227, 276, 84, 10, 402300, 4410),
    (14800, 194, 232, 71, 9, 338900, 4490),
    (14100, 190, 228, 66, 8, 316400, 4580),
    (13200, 160, 196, 52, 6, 251800, 4790),
    (15600, 198, 231, 49, 7, 239100, 5010),
    (19800, 318, 379, 88, 14, 432600, 5260),
    (23900, 402, 478, 124, 21, 631500, 5690),
    (20700, 331, 398, 113, 20, 568200, 5960),
    (16400, 248, 291, 89, 16, 469500, 6070),
    (24800, 389, 452, 109, 19, 552400, 6230),
    (22300, 351, 410, 121, 22, 618900, 6380),
    (21100, 318, 372, 114, 20, 571300, 6513),
]
assert sum(r[1] for r in MENSUEL[:12]) == 3240 and sum(r[3] for r in MENSUEL[:12]) == 1050
assert sum(r[4] for r in MENSUEL[:12]) == 147 and sum(r[5] for r in MENSUEL[:12]) == 5200000
assert abs(MENSUEL[14][6] / MENSUEL[7][6] - 1.30) < 0.001

TUNNEL = [("Fiche circuit vue", 148200), ("Clic « Demander un devis »", 6420), ("Formulaire de devis envoyé", 2039),
          ("Devis envoyé par le conseiller", 1802), ("Acompte payé", 486)]
assert TUNNEL[2][1] == sum(r[1] for r in MENSUEL[9:15])

CAMPAGNES = [("Google Ads (Search)", 6800, 212, 31, 291400),
             ("Meta (Facebook + Instagram)", 3900, 96, 11, 97900),
             ("Newsletter Brevo (3 envois, 7 800 contacts)", 350, 74, 14, 128800),
             ("Webinaire « Soirée Japon » (16 oct.)", 900, 58, 13, 121600)]
ADGROUPS = [("voyage japon sur mesure", 3240, 3410, 118), ("japon cerisiers / sakura", 2380, 1960, 52),
            ("circuit japon 14 jours", 1510, 1430, 42)]
assert sum(a[2] for a in ADGROUPS) == CAMPAGNES[0][1] and sum(a[3] for a in ADGROUPS) == CAMPAGNES[0][2]

CONSEILLERS = [("Arnaud Bibollet", 912, 268, 231600, 31, "Japon, Corée du Sud"),
               ("Léa Mercier", 1046, 301, 172300, 22, "Islande, Norvège, Écosse"),
               ("Samuel Ndiaye", 624, 141, 148900, 54, "Namibie, Botswana, Afrique du Sud"),
               ("Claire Dunand", 731, 204, 153200, 38, "Canada, Ouest américain"),
               ("Mathieu Rey", 557, 136, 126000, 61, "Pérou, Chili, Argentine")]
assert sum(c[1] for c in CONSEILLERS) == 3870 and sum(c[2] for c in CONSEILLERS) == 1050
assert sum(c[3] for c in CONSEILLERS) == 832000


def build_xlsx():
    bk = Book()
    T = dict(title=bk.style(bold=True, size=14, color="#0E4A55"),
             hdr=bk.style(bold=True, color="#FFFFFF", bg="#0E4A55", border="all", wrap=True, valign="middle",
                          align="center"),
             txt=bk.style(border="all"),
             int=bk.style("int", border="all"),
             eur=bk.style("eur", border="all"),
             eur2=bk.style("eur2", border="all"),
             pct=bk.style("pct", border="all"),
             mois=bk.style("mois", border="all"),
             ttxt=bk.style(bold=True, bg="#E6F0F1", border="all"),
             tint=bk.style("int", bold=True, bg="#E6F0F1", border="all"),
             teur=bk.style("eur", bold=True, bg="#E6F0F1", border="all"),
             teur2=bk.style("eur2", bold=True, bg="#E6F0F1", border="all"),
             tpct=bk.style("pct", bold=True, bg="#E6F0F1", border="all"),
             tdec=bk.style("dec1", bold=True, bg="#E6F0F1", border="all"),
             src=bk.style(italic=True, size=9, color="#6E787B"),
             sub=bk.style(bold=True, size=11, color="#0E4A55"))

    # ------------------------------------------------------------------ Mensuel
    sh = bk.sheet("Mensuel", [2.6, 2.3, 2.6, 2.3, 2.3, 2.6, 3.0, 2.8, 2.4, 2.4, 2.4])
    sh.put(0, 0, "Parmelan Voyages — tableau de bord mensuel (janv. 2025 → mars 2026)", T["title"], span=11)
    sh.height(2, 1.3)
    sh.row(2, ["Mois", "Sessions site", "Demandes de devis (site)", "Devis envoyés", "Dossiers signés",
               "dont acompte payé en ligne", "Volume d'affaires", "Abonnés Instagram (fin de mois)",
               "Demandes / sessions", "Dossiers / devis", "Part acompte en ligne"], T["hdr"])

    def month_row(r, d, vals):
        ses, dem, dev, sig, enl, va, ab = vals
        n = r + 1
        sh.row(r, [Cell(("date", d), T["mois"]), Cell(ses, T["int"]), Cell(dem, T["int"]), Cell(dev, T["int"]),
                   Cell(sig, T["int"]), Cell(enl, T["int"]), Cell(("eur", va), T["eur"]), Cell(ab, T["int"]),
                   Cell(("pct", dem / ses), T["pct"], "[.C%d]/[.B%d]" % (n, n)),
                   Cell(("pct", sig / dev), T["pct"], "[.E%d]/[.D%d]" % (n, n)),
                   Cell(("pct", enl / sig), T["pct"], "[.F%d]/[.E%d]" % (n, n))])

    def total_row(r, label, r1, r2, rows):
        n = r + 1
        s = [sum(v[k] for v in rows) for k in range(6)]
        cells = [Cell(label, T["ttxt"])]
        for k, col in enumerate("BCDEFG"):
            st = T["teur"] if col == "G" else T["tint"]
            val = ("eur", s[k]) if col == "G" else s[k]
            cells.append(Cell(val, st, "SUM([.%s%d:.%s%d])" % (col, r1, col, r2)))
        cells.append(Cell("", T["ttxt"]))
        cells.append(Cell(("pct", s[1] / s[0]), T["tpct"], "[.C%d]/[.B%d]" % (n, n)))
        cells.append(Cell(("pct", s[3] / s[2]), T["tpct"], "[.E%d]/[.D%d]" % (n, n)))
        cells.append(Cell(("pct", s[4] / s[3]), T["tpct"], "[.F%d]/[.E%d]" % (n, n)))
        sh.row(r, cells)

    for k in range(12):
        month_row(3 + k, MONTHS[k], MENSUEL[k])
    total_row(15, "Total 2025", 4, 15, MENSUEL[:12])
    for k in range(12, 15):
        month_row(16 + (k - 12), MONTHS[k], MENSUEL[k])
    total_row(19, "Total T1 2026", 17, 19, MENSUEL[12:])
    sh.put(21, 0, "Source : Tripnote Pro (demandes, devis, dossiers, acomptes, volume d'affaires à la date de "
                  "signature) · GA4 (sessions) · Instagram, abonnés relevés le dernier jour du mois", T["src"])
    sh.put(22, 0, "Demandes de devis = formulaire du site + live chat Tripnote. Devis et dossiers = tous canaux "
                  "(site, téléphone, agence). MAJ 5 avril 2026 — QP", T["src"])

    # ------------------------------------------------------------------ Tunnel devis
    sh = bk.sheet("Tunnel devis", [6.2, 2.6, 3.2, 3.2, 1.0])
    sh.put(0, 0, "Tunnel de la demande de devis — site (oct. 2025 → mars 2026)", T["title"], span=4)
    sh.height(2, 1.1)
    sh.row(2, ["Étape", "Volume", "Taux vs étape précédente", "Taux depuis la fiche circuit"], T["hdr"])
    first = TUNNEL[0][1]
    for k, (lab, v) in enumerate(TUNNEL):
        n = 4 + k
        cells = [Cell(lab, T["txt"]), Cell(v, T["int"])]
        if k == 0:
            cells.append(Cell("—", T["txt"]))
        else:
            cells.append(Cell(("pct", v / TUNNEL[k - 1][1]), T["pct"], "[.B%d]/[.B%d]" % (n, n - 1)))
        cells.append(Cell(("pct", v / first), T["pct"], "[.B%d]/[.$B$4]" % n))
        sh.row(3 + k, cells)
    sh.put(9, 0, "Source : GA4 (événements view_item, clic_devis, generate_lead) · Tripnote Pro (devis et acomptes "
                 "des dossiers d'origine « site »)", T["src"])
    sh.frame(2, 5, funnel_chart(bk))

    # ------------------------------------------------------------------ Campagnes
    sh = bk.sheet("Campagnes", [6.8, 2.6, 2.6, 2.4, 2.4, 3.0, 2.6])
    sh.put(0, 0, "Opé Sakura — campagnes payantes et e-mailing (8 sept. → 30 nov. 2025)", T["title"], span=7)
    sh.height(2, 1.1)
    sh.row(2, ["Canal", "Coût", "Leads (demandes de devis)", "Coût / lead", "Dossiers signés", "Volume d'affaires",
               "Lead → dossier"], T["hdr"])
    for k, (lab, cost, leads, dos, va) in enumerate(CAMPAGNES):
        n = 4 + k
        sh.row(3 + k, [Cell(lab, T["txt"]), Cell(("eur", cost), T["eur"]), Cell(leads, T["int"]),
                       Cell(("eur", cost / leads), T["eur2"], "[.B%d]/[.C%d]" % (n, n)), Cell(dos, T["int"]),
                       Cell(("eur", va), T["eur"]), Cell(("pct", dos / leads), T["pct"], "[.E%d]/[.C%d]" % (n, n))])
    tc = sum(c[1] for c in CAMPAGNES)
    tl = sum(c[2] for c in CAMPAGNES)
    td = sum(c[3] for c in CAMPAGNES)
    tv = sum(c[4] for c in CAMPAGNES)
    sh.row(7, [Cell("Total Opé Sakura", T["ttxt"]), Cell(("eur", tc), T["teur"], "SUM([.B4:.B7])"),
               Cell(tl, T["tint"], "SUM([.C4:.C7])"), Cell(("eur", tc / tl), T["teur2"], "[.B8]/[.C8]"),
               Cell(td, T["tint"], "SUM([.E4:.E7])"), Cell(("eur", tv), T["teur"], "SUM([.F4:.F7])"),
               Cell(("pct", td / tl), T["tpct"], "[.E8]/[.C8]")])
    sh.put(8, 0, "Source : Google Ads, Meta Business Suite, Brevo, Tripnote Pro (champ « origine » de la demande). "
                 "Webinaire = licence Zoom Webinars 1 mois + invitation sponsorisée.", T["src"])
    sh.put(10, 0, "Google Ads — détail par groupe d'annonces", T["sub"])
    sh.row(11, ["Groupe d'annonces", "Clics", "Coût", "CPC moyen", "Leads", "Coût / lead"], T["hdr"])
    for k, (lab, clics, cost, leads) in enumerate(ADGROUPS):
        n = 13 + k
        sh.row(12 + k, [Cell(lab, T["txt"]), Cell(clics, T["int"]), Cell(("eur", cost), T["eur"]),
                        Cell(("eur", cost / clics), T["eur2"], "[.C%d]/[.B%d]" % (n, n)), Cell(leads, T["int"]),
                        Cell(("eur", cost / leads), T["eur2"], "[.C%d]/[.E%d]" % (n, n))])
    ck = sum(a[1] for a in ADGROUPS)
    cc = sum(a[2] for a in ADGROUPS)
    cl = sum(a[3] for a in ADGROUPS)
    sh.row(15, [Cell("Total Google Ads", T["ttxt"]), Cell(ck, T["tint"], "SUM([.B13:.B15])"),
                Cell(("eur", cc), T["teur"], "SUM([.C13:.C15])"), Cell(("eur", cc / ck), T["teur2"], "[.C16]/[.B16]"),
                Cell(cl, T["tint"], "SUM([.E13:.E15])"), Cell(("eur", cc / cl), T["teur2"], "[.C16]/[.E16]")])

    # ------------------------------------------------------------------ Conseillers
    green_red = lambda hi, lo, cell: ((hi, "Bon", cell), (lo, "Mauvais", cell))
    pct_c = bk.style("pct", border="all",
                     maps=green_red("cell-content()>=0.28", "cell-content()<0.25", "Conseillers.D4"))
    del_c = bk.style("int", border="all",
                     maps=green_red("cell-content()<=36", "cell-content()>48", "Conseillers.F4"))
    sh = bk.sheet("Conseillers", [4.2, 2.4, 2.4, 2.4, 2.8, 2.8, 6.0])
    sh.put(0, 0, "Tableau des conseillers — année 2025", T["title"], span=7)
    sh.height(2, 1.1)
    sh.row(2, ["Conseiller", "Devis envoyés", "Dossiers signés", "Taux de signature", "Marge brute",
               "Délai moyen de devis (h)", "Destinations"], T["hdr"])
    for k, (name, dev, sig, marge, delai, dest) in enumerate(CONSEILLERS):
        n = 4 + k
        sh.row(3 + k, [Cell(name, T["txt"]), Cell(dev, T["int"]), Cell(sig, T["int"]),
                       Cell(("pct", sig / dev), pct_c, "[.C%d]/[.B%d]" % (n, n)), Cell(("eur", marge), T["eur"]),
                       Cell(delai, del_c), Cell(dest, T["txt"])])
    sd = sum(c[1] for c in CONSEILLERS)
    ss = sum(c[2] for c in CONSEILLERS)
    sm = sum(c[3] for c in CONSEILLERS)
    avg = sum(c[4] for c in CONSEILLERS) / len(CONSEILLERS)
    sh.row(8, [Cell("Agence", T["ttxt"]), Cell(sd, T["tint"], "SUM([.B4:.B8])"), Cell(ss, T["tint"], "SUM([.C4:.C8])"),
               Cell(("pct", ss / sd), T["tpct"], "[.C9]/[.B9]"), Cell(("eur", sm), T["teur"], "SUM([.E4:.E8])"),
               Cell(avg, T["tdec"], "AVERAGE([.F4:.F8])"), Cell("", T["ttxt"])])
    sh.put(10, 0, "Vert : taux ≥ 28 % / délai ≤ 36 h — Rouge : taux < 25 % / délai > 48 h", T["src"])
    sh.put(11, 0, "Délai = heures ouvrées entre la réception de la demande et l'envoi du devis. Source : Tripnote Pro, "
                  "rapport « Activité par conseiller », export du 6 janvier 2026.", T["src"])

    # ------------------------------------------------------------------ Listes
    sh = bk.sheet("Listes", [4.6, 0.6, 4.6, 0.6, 4.2, 0.6, 4.6])
    sh.put(0, 0, "Listes déroulantes (ne pas modifier)", T["sub"])
    lists = [("Destinations", ["Japon", "Corée du Sud", "Islande", "Norvège", "Écosse", "Namibie", "Botswana",
                               "Afrique du Sud", "Canada", "Ouest américain", "Pérou", "Chili", "Argentine"]),
             ("Origine de la demande", ["Site — formulaire", "Site — live chat", "Téléphone", "Agence", "Google Ads",
                                        "Meta", "Newsletter", "Webinaire", "Ambassadeur", "Blog partenaire"]),
             ("Conseillers", [c[0] for c in CONSEILLERS] + ["Hélène Favre-Bulle"]),
             ("Statut du dossier", ["Demande reçue", "Devis envoyé", "Option posée", "Acompte reçu", "Solde reçu",
                                    "Carnet de route envoyé", "Voyage terminé", "Annulé"])]
    for k, (head, items) in enumerate(lists):
        c = 2 * k
        sh.put(2, c, head, T["hdr"])
        for j, it in enumerate(items):
            sh.put(3 + j, c, it, T["txt"])
    bk.save_xlsx(XLSX_FILE, PROFILE, AUTHOR, XLSX_STAMP, "Dashboard KPI Parmelan 2025-2026")


def funnel_chart(bk):
    """Graphique en barres horizontales (tunnel) incorporé dans l'onglet « Tunnel devis »."""
    ch = OpenDocumentChart()
    st_bar = Style(name="chs1", family="chart")
    st_bar.addElement(GraphicProperties(fill="solid", fillcolor="#2C7A85", stroke="none"))
    ch.automaticstyles.addElement(st_bar)
    st_plot = Style(name="chp", family="chart")
    st_plot.addElement(ChartProperties(vertical="true"))
    ch.automaticstyles.addElement(st_plot)
    st_axx = Style(name="chx", family="chart")
    st_axx.addElement(ChartProperties(reversedirection="true", displaylabel="true"))
    ch.automaticstyles.addElement(st_axx)
    st_lab = Style(name="chl", family="chart")
    st_lab.addElement(ChartProperties(datalabelnumber="value"))
    st_lab.addElement(GraphicProperties(fill="solid", fillcolor="#2C7A85", stroke="none"))
    ch.automaticstyles.addElement(st_lab)
    cc = OC.Chart(width="15cm", height="8.5cm", attributes={"class": "chart:bar"})
    ch.chart.addElement(cc)
    t = OC.Title()
    t.addElement(OdfP(text="Tunnel devis — oct. 2025 → mars 2026"))
    cc.addElement(t)
    rng = "'Tunnel devis'.A4:'Tunnel devis'.B8"
    pa = OC.PlotArea(stylename="chp", attributes={"cellrangeaddress": rng, "datasourcehaslabels": "none"})
    cc.addElement(pa)
    ax = OC.Axis(dimension="x", name="primary-x", stylename="chx")
    ax.addElement(OC.Categories(cellrangeaddress="'Tunnel devis'.A4:'Tunnel devis'.A8"))
    pa.addElement(ax)
    pa.addElement(OC.Axis(dimension="y", name="primary-y"))
    s = OC.Series(stylename="chl", valuescellrangeaddress="'Tunnel devis'.B4:'Tunnel devis'.B8",
                  labelcelladdress="'Tunnel devis'.B3", attributes={"class": "chart:bar"})
    s.addElement(OC.DataPoint(repeated="5"))
    pa.addElement(s)
    name = bk.doc.addObject(ch)
    fr = Frame(width="15cm", height="8.5cm", x="0.3cm", y="0cm", attributes={"endcelladdress": "'Tunnel devis'.L22",
                                                                             "endx": "0cm", "endy": "0cm"})
    fr.addElement(DObject(href=name, attributes={"notifyonupdateofranges": rng}))
    return fr


def main():
    os.makedirs(OUT, exist_ok=True)
    build_pptx()
    build_xlsx()
    print("ok", PPTX_FILE)
    print("ok", XLSX_FILE)


if __name__ == "__main__":
    main()
