# Générateur du dossier du candidat c121 (Éditions du Dé Pipé, éditeur de jeux de société, Lyon Croix-Rousse) — blocs 3 et 5.
# Un seul DOCX « v3 relue MR » d'environ 24 pages : couverture avec emplacement de meeple, cinq chapitres en Titre 1
# (« Chapitre n — … »), Titre 2 « n.n », 10 tableaux, en-tête « Éditions du Dé Pipé — R. Bouaziz — v3 relue MR »,
# numéro de page en pied. Le document porte encore les vrais commentaires Word de la tutrice (Mathilde Roux, MR, dont
# 3 avec réponse de Rayane, fils reliés par commentsExtended), 6 modifications suivies non acceptées (w:ins / w:del),
# une zone de texte flottante « À retenir » (bordure orange, à droite) en fin de chaque chapitre, et 18 vraies notes
# de fin numérotées i, ii, iii… (endnotes.xml) reportées sur la dernière page « Notes ».
# Déterministe : métadonnées fixes, identifiants fixes, horodatage zip figé.
import datetime, io, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from PIL import Image, ImageDraw

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c121-editeur-jeux-societe-lyon")
FILE = os.path.join(OUT, "de-pipe-dossier-blocs-3-5-bouaziz.docx")
AUTHOR = "Rayane Bouaziz"
TUTOR = "Mathilde Roux"
FIXED = datetime.datetime(2026, 3, 10, 22, 14, 0)
ZIPSTAMP = (2026, 3, 10, 22, 14, 0)
ORANGE = "E8731A"
LS = 1.4                # interligne du corps de texte
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ============================================================================ commentaires de la tutrice
# clé -> (auteur, initiales, date, texte, clé du parent ou None)
COMMENTS = [
    ("ca", TUTOR, "MR", "2026-03-08T09:12:00Z", "Mets la source de ces chiffres, le jury aime bien savoir d'où ça vient.", None),
    ("ca_r", AUTHOR, "RB", "2026-03-08T18:40:00Z", "Ajouté en note i.", "ca"),
    ("prio", TUTOR, "MR", "2026-03-08T09:31:00Z", "Bien. Le classement P1 / P2 / P3 est clair, garde-le tel quel pour l'oral.", None),
    ("pilier", TUTOR, "MR", "2026-03-08T09:47:00Z", "Vérifie que la page pilier est bien en ligne et pas seulement en brouillon dans Shopify.", None),
    ("pilier_r", AUTHOR, "RB", "2026-03-08T18:44:00Z", "Oui, publiée le 3 février, elle est indexée.", "pilier"),
    ("radio", TUTOR, "MR", "2026-03-08T10:02:00Z", "Tu as le nombre d'écoutes de l'épisode ? Arnaud doit pouvoir le demander.", None),
    ("delai", TUTOR, "MR", "2026-03-08T10:15:00Z", "Écris « livraison estimée », jamais une date ferme dans une pub.", None),
    ("desc", TUTOR, "MR", "2026-03-08T10:18:00Z", "Et les descriptions des annonces ?", None),
    ("ga4", TUTOR, "MR", "2026-03-08T10:40:00Z", "Pourquoi ? Il faut le dire, sinon le tableau ne sert à rien.", None),
    ("perf", TUTOR, "MR", "2026-03-08T10:52:00Z", "Tu pourrais ajouter 2024 en nombre de boîtes et pas seulement en %.", None),
    ("roi", TUTOR, "MR", "2026-03-08T11:05:00Z", "Faux : tu as divisé par le CA TTC et oublié le coût des boîtes. À refaire.", None),
    ("obj", TUTOR, "MR", "2026-03-09T08:20:00Z", "Il manque l'objectif sur la reprise des backers Kickstarter", None),
    ("excl", TUTOR, "MR", "2026-03-09T08:26:00Z", "J'ajoute ce point, c'était dans mon mail du 12/02.", None),
    ("ml", TUTOR, "MR", "2026-03-09T08:41:00Z", "Vérifié avec Arnaud, c'est bon.", None),
    ("mardi", TUTOR, "MR", "2026-03-09T08:55:00Z", "Rien ici ?", None),
    ("mardi_r", AUTHOR, "RB", "2026-03-09T21:10:00Z", "Je complète pour la v4", "mardi"),
    ("rse", TUTOR, "MR", "2026-03-09T09:03:00Z", "À voir quand ? Logiludo a les bilans carbone de ses transporteurs, demande-les à Théo.", None),
]
CID = {c[0]: 20 + i for i, c in enumerate(COMMENTS)}   # numérotés après les notes de fin (LibreOffice confond sinon)
CHILDREN = {}
for c in COMMENTS:
    if c[5]:
        CHILDREN.setdefault(c[5], []).append(c[0])
REV_AUTHOR = TUTOR
REV_DATE = "2026-03-09T09:20:00Z"

doc = None
ENDNOTES = []          # textes des notes de fin, dans l'ordre d'appel
_rev = [100]           # identifiants des révisions (distincts de ceux des commentaires)
_shape = [10]          # identifiants docPr des zones de texte


def rid():
    _rev[0] += 1
    return str(_rev[0])


def W(tag):
    return qn("w:" + tag)


# ============================================================================ outils XML
def run_el(text, bold=False, italic=False, size=None, color=None, deleted=False):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if color:
        c = OxmlElement("w:color"); c.set(W("val"), color); rpr.append(c)
    if size:
        s = OxmlElement("w:sz"); s.set(W("val"), str(int(size * 2))); rpr.append(s)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def comment_start(p, key):
    for k in [key] + CHILDREN.get(key, []):
        e = OxmlElement("w:commentRangeStart"); e.set(W("id"), str(CID[k])); p.append(e)


def comment_end(p, key):
    for k in [key] + CHILDREN.get(key, []):
        e = OxmlElement("w:commentRangeEnd"); e.set(W("id"), str(CID[k])); p.append(e)
    for k in [key] + CHILDREN.get(key, []):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr"); rs = OxmlElement("w:rStyle"); rs.set(W("val"), "CommentReference"); rpr.append(rs); r.append(rpr)
        cr = OxmlElement("w:commentReference"); cr.set(W("id"), str(CID[k])); r.append(cr)
        p.append(r)


def endnote_ref(p, text):
    ENDNOTES.append(text)
    n = len(ENDNOTES)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle"); rs.set(W("val"), "EndnoteReference"); rpr.append(rs)
    va = OxmlElement("w:vertAlign"); va.set(W("val"), "superscript"); rpr.append(va)
    r.append(rpr)
    er = OxmlElement("w:endnoteReference"); er.set(W("id"), str(n)); r.append(er)
    p.append(r)


def tracked(p, kind, text, size=None, bold=False):
    e = OxmlElement("w:" + kind)
    e.set(W("id"), rid()); e.set(W("author"), REV_AUTHOR); e.set(W("date"), REV_DATE)
    e.append(run_el(text, bold=bold, size=size, deleted=(kind == "del")))
    p.append(e)


TOKEN = re.compile(r"(⟦[^⟧]*⟧|\*\*.+?\*\*)")


def rich(par, text, size=None, bold=False, italic=False, color=None):
    """Texte avec balises : **gras**, ⟦e:note de fin⟧, ⟦c:clé⟧…⟦/c:clé⟧ (commentaire), ⟦ins:…⟧, ⟦del:…⟧."""
    p = par._p
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("⟦"):
            body = part[1:-1]
            if body.startswith("e:"):
                endnote_ref(p, body[2:])
            elif body.startswith("c:"):
                comment_start(p, body[2:])
            elif body.startswith("/c:"):
                comment_end(p, body[3:])
            elif body.startswith("ins:"):
                tracked(p, "ins", body[4:], size, bold)
            elif body.startswith("del:"):
                tracked(p, "del", body[4:], size, bold)
            else:
                raise ValueError(part)
        elif part.startswith("**"):
            rich(par, part[2:-2], size=size, bold=True, italic=italic, color=color)
        else:
            p.append(run_el(part, bold=bold, italic=italic, size=size, color=color))
    return par


def field(par, instr):
    for kind, txt in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = OxmlElement("w:r")
        if kind == "instr":
            t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " %s " % txt; r.append(t)
        elif kind == "text":
            t = OxmlElement("w:t"); t.text = txt; r.append(t)
        else:
            f = OxmlElement("w:fldChar"); f.set(W("fldCharType"), kind); r.append(f)
        par._p.append(r)


# ============================================================================ blocs de contenu
def H1(t):
    h = doc.add_heading("", level=1)
    h.paragraph_format.page_break_before = True
    rich(h, t)


def H2(t):
    h = doc.add_heading("", level=2)
    rich(h, t)
    return h


def P(t, space_after=8):
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    par.paragraph_format.space_after = Pt(space_after)
    par.paragraph_format.line_spacing = LS
    rich(par, t)
    return par


def BUL(items, style="List Bullet"):
    last = None
    pars = []
    for it in items:
        last = doc.add_paragraph(style=style)
        last.paragraph_format.space_after = Pt(3)
        last.paragraph_format.line_spacing = LS
        rich(last, it)
        pars.append(last)
    if style == "List Number":
        restart_numbering(pars)
    return last


def restart_numbering(pars):
    """Chaque liste numérotée repart à 1 (nouvelle instance w:num sur la même définition)."""
    numbering = doc.part.numbering_part.element
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = None
    for n in numbering.findall(qn("w:num")):
        if n.get(qn("w:numId")) == str(style_num):
            abstract = n.find(qn("w:abstractNumId")).get(qn("w:val"))
    num = numbering.add_num(int(abstract))
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for p in pars:
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = num.numId


def CAP(t):
    c = doc.add_paragraph()
    c.paragraph_format.keep_with_next = True
    c.paragraph_format.space_before = Pt(8)
    c.paragraph_format.space_after = Pt(3)
    rich(c, t, size=9.5, italic=True, color="7A4A1E")
    return c


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(W("val"), "clear"); sh.set(W("color"), "auto"); sh.set(W("fill"), fill)
    tcpr.append(sh)


def TABLE(caption, rows, widths, size=9):
    CAP(caption)
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Cm(widths[j])
            par = cell.paragraphs[0]
            par.paragraph_format.space_after = Pt(0)
            rich(par, val, size=size, bold=(i == 0))
            if i == 0:
                shade(cell, "F9DCC4")
    # en-tête répété si le tableau passe sur plusieurs pages
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); trpr.append(th)
    sp = doc.add_paragraph(); sp.paragraph_format.space_after = Pt(4)
    return t


def BOX(par, lines):
    """Zone de texte flottante « À retenir » (bordure orange, calée à droite), ancrée dans le paragraphe par."""
    _shape[0] += 1
    sid = _shape[0]
    chars = sum(len(l) for l in lines)
    nlines = sum(1 + len(l) // 34 for l in lines) + 2
    cx = Cm(6.0)
    cy = Cm(0.9 + 0.43 * nlines)
    paras = []
    head = ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="%s"/><w:sz w:val="22"/></w:rPr>'
            '<w:t>À retenir</w:t></w:r></w:p>' % ORANGE)
    paras.append(head)
    for l in lines:
        l = l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paras.append('<w:p><w:pPr><w:spacing w:after="50"/><w:ind w:left="170" w:hanging="170"/></w:pPr>'
                     '<w:r><w:rPr><w:color w:val="%s"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">▸ </w:t></w:r>'
                     '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ORANGE, l))
    xml = (
        '<w:r %s><w:drawing><wp:anchor distT="45720" distB="45720" distL="180000" distR="0" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="left"/>'
        '<wp:docPr id="%d" name="Zone de texte %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF6EE"/></a:solidFill>'
        '<a:ln w="19050"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0">'
        '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (nsdecls("w", "wp") + ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"', 251650000 + sid, cx, cy, sid, sid - 10, cx, cy, ORANGE, "".join(paras)))
    par._p.insert(1 if par._p.pPr is not None else 0, parse_xml(xml))


def END_CHAPTER(text, box_lines):
    par = P(text)
    BOX(par, box_lines)


# ============================================================================ meeple de couverture (emplacement)
def meeple_png():
    img = Image.new("RGB", (520, 560), "white")
    d = ImageDraw.Draw(img)
    for x in range(10, 510, 24):                       # cadre en pointillés de l'emplacement
        d.line([(x, 10), (x + 12, 10)], fill=(170, 170, 170), width=3)
        d.line([(x, 549), (x + 12, 549)], fill=(170, 170, 170), width=3)
    for y in range(10, 550, 24):
        d.line([(10, y), (10, y + 12)], fill=(170, 170, 170), width=3)
        d.line([(509, y), (509, y + 12)], fill=(170, 170, 170), width=3)
    col = (232, 115, 26)
    d.ellipse([205, 80, 315, 190], fill=col)                      # tête
    d.polygon([(225, 180), (295, 180), (330, 230), (430, 262), (440, 300), (330, 315),
               (345, 380), (395, 470), (300, 470), (260, 400), (220, 470), (125, 470),
               (175, 380), (190, 315), (80, 300), (90, 262), (190, 230)], fill=col)   # corps, bras, jambes
    bio = io.BytesIO()
    img.save(bio, format="PNG")
    bio.seek(0)
    return bio


# ============================================================================ parties annexes (notes, commentaires)
def endnotes_xml():
    parts = ['<w:endnotes %s>' % nsdecls("w", "r"),
             '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
             '<w:r><w:separator/></w:r></w:p></w:endnote>',
             '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
             '<w:r><w:continuationSeparator/></w:r></w:p></w:endnote>']
    for i, t in enumerate(ENDNOTES, 1):
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts.append('<w:endnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr>'
                     '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
                     '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:endnote>' % (i, t))
    parts.append('</w:endnotes>')
    return "".join(parts).encode("utf-8")


def comments_xml():
    parts = ['<w:comments %s xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">' % nsdecls("w", "r")]
    for i, (key, author, ini, date, text, parent) in enumerate(COMMENTS):
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
                     '<w:p w14:paraId="3D0C%04X" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                     '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                     '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>' % (CID[key], author, date, ini, i + 1, text))
    parts.append('</w:comments>')
    return "".join(parts).encode("utf-8")


def comments_ext_xml():
    parts = ['<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
             'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">']
    for i, c in enumerate(COMMENTS):
        if c[5]:
            parts.append('<w15:commentEx w15:paraId="3D0C%04X" w15:paraIdParent="3D0C%04X" w15:done="0"/>' % (i + 1, [k[0] for k in COMMENTS].index(c[5]) + 1))
        else:
            parts.append('<w15:commentEx w15:paraId="3D0C%04X" w15:done="0"/>' % (i + 1))
    parts.append('</w15:commentsEx>')
    return "".join(parts).encode("utf-8")


def add_styles():
    st = doc.styles.element
    extra = [
        '<w:style %s w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="19"/></w:rPr></w:style>',
        '<w:style %s w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
        '<w:style %s w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="20"/></w:rPr></w:style>',
        '<w:style %s w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>',
    ]
    for x in extra:
        st.append(parse_xml(x % nsdecls("w")))
    # langue française et police par défaut
    rpr_default = st.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr_default.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang"); rpr_default.append(lang)
    lang.set(W("val"), "fr-FR")
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:hAnsi"), "Calibri")
    normal.element.rPr.rFonts.set(qn("w:cs"), "Calibri")
    normal.paragraph_format.line_spacing = 1.15
    for name, size, color in (("Heading 1", 17, "B4530F"), ("Heading 2", 13, "3E2A1A")):
        s = doc.styles[name]
        s.font.name = "Calibri"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor.from_string(color)
        s.element.rPr.rFonts.set(qn("w:hAnsi"), "Calibri")
    # les attributs de thème l'emportent sur le nom de police : on les retire
    for rf in st.iter(qn("w:rFonts")):
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        if rf.get(qn("w:ascii")) is None:
            rf.set(qn("w:ascii"), "Calibri"); rf.set(qn("w:hAnsi"), "Calibri")
    h2 = doc.styles["Heading 2"]
    h2.paragraph_format.space_before = Pt(14)
    h2.paragraph_format.space_after = Pt(4)


def add_settings():
    s = doc.settings.element
    enp = parse_xml('<w:endnotePr %s><w:numFmt w:val="lowerRoman"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>' % nsdecls("w"))
    s.find(qn("w:compat")).addprevious(enp)
    tfl = s.find(qn("w:themeFontLang"))
    if tfl is not None:
        tfl.set(W("val"), "fr-FR")


def add_parts():
    dp = doc.part
    en = Part(PackURI("/word/endnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
              endnotes_xml(), dp.package)
    dp.relate_to(en, RT.ENDNOTES)
    cm = Part(PackURI("/word/comments.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
              comments_xml(), dp.package)
    dp.relate_to(cm, RT.COMMENTS)
    cx = Part(PackURI("/word/commentsExtended.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
              comments_ext_xml(), dp.package)
    dp.relate_to(cx, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended")


def fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            data_ = src.read(name)
            if name == "_rels/.rels":
                data_ = re.sub(rb'<Relationship[^>]*thumbnail[^>]*/>', b"", data_)
            if name == "[Content_Types].xml":
                data_ = data_.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            info = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data_)


# ============================================================================ contenu
def cover():
    for _ in range(2):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rich(p, "ÉDITIONS DU DÉ PIPÉ", size=13, bold=True, color="B4530F")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rich(p, "Jeux de société édités à la Croix-Rousse depuis 2016", size=10.5, italic=True, color="6B5B4B")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(meeple_png(), width=Cm(4.2))
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rich(p, "(emplacement du meeple — le visuel définitif arrive avec la charte 2026 d'Élise)", size=8.5, italic=True, color="999999")
    doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rich(p, "Être trouvé, remplir le late pledge, brancher un pledge manager", size=22, bold=True, color="3E2A1A")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rich(p, "Dossier professionnel — blocs 3 et 5", size=14, color="3E2A1A")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rich(p, "Titre RNCP Chef de projet e-commerce — session 2026", size=11.5)
    for _ in range(3):
        doc.add_paragraph()
    for line in ("Rayane Bouaziz — alternant, Mastère 2e année",
                 "Chargé webmarketing et SEO aux Éditions du Dé Pipé depuis septembre 2024",
                 "Tutrice : Mathilde Roux, présidente",
                 "Version 3 — relue par MR, mars 2026"):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        rich(p, line, size=11)


def chapter1():
    H1("Chapitre 1 — Nos jeux et nos joueurs")
    H2("1.1 Une maison d'édition dans un ancien atelier de canut")
    P("Les Éditions du Dé Pipé sont une SAS installée sur les pentes de la Croix-Rousse, à Lyon, dans un ancien atelier de canut "
      "dont les quatre mètres sous plafond servent aujourd'hui à empiler des protos. Mathilde Roux et Arnaud Perrin l'ont fondée en 2016. "
      "Dix ans plus tard, nous sommes six (moi compris) et le catalogue compte 14 jeux.")
    P("En 2025, le chiffre d'affaires a atteint 1,35 M€ HT. Il vient de trois canaux qui ne se ressemblent pas du tout⟦e:Chiffres 2025 : "
      "liasse fiscale et ventilation par canal faite par Mathilde à partir des relevés Ludisphère, des exports Kickstarter et Ulule et "
      "du rapport « Ventes » de Shopify (février 2026).⟧ :")
    BUL(["**les boutiques ⟦del:spécialisés⟧⟦ins:spécialisées⟧**, par l'intermédiaire de notre distributeur Ludisphère : 58 % du CA. "
         "Ludisphère nous achète une partie de chaque tirage, le stocke et place nos jeux dans environ 420 boutiques en France, en Belgique et en Suisse ;",
         "**le financement participatif** (Kickstarter et Ulule) : 24 %. C'est là que naissent nos gros projets ; la campagne de "
         "« Canuts ! Édition Soierie » a réuni 3 870 backers à l'automne 2025 ;",
         "**notre webshop Shopify** : ⟦c:ca⟧18 %, soit 243 k€⟦/c:ca⟧. C'est le plus petit canal, mais le seul où nous connaissons nos joueurs "
         "par leur nom, et c'est celui dont je m'occupe."])
    P("Mathilde, présidente et ma tutrice, tient les finances, Ludisphère et les campagnes. Arnaud dirige l'éditorial (choix des protos, "
      "tests des règles). Nadia Ferhat anime la communauté. Théo Vidal gère la logistique : l'imprimeur Spielwerk Druck en Allemagne et "
      "notre entrepôt Logiludo à Vénissieux. Élise Marchand est graphiste. Et moi, entre deux semaines d'école, je fais en sorte qu'on nous "
      "trouve et qu'on nous achète en ligne.")

    H2("1.2 Le catalogue")
    P("Nos jeux ont presque tous un thème lyonnais : une force pour se distinguer, et un petit piège dans Google (chapitre 2).")
    TABLE("Tableau 1 — Les jeux et produits dont il est question dans ce dossier", [
        ["Jeu / produit", "Mécanique", "Joueurs, durée", "Prix public", "Où il se vend surtout"],
        ["« Canuts ! »", "Placement d'ouvriers : on fait tourner un atelier de soierie en 1831", "2 à 4, 75 min", "39,90 €", "Boutiques spécialisées, webshop"],
        ["« Canuts ! – Fourvière » (extension)", "Nouveaux quartiers, commandes de l'archevêché, mode solo", "1 à 4, +20 min", "19,90 €", "Webshop, add-on des campagnes"],
        ["« Canuts ! Édition Soierie »", "Version deluxe : plateau en toile, ouvriers en bois peints, insert", "2 à 4, 75 min", "79 € (pledge)", "Kickstarter puis late pledge"],
        ["« Traboules »", "Déduction coopérative : retrouver un passeur dans le Vieux-Lyon", "2 à 5, 40 min", "24,90 €", "Boutiques spécialisées"],
        ["« Bouchon Party »", "Jeu de cartes rapide, ambiance, commandes de plats lyonnais", "2 à 6, 20 min", "19,90 €", "Boutiques, cadeaux de Noël"],
        ["Tapis de jeu « Canuts ! »", "Accessoire en néoprène, 90 × 60 cm", "—", "29 €", "Webshop uniquement"],
        ["10 autres titres", "Fonds de catalogue, jeux familiaux et d'ambiance", "—", "14,90 € à 34,90 €", "Boutiques spécialisées"],
    ], [3.6, 5.2, 2.3, 2.1, 3.3])
    P("« Canuts ! » est notre locomotive depuis 2022 : trois tirages, une extension et maintenant une édition deluxe. « Traboules » et "
      "« Bouchon Party » vivent surtout en boutique, sur le conseil du vendeur.")

    H2("1.3 Nos joueurs et nos backers")
    P("En croisant les commandes du webshop, les backers et ce que Nadia entend sur les stands, je vois quatre groupes :")
    BUL(["**les joueurs confirmés**, 25 à 45 ans, qui connaissent les mécaniques par leur nom et achètent en boutique spécialisée ou sur Kickstarter ;",
         "**les familles et les bandes d'amis**, qui achètent « Bouchon Party » ou « Traboules » pour Noël, souvent sur le conseil d'un vendeur ;",
         "**les joueurs à deux**, souvent des couples, qui tapent littéralement « jeu 2 joueurs » dans Google ;",
         "**nos backers** : 3 870 sur la campagne Soierie, dont 61 % en France, 17 % en Allemagne, 9 % en Belgique et en Suisse et 13 % "
         "ailleurs. Ils veulent des paliers débloqués et, surtout, savoir quand leur boîte arrivera."])
    P("Sur les festivals, Nadia et moi notons les mots que les joueurs emploient : « un placement d'ouvriers pas trop long », « un "
      "coopératif où personne ne joue à ta place ». À Lyon Ludique, en septembre 2025, nous avons rempli un carnet entier⟦e:Lyon Ludique 2025 : 9 400 visiteurs sur le week-end selon l'organisateur ; "
      "1 150 parties de démonstration sur notre stand d'après le carnet de Nadia.⟧. "
      "Ce carnet a servi de point de départ à la carte des requêtes du chapitre 2.")

    H2("1.4 Ma mission")
    P("Je suis en alternance depuis septembre 2024 comme chargé webmarketing et SEO, en deuxième année de Mastère. Mes chantiers "
      "structurent ce dossier : faire trouver nos jeux sur Google (chapitre 2), vendre le late pledge de « Canuts ! Édition Soierie » "
      "(chapitre 3), mesurer (chapitre 4) et, depuis janvier 2026, piloter l'intégration d'un pledge manager branché sur Shopify "
      "(chapitre 5), parce que la campagne Soierie gérée à coups de tableurs a failli coûter ses cheveux à Théo.")
    END_CHAPTER("En résumé, nous vendons surtout par d'autres et voulons que le webshop pèse plus lourd sans fâcher les boutiques "
                "qui nous font vivre. Il doit donc aller chercher des joueurs que les boutiques ne touchent pas : les joueurs à deux "
                "qui cherchent sur Google, ou les backers qui ont raté la campagne.",
                ["14 jeux, 1,35 M€ HT en 2025 : boutiques via Ludisphère 58 %, financement participatif 24 %, webshop 18 %.",
                 "Quatre publics : joueurs confirmés, familles, joueurs à deux, backers.",
                 "Mon terrain : le webshop, les campagnes et les outils qui vont avec."])


def chapter2():
    H1("Chapitre 2 — Être trouvé")
    P("Un bon jeu que personne ne trouve reste sur une palette chez Logiludo. Voici comment j'ai organisé notre référencement naturel.")
    H2("2.1 Les outils qui me disent d'où viennent les joueurs")
    P("J'utilise quatre outils, chacun pour une question précise :")
    BUL(["**Google Analytics 4 (GA4)**, installé par l'application Google & YouTube de Shopify : combien de visites, d'où elles viennent, "
         "quelles pages sont lues et quelles visites finissent en achat ou en inscription à la newsletter⟦e:Export GA4, propriété "
         "« depipe.fr », du 1er janvier au 31 décembre 2025 : 184 300 sessions, 131 900 utilisateurs, 4 870 achats.⟧ ;",
         "**Google Search Console** : ce que les gens tapent avant d'arriver chez nous, combien de fois nos pages s'affichent, leur position "
         "moyenne, et les pages que Google refuse d'indexer ;",
         "**les rapports de Shopify** : ventes par canal et par produit, paniers, codes promo (ses sessions ne sont pas celles de GA4, je ne mélange pas les deux) ;",
         "**Ahrefs Webmaster Tools**, gratuit pour un site vérifié : les sites qui font un lien vers nous, les ancres utilisées et un audit "
         "technique mensuel (liens cassés, pages en double, titres trop longs)."])

    H2("2.2 Dix actions, trois niveaux de priorité")
    P("Après l'audit Ahrefs de septembre 2025, j'avais 31 choses à faire, pour un demi-chargé de référencement (moi, une semaine sur "
      "deux à l'école). J'ai gardé dix actions et je les ai classées : "
      "P1, à faire tout de suite parce que cela touche directement nos ventes ou bloque le reste ; P2, dans le trimestre ; P3, quand il "
      "restera du temps, c'est-à-dire ⟦del:surement⟧⟦ins:sûrement⟧ en 2027, mais on a le droit de rêver.")
    TABLE("⟦c:prio⟧Tableau 2 — Les dix actions de référencement naturel, par priorité⟦/c:prio⟧", [
        ["N°", "Action", "Priorité", "Pourquoi à ce rang"],
        ["1", "Réécrire les fiches des quatre jeux phares : nom du jeu + mécanique + nombre de joueurs dans le titre, le H1 et la description",
         "P1", "Nos noms de jeux sont les requêtes qui achètent le plus, et des revendeurs passent devant nous sur « canuts jeu »."],
        ["2", "Supprimer les 37 adresses en double créées par Shopify (/collections/…/products/…) avec des balises canoniques",
         "P1", "Google hésite entre deux adresses par fiche et n'en pousse aucune ; cela freine l'action 1."],
        ["3", "Créer la page pilier « jeux de société à 2 joueurs » et ses six pages filles",
         "P1", "Très forte demande, trois jeux qui se jouent bien à deux, et aucune page pour ces joueurs."],
        ["4", "Page « jeux de société lyonnais » et fiche Google Business de l'atelier", "P2",
         "Peu de volume, mais une concurrence faible : nous sommes le seul éditeur avec atelier à la Croix-Rousse."],
        ["5", "Publier les règles en pages HTML, plus seulement en PDF", "P2",
         "Le PDF des règles s'ouvre sans lien vers la fiche du jeu : le visiteur repart."],
        ["6", "Obtenir des liens de la sphère ludique (blogs, podcasts, ludothèques)", "P2",
         "Peu de sites font un lien vers nous ; c'est du temps de relation, pas du développement."],
        ["7", "Données structurées Produit (prix, stock, avis) sur les fiches", "P2",
         "Il manque les avis, qui donneraient des étoiles dans les résultats."],
        ["8", "Page « idées cadeaux jeux de société » pour Noël", "P3",
         "Utile seulement si elle est indexée dès octobre : on la prépare pour 2026."],
        ["9", "Textes alternatifs des 640 images produits", "P3", "Long, et sans effet rapide sur les ventes."],
        ["10", "Version anglaise des fiches", "P3", "39 % des backers vivent hors de France, mais on verra après le pledge manager."],
    ], [0.9, 6.0, 1.7, 7.8])
    P("Les trois actions P1 sont terminées depuis février 2026. Les premiers mouvements se voient sur les requêtes locales, où la "
      "concurrence est faible⟦e:« jeu de société Lyon » : 23e → 8e (position moyenne relevée dans la Search Console).⟧.")

    H2("2.3 Comment j'ai construit la carte des requêtes")
    P("Je voulais éviter une liste tirée d'un outil, pleine de requêtes que personne ne tape chez nous. J'ai procédé en quatre temps.")
    BUL(["**Partir de nos noms de jeux.** « Canuts », « Traboules », « Bouchon Party », avec leurs variantes réelles trouvées dans la Search "
         "Console (« canut jeu », « jeu des canuts », « trabouls »…).",
         "**Écouter les festivals.** Le carnet de Lyon Ludique m'a donné les mots des joueurs (« placement d'ouvriers », « coopératif », « à deux »), "
         "transformés en requêtes plausibles.",
         "**Demander à Google.** Pour chaque début de requête, j'ai noté les suggestions de la barre de recherche et les « Autres questions "
         "posées », en navigation privée.",
         "**Trier par volume et par intention.** Pour chaque requête, le volume mensuel⟦e:Volumes : moyenne mensuelle en France, Ahrefs "
         "Webmaster Tools et Keyword Planner de Google Ads, relevés en novembre 2025, arrondis.⟧ puis l'intention : s'informer "
         "(règles, avis), comparer, acheter ou trouver près de chez soi. J'ai retiré les requêtes sans page capable d'y répondre et donné "
         "une page cible à chacune des autres."])
    P("Il en reste 40, rangées par famille dans la carte ci-dessous.")

    H2("2.4 La carte des requêtes")
    rows = [["N°", "Requête de joueurs", "Volume / mois", "Intention", "Page cible", "Priorité"]]
    data = [
        ("canuts jeu de société", "720", "Acheter", "Fiche « Canuts ! »", "P1"),
        ("canuts jeu", "390", "Acheter", "Fiche « Canuts ! »", "P1"),
        ("canuts règles", "210", "S'informer", "Règles « Canuts ! » (HTML)", "P2"),
        ("avis canuts jeu", "70", "S'informer", "Fiche « Canuts ! » (avis)", "P2"),
        ("canuts fourvière extension", "90", "Acheter", "Fiche « Fourvière »", "P1"),
        ("canuts édition soierie", "170", "Acheter", "Page late pledge", "P1"),
        ("canuts kickstarter", "140", "S'informer", "Page late pledge", "P1"),
        ("traboules jeu", "480", "Acheter", "Fiche « Traboules »", "P1"),
        ("traboules règles", "110", "S'informer", "Règles « Traboules » (HTML)", "P2"),
        ("bouchon party jeu", "260", "Acheter", "Fiche « Bouchon Party »", "P1"),
        ("jeu de société 2 joueurs", "14 800", "Comparer", "Pilier « 2 joueurs »", "P1"),
        ("meilleur jeu de société 2 joueurs", "5 400", "Comparer", "Pilier « 2 joueurs »", "P1"),
        ("jeu de société à deux adulte", "2 900", "Comparer", "Pilier « 2 joueurs »", "P1"),
        ("jeu 2 joueurs couple", "1 600", "Comparer", "Fille « pour un couple »", "P2"),
        ("jeu de société cadeau couple", "720", "Acheter", "Fille « pour un couple »", "P2"),
        ("jeu de société rapide 2 joueurs", "880", "Comparer", "Fille « rapides à deux »", "P2"),
        ("jeu de société 2 joueurs 30 minutes", "320", "Comparer", "Fille « rapides à deux »", "P2"),
        ("jeu de société à offrir noël 2 joueurs", "480", "Acheter", "Fille « à offrir »", "P2"),
        ("jeu de société coopératif", "6 600", "Comparer", "Fille « coopératifs à deux »", "P1"),
        ("jeu coopératif 2 joueurs", "1 000", "Comparer", "Fille « coopératifs à deux »", "P1"),
        ("jeu coopératif adulte", "1 900", "Comparer", "Fiche « Traboules »", "P2"),
        ("jeu de déduction coopératif", "320", "Comparer", "Fiche « Traboules »", "P1"),
        ("jeu de placement d'ouvriers", "1 300", "Comparer", "Fille « placement à deux »", "P1"),
        ("jeu de placement d'ouvriers 2 joueurs", "210", "Comparer", "Fille « placement à deux »", "P1"),
        ("worker placement jeu", "480", "Comparer", "Fille « placement à deux »", "P2"),
        ("jeu de société expert 2 joueurs", "590", "Comparer", "Fille « experts à deux »", "P2"),
        ("jeu de société expert", "2 400", "Comparer", "Fille « experts à deux »", "P3"),
        ("jeu d'ambiance adulte", "4 400", "Comparer", "Fiche « Bouchon Party »", "P3"),
        ("jeu de société lyon", "590", "Près de chez soi", "Page « jeux lyonnais »", "P2"),
        ("éditeur jeu de société lyon", "70", "Près de chez soi", "Page « Qui sommes-nous »", "P2"),
        ("jeu de société thème lyon", "90", "Près de chez soi", "Page « jeux lyonnais »", "P2"),
        ("boutique jeux de société lyon", "1 000", "Près de chez soi", "Page « jeux lyonnais »", "P3"),
        ("jeu de société croix-rousse", "30", "Près de chez soi", "Page « jeux lyonnais »", "P3"),
        ("idée cadeau jeu de société", "9 900", "Acheter", "Page « idées cadeaux »", "P3"),
        ("jeu de société noël adulte", "2 400", "Acheter", "Page « idées cadeaux »", "P3"),
        ("jeu de société édition deluxe", "210", "Acheter", "Page late pledge", "P2"),
        ("late pledge jeu de société", "90", "Acheter", "Page late pledge", "P2"),
        ("précommande jeu de société", "170", "Acheter", "Page « précommandes »", "P2"),
        ("playmat jeu de société", "260", "Acheter", "Fiche tapis de jeu", "P3"),
        ("jeu de société historique france", "390", "Comparer", "Fiche « Canuts ! »", "P3"),
    ]
    for i, d in enumerate(data, 1):
        rows.append([str(i)] + list(d))
    TABLE("Tableau 3 — La carte des requêtes (40 requêtes de joueurs)", rows, [0.8, 5.6, 2.0, 2.5, 3.9, 1.6], size=8.5)

    H2("2.5 Pourquoi ces requêtes-là et pas d'autres")
    P("**Nos noms de jeux d'abord.** Ce sont les requêtes qui convertissent le mieux, mais nos noms sont aussi des mots du quotidien : "
      "« traboules » renvoie aux guides touristiques du Vieux-Lyon, « canuts » à l'histoire de la Croix-Rousse, « bouchon » aux restaurants. "
      "Nos requêtes de marque contiennent donc toutes « jeu ».")
    P("**« Jeu de société coopératif » ensuite.** « Traboules » est un jeu de déduction coopératif ; le terme générique est très demandé, mais "
      "Ludic Factory et Jeux du Castor occupent les premières places avec des gammes entières de coopératifs. Plutôt que d'attaquer "
      "la requête large de front, je vise « jeu de déduction coopératif » et « jeu coopératif 2 joueurs », où notre jeu est une vraie réponse.")
    P("**« Jeu 2 joueurs » : la famille la plus demandée.** C'est la seule où le volume dépasse 10 000 recherches par mois. Pixelmeeple "
      "Games y est bien placé avec une page « jeux à deux » qui met en avant ses jeux de placement d'ouvriers, c'est-à-dire exactement la "
      "mécanique de « Canuts ! ». Notre argument : une variante officielle à deux et un coopératif qui marche à deux. D'où la grappe de pages.")
    P("**Lyon, parce que c'est notre différence.** Volumes faibles, mais aucun concurrent ne peut se placer sur « jeu de société thème "
      "Lyon » avec la même légitimité que nous.")
    P("**Le pic de Noël.** Novembre et décembre font presque un tiers de nos visites de l'année. Les requêtes « idée cadeau » sont énormes "
      "mais ne servent que si la page est indexée avant la mi-octobre, d'où leur P3 cette année.")
    P("**La précommande et le late pledge.** Requêtes rares, mais tapées carte bancaire à la main.")

    H2("2.6 La grappe de pages « jeux de société à 2 joueurs »")
    P("⟦c:pilier⟧La page pilier « Jeux de société à 2 joueurs : comment choisir »⟦/c:pilier⟧ est un guide d'environ 1 200 mots : durée, "
      "mécanique, niveau d'interaction, budget. Elle descend vers six pages filles, une par façon de jouer à deux. Chaque page fille "
      "remonte vers le pilier avec la même ancre (« tous nos conseils pour jouer à deux ») et ne fait un lien vers une page sœur que si "
      "le sujet le justifie. J'ai par exemple refusé le lien « joueurs confirmés » vers « pour un couple » : le lecteur de la page "
      "« experts » cherche une mécanique, pas une ambiance.")
    TABLE("Tableau 4 — La grappe de pages : pilier, six pages filles et leurs liens", [
        ["Page fille", "Requête visée", "Ancre depuis le pilier", "Liens sortants de la page fille", "Pourquoi ces liens"],
        ["Jeux coopératifs à deux", "jeu coopératif 2 joueurs", "« jeux coopératifs à deux »",
         "Fiche « Traboules » ; sœur « pour un couple »",
         "« Traboules » se joue à deux en équipe ; beaucoup de couples veulent jouer ensemble, pas l'un contre l'autre."],
        ["Placement d'ouvriers à deux", "jeu de placement d'ouvriers 2 joueurs", "« placement d'ouvriers à deux »",
         "Fiche « Canuts ! » ; sœur « experts à deux »",
         "Variante officielle à deux de « Canuts ! » ; mécanique préférée des joueurs confirmés."],
        ["Jeux à deux pour un couple", "jeu 2 joueurs couple", "« jeux pour jouer en couple »",
         "Fiche « Bouchon Party » ; sœur « coopératifs à deux »",
         "Bon premier jeu de couple ; le coopératif pour ceux qui ne veulent pas s'affronter."],
        ["Jeux rapides à deux", "jeu de société rapide 2 joueurs", "« parties de moins de 30 minutes »",
         "Fiche « Bouchon Party » ; sœur « à offrir »",
         "« Bouchon Party » dure 20 minutes ; les petits jeux rapides sont aussi les petits cadeaux."],
        ["Jeux à deux pour joueurs confirmés", "jeu de société expert 2 joueurs", "« jeux à deux pour joueurs confirmés »",
         "Fiches « Canuts ! Édition Soierie » et « Fourvière » ; sœur « placement à deux »",
         "Le joueur confirmé veut de la profondeur (deluxe, extension) et une mécanique : le placement."],
        ["Jeux à deux à offrir", "jeu de société à offrir noël 2 joueurs", "« idées cadeaux pour jouer à deux »",
         "Fiches « Canuts ! » et tapis de jeu ; sœur « pour un couple »",
         "Boîte + tapis = cadeau complet ; on offre souvent un jeu à deux à son partenaire."],
    ], [3.1, 3.0, 3.1, 3.5, 4.6], size=8.5)
    P("Les fiches produits remontent vers la page fille qui les cite, avec une ancre qui décrit le sujet (« d'autres coopératifs à "
      "deux »), jamais un simple « en savoir plus ».")

    H2("2.7 Les liens de la sphère ludique")
    P("Avec Nadia et Arnaud, nous avons obtenu cinq liens de sites qui parlent de jeux, entre septembre 2025 et février 2026 :")
    BUL(["**Le Meeple Bavard**, blog de critiques (deux articles par semaine) : critique de « Traboules » en septembre 2025 avec un lien vers la "
         "fiche du jeu. Il nous a apporté 1 140 sessions de septembre à décembre⟦e:Export GA4, source « lemeeplebavard.fr », "
         "du 1er septembre au 31 décembre 2025 : 1 140 sessions, 57 % de sessions engagées.⟧, des amateurs de coopératifs ;",
         "**⟦c:radio⟧Plateau Radio⟦/c:radio⟧**, podcast : épisode avec Arnaud, lien vers « Qui sommes-nous » dans les notes ;",
         "**le forum Cubes & Pions** : sujet officiel « Canuts ! », lien vers les règles ;",
         "**la chaîne YouTube « Règle en 5 minutes »** : vidéo sur « Canuts ! », lien vers la fiche ;",
         "**le réseau des ludothèques du Rhône** : lien vers notre page « jeux lyonnais »."])
    P("Pour les quatre derniers, les visites arrivent mélangées dans la source « referral » de GA4 et je ne les ai pas encore isolées.")
    END_CHAPTER("La suite logique est de faire pointer ces liens vers les pages de la grappe plutôt que vers l'accueil, pour que le "
                "lecteur tombe sur une page qui répond à sa question.",
                ["Les trois actions P1 : réécrire les fiches des quatre jeux phares ; supprimer les 37 adresses en double de Shopify ; "
                 "créer la page pilier « jeux de société à 2 joueurs » et ses six pages filles.",
                 "40 requêtes de joueurs, quatre intentions, une page cible chacune.",
                 "Des liens seulement quand le sujet les justifie."])


def chapter3():
    H1("Chapitre 3 — La pub late pledge")
    H2("3.1 Pourquoi payer de la pub pour un jeu déjà financé")
    P("La campagne Kickstarter de « Canuts ! Édition Soierie » s'est terminée le 6 novembre 2025 avec 3 870 backers et six paliers débloqués "
      "sur huit. Beaucoup de joueurs l'ont ratée ; nous avons donc ouvert un late pledge sur le webshop, du 12 janvier au 15 février "
      "2026, avant que le tirage soit bloqué chez Spielwerk Druck début mars. Le late "
      "pledge permet à un joueur qui a raté la campagne de devenir ⟦del:client⟧⟦ins:backer⟧ au prix du pledge (79 €), avec les paliers "
      "débloqués. Pour nous, chaque late pledge ajoute une boîte au tirage, et plus le tirage est gros, moins la boîte coûte.")
    P("Mathilde m'a donné 1 860 € pour cinq semaines de pub late pledge, sur Google et sur Meta (Facebook et Instagram).")

    H2("3.2 Qui on vise : requêtes et profils")
    P("**Sur Google**, je ne paie que pour des gens qui cherchent déjà quelque chose qui ressemble à notre jeu :")
    BUL(["**groupe « Marque »** (expression exacte et expression) : canuts édition soierie, canuts kickstarter, canuts deluxe, late pledge canuts, "
         "canuts jeu de société ;",
         "**groupe « Mécanique »** (expression) : jeu de placement d'ouvriers deluxe, jeu de société édition collector, jeu de société "
         "kickstarter 2026, jeu de placement d'ouvriers 2 joueurs.",
         "**mots exclus** : gratuit, pdf, règles, occasion, leboncoin, print and play (qui cherche un PDF ne sortira pas 79 €)."])
    P("**Sur Meta**, on cible des personnes : trois profils, tous de 25 à 45 ans, en France, en Belgique et en Suisse :")
    BUL(["**A — les backers de jeux similaires** : personnes intéressées par Kickstarter, Gamefound et les jeux de société, plus une "
         "audience similaire (1 %) construite sur nos 9 200 inscrits à la newsletter ; les 3 870 backers sont exclus ;",
         "**B — les fans de placement d'ouvriers** : centres d'intérêt « jeux de société de stratégie » et jeux de référence de la mécanique "
         "(Agricola, Caylus, Lords of Waterdeep), ceux auxquels les backers comparent « Canuts ! » ;",
         "**C — les visiteurs récents** : personnes venues sur la fiche « Canuts ! » ou sur la page Soierie dans les 60 derniers jours "
         "sans acheter."])

    H2("3.3 Comment la campagne est construite")
    P("Le budget est partagé en 700 € pour Google et 1 160 € pour Meta. Google ramasse des gens qui nous cherchent déjà ; Meta doit aller "
      "chercher des joueurs qui ne nous connaissent pas. Côté Google, une campagne « Réseau de recherche » "
      "avec les deux groupes d'annonces ci-dessus, 20 € par jour et un coût par clic plafonné à 0,90 €. Côté Meta, une campagne "
      "« Ventes » avec trois ensembles de publicités (A, B, C) qui reçoivent 45 %, 35 % et 20 % du budget.")
    TABLE("Tableau 5 — Le calendrier des cinq semaines de pub late pledge", [
        ["Semaine", "Dates", "Google", "Meta", "Temps fort"],
        ["S1", "12 – 18 janvier", "140 €", "230 €", "Ouverture du late pledge, newsletter aux 9 200 inscrits"],
        ["S2", "19 – 25 janvier", "140 €", "250 €", "Nouvelle vidéo de partie de 30 secondes sur Meta"],
        ["S3", "26 janvier – 1er février", "140 €", "250 €", "Épisode de Plateau Radio, post des paliers débloqués"],
        ["S4", "2 – 8 février", "140 €", "230 €", "Post « plus que deux semaines »"],
        ["S5", "9 – 15 février", "140 €", "200 €", "Compte à rebours, clôture le 15 février à 23 h 59"],
        ["Total", "5 semaines", "700 €", "1 160 €", "1 860 €"],
    ], [1.9, 3.8, 1.8, 1.8, 7.1])

    H2("3.4 Les pages de chute")
    P("Aucune annonce n'envoie sur la page d'accueil, où le joueur venu pour Soierie se perdrait parmi 14 jeux. Deux pages de chute :")
    BUL(["**La page late pledge** (/pages/late-pledge-canuts-soierie), pour le groupe « Marque » et les profils A et C. Elle montre le matériel "
         "deluxe, les six paliers débloqués inclus, le prix (79 €), les add-ons (extension « Fourvière », tapis de jeu), "
         "la livraison estimée et une FAQ. Un seul bouton.",
         "**La fiche du jeu « Canuts ! »**, pour le groupe « Mécanique » et le profil B. Quelqu'un qui cherche un jeu de placement d'ouvriers "
         "ne veut pas forcément une édition à 79 € : la fiche présente le jeu, un bandeau mène vers la Soierie, et il peut aussi acheter la "
         "boîte classique à 39,90 €."])

    H2("3.5 Les annonces")
    P("Sur Meta, deux publications, utilisées avec trois visuels (plateau en toile, ouvriers en bois, vidéo de partie) :")
    for t in ["**Publication 1 — « Vous l'avez raté ? »** « Pas de panique, le métier à tisser tourne encore. Le late pledge de Canuts ! Édition "
              "Soierie est ouvert jusqu'au 15 février : plateau en toile, ouvriers en bois, six paliers débloqués. "
              "79 €, ⟦c:delai⟧livraison prévue en juin 2026⟦/c:delai⟧. Rejoignez les 3 870 backers → [Je prends mon late pledge] »",
              "**Publication 2 — « L'atelier s'agrandit »** « Canuts ! n'a jamais été aussi beau. Avec l'Édition Soierie, faites tourner votre "
              "atelier de 1831 avec du matériel digne des soyeux lyonnais. 2 à 4 joueurs, 75 minutes, un placement d'ouvriers né à la "
              "Croix-Rousse. Late pledge jusqu'au 15 février → [Voir l'édition Soierie] »"]:
        par = P(t)
        par.paragraph_format.left_indent = Cm(0.8)
    P("⟦c:desc⟧Sur Google, les titres de l'annonce responsive sont les suivants⟦/c:desc⟧ (30 caractères maximum chacun) :")
    BUL(["Canuts ! Édition Soierie", "Late pledge ouvert", "Jeu de placement d'ouvriers", "Édition deluxe à 79 €",
         "Six paliers débloqués inclus", "Éditeur lyonnais depuis 2016", "Jusqu'au 15 février"])

    H2("3.6 Le carnet de bord pub")
    P("Chaque lundi matin, je remplis le carnet de bord à partir de Google Ads, du gestionnaire de publicités Meta, de GA4 et des commandes Shopify.")
    TABLE("Tableau 6 — Carnet de bord pub, semaine par semaine", [
        ["Semaine", "Dépense Google", "Dépense Meta", "Clics Google", "Clics Meta", "Visites page late pledge", "Late pledges", "Add-ons ajoutés"],
        ["S1 (12–18 janv.)", "140 €", "230 €", "610", "1 480", "2 310", "31", "14"],
        ["S2 (19–25 janv.)", "140 €", "250 €", "720", "1 720", "2 690", "47", "22"],
        ["S3 (26 janv.–1er févr.)", "140 €", "250 €", "760", "1 690", "2 880", "52", "25"],
        ["S4 (2–8 févr.)", "140 €", "230 €", "690", "1 510", "2 450", "44", "19"],
        ["S5 (9–15 févr.)", "140 €", "200 €", "640", "1 300", "2 260", "40", "17"],
        ["Total", "700 €", "1 160 €", "3 420", "7 700", "12 590", "214", "97"],
    ], [2.4, 2.0, 2.0, 1.7, 1.7, 2.4, 1.8, 1.9], size=8.5)

    H2("3.7 Ce que dit le carnet")
    P("Sur cinq semaines, la pub late pledge a accompagné 214 late pledges, pour un coût par late pledge raisonnable quand le jeu "
      "vaut 79 €⟦e:Coût par late pledge = dépense totale ÷ nombre de late pledges = 1 860 € ÷ 214 = 8,69 €.⟧.")
    P("La courbe monte jusqu'à la semaine 3 (52 late pledges), qui cumule la vidéo de partie lancée en semaine 2 et l'épisode de "
      "Plateau Radio⟦e:Épisode 112 de Plateau Radio, « Lyon, capitale du proto ? », mis en ligne le 28 janvier 2026.⟧, puis redescend "
      "doucement. La vidéo a fait monter les clics Meta de 1 480 à 1 720 dès la semaine 2. En revanche, le compte à rebours de la dernière "
      "semaine n'a pas créé la ruée de dernière minute que nous connaissons sur Kickstarter : 40 late pledges, moins qu'en semaine 4. "
      "Sans compteur de backers visible, l'urgence se sent moins.")
    P("Dernier point : Shopify ne me dit pas si le late pledger est venu par Google ou par Meta, car beaucoup voient la pub sur leur "
      "téléphone et achètent plus tard sur ordinateur.")
    END_CHAPTER("Pour la prochaine campagne, je garderai deux pages de chute et trois profils, simples à suivre chaque lundi, et je "
                "préparerai les visuels avant l'ouverture.",
                ["Cinq semaines, 1 860 € : Google 700 €, Meta 1 160 €.",
                 "Deux groupes de requêtes Google, trois profils Meta de 25 à 45 ans.",
                 "Deux pages de chute : la page late pledge et la fiche « Canuts ! ».",
                 "214 late pledges, avec un pic en semaine 3."])


def chapter4():
    H1("Chapitre 4 — Mesurer")
    H2("4.1 GA4 ou Matomo ?")
    P("En refaisant le bandeau cookies, Mathilde m'a demandé si nous devions passer sur Matomo. J'ai comparé les deux outils.")
    TABLE("Tableau 7 — GA4 et Matomo Cloud comparés", [
        ["Point comparé", "Google Analytics 4", "Matomo Cloud"],
        ["Prix", "Gratuit", "Environ 19 € HT par mois pour notre volume⟦e:Tarif de l'offre « Business » de Matomo Cloud relevé le 3 février 2026, jusqu'à 50 000 hits par mois.⟧"],
        ["Consentement cookies", "Bandeau obligatoire ; les visiteurs qui refusent (environ un tiers chez nous) ne sont pas mesurés",
         "Peut être dispensé de consentement si on le configure selon les conditions de la CNIL"],
        ["Lien avec Google Ads", "Natif : conversions et audiences partagées", "Aucun lien direct"],
        ["Installation sur Shopify", "Application Google & YouTube, en place", "Application tierce ou code dans le thème"],
        ["Historique", "Données depuis 2023", "On repart de zéro"],
        ["Prise en main", "Connu de Nadia et de moi", "Nouvel outil à apprendre"],
        ["Où sont les données", "Chez Google, aux États-Unis", "Hébergement dans l'Union européenne"],
    ], [3.4, 6.2, 6.9])
    P("⟦c:ga4⟧Conclusion : on garde GA4.⟦/c:ga4⟧")

    H2("4.2 Les jauges du site")
    P("Les trois jauges générales que je suis chaque mois dans GA4 :")
    P("**Le trafic.** 184 300 sessions en 2025 pour 131 900 utilisateurs, soit 22 % de plus qu'en 2024. 71 % des visites se font sur "
      "téléphone. Le trafic seul dit peu de chose chez nous : un "
      "pic de visites pendant une campagne Kickstarter ne donne aucune vente sur le webshop, les gens vont soutenir sur la plateforme.")
    P("**Le taux de rebond.** 48 % sur l'ensemble du site⟦e:Dans GA4, une session est « avec rebond » quand elle dure moins de 10 secondes, "
      "ne compte qu'une page vue et aucun événement de conversion.⟧. Il monte à 71 % sur les pages qui proposent les règles en PDF : "
      "le joueur télécharge le fichier et s'en va. Sur les fiches produits, il descend à 29 %. Le rebond est donc surtout un problème "
      "de pages « règles », ce qui confirme l'action 5 du chapitre 2.")
    P("**Le temps passé.** Le temps d'engagement moyen est de 1 min 12 s. Il atteint 3 min 40 s sur la fiche « Canuts ! », où les visiteurs "
      "regardent la vidéo de partie, et 22 secondes sur la page d'accueil, qui sert de carrefour. Une fiche produit sous la minute, "
      "en revanche, m'inquiète : le visiteur n'y a pas trouvé ce qu'il cherchait.")

    H2("4.3 D'où viennent les visites")
    P("En 2025, la répartition des sessions par source est la suivante : recherche naturelle 41 %, accès direct 19 %, réseaux sociaux "
      "17 %, sites référents 13 %, e-mail 10 %. La recherche naturelle reste la première porte d'entrée. Le direct est élevé parce que "
      "nos backers tapent notre adresse après une actualité de campagne.")

    H2("4.4 Le pic de Noël")
    P("Novembre et décembre ont réuni 31 % des sessions de l'année⟦e:Export GA4 par mois : novembre 26 900 sessions, décembre 30 300 "
      "sessions, soit 57 200 sur 184 300.⟧. Le creux est en mai-juin, quand les joueurs sont en terrasse plutôt qu'autour d'une table.")

    H2("4.5 Performance individuelle")
    P("Le tableau ci-dessous reprend les ventes 2025 titre par titre, toutes voies confondues, et la part vendue sur le webshop⟦e:Relevé "
      "annuel Ludisphère (ventes aux boutiques) au 31 décembre 2025 et commandes Shopify de l'année ; hors pledges Kickstarter.⟧.")
    TABLE("⟦c:perf⟧Tableau 8 — Performance individuelle des titres en 2025⟦/c:perf⟧", [
        ["Titre", "Boîtes vendues en 2025", "Dont webshop", "Évolution par rapport à 2024", "Commentaire"],
        ["« Canuts ! »", "6 200", "1 050", "+18 %", "Effet de la campagne Soierie sur la boîte de base"],
        ["« Traboules »", "3 900", "610", "+6 %", "Porté par les boutiques et Le Meeple Bavard"],
        ["« Bouchon Party »", "3 100", "720", "−4 %", "Vend surtout en décembre"],
        ["« Canuts ! – Fourvière »", "2 450", "480", "Sortie en mars 2025", "Bon taux d'achat avec la boîte de base"],
        ["Tapis de jeu « Canuts ! »", "1 180", "1 180", "+35 %", "Vendu uniquement en ligne"],
        ["Les 10 autres titres", "7 300", "860", "−9 %", "Fonds de catalogue, peu poussé en ligne"],
    ], [3.8, 2.4, 2.0, 2.8, 5.5])
    P("« Canuts ! » tire les autres titres ; le fonds de catalogue recule, ce qui est normal pour des jeux de plus de trois ans.")

    H2("4.6 Le multiplicateur de la pub late pledge")
    P("⟦c:roi⟧⟦del:Multiplicateur = chiffre d'affaires des late pledges ÷ dépense pub = 21 480 € ÷ 1 860 € = 11,5. Autrement dit, "
      "chaque euro dépensé en pub late pledge nous a rapporté 11,50 €, ce qui montre que la campagne a été très rentable et qu'il faudra "
      "la refaire pour la prochaine édition.⟧⟦/c:roi⟧")

    H2("4.7 Ce que je veux corriger")
    P("Les corrections que je propose :")
    BUL(["publier les règles des quatre jeux phares en HTML, avec un lien vers la fiche du jeu ;",
         "préparer la page « idées cadeaux » dès septembre 2026 pour qu'elle soit indexée avant le pic de Noël ;",
         "tourner deux vidéos de partie pour Meta avant la prochaine campagne ;",
         "proposer l'extension « Fourvière » aux late pledgers qui n'ont pris aucun add-on ;",
         "demander à Plateau Radio et à « Règle en 5 minutes » un lien vers une page plus précise ;",
         "ajouter un bloc « jeux à deux » dans la newsletter de novembre, vers la page pilier."])
    P("Il faudra voir avec Mathilde ce que l'équipe peut absorber avant la campagne « Traboules ».")
    END_CHAPTER("Le trafic, le rebond et le temps passé donnent une idée de la santé du site, mais ne disent pas si le Dé Pipé vend "
                "plus de jeux. Pour un éditeur qui vit au rythme des campagnes, d'autres jauges passent avant.",
                ["Les jauges d'un éditeur, avant le trafic :",
                 "late pledges par semaine pendant une campagne : chaque late pledge grossit le tirage ;",
                 "taux d'add-on (part des commandes avec l'extension ou le tapis) : c'est notre panier moyen ;",
                 "précommandes sur le webshop : l'envie d'un jeu avant sa sortie ;",
                 "inscriptions à la newsletter : le réservoir de backers de la prochaine campagne."])


def chapter5():
    H1("Chapitre 5 — Piloter le pledge manager")
    H2("5.1 Pourquoi un pledge manager")
    P("Après la campagne Soierie, nous avons géré 3 870 backers avec l'enquête de Kickstarter, un Google Sheets de 40 colonnes et un "
      "produit « late pledge » bricolé dans Shopify. Résultat : 1 112 e-mails échangés avec les backers en quatre mois⟦e:Décompte de la "
      "boîte contact@ entre le 7 novembre 2025 et le 28 février 2026, libellé « Soierie ».⟧, des add-ons payés à part, des frais de port "
      "recalculés à la main et 38 colis partis avec le mauvais add-on. Un pledge manager prend le relais après une campagne de "
      "financement participatif (Kickstarter⟦ins: et Ulule⟧) : enquête aux backers, add-ons, frais de port, late pledges, et des "
      "commandes propres pour l'entrepôt.")
    P("La prochaine campagne, la réédition anniversaire de « Traboules » sur Kickstarter, se tient du 14 avril au 12 mai 2026.")

    H2("5.2 Le cahier d'intégration Pledgio")
    P("Le cahier d'intégration complet fait 14 pages ; voici son plan en huit parties, puis l'essentiel :")
    BUL(["Contexte : l'éditeur, la campagne Soierie et ses difficultés, la campagne « Traboules » ;",
         "Cap, jalons et exigences du projet ;",
         "Directives de la direction ;",
         "Fonctions attendues : enquête backers, add-ons, frais de port, late pledges, paiement ;",
         "Flux de données : plateforme de financement → pledge manager → Shopify → Logiludo, et retour des numéros de suivi ;",
         "Planning et jalons datés ;",
         "Budget ;",
         "Recette et livrables : scénarios de test, critères d'acceptation, formation de Théo et Nadia."], style="List Number")
    P("**Cap, jalons, exigences.** ⟦c:obj⟧Le cap dit où on va, les jalons ce qui doit être vrai à une date, les exigences ce que "
      "l'outil doit savoir faire.⟦/c:obj⟧")
    BUL(["**Cap** : que chaque backer et chaque late pledger suive un seul parcours, branché sur notre Shopify, de la fin de la campagne à la livraison, sans écrire à Théo ;",
         "**Jalon 1** : Pledgio connecté à la boutique de test Shopify le 20 mars 2026 ;",
         "**Jalon 2** : enquête, add-ons et frais de port paramétrés et testés par 20 backers volontaires le 24 avril 2026 ;",
         "**Jalon 3** : mise en ligne avant la clôture de la campagne « Traboules », le 12 mai 2026 ;",
         "**Jalon 4** : premier export des commandes vers Logiludo en juin 2026, 100 % des add-ons vendus dans l'outil ;",
         "**Exigences** : synchronisation des commandes, des clients et du stock avec Shopify toutes les 15 minutes ; paiement par Shopify "
         "Payments avec 3-D Secure ; frais de port selon une grille par pays ; export au format Logiludo (CSV de 14 colonnes) ou par API ; "
         "données hébergées dans l'Union européenne ; interface en français et en anglais."])
    P("**Directives de Mathilde** (reprises de son e-mail du 12 février 2026) :")
    BUL(["budget de 9 000 € HT au maximum pour la première année, intégration comprise ;",
         "outil en ligne avant la clôture de la campagne « Traboules » ;",
         "on reste sur Shopify : pas de migration de la boutique ;",
         "⟦c:excl⟧⟦ins:pas d'exclusivité avec le prestataire⟧⟦/c:excl⟧"])
    P("**Budget.** Intégration par Studio Quatre-Vingt, notre agence Shopify, et licence Pledgio mensuelle : 8 880 € HT la première année⟦e:Devis Studio Quatre-Vingt n° 2026-014 du 20 février 2026 : 4 200 € HT ; licence Pledgio "
      "390 € HT par mois ; 4 200 + 12 × 390 = 8 880 € HT.⟧, sous le plafond fixé.")
    P("**Recette.** Chaque jalon se termine par des scénarios joués dans la boutique de test (backer suisse, late pledger sans compte "
      "Kickstarter, remboursement…), validés quand la commande arrive juste dans Shopify et dans le fichier Logiludo.")

    H2("5.3 Trois prestataires sur une grille")
    P("J'ai comparé trois pledge managers. **Pledgio** est une jeune société française pensée pour les éditeurs de jeux, avec un connecteur "
      "Shopify natif. **Ludipledge**, en Belgique, est très bon pour importer les backers de Kickstarter et d'Ulule, mais n'a pas de "
      "connecteur Shopify : il faudrait passer par Zapier. **BackerNest**, au Canada, prend 2 % des montants collectés et son support "
      "ne parle qu'anglais. Les poids viennent des directives : Shopify et budget d'abord.")
    TABLE("Tableau 9 — Grille pondérée des trois pledge managers (notes sur 5)", [
        ["Critère", "Poids", "Pledgio", "Ludipledge", "BackerNest"],
        ["Connecteur Shopify natif", "30 %", "5", "2", "4"],
        ["Coût de la première année (plafond 9 000 € HT)", "25 %", "4", "2", "3"],
        ["Import des backers Kickstarter et Ulule", "20 %", "4", "5", "3"],
        ["Export des commandes vers Logiludo", "15 %", "4", "4", "2"],
        ["Support en français", "10 %", "5", "4", "1"],
        ["Note pondérée", "100 %", "**4,40**", "3,10", "2,95"],
    ], [6.6, 1.6, 2.3, 2.3, 2.3])
    P("Pledgio arrive en tête⟦e:Note pondérée = somme des notes × poids. Pledgio : 5 × 0,30 + 4 × 0,25 + 4 × 0,20 + 4 × 0,15 + 5 × 0,10 = 4,40.⟧. "
      "Son contrat est mensuel et nos données restent exportables en CSV.")

    H2("5.4 Mentions légales, conditions de précommande et données des backers")
    P("⟦c:ml⟧**Mentions légales.** J'ai vérifié qu'un lien « Mentions légales » est visible en pied de page sur toutes les pages du "
      "webshop, pages de campagne comprises⟦/c:ml⟧. La page indique la raison sociale (Éditions du Dé Pipé SAS), le capital, le numéro RCS "
      "de Lyon, le SIRET, la TVA intracommunautaire, l'adresse, un e-mail et un téléphone, la directrice de la publication (Mathilde "
      "Roux) et l'hébergeur (Shopify International Limited, Dublin), dont j'ai ajouté l'adresse complète en janvier.")
    P("**Conditions de précommande.** Elles avaient été écrites pour des jeux en stock ; je les ai relues sur trois points⟦e:Code de la consommation : article L216-1 (date ou délai de livraison), article "
      "L216-6 (résolution en cas de retard), article L221-18 (délai de rétractation de 14 jours).⟧.")
    BUL(["**Les délais.** Les jeux financés par la foule sont presque toujours en retard. Or un late pledge sur notre webshop est une vente "
         "à distance : il faut une date ou un délai, et le joueur peut annuler si nous le dépassons. Je propose "
         "« livraison estimée en juin 2026, au plus tard le 30 septembre 2026 », un e-mail à chaque retard et le remboursement possible au-delà.",
         "**La rétractation.** Nos conditions disaient que « les précommandes ne sont ni reprises ni remboursées ». C'est faux : la "
         "rétractation de 14 jours s'applique aussi à une précommande, à partir de la réception du jeu. Le pledge fait sur Kickstarter, "
         "lui, suit les règles de la plateforme.",
         "**Les paliers.** Le late pledge comprend les paliers débloqués à la fin de la campagne, et seulement ceux-là. Les conditions "
         "doivent dire que les paliers non atteints ne sont pas garantis et qu'un matériel peut changer si l'imprimeur l'impose."])
    P("**Données des backers.** Kickstarter nous transmet nom, e-mail et adresse pour livrer le jeu, pas pour envoyer notre newsletter. "
      "Les 3 870 backers importés dans Shopify et Pledgio arriveront donc avec le consentement marketing à « non ». L'enquête Pledgio "
      "proposera une case non cochée « Je veux recevoir la lettre du Dé Pipé », et seuls ceux qui la cochent la recevront.")

    H2("5.5 Logiludo ou nous ?")
    P("Faut-il rester chez Logiludo, à Vénissieux, ou reprendre la logistique dans un local de 150 m² à Vaulx-en-Velin ? Théo et moi "
      "avons comparé sur cinq critères.")
    BUL(["**Traçabilité.** Chez Logiludo, chaque palette qui arrive de Spielwerk Druck porte le numéro de tirage (par exemple « CAN-T3 » "
         "pour le 3e tirage de « Canuts ! », 5 000 boîtes) et le stock est suivi par tirage. Si un défaut "
         "d'impression apparaît, nous savons quelles commandes ont reçu quel tirage. En interne, ce serait un tableur.",
         "**Contrôles à la réception.** Logiludo vérifie pour chaque livraison que le film rétractable est intact, ouvre un carton sur dix "
         "pour chercher les coins écrasés, et pèse chaque boîte pour repérer un composant manquant⟦e:Poids de référence d'une boîte « Canuts ! » "
         "du 3e tirage : 1 480 g, tolérance ± 12 g, soit moins qu'un ouvrier en bois (14 g). ⟧.",
         "**Contrôles à la préparation et aux retours.** Chaque article est scanné, chaque colis est pesé et comparé au poids théorique de la "
         "commande ; un jeu retourné est classé « revendable » ou « abîmé » avant de rentrer en stock.",
         "**Pics d'activité.** 3 870 colis Soierie en trois semaines, des commandes web triplées en décembre : Logiludo absorbe, nous non.",
         "**Coût.** Logiludo : 2 950 € HT par mois en moyenne en 2025. En interne : 1 300 € de loyer, le temps de Théo et un mi-temps, "
         "pour des contrôles moins sûrs."])
    P("Nous restons donc chez Logiludo, en ajoutant au contrat une annexe qualité qui reprend ces contrôles par type de flux.")
    P("Les étapes d'une commande late pledge, aujourd'hui puis avec Pledgio (listes relues par Théo) :")
    P("**Aujourd'hui :**", space_after=2)
    BUL(["le late pledger paie le produit « Late pledge Soierie » dans Shopify ;",
         "Théo exporte chaque lundi les commandes Shopify en CSV ;",
         "il les colle dans le Google Sheets des backers Kickstarter ;",
         "il vérifie à la main les adresses incomplètes et écrit aux backers concernés ;",
         "il ajoute les add-ons achetés à part ;",
         "il recalcule les frais de port hors Union européenne et envoie une demande de paiement complémentaire ;",
         "il envoie le fichier consolidé à Logiludo ;",
         "Logiludo prépare et expédie ;",
         "Théo recopie les numéros de suivi dans Shopify."], style="List Number")
    P("**Avec Pledgio :**", space_after=2)
    BUL(["le late pledger choisit son pledge et ses add-ons dans Pledgio, les frais de port sont calculés selon son pays ;",
         "il paie par Shopify Payments et la commande est créée dans Shopify ;",
         "l'adresse est vérifiée au moment de la saisie ;",
         "Pledgio envoie chaque nuit les commandes à Logiludo ;",
         "le numéro de suivi revient dans Shopify et part par e-mail au backer."], style="List Number")

    H2("⟦c:mardi⟧5.6 Le point du mardi et le suivi de chacun⟦/c:mardi⟧")

    H2("5.7 Les transporteurs")
    P("Logiludo travaille avec quatre transporteurs. Je les ai classés du moins cher au plus cher pour un colis type de 1,5 kg (une boîte "
      "de base et un add-on) livré en France⟦e:Grilles tarifaires 2026 transmises par Logiludo, colis de 1,5 kg, France métropolitaine, "
      "tarifs négociés hors carburant.⟧.")
    TABLE("Tableau 10 — Les transporteurs de Logiludo, du moins cher au plus cher", [
        ["Rang", "Transporteur", "Service", "Prix du colis de 1,5 kg", "Délai annoncé", "Impact RSE"],
        ["1", "Mondial Relay", "Point relais", "4,45 € HT", "3 à 5 jours", "à voir"],
        ["2", "Colissimo", "Domicile sans signature", "6,90 € HT", "2 jours", "à voir"],
        ["3", "DPD France", "Predict (domicile, créneau d'une heure)", "7,60 € HT", "1 à 2 jours", "à voir"],
        ["4", "Chronopost", "Chrono 13", "11,20 € HT", "24 heures", "⟦c:rse⟧à voir⟦/c:rse⟧"],
    ], [1.2, 2.8, 4.4, 3.0, 2.4, 2.4])
    END_CHAPTER("Pour le late pledge et la campagne « Traboules », nous proposerons Mondial Relay par défaut et Colissimo en option ; "
                "Chronopost restera réservé aux urgences.",
                ["Pledgio, choisi sur une grille pondérée (4,40 / 5), branché sur Shopify.",
                 "Cahier d'intégration en huit parties, 8 880 € HT la première année.",
                 "Conditions de précommande revues : délais, rétractation, paliers.",
                 "On reste chez Logiludo, avec des contrôles écrits par type de flux."])


def notes_page():
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    p.paragraph_format.space_after = Pt(10)
    rich(p, "Notes", size=17, bold=True, color="B4530F")


def build():
    global doc
    doc = Document()
    add_styles()
    add_settings()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rich(hp, "Éditions du Dé Pipé — R. Bouaziz — v3 relue MR", size=8.5, italic=True, color="8A6A4A")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(fp, "PAGE")
    cover()
    chapter1()
    chapter2()
    chapter3()
    chapter4()
    chapter5()
    notes_page()
    add_parts()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = TUTOR
    cp.title = "Dossier blocs 3 et 5 — Éditions du Dé Pipé"
    cp.subject = "Titre RNCP Chef de projet e-commerce — session 2026"
    cp.created = datetime.datetime(2026, 1, 19, 20, 31, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.language = "fr-FR"
    os.makedirs(OUT, exist_ok=True)
    bio = io.BytesIO()
    doc.save(bio)
    fixed_zip(bio.getvalue(), FILE)
    assert len(ENDNOTES) == 18, len(ENDNOTES)
    assert ENDNOTES[3].startswith("« jeu de société Lyon »"), ENDNOTES[3]
    assert "8,69" in ENDNOTES[6], ENDNOTES[6]
    print("ok", FILE)


if __name__ == "__main__":
    build()
