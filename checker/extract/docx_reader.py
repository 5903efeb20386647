"""Read a DOCX file into a ``Document``.

The package parts are parsed directly with lxml (safe parser, see
``xmlsafe``) and the body is walked in document order, because
python-docx's ``paragraphs`` misses text boxes, content controls, tracked
insertions and field results. What the walk does:

* structure comes from outline levels and built-in style *names* ("heading
  1", "toc 2", "caption", "List Bullet"), never from localised style ids;
* text boxes, shapes and content controls are read (``mc:AlternateContent``:
  the Choice or else the Fallback, never both);
* tracked changes are read as accepted (insertions kept, deletions dropped);
* hidden text (``w:vanish``, white on white, tiny font) is kept apart;
* headers and footers come first, as HEADER/FOOTER blocks;
* pages are estimated: from Word's rendered page breaks when the file has
  them, otherwise from explicit breaks plus about 450 words a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal, overload

from lxml import etree

from .. import messages as msg
from ..errors import InputError
from ..model import NOTE_STYLE, BlockKind, Document
from .builder import (
    DocumentBuilder,
    FlowContext,
    FlowReader,
    PageEstimate,
    Paragraph,
    hidden_reason,
    is_typed_list_item,
)
from .charts import chart_table
from .normalize import normalize_line, toc_title
from .xmlsafe import Package, join_target, parse_xml, relationships

# -- namespaces ---------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DGM_NS = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
DC_NS = "http://purl.org/dc/elements/1.1/"
CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"

#: ISO 29500 "strict" namespaces, mapped to the transitional ones we read.
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R_NS.encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", WP_NS.encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/main", A_NS.encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/picture", PIC_NS.encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/chart", C_NS.encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/diagram", DGM_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/math", M_NS.encode()),
)


def _w(local: str) -> str:
    return f"{{{W_NS}}}{local}"


# Element and attribute names, computed once.
W_BODY, W_P, W_R, W_T, W_TBL, W_TR, W_TC = map(_w, ("body", "p", "r", "t", "tbl", "tr", "tc"))
W_PPR, W_RPR, W_PSTYLE, W_RSTYLE = map(_w, ("pPr", "rPr", "pStyle", "rStyle"))
W_SDT, W_SDTCONTENT, W_SDTPR = map(_w, ("sdt", "sdtContent", "sdtPr"))
W_CUSTOMXML, W_SMARTTAG, W_DIR, W_BDO = map(_w, ("customXml", "smartTag", "dir", "bdo"))
W_HYPERLINK, W_FLDSIMPLE, W_FLDCHAR, W_INSTRTEXT = map(
    _w, ("hyperlink", "fldSimple", "fldChar", "instrText")
)
W_INS, W_DEL, W_MOVEFROM, W_MOVETO, W_DELTEXT = map(
    _w, ("ins", "del", "moveFrom", "moveTo", "delText")
)
W_TAB, W_PTAB, W_BR, W_CR, W_NBHYPHEN, W_SOFTHYPHEN = map(
    _w, ("tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen")
)
W_LASTRENDERED = _w("lastRenderedPageBreak")
W_DRAWING, W_PICT, W_OBJECT, W_TXBXCONTENT = map(_w, ("drawing", "pict", "object", "txbxContent"))
W_FOOTNOTEREF, W_ENDNOTEREF, W_COMMENTREF = map(
    _w, ("footnoteReference", "endnoteReference", "commentReference")
)
W_NUMPR, W_ILVL, W_NUMID, W_OUTLINELVL = map(_w, ("numPr", "ilvl", "numId", "outlineLvl"))
W_PAGEBREAKBEFORE, W_SECTPR, W_TYPE_EL, W_SHD = map(
    _w, ("pageBreakBefore", "sectPr", "type", "shd")
)
W_B, W_VANISH, W_COLOR, W_SZ, W_HIGHLIGHT = map(_w, ("b", "vanish", "color", "sz", "highlight"))
W_TCPR, W_GRIDSPAN, W_VMERGE, W_HMERGE, W_TRPR = map(
    _w, ("tcPr", "gridSpan", "vMerge", "hMerge", "trPr")
)
W_TBLPR, W_TBLSTYLE, W_ALTCHUNK = map(_w, ("tblPr", "tblStyle", "altChunk"))
W_DOCPARTOBJ, W_DOCPARTGALLERY, W_SHOWINGPLCHDR = map(
    _w, ("docPartObj", "docPartGallery", "showingPlcHdr")
)
W_STYLE, W_NAME, W_BASEDON, W_DOCDEFAULTS = map(_w, ("style", "name", "basedOn", "docDefaults"))
W_HEADERREF, W_FOOTERREF, W_BACKGROUND = map(
    _w, ("headerReference", "footerReference", "background")
)
W_VAL, W_TYPE, W_INSTR, W_FLDCHARTYPE = map(_w, ("val", "type", "instr", "fldCharType"))
W_ID = _w("id")
W_STYLEID, W_FILL, W_THEMECOLOR, W_ANCHOR = map(_w, ("styleId", "fill", "themeColor", "anchor"))
W_ABSTRACTNUM, W_LVL = map(_w, ("abstractNum", "lvl"))
W_DEFAULT_ATTR = _w("default")
R_ID = f"{{{R_NS}}}id"
R_DM = f"{{{R_NS}}}dm"
MC_ALTERNATE = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE = f"{{{MC_NS}}}Choice"
MC_FALLBACK = f"{{{MC_NS}}}Fallback"
WP_DOCPR = f"{{{WP_NS}}}docPr"
PIC_PIC = f"{{{PIC_NS}}}pic"
A_BLIP = f"{{{A_NS}}}blip"
A_T = f"{{{A_NS}}}t"
A_P = f"{{{A_NS}}}p"
C_CHART = f"{{{C_NS}}}chart"
DGM_RELIDS = f"{{{DGM_NS}}}relIds"
DGM_PT = f"{{{DGM_NS}}}pt"
V_IMAGEDATA = f"{{{V_NS}}}imagedata"
O_TITLE = f"{{{O_NS}}}title"
M_OMATH = f"{{{M_NS}}}oMath"
M_OMATHPARA = f"{{{M_NS}}}oMathPara"
M_T = f"{{{M_NS}}}t"

#: A field instruction never spans more paragraphs than this.
MAX_INSTRUCTION_PARAGRAPHS = 3

_LIST_STYLE = re.compile(r"^(?:list paragraph|list (?:bullet|number)|list)(?: (\d))?$")
_HEADING_STYLE = re.compile(r"^heading ([1-9])$")
_TOC_STYLE = re.compile(r"^toc ([1-9])$")
_FIELD_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_OFF = frozenset({"0", "false", "off", "none"})


def _on(element: etree._Element) -> bool:
    """The value of an OOXML on/off property (``<w:b/>`` means on)."""
    value = element.get(W_VAL)
    return value is None or value.lower() not in _OFF


@overload
def _int(value: str | None, default: int) -> int: ...
@overload
def _int(value: str | None, default: None = None) -> int | None: ...
def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _run_props(rpr: etree._Element) -> dict[str, object]:
    """The few run properties the reader cares about, when set in ``rpr``."""
    props: dict[str, object] = {}
    for child in rpr:
        tag = child.tag
        if tag == W_B:
            props["b"] = _on(child)
        elif tag == W_VANISH:
            props["vanish"] = _on(child)
        elif tag == W_COLOR:
            theme = (child.get(W_THEMECOLOR) or "").lower()
            value = (child.get(W_VAL) or "").upper()
            if theme:
                props["white"] = theme in {"background1", "light1"}
            else:
                props["white"] = value == "FFFFFF"
        elif tag == W_SZ:
            size = _int(child.get(W_VAL))
            if size is not None:
                props["sz"] = size
        elif tag == W_HIGHLIGHT:
            props["bg"] = (child.get(W_VAL) or "none").lower() not in {
                "none",
                "white",
            }
        elif tag == W_SHD:
            props["bg"] = _shaded(child)
    return props


def _shaded(shd: etree._Element) -> bool:
    """Whether a ``w:shd`` paints a visible (non-white) background."""
    fill = (shd.get(W_FILL) or "auto").upper()
    pattern = (shd.get(W_VAL) or "clear").lower()
    if pattern not in {"clear", "nil"}:
        color = (shd.get(W_COLOR) or "auto").upper()
        if color not in {"AUTO", "FFFFFF"}:
            return True
    return fill not in {"AUTO", "FFFFFF", ""}


@dataclass
class _Style:
    """One style of styles.xml, as far as the reader needs it."""

    id: str
    name: str  # as written ("heading 1"), shown in blocks
    kind: str  # paragraph, character, table, numbering
    based_on: str | None = None
    outline: int | None = None  # 0-based, 9 = body text
    num: tuple[str, int | None] | None = None  # (numId, ilvl)
    props: dict[str, object] = field(default_factory=dict)
    shaded: bool = False  # a table style with some shading


@dataclass
class _ParaStyle:
    """A paragraph style resolved along its ``basedOn`` chain."""

    name: str | None = None
    heading: int | None = None  # 1-based level, None if not a heading
    toc: int | None = None  # toc level ("TOC Heading" counts as 1)
    caption: bool = False
    list_level: int | None = None  # 1-based
    props: dict[str, object] = field(default_factory=dict)


class _Styles:
    """styles.xml and numbering.xml, resolved lazily with caches."""

    def __init__(self, root: etree._Element | None, numbering: etree._Element | None) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.defaults: dict[str, object] = {}
        self._para_cache: dict[str | None, _ParaStyle] = {}
        self._char_cache: dict[str, dict[str, object]] = {}
        self.style_levels: dict[str, int] = {}  # styleId -> ilvl via numbering
        if root is not None:
            self._load(root)
        if numbering is not None:
            self._load_numbering(numbering)

    def _load(self, root: etree._Element) -> None:
        defaults = root.find(W_DOCDEFAULTS)
        if defaults is not None:
            for rpr in defaults.iter(W_RPR):
                self.defaults.update(_run_props(rpr))
        for element in root.iter(W_STYLE):
            style_id = element.get(W_STYLEID)
            if not style_id:
                continue
            name_el = element.find(W_NAME)
            name = (name_el.get(W_VAL) if name_el is not None else None) or style_id
            style = _Style(style_id, name, element.get(W_TYPE) or "paragraph")
            based = element.find(W_BASEDON)
            if based is not None:
                style.based_on = based.get(W_VAL)
            ppr = element.find(W_PPR)
            if ppr is not None:
                outline = ppr.find(W_OUTLINELVL)
                if outline is not None:
                    style.outline = _int(outline.get(W_VAL))
                numpr = ppr.find(W_NUMPR)
                if numpr is not None:
                    style.num = _numpr(numpr)
            rpr = element.find(W_RPR)
            if rpr is not None:
                style.props = _run_props(rpr)
            if style.kind == "table":
                style.shaded = any(_shaded(shd) for shd in element.iter(W_SHD))
            self.styles[style_id] = style
            if style.kind == "paragraph" and element.get(W_DEFAULT_ATTR) in {
                "1",
                "true",
            }:
                self.default_paragraph = style_id

    def _load_numbering(self, root: etree._Element) -> None:
        for abstract in root.iter(W_ABSTRACTNUM):
            for lvl in abstract.iter(W_LVL):
                pstyle = lvl.find(W_PSTYLE)
                if pstyle is not None and pstyle.get(W_VAL):
                    self.style_levels[pstyle.get(W_VAL)] = _int(lvl.get(_w("ilvl")), 0)

    def chain(self, style_id: str | None) -> list[_Style]:
        """The style and its ancestors, closest first (cycles cut)."""
        out: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            out.append(style)
            style_id = style.based_on
        return out

    def paragraph(self, style_id: str | None) -> _ParaStyle:
        """The resolved paragraph style ``style_id`` (default style if None)."""
        cached = self._para_cache.get(style_id)
        if cached is not None:
            return cached
        chain = self.chain(style_id or self.default_paragraph)
        if style_id and not chain:
            chain = self.chain(self.default_paragraph)
        info = _ParaStyle(name=chain[0].name if chain else None)
        props = dict(self.defaults)
        for style in reversed(chain):
            props.update(style.props)
        info.props = props
        for style in chain:
            lname = style.name.strip().lower()
            match = _TOC_STYLE.match(lname)
            if match:
                info.toc = int(match.group(1))
                break
            if lname in {"toc heading", "table of figures"}:
                info.toc = 1
                break
            if lname == "caption":
                info.caption = True
                break
            if style.outline is not None:  # 9 (body text) ends the search too
                if 0 <= style.outline <= 8:
                    info.heading = style.outline + 1
                break
            match = _HEADING_STYLE.match(lname)
            if match:
                info.heading = int(match.group(1))
                break
            if lname == "title":
                info.heading = 1
                break
        if info.heading is None and info.toc is None and not info.caption:
            for style in chain:
                lname = style.name.strip().lower()
                match = _LIST_STYLE.match(lname)
                if style.num is not None and style.num[0] != "0":
                    level = style.num[1]
                    if level is None and match and match.group(1):
                        level = int(match.group(1)) - 1  # "List Bullet 2"
                    if level is None:
                        level = self.style_levels.get(style.id, 0)
                    info.list_level = min(9, level) + 1
                    break
                if match:
                    info.list_level = int(match.group(1) or 1)
                    break
        self._para_cache[style_id] = info
        return info

    def character(self, style_id: str) -> dict[str, object]:
        """Run properties set by character style ``style_id`` (and its bases)."""
        cached = self._char_cache.get(style_id)
        if cached is None:
            cached = {}
            for style in reversed(self.chain(style_id)):
                cached.update(style.props)
            self._char_cache[style_id] = cached
        return cached

    def table_shaded(self, style_id: str | None) -> bool:
        """Whether table style ``style_id`` paints any background."""
        return any(style.shaded for style in self.chain(style_id))


def _numpr(numpr: etree._Element) -> tuple[str, int | None]:
    num_id = numpr.find(W_NUMID)
    ilvl = numpr.find(W_ILVL)
    return (
        (num_id.get(W_VAL) or "") if num_id is not None else "",
        _int(ilvl.get(W_VAL)) if ilvl is not None else None,
    )


def _choose(alternate: etree._Element) -> etree._Element | None:
    """The branch of ``mc:AlternateContent`` to read: a Choice, else Fallback."""
    for child in alternate:
        if child.tag == MC_CHOICE and len(child):
            return child
    for child in alternate:
        if child.tag == MC_FALLBACK:
            return child
    return None


def parse_field(instr: str) -> tuple[str, str | None]:
    """Split a field instruction: ("HYPERLINK", url) or (NAME, None).

    ``HYPERLINK "https://x" \\o "tip"`` -> ("HYPERLINK", "https://x"); a link
    to a bookmark only (``\\l``) gives no URL.
    """
    tokens = [
        match.group(1) if match.group(1) is not None else match.group(2)
        for match in _FIELD_TOKEN.finditer(instr)
    ]
    if not tokens:
        return "", None
    name = tokens[0].upper()
    if name != "HYPERLINK":
        return name, None
    url = None
    skip = False
    for token in tokens[1:]:
        if skip:
            skip = False
            continue
        if token.startswith("\\"):
            # \l \o \t take an argument; \m \n do not.
            skip = token[1:2].lower() in {"l", "o", "t"}
            continue
        url = token
        break
    return name, url


@dataclass
class _Field:
    """A complex field being read (between fldChar begin and end)."""

    instr: list[str] = field(default_factory=list)
    result: bool = False  # past "separate": what follows is displayed
    paragraphs: int = 0  # paragraphs ended while reading the instruction
    name: str = ""
    url: str | None = None
    anchor: list[str] = field(default_factory=list)
    hidden_anchor: bool = False


@dataclass
class _Breaks:
    """Page breaks met in a paragraph or table, before or after its text."""

    rendered_before: int = 0
    rendered_after: int = 0
    explicit_before: int = 0
    explicit_after: int = 0

    def add(self, *, rendered: bool, after: bool) -> None:
        if rendered and after:
            self.rendered_after += 1
        elif rendered:
            self.rendered_before += 1
        elif after:
            self.explicit_after += 1
        else:
            self.explicit_before += 1

    def merge(self, other: _Breaks, *, after: bool) -> None:
        """Fold ``other`` in; everything lands after the text when ``after``."""
        if after:
            self.rendered_after += other.rendered_before + other.rendered_after
            self.explicit_after += other.explicit_before + other.explicit_after
        else:
            self.rendered_before += other.rendered_before
            self.rendered_after += other.rendered_after
            self.explicit_before += other.explicit_before
            self.explicit_after += other.explicit_after


@dataclass
class _Para(Paragraph):
    """What was collected from one paragraph (or from one whole table)."""

    diagrams: list[str] = field(default_factory=list)
    breaks: _Breaks = field(default_factory=_Breaks)
    toc: bool = False
    seq: bool = False
    text_seen: bool = False
    #: the notes it refers to: (« footnotes » or « endnotes », note id)
    note_refs: list[tuple[str, str]] = field(default_factory=list)
    #: the chart parts of its drawings (``charts``: their figures become tables)
    charts: list[str] = field(default_factory=list)


#: Where the walk is (``toc``: inside a table-of-contents content control).
_Context = FlowContext


class _DocxReader(FlowReader):
    """One DOCX being read; see the module docstring."""

    def __init__(self, package: Package, name: str) -> None:
        super().__init__(DocumentBuilder(name, "docx", page_estimated=True))
        self.package = package
        self.name = name
        self.styles = _Styles(None, None)
        self.fields: list[_Field] = []
        self.rels: dict[str, tuple[str, str, bool]] = {}
        self.main_part = "word/document.xml"
        #: the notes of each notes part (« footnotes », « endnotes »), by id
        self.note_parts: dict[str, dict[str, etree._Element]] = {}

    # -- package --------------------------------------------------------
    def error(self, detail: str) -> InputError:
        return InputError(msg.E104.format(path=self.name, detail=detail), status="ILLISIBLE")

    @overload
    def xml(
        self, part: str, *, required: Literal[True], optional: bool = False
    ) -> etree._Element: ...
    @overload
    def xml(
        self, part: str, *, required: bool = False, optional: bool = False
    ) -> etree._Element | None: ...
    def xml(
        self, part: str, *, required: bool = False, optional: bool = False
    ) -> etree._Element | None:
        """Parse a part. A damaged ``optional`` part (metadata, header...) is
        counted as skipped instead of making the whole file unreadable."""
        try:
            data = self.package.read(part)
            if data is None:
                if required:
                    raise self.error(f"partie {part} absente")
                return None
            if b"purl.oclc.org/ooxml" in data:
                for strict, transitional in _STRICT:
                    data = data.replace(strict, transitional)
            return parse_xml(data, name=self.name, part=part)
        except InputError as error:
            if not optional or error.status != "ILLISIBLE":
                raise
            self.builder.skip("partie XML illisible")
            return None

    def find_main_part(self) -> str:
        root = self.xml("_rels/.rels")
        if root is not None:
            for rel in root:
                rel_type = rel.get("Type") or ""
                target = rel.get("Target")
                if rel_type.endswith("/officeDocument") and target:
                    part = join_target("", target)
                    if self.package.has(part):
                        return part
        return "word/document.xml"

    def load_rels(self, part: str) -> dict[str, tuple[str, str, bool]]:
        """Relationships of ``part``: id -> (type, target, external)."""
        return relationships(self.package, part)

    def internal_part(self, rel_id: str | None) -> str | None:
        rel = self.rels.get(rel_id or "")
        if rel is None or rel[2] or not rel[1]:
            return None
        return join_target(self.main_part, rel[1])

    # -- entry point ----------------------------------------------------
    def read(self) -> Document:
        self.main_part = self.find_main_part()
        if not self.package.has(self.main_part):
            raise self.error(f"partie {self.main_part} absente")
        self.rels = self.load_rels(self.main_part)
        parts = {"styles": "word/styles.xml", "numbering": "word/numbering.xml"}
        for rel_id, (rel_type, _, _) in self.rels.items():
            if rel_type in parts:
                parts[rel_type] = self.internal_part(rel_id) or parts[rel_type]
        root = self.xml(self.main_part, required=True)
        self.styles = _Styles(self.xml(parts["styles"]), self.xml(parts["numbering"]))
        body = root.find(W_BODY)
        if body is None:
            raise self.error("corps du document absent")
        white_ok = False
        background = root.find(W_BACKGROUND)
        if background is not None:
            color = (background.get(_w("color")) or "auto").upper()
            white_ok = color not in {"AUTO", "FFFFFF"}
        rendered = next(body.iter(W_LASTRENDERED), None) is not None
        self.pages = PageEstimate(self.builder, rendered=rendered)
        self.read_metadata()
        self.read_headers_footers(body)
        self.walk_blocks(body, _Context(white_ok=white_ok))
        # docProps/app.xml is only read when there is something to count pages of.
        self.finish(self.app_pages() if self.builder.blocks else 0)
        return self.builder.build()

    def app_pages(self) -> int:
        root = self.xml("docProps/app.xml", optional=True)
        pages = root.find(f"{{{EP_NS}}}Pages") if root is not None else None
        if pages is None or not pages.text:
            return 0
        return max(0, _int(pages.text.strip(), 0) or 0)

    def read_metadata(self) -> None:
        root = self.xml("docProps/core.xml", optional=True)
        if root is None:
            return
        for key, tag in (("title", "title"), ("author", "creator")):
            element = root.find(f"{{{DC_NS}}}{tag}")
            if element is not None and element.text:
                value = normalize_line(element.text)
                if value:
                    self.builder.metadata[key] = value

    # -- headers and footers --------------------------------------------
    def read_headers_footers(self, body: etree._Element) -> None:
        """HEADER then FOOTER blocks, one per distinct line, before the body."""
        parts: list[tuple[BlockKind, str]] = []
        for sect in body.iter(W_SECTPR):
            for ref in sect:
                if ref.tag == W_HEADERREF:
                    kind = BlockKind.HEADER
                elif ref.tag == W_FOOTERREF:
                    kind = BlockKind.FOOTER
                else:
                    continue
                part = self.internal_part(ref.get(R_ID))
                if part and (kind, part) not in parts:
                    parts.append((kind, part))
        parts.sort(key=lambda item: item[0] is BlockKind.FOOTER)
        for kind, part in parts:
            root = self.xml(part, optional=True)
            if root is not None:
                self.fields = []
                self.walk_blocks(root, _Context(white_ok=True, story=kind))
        self.fields = []
        # Body paragraphs are numbered from 1, as a reader would count them.
        self.builder.restart_paragraphs()

    # -- block level ----------------------------------------------------
    def walk_blocks(self, parent: etree._Element, context: _Context) -> None:
        for child in parent:
            tag = child.tag
            if tag == W_P:
                self.paragraph(child, context)
            elif tag == W_TBL:
                self.table(child, context)
            elif tag == W_SDT:
                content = child.find(W_SDTCONTENT)
                inner = self.sdt_context(child, context)
                if content is not None and inner is not None:
                    self.walk_blocks(content, inner)
            elif tag == W_CUSTOMXML:
                self.walk_blocks(child, context)
            elif tag in (W_INS, W_MOVETO):
                self.tracked = True
                self.walk_blocks(child, context)
            elif tag in (W_DEL, W_MOVEFROM):
                self.tracked = True
            elif tag == MC_ALTERNATE:
                branch = _choose(child)
                if branch is not None:
                    self.walk_blocks(branch, context)
            elif tag == W_ALTCHUNK:
                self.builder.skip("contenu importé (altChunk)")

    def sdt_context(self, sdt: etree._Element, context: _Context) -> _Context | None:
        """The context inside a content control; None for placeholder text."""
        props = sdt.find(W_SDTPR)
        if props is None:
            return context
        placeholder = props.find(W_SHOWINGPLCHDR)
        if placeholder is not None and _on(placeholder):
            return None
        gallery = props.find(f"{W_DOCPARTOBJ}/{W_DOCPARTGALLERY}")
        if gallery is not None and "table of contents" in (gallery.get(W_VAL) or "").lower():
            return replace(context, toc=True)
        return context

    # -- paragraphs -----------------------------------------------------
    def paragraph(self, element: etree._Element, context: _Context) -> None:
        ppr = element.find(W_PPR)
        style_id = None
        outline: int | None = None
        numbering: tuple[str, int | None] | None = None
        section_break = False
        break_before = False
        if ppr is not None:
            for child in ppr:
                tag = child.tag
                if tag == W_PSTYLE:
                    style_id = child.get(W_VAL)
                elif tag == W_OUTLINELVL:
                    outline = _int(child.get(W_VAL))
                elif tag == W_NUMPR:
                    numbering = _numpr(child)
                elif tag == W_PAGEBREAKBEFORE:
                    break_before = _on(child)
                elif tag == W_SECTPR:
                    kind = child.find(W_TYPE_EL)
                    section_break = kind is None or (kind.get(W_VAL) or "nextPage") in {
                        "nextPage",
                        "oddPage",
                        "evenPage",
                    }
                elif tag == W_SHD and _shaded(child) and not context.white_ok:
                    context = replace(context, white_ok=True)
        style = self.styles.paragraph(style_id)
        para = self.collect(element, context, style)
        self.drop_stale_fields()
        if context.story is not None:
            self.add_story(context.story, para.visible())
            for box in para.boxes:
                self.walk_blocks(box, replace(context, in_box=True))
            return
        if context.main_flow:
            if break_before:
                self.pages.explicit_break()
            self.pages.before(para.breaks)
        text, hidden = self.paragraph_text(para)
        if text:
            kind, level, confidence = self.classify(para, style, context, outline, numbering, text)
            self.add_text_block(
                kind, text, level, confidence, hidden, style.name, main_flow=context.main_flow
            )
        self.emit_extras(para, context)
        self.emit_notes(para, context)
        if context.main_flow:
            self.pages.after(para.breaks)
            if section_break:
                self.pages.explicit_break()

    def paragraph_text(self, para: _Para) -> tuple[str, bool]:
        """(text, hidden): hidden when nothing of the paragraph can be seen."""
        visible = para.visible()
        hidden_text = para.hidden_text()
        if not visible and hidden_text:
            self.note_hidden(para.hidden_reasons(with_text=False))
            return hidden_text, True
        if hidden_text:
            self.note_hidden(para.hidden_reasons(with_text=True))
        return visible, False

    def emit_extras(self, para: _Para, context: _Context) -> None:
        """Links, images, diagrams and text boxes found in a paragraph."""
        self.add_links_and_images(para)
        for part in para.charts:
            root = self.xml(part, optional=True)
            rows = chart_table(root) if root is not None else []
            if rows:
                self.add_table_block(rows, hidden=False, main_flow=context.main_flow)
        for part in para.diagrams:
            self.diagram(part)
        for box in para.boxes:
            saved = self.fields
            self.fields = []
            inner = replace(context, in_box=True, white_ok=True, toc=False)
            self.walk_blocks(box, inner)
            self.fields = saved

    def emit_notes(self, para: _Para, context: _Context) -> None:
        """The footnotes and endnotes ``para`` refers to, right after it, as note
        paragraphs (evidence, out of the text's flow). Those of a table cell, a text
        box or a header stay counted as skipped, as do notes that cannot be found."""
        if not context.main_flow:
            return
        for part, note_id in para.note_refs:
            text = self.note_text(part, note_id)
            if text:
                self.builder.add(BlockKind.PARAGRAPH, text, style=NOTE_STYLE)
                self.notes["note de bas de page" if part == "footnotes" else "note de fin"] -= 1

    def note_text(self, part: str, note_id: str) -> str:
        """The text of note ``note_id`` of the notes ``part`` (its paragraphs joined)."""
        notes = self.note_parts.get(part)
        if notes is None:
            target = next(
                (
                    self.internal_part(rel_id)
                    for rel_id, (rel_type, _, _) in self.rels.items()
                    if rel_type == part
                ),
                None,
            )
            root = self.xml(target or f"word/{part}.xml", optional=True)
            notes = {}
            if root is not None:
                for note in root:
                    if note.get(W_TYPE) in (None, "normal") and note.get(W_ID) is not None:
                        notes[note.get(W_ID) or ""] = note
            self.note_parts[part] = notes
        note = notes.get(note_id)
        if note is None:
            return ""
        paragraphs = ("".join(t.text or "" for t in p.iter(W_T)) for p in note.iter(W_P))
        return " ".join(text.strip() for text in paragraphs if text.strip())

    def classify(
        self,
        para: _Para,
        style: _ParaStyle,
        context: _Context,
        outline: int | None,
        numbering: tuple[str, int | None] | None,
        text: str,
    ) -> tuple[BlockKind, int | None, float]:
        """Decide what a paragraph is: (kind, level, confidence)."""
        if context.toc or para.toc or style.toc is not None:
            return BlockKind.TOC_ENTRY, style.toc or None, 1.0
        if style.caption or para.seq:
            return BlockKind.CAPTION, None, 1.0
        if outline is not None:
            if 0 <= outline <= 8:
                return BlockKind.HEADING, outline + 1, 1.0
        elif style.heading is not None:
            return BlockKind.HEADING, style.heading, 1.0
        if numbering is not None:
            if numbering[0] not in {"0", ""}:
                level = numbering[1]
                if level is None:
                    level = (style.list_level or 1) - 1
                return BlockKind.LIST_ITEM, min(9, level) + 1, 1.0
        elif style.list_level is not None:
            return BlockKind.LIST_ITEM, style.list_level, 1.0
        if toc_title(text):
            return BlockKind.TOC_ENTRY, None, 1.0
        if self.pseudo_heading(para, text):
            return BlockKind.HEADING, self.pseudo_heading_level(), 0.5
        if is_typed_list_item(text):
            return BlockKind.LIST_ITEM, 1, 0.8
        return BlockKind.PARAGRAPH, None, 1.0

    # -- inline content -------------------------------------------------
    def collect(
        self, element: etree._Element, context: _Context, style: _ParaStyle | None
    ) -> _Para:
        """Walk a paragraph's runs and gather text, links, images, breaks."""
        if style is None:
            ppr = element.find(W_PPR)
            pstyle = ppr.find(W_PSTYLE) if ppr is not None else None
            style = self.styles.paragraph(pstyle.get(W_VAL) if pstyle is not None else None)
        para = _Para()
        self.inline(element, para, context, style.props)
        return para

    def instruction_field(self) -> _Field | None:
        """The field whose instruction is being read, if any."""
        for item in self.fields:
            if not item.result:
                return item
        return None

    def add_text(self, para: _Para, text: str, hidden: str | None, bold: bool) -> None:
        if not text:
            return
        if self.fields:
            pending = self.instruction_field()
            if pending is not None:  # instruction text is never body text
                pending.instr.append(text)
                return
            for item in self.fields:
                if item.name == "TOC":
                    para.toc = True
                if hidden:
                    item.hidden_anchor = True
                else:
                    item.anchor.append(text)
        para.segments.append((text, hidden, bold))
        if text.strip():
            para.text_seen = True

    def inline(
        self,
        parent: etree._Element,
        para: _Para,
        context: _Context,
        base: dict[str, object],
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == W_R:
                self.run(child, para, context, base)
            elif tag == W_HYPERLINK:
                rel = self.rels.get(child.get(R_ID) or "")
                self.linked(child, rel[1] if rel else None, para, context, base)
            elif tag in (W_INS, W_MOVETO):
                self.tracked = True
                self.inline(child, para, context, base)
            elif tag in (W_DEL, W_MOVEFROM):
                self.tracked = True
            elif tag == W_FLDSIMPLE:
                name, url = parse_field(child.get(W_INSTR) or "")
                if name == "SEQ":
                    para.seq = True
                elif name == "TOC":
                    para.toc = True
                self.linked(child, url, para, context, base)
            elif tag == W_SDT:
                content = child.find(W_SDTCONTENT)
                inner = self.sdt_context(child, context)
                if content is not None and inner is not None:
                    para.toc = para.toc or inner.toc
                    self.inline(content, para, context, base)
            elif tag in (W_SMARTTAG, W_CUSTOMXML, W_DIR, W_BDO):
                self.inline(child, para, context, base)
            elif tag == MC_ALTERNATE:
                branch = _choose(child)
                if branch is not None:
                    self.inline(branch, para, context, base)
            elif tag in (M_OMATH, M_OMATHPARA):
                text = " ".join(t.text or "" for t in child.iter(M_T))
                self.add_text(para, f" {text} ", None, False)

    def linked(
        self,
        element: etree._Element,
        url: str | None,
        para: _Para,
        context: _Context,
        base: dict[str, object],
    ) -> None:
        """Content of a hyperlink or simple field; records the link."""
        start = len(para.segments)
        self.inline(element, para, context, base)
        if url:
            shown = para.segments[start:]
            anchor = "".join(t for t, hidden, _ in shown if not hidden)
            if anchor.strip() or not any(hidden for _, hidden, _ in shown):
                para.links.append((url, anchor))

    def field_char(self, element: etree._Element, para: _Para) -> None:
        kind = element.get(W_FLDCHARTYPE)
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate":
            pending = self.instruction_field()
            if pending is not None:
                self.start_result(pending, para)
        elif kind == "end" and self.fields:
            item = self.fields.pop()
            if not item.result:
                self.start_result(item, para)
            if item.url:
                anchor = "".join(item.anchor)
                if anchor.strip() or not item.hidden_anchor:
                    para.links.append((item.url, anchor))

    def drop_stale_fields(self) -> None:
        """A field instruction open over many paragraphs is a broken field:
        drop it, or it would swallow the rest of the document."""
        for item in list(self.fields):
            if not item.result:
                item.paragraphs += 1
                if item.paragraphs > MAX_INSTRUCTION_PARAGRAPHS:
                    self.fields.remove(item)

    def start_result(self, item: _Field, para: _Para) -> None:
        item.result = True
        item.name, item.url = parse_field("".join(item.instr))
        if item.name == "SEQ":
            para.seq = True

    def run(
        self,
        run: etree._Element,
        para: _Para,
        context: _Context,
        base: dict[str, object],
    ) -> None:
        props = base
        rpr = run.find(W_RPR)
        if rpr is not None:
            rstyle = rpr.find(W_RSTYLE)
            direct = _run_props(rpr)
            if rstyle is not None or direct:
                props = dict(base)
                if rstyle is not None:
                    props.update(self.styles.character(rstyle.get(W_VAL) or ""))
                props.update(direct)
        self.run_content(
            run, para, context, self.hidden_reason(props, context), bool(props.get("b"))
        )

    def run_content(
        self,
        parent: etree._Element,
        para: _Para,
        context: _Context,
        hidden: str | None,
        bold: bool,
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == W_T:
                self.add_text(para, child.text or "", hidden, bold)
            elif tag in (W_TAB, W_PTAB, W_CR):
                self.add_text(para, " ", hidden, bold)
            elif tag == W_BR:
                if child.get(W_TYPE) == "page":
                    para.breaks.add(rendered=False, after=para.text_seen)
                self.add_text(para, " ", hidden, bold)
            elif tag == W_LASTRENDERED:
                para.breaks.add(rendered=True, after=para.text_seen)
            elif tag == W_NBHYPHEN:
                self.add_text(para, "-", hidden, bold)
            elif tag == W_FLDCHAR:
                self.field_char(child, para)
            elif tag == W_INSTRTEXT:
                pending = self.instruction_field()
                if pending is not None:
                    pending.instr.append(child.text or "")
            elif tag in (W_DRAWING, W_PICT, W_OBJECT):
                if self.instruction_field() is None:
                    self.graphic(child, para)
            elif tag == MC_ALTERNATE:
                branch = _choose(child)
                if branch is not None:
                    self.run_content(branch, para, context, hidden, bold)
            elif tag == W_FOOTNOTEREF:
                # counted as skipped until ``emit_notes`` reads it
                self.notes["note de bas de page"] += 1
                para.note_refs.append(("footnotes", child.get(W_ID) or ""))
            elif tag == W_ENDNOTEREF:
                self.notes["note de fin"] += 1
                para.note_refs.append(("endnotes", child.get(W_ID) or ""))
            elif tag == W_COMMENTREF:
                self.notes["commentaire"] += 1
            elif tag == W_DELTEXT:
                self.tracked = True

    @staticmethod
    def hidden_reason(props: dict[str, object], context: _Context) -> str | None:
        """Why a run with ``props`` cannot be seen, or None."""
        size = props.get("sz")  # half-points
        return hidden_reason(
            vanish=bool(props.get("vanish")),
            tiny=isinstance(size, int) and size <= 4,
            white=bool(props.get("white")),
            white_ok=bool(props.get("bg")) or context.white_ok,
        )

    # -- drawings, pictures, text boxes ---------------------------------
    def graphic(self, element: etree._Element, para: _Para) -> None:
        """A w:drawing / w:pict / w:object: its pictures and text boxes."""
        pictures: list[str] = []
        self.scan_graphic(element, para, pictures)
        if not pictures:
            return
        alt = ""
        docpr = next(element.iter(WP_DOCPR), None)
        if docpr is not None:
            alt = docpr.get("descr") or docpr.get("title") or ""
        if not alt:
            for node in element.iter(f"{{{V_NS}}}*"):
                alt = node.get("alt") or node.get(O_TITLE) or ""
                if alt:
                    break
        if not alt and C_CHART in pictures:
            alt = "graphique"  # as PowerPoint's are named; its figures follow as a table
        if element.tag == W_OBJECT:
            self.builder.skip("objet OLE")
            pictures = pictures[:1]
        para.images.extend(alt for _ in pictures)

    def scan_graphic(self, element: etree._Element, para: _Para, pictures: list[str]) -> None:
        """Find text boxes and pictures (not inside nested text boxes)."""
        for child in element:
            tag = child.tag
            if tag == W_TXBXCONTENT:
                para.boxes.append(child)
            elif tag == MC_ALTERNATE:
                branch = _choose(child)
                if branch is not None:
                    self.scan_graphic(branch, para, pictures)
            elif tag in (PIC_PIC, V_IMAGEDATA, C_CHART, A_BLIP):
                pictures.append(tag)
                chart = self.internal_part(child.get(R_ID)) if tag == C_CHART else None
                if chart:
                    para.charts.append(chart)
            elif tag == DGM_RELIDS:
                pictures.append(tag)
                part = self.internal_part(child.get(R_DM))
                if part:
                    para.diagrams.append(part)
            elif isinstance(tag, str):
                self.scan_graphic(child, para, pictures)

    def diagram(self, part: str) -> None:
        """The text of a SmartArt diagram's nodes, one list item each."""
        root = self.xml(part, optional=True)
        if root is None:
            self.builder.skip("diagramme SmartArt")
            return
        for point in root.iter(DGM_PT):
            if (point.get("type") or "node") not in {"node", "asst"}:
                continue
            for paragraph in point.iter(A_P):
                text = "".join(t.text or "" for t in paragraph.iter(A_T))
                self.builder.add(BlockKind.LIST_ITEM, text, level=1)

    # -- tables ---------------------------------------------------------
    def table(self, element: etree._Element, context: _Context) -> None:
        """A table block, then each nested table as its own block."""
        tables: list[tuple[list[list[str]], bool]] = []
        extras = _Para()
        self.read_table(element, context, tables, extras)
        if context.story is not None:
            for rows, hidden in tables:
                if not hidden:
                    self.add_story_rows(context.story, rows)
            return
        if context.main_flow:
            self.pages.before(extras.breaks)
        for rows, hidden in tables:
            self.add_table_block(rows, hidden=hidden, main_flow=context.main_flow)
        self.emit_extras(extras, context)
        if context.main_flow:
            self.pages.after(extras.breaks)

    def read_table(
        self,
        element: etree._Element,
        context: _Context,
        out: list[tuple[list[list[str]], bool]],
        extras: _Para,
    ) -> None:
        """Rows of ``element`` appended to ``out``, then its nested tables."""
        tblpr = element.find(W_TBLPR)
        style_el = tblpr.find(W_TBLSTYLE) if tblpr is not None else None
        table_style = style_el.get(W_VAL) if style_el is not None else None
        white_ok = context.white_ok or self.styles.table_shaded(table_style)
        slot = len(out)
        out.append(([], False))
        nested: list[tuple[list[list[str]], bool]] = []
        rows: list[list[tuple[str, str]]] = []
        for row in self.table_rows(element):
            cells: list[tuple[str, str]] = []
            for cell in self.row_cells(row):
                span, merged, shaded = _cell_layout(cell)
                cell_context = replace(context, in_table=True, white_ok=white_ok or shaded)
                visible: list[str] = []
                hidden: list[str] = []
                self.cell_blocks(cell, cell_context, nested, extras, visible, hidden)
                if merged:
                    cells.append(("", ""))
                else:
                    cells.append((" ".join(visible), " ".join(hidden)))
                cells.extend(("", "") for _ in range(span - 1))
            rows.append(cells)
        any_visible = any(seen.strip() for row in rows for seen, _ in row)
        any_hidden = any(unseen.strip() for row in rows for _, unseen in row)
        if any_hidden and not any_visible:
            out[slot] = ([[unseen for _, unseen in row] for row in rows], True)
        else:
            out[slot] = ([[seen for seen, _ in row] for row in rows], False)
        out.extend(nested)

    def table_rows(self, element: etree._Element) -> list[etree._Element]:
        rows: list[etree._Element] = []
        for child in element:
            tag = child.tag
            if tag == W_TR:
                trpr = child.find(W_TRPR)
                if trpr is not None and trpr.find(W_DEL) is not None:
                    self.tracked = True  # a deleted row (accepted view)
                    continue
                rows.append(child)
            elif tag == W_SDT:
                content = child.find(W_SDTCONTENT)
                if content is not None:
                    rows.extend(self.table_rows(content))
            elif tag == W_CUSTOMXML:
                rows.extend(self.table_rows(child))
            elif tag in (W_INS, W_MOVETO):
                self.tracked = True
                rows.extend(self.table_rows(child))
        return rows

    def row_cells(self, row: etree._Element) -> list[etree._Element]:
        cells: list[etree._Element] = []
        for child in row:
            tag = child.tag
            if tag == W_TC:
                cells.append(child)
            elif tag == W_SDT:
                content = child.find(W_SDTCONTENT)
                if content is not None:
                    cells.extend(self.row_cells(content))
            elif tag == W_CUSTOMXML:
                cells.extend(self.row_cells(child))
        return cells

    def cell_blocks(
        self,
        parent: etree._Element,
        context: _Context,
        nested: list[tuple[list[list[str]], bool]],
        extras: _Para,
        visible: list[str],
        hidden: list[str],
    ) -> None:
        """Gather a cell's text; nested tables go to ``nested``."""
        for child in parent:
            tag = child.tag
            if tag == W_P:
                para = self.collect(child, context, None)
                seen = para.visible()
                unseen = para.hidden_text()
                if seen:
                    visible.append(seen)
                    if unseen and context.story is None:
                        self.note_hidden(para.hidden_reasons(with_text=True))
                elif unseen:
                    hidden.append(unseen)
                    if context.story is None:
                        self.note_hidden(para.hidden_reasons(with_text=False))
                extras.links.extend(para.links)
                extras.images.extend(para.images)
                extras.diagrams.extend(para.diagrams)
                extras.breaks.merge(para.breaks, after=extras.text_seen)
                extras.text_seen = extras.text_seen or para.text_seen
                for box in para.boxes:
                    self.cell_blocks(
                        box,
                        replace(context, in_box=True, white_ok=True),
                        nested,
                        extras,
                        visible,
                        hidden,
                    )
            elif tag == W_TBL:
                self.read_table(child, context, nested, extras)
            elif tag == W_SDT:
                content = child.find(W_SDTCONTENT)
                inner = self.sdt_context(child, context)
                if content is not None and inner is not None:
                    self.cell_blocks(content, inner, nested, extras, visible, hidden)
            elif tag == W_CUSTOMXML:
                self.cell_blocks(child, context, nested, extras, visible, hidden)
            elif tag in (W_INS, W_MOVETO):
                self.tracked = True
                self.cell_blocks(child, context, nested, extras, visible, hidden)
            elif tag in (W_DEL, W_MOVEFROM):
                self.tracked = True
            elif tag == MC_ALTERNATE:
                branch = _choose(child)
                if branch is not None:
                    self.cell_blocks(branch, context, nested, extras, visible, hidden)


def _cell_layout(cell: etree._Element) -> tuple[int, bool, bool]:
    """(grid span, merged into the cell above/left, shaded) of a ``w:tc``."""
    tcpr = cell.find(W_TCPR)
    if tcpr is None:
        return 1, False, False
    span = 1
    merged = False
    shaded = False
    grid = tcpr.find(W_GRIDSPAN)
    if grid is not None:
        span = max(1, min(64, _int(grid.get(W_VAL), 1) or 1))
    for tag in (W_VMERGE, W_HMERGE):
        merge = tcpr.find(tag)
        if merge is not None and (merge.get(W_VAL) or "continue") == "continue":
            merged = True
    shd = tcpr.find(W_SHD)
    if shd is not None:
        shaded = _shaded(shd)
    return span, merged, shaded


def read_docx(path: Path, name: str) -> Document:
    """Read the DOCX at ``path``; ``name`` is how messages refer to it."""
    with Package(Path(path), name) as package:
        try:
            return _DocxReader(package, name).read()
        except RecursionError:
            raise InputError(
                msg.E104.format(path=name, detail="imbrication trop profonde"),
                status="ILLISIBLE",
            ) from None


__all__ = ["parse_field", "read_docx"]
