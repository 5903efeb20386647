"""Read an ODT (OpenDocument text) file into a ``Document``.

content.xml is walked in document order with the safe parser; styles.xml
gives style names, outline levels and the page headers/footers; meta.xml the
title, author and page count. As for DOCX: headings come from ``text:h`` and
outline levels, tables never duplicate covered (merged) cells and nested
tables become blocks of their own, tracked deletions are not read, hidden
text is kept apart, and pages are estimated (from LibreOffice's soft page
breaks when present, otherwise explicit breaks plus about 450 words a page).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

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
from .charts import MAX_CATEGORIES, chart_value
from .normalize import normalize_line, toc_title
from .xmlsafe import Package

OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
SVG_NS = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
XLINK_NS = "http://www.w3.org/1999/xlink"
DC_NS = "http://purl.org/dc/elements/1.1/"
META_NS = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def _t(local: str) -> str:
    return f"{{{TEXT_NS}}}{local}"


def _tb(local: str) -> str:
    return f"{{{TABLE_NS}}}{local}"


def _d(local: str) -> str:
    return f"{{{DRAW_NS}}}{local}"


def _s(local: str) -> str:
    return f"{{{STYLE_NS}}}{local}"


T_H, T_P, T_LIST, T_LIST_ITEM, T_LIST_HEADER = map(
    _t, ("h", "p", "list", "list-item", "list-header")
)
T_NUMBERED_PARAGRAPH, T_SECTION, T_SPAN, T_A = map(
    _t, ("numbered-paragraph", "section", "span", "a")
)
T_S, T_TAB, T_LINE_BREAK, T_SOFT_PAGE_BREAK = map(_t, ("s", "tab", "line-break", "soft-page-break"))
T_NOTE, T_SEQUENCE, T_HIDDEN_TEXT, T_HIDDEN_PARAGRAPH = map(
    _t, ("note", "sequence", "hidden-text", "hidden-paragraph")
)
T_NOTE_BODY = _t("note-body")
T_TRACKED_CHANGES, T_CHANGED_REGION, T_INDEX_BODY, T_INDEX_TITLE = map(
    _t, ("tracked-changes", "changed-region", "index-body", "index-title")
)
T_CHANGE, T_CHANGE_START, T_CHANGE_END = map(_t, ("change", "change-start", "change-end"))
T_STYLE_NAME, T_OUTLINE_LEVEL, T_LEVEL, T_C = map(_t, ("style-name", "outline-level", "level", "c"))
T_IS_HIDDEN, T_STRING_VALUE, T_NOTE_CLASS, T_DISPLAY = map(
    _t, ("is-hidden", "string-value", "note-class", "display")
)
#: Indexes whose body is a list of entries (table of contents and the like).
T_INDEXES = frozenset(
    _t(name)
    for name in (
        "table-of-content",
        "illustration-index",
        "table-index",
        "object-index",
        "user-index",
        "alphabetical-index",
        "bibliography",
    )
)
#: Inline elements whose content is never body text.
T_SKIP_INLINE = frozenset(
    {
        _t("note"),
        f"{{{OFFICE_NS}}}annotation",
        f"{{{OFFICE_NS}}}annotation-end",
        _t("bookmark"),
        _t("bookmark-start"),
        _t("bookmark-end"),
        _t("reference-mark"),
        _t("reference-mark-start"),
        _t("reference-mark-end"),
        _t("alphabetical-index-mark"),
        _t("toc-mark"),
        _t("user-index-mark"),
        _t("change"),
        _t("change-start"),
        _t("change-end"),
        _t("ruby-text"),
        _t("index-title-template"),
    }
)
TB_TABLE, TB_ROW, TB_CELL, TB_COVERED = map(
    _tb, ("table", "table-row", "table-cell", "covered-table-cell")
)
CHART_CHART = "{urn:oasis:names:tc:opendocument:xmlns:chart:1.0}chart"
OFFICE_VALUE, OFFICE_VALUE_TYPE = (f"{{{OFFICE_NS}}}value", f"{{{OFFICE_NS}}}value-type")
TB_ROW_CONTAINERS = frozenset(map(_tb, ("table-header-rows", "table-rows", "table-row-group")))
TB_ROWS_REPEATED, TB_COLS_REPEATED, TB_STYLE_NAME = map(
    _tb, ("number-rows-repeated", "number-columns-repeated", "style-name")
)
D_FRAME, D_IMAGE, D_TEXT_BOX, D_OBJECT, D_OBJECT_OLE, D_A, D_G = map(
    _d, ("frame", "image", "text-box", "object", "object-ole", "a", "g")
)
D_NAME = _d("name")
SVG_TITLE = f"{{{SVG_NS}}}title"
SVG_DESC = f"{{{SVG_NS}}}desc"
XLINK_HREF = f"{{{XLINK_NS}}}href"
S_STYLE, S_NAME, S_FAMILY, S_PARENT, S_DISPLAY_NAME = map(
    _s, ("style", "name", "family", "parent-style-name", "display-name")
)
S_DEFAULT_OUTLINE, S_TEXT_PROPS, S_PARA_PROPS, S_MASTER_PAGE = map(
    _s,
    (
        "default-outline-level",
        "text-properties",
        "paragraph-properties",
        "master-page",
    ),
)
S_HEADERS = frozenset(map(_s, ("header", "header-left", "header-first")))
S_FOOTERS = frozenset(map(_s, ("footer", "footer-left", "footer-first")))
FO_FONT_WEIGHT, FO_COLOR, FO_FONT_SIZE, FO_BACKGROUND, FO_BREAK_BEFORE = (
    f"{{{FO_NS}}}{name}"
    for name in ("font-weight", "color", "font-size", "background-color", "break-before")
)
FO_BREAK_AFTER = f"{{{FO_NS}}}break-after"
OFFICE_BODY = f"{{{OFFICE_NS}}}body"
OFFICE_TEXT = f"{{{OFFICE_NS}}}text"
OFFICE_STYLES = f"{{{OFFICE_NS}}}styles"
OFFICE_AUTO_STYLES = f"{{{OFFICE_NS}}}automatic-styles"
OFFICE_MASTER_STYLES = f"{{{OFFICE_NS}}}master-styles"

_HEADING_NAME = re.compile(r"^heading ?([1-9]|10)?$")
_TOC_NAME = re.compile(
    r"^(?:contents|index|table of contents|illustration index|figure index|"
    r"table index|object index|user index|bibliography) ?(?:\d+|heading)?$"
)
_LIST_NAME = re.compile(r"^(?:list|numbering|list bullet|list number) ?(\d)?$")
_CAPTION_NAMES = frozenset({"caption", "illustration", "table", "figure", "drawing"})
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*pt\s*$")


def _text_props(element: etree._Element) -> dict[str, object]:
    """Run properties the reader cares about, from ``style:text-properties``."""
    props: dict[str, object] = {}
    weight = element.get(FO_FONT_WEIGHT)
    if weight:
        props["b"] = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
    color = element.get(FO_COLOR)
    if color:
        props["white"] = color.lower() in {"#ffffff", "#fff", "white"}
    size = element.get(FO_FONT_SIZE)
    if size:
        match = _SIZE.match(size)
        if match:
            props["tiny"] = float(match.group(1)) <= 2.0
    background = element.get(FO_BACKGROUND)
    if background:
        props["bg"] = background.lower() not in {"transparent", "#ffffff", "white"}
    display = element.get(T_DISPLAY)
    if display:
        props["vanish"] = display == "none"
    return props


@dataclass
class _Style:
    name: str
    family: str
    display: str
    parent: str | None = None
    outline: int | None = None
    props: dict[str, object] = field(default_factory=dict)
    break_before: bool = False
    break_after: bool = False
    shaded: bool = False


@dataclass
class _ParaStyle:
    """A paragraph style resolved along its parents."""

    name: str | None = None
    heading: int | None = None
    toc: bool = False
    caption: bool = False
    list_level: int | None = None
    props: dict[str, object] = field(default_factory=dict)
    break_before: bool = False
    break_after: bool = False


class _Styles:
    """Named styles (styles.xml) plus one part's automatic styles."""

    def __init__(self, common: dict, automatic: dict) -> None:
        self.common = common
        self.automatic = automatic
        self._para: dict[str | None, _ParaStyle] = {}
        self._text: dict[str, dict[str, object]] = {}

    @staticmethod
    def load(root: etree._Element | None, container: str) -> dict:
        """Styles of one container of ``root``, by (family, name)."""
        out: dict[tuple[str, str], _Style] = {}
        if root is None:
            return out
        holder = root.find(container)
        if holder is None:
            return out
        for element in holder.iter(S_STYLE):
            name = element.get(S_NAME)
            if not name:
                continue
            style = _Style(
                name=name,
                family=element.get(S_FAMILY) or "paragraph",
                display=element.get(S_DISPLAY_NAME) or name.replace("_20_", " "),
                parent=element.get(S_PARENT),
                outline=_level(element.get(S_DEFAULT_OUTLINE)),
            )
            for child in element:
                if child.tag == S_TEXT_PROPS:
                    style.props = _text_props(child)
                elif child.tag == S_PARA_PROPS:
                    style.break_before = child.get(FO_BREAK_BEFORE) == "page"
                    style.break_after = child.get(FO_BREAK_AFTER) == "page"
                    background = child.get(FO_BACKGROUND)
                    style.shaded = bool(background) and background.lower() not in {
                        "transparent",
                        "#ffffff",
                    }
            out[(style.family, name)] = style
        return out

    def get(self, family: str, name: str | None) -> _Style | None:
        if not name:
            return None
        return self.automatic.get((family, name)) or self.common.get((family, name))

    def chain(self, family: str, name: str | None) -> list[_Style]:
        out: list[_Style] = []
        seen: set[str] = set()
        style = self.get(family, name)
        while style is not None and style.name not in seen and len(out) < 32:
            seen.add(style.name)
            out.append(style)
            # An automatic style's parent is a named (common) style.
            parent = style.parent
            style = self.common.get((family, parent)) if parent else None
        return out

    def paragraph(self, name: str | None) -> _ParaStyle:
        cached = self._para.get(name)
        if cached is not None:
            return cached
        chain = self.chain("paragraph", name)
        named = [s for s in chain if (s.family, s.name) in self.common]
        info = _ParaStyle(name=named[0].display if named else None)
        for style in reversed(chain):
            info.props.update(style.props)
            info.break_before = info.break_before or style.break_before
            info.break_after = info.break_after or style.break_after
            if style.shaded:
                info.props["bg"] = True
        for style in chain:
            display = style.display.strip().lower()
            if _TOC_NAME.match(display):
                info.toc = True
                break
            if display in _CAPTION_NAMES:
                info.caption = True
                break
            if style.outline is not None and style.outline > 0:
                info.heading = style.outline
                break
            match = _HEADING_NAME.match(display)
            if match:
                info.heading = int(match.group(1) or 1)
                break
            if display == "title":
                info.heading = 1
                break
            match = _LIST_NAME.match(display)
            if match and display not in {"list contents", "list heading"}:
                info.list_level = int(match.group(1) or 1)
                break
        self._para[name] = info
        return info

    def text(self, name: str) -> dict[str, object]:
        cached = self._text.get(name)
        if cached is None:
            cached = {}
            for style in reversed(self.chain("text", name)):
                cached.update(style.props)
            self._text[name] = cached
        return cached


def _level(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


@dataclass
class _Para(Paragraph):
    rendered_before: int = 0
    rendered_after: int = 0
    seq: bool = False
    hidden: bool = False  # text:hidden-paragraph
    #: the notes met in it: (skipped-count key, text:note-body)
    notes: list[tuple[str, etree._Element]] = field(default_factory=list)
    #: the embedded objects of its frames (a chart's figures become a table)
    objects: list[str] = field(default_factory=list)

    def text_seen(self) -> bool:
        return any(t.strip() for t, _, _ in self.segments)


@dataclass(frozen=True)
class _Context(FlowContext):
    hidden: bool = False  # inside a hidden section
    list_level: int | None = None


class _OdtReader(FlowReader):
    def __init__(self, package: Package, name: str) -> None:
        super().__init__(DocumentBuilder(name, "odt", page_estimated=True))
        self.package = package
        self.name = name
        self.styles = _Styles({}, {})

    def error(self, detail: str) -> InputError:
        return InputError(msg.E104.format(path=self.name, detail=detail), status="ILLISIBLE")

    # -- entry point ----------------------------------------------------
    def read(self) -> Document:
        self.check_encryption()
        content = self.package.xml("content.xml", required=True)
        styles_root = self.package.xml("styles.xml")
        common = _Styles.load(styles_root, OFFICE_STYLES)
        body = content.find(OFFICE_BODY)
        text = body.find(OFFICE_TEXT) if body is not None else None
        if text is None:
            raise self.error("corps du texte absent de content.xml")
        rendered = next(text.iter(T_SOFT_PAGE_BREAK), None) is not None
        self.pages = PageEstimate(self.builder, rendered=rendered)
        meta_pages = self.read_metadata()
        # Headers and footers use styles.xml's own automatic styles.
        self.styles = _Styles(common, _Styles.load(styles_root, OFFICE_AUTO_STYLES))
        self.read_headers_footers(styles_root)
        self.styles = _Styles(common, _Styles.load(content, OFFICE_AUTO_STYLES))
        self.walk(text, _Context())
        self.finish(meta_pages)
        return self.builder.build()

    def check_encryption(self) -> None:
        manifest = self.package.read("META-INF/manifest.xml")
        if manifest and b"encryption-data" in manifest:
            raise InputError(msg.E105.format(path=self.name), status="PROTEGE")

    def read_metadata(self) -> int:
        try:
            root = self.package.xml("meta.xml")
        except InputError as error:
            if error.status != "ILLISIBLE":
                raise
            self.builder.skip("partie XML illisible")
            return 0
        if root is None:
            return 0
        for key, tags in (
            ("title", (f"{{{DC_NS}}}title",)),
            ("author", (f"{{{META_NS}}}initial-creator", f"{{{DC_NS}}}creator")),
        ):
            for tag in tags:
                element = next(root.iter(tag), None)
                if element is not None and element.text:
                    value = normalize_line(element.text)
                    if value:
                        self.builder.metadata[key] = value
                        break
        stats = next(root.iter(f"{{{META_NS}}}document-statistic"), None)
        if stats is not None:
            return _level(stats.get(f"{{{META_NS}}}page-count")) or 0
        return 0

    def read_headers_footers(self, root: etree._Element | None) -> None:
        if root is None:
            return
        masters = root.find(OFFICE_MASTER_STYLES)
        if masters is None:
            return
        for kinds, block_kind in ((S_HEADERS, BlockKind.HEADER), (S_FOOTERS, BlockKind.FOOTER)):
            for master in masters.iter(S_MASTER_PAGE):
                for child in master:
                    if child.tag in kinds and child.get(_s("display")) != "false":
                        self.walk(child, _Context(story=block_kind, white_ok=True))
        # Body paragraphs are numbered from 1, as a reader would count them.
        self.builder.restart_paragraphs()

    # -- blocks ---------------------------------------------------------
    def walk(self, children: Iterable[etree._Element], context: _Context) -> None:
        """Read block-level ``children`` (an element iterates its children)."""
        for child in children:
            tag = child.tag
            if tag in (T_P, T_H):
                self.paragraph(child, context)
            elif tag == T_LIST:
                self.walk_list(child, context, (context.list_level or 0) + 1)
            elif tag == T_NUMBERED_PARAGRAPH:
                level = _level(child.get(T_LEVEL)) or 1
                self.walk(child, replace(context, list_level=level))
            elif tag == TB_TABLE:
                self.table(child, context)
            elif tag == T_SECTION:
                hidden = child.get(T_DISPLAY) == "none" or (child.get(T_IS_HIDDEN) == "true")
                self.walk(child, replace(context, hidden=context.hidden or hidden))
            elif tag in T_INDEXES:
                index_body = child.find(T_INDEX_BODY)
                if index_body is not None:
                    self.walk(index_body, replace(context, toc=True))
            elif tag == T_INDEX_TITLE:
                self.walk(child, context)
            elif tag == T_SOFT_PAGE_BREAK:
                if context.main_flow:
                    self.pages.rendered_break()
            elif tag == T_TRACKED_CHANGES:
                if child.find(T_CHANGED_REGION) is not None:
                    self.tracked = True
            elif tag in (D_FRAME, D_A, D_G) or (
                isinstance(tag, str) and tag.startswith(f"{{{DRAW_NS}}}")
            ):
                para = _Para()
                self.graphic(child, para)
                self.extras(para, context)

    def walk_list(self, element: etree._Element, context: _Context, level: int) -> None:
        inner = replace(context, list_level=level)
        for item in element:
            if item.tag in (T_LIST_ITEM, T_LIST_HEADER):
                for child in item:
                    if child.tag == T_LIST:
                        self.walk_list(child, context, level + 1)
                    else:
                        self.walk([child], inner)
            elif item.tag == T_SOFT_PAGE_BREAK and context.main_flow:
                self.pages.rendered_break()

    # -- paragraphs -----------------------------------------------------
    def paragraph(self, element: etree._Element, context: _Context) -> None:
        style = self.styles.paragraph(element.get(T_STYLE_NAME))
        para = _Para()
        base = style.props
        if context.white_ok or base.get("bg"):
            context = replace(context, white_ok=True)
        self.inline(element, para, context, base)
        if context.story is not None:
            self.add_story(context.story, para.visible())
            return
        if context.main_flow:
            if style.break_before:
                self.pages.explicit_break()
            self.pages.rendered_break(para.rendered_before)
        visible = para.visible()
        unseen = para.hidden_text()
        hidden = context.hidden or para.hidden or (not visible and bool(unseen))
        if hidden:
            text = normalize_line(visible + " " + unseen) if unseen else visible
            if text:
                self.note_hidden(para.hidden_reasons(with_text=False) or {"vanish"})
        else:
            text = visible
            if unseen:
                self.note_hidden(para.hidden_reasons(with_text=True))
        if text:
            kind, level, confidence = self.classify(element, para, style, context, text)
            self.add_text_block(
                kind, text, level, confidence, hidden, style.name, main_flow=context.main_flow
            )
        self.extras(para, context)
        self.emit_notes(para, context)
        if context.main_flow:
            self.pages.rendered_break(para.rendered_after)
            if style.break_after:
                self.pages.explicit_break()

    def emit_notes(self, para: _Para, context: _Context) -> None:
        """The notes of ``para``, right after it, as note paragraphs (evidence, out of
        the text's flow); those of a table cell, a frame or a header stay skipped."""
        if not context.main_flow or context.hidden:
            return
        for key, body in para.notes:
            text = " ".join(
                normalize_line("".join(p.itertext())) for p in body.iter(T_P, T_H)
            ).strip()
            if text:
                self.builder.add(BlockKind.PARAGRAPH, text, style=NOTE_STYLE)
                self.notes[key] -= 1

    def classify(
        self,
        element: etree._Element,
        para: _Para,
        style: _ParaStyle,
        context: _Context,
        text: str,
    ) -> tuple[BlockKind, int | None, float]:
        if context.toc or style.toc:
            return BlockKind.TOC_ENTRY, None, 1.0
        if element.tag == T_H:
            level = _level(element.get(T_OUTLINE_LEVEL)) or style.heading or 1
            return BlockKind.HEADING, max(1, min(10, level)), 1.0
        if style.caption or para.seq:
            return BlockKind.CAPTION, None, 1.0
        if style.heading is not None:
            return BlockKind.HEADING, style.heading, 1.0
        if context.list_level is not None:
            return BlockKind.LIST_ITEM, context.list_level, 1.0
        if style.list_level is not None:
            return BlockKind.LIST_ITEM, style.list_level, 1.0
        if toc_title(text):
            return BlockKind.TOC_ENTRY, None, 1.0
        if self.pseudo_heading(para, text):
            return BlockKind.HEADING, self.pseudo_heading_level(), 0.5
        if is_typed_list_item(text):
            return BlockKind.LIST_ITEM, 1, 0.8
        return BlockKind.PARAGRAPH, None, 1.0

    def extras(self, para: _Para, context: _Context) -> None:
        if context.story is not None:
            for box in para.boxes:
                self.walk(box, replace(context, in_box=True))
            return
        self.add_links_and_images(para)
        for folder in para.objects:
            rows = self.chart_rows(folder)
            if rows:
                self.add_table_block(rows, hidden=False, main_flow=context.main_flow)
        for box in para.boxes:
            self.walk(box, replace(context, in_box=True, white_ok=True, toc=False, list_level=None))

    def chart_rows(self, folder: str) -> list[list[str]]:
        """The figures of an embedded chart (its own content.xml keeps them in a local
        table), header row first; [] for another object or a chart without figures."""
        try:
            root = self.package.xml(f"{folder}/content.xml")
        except InputError:
            self.builder.skip("objet intégré illisible")
            return []
        chart = next(root.iter(CHART_CHART), None) if root is not None else None
        table = next(chart.iter(TB_TABLE), None) if chart is not None else None
        if table is None:
            return []
        rows: list[list[str]] = []
        for row in table.iter(TB_ROW):
            cells = []
            for cell in row.iter(TB_CELL):
                kind = cell.get(OFFICE_VALUE_TYPE)
                value = cell.get(OFFICE_VALUE)
                if value is not None and kind in ("float", "percentage", "currency"):
                    cells.append(chart_value(value, percent=kind == "percentage"))
                else:
                    cells.append(normalize_line("".join(cell.itertext())))
            rows.append(cells)
        if len(rows) < 2 or len(rows) > MAX_CATEGORIES + 1:
            return []
        if rows[0] and not rows[0][0]:
            rows[0][0] = "Catégorie"
        return rows

    # -- inline ---------------------------------------------------------
    @staticmethod
    def hidden_reason(props: dict[str, object], context: _Context) -> str | None:
        return hidden_reason(
            vanish=bool(props.get("vanish")),
            tiny=bool(props.get("tiny")),
            white=bool(props.get("white")),
            white_ok=bool(props.get("bg")) or context.white_ok,
        )

    def inline(
        self,
        element: etree._Element,
        para: _Para,
        context: _Context,
        props: dict[str, object],
    ) -> None:
        hidden = self.hidden_reason(props, context)
        bold = bool(props.get("b"))
        if element.text:
            self.add_text(para, element.text, hidden, bold)
        for child in element:
            self.inline_child(child, para, context, props)
            if child.tail:
                self.add_text(para, child.tail, hidden, bold)

    def add_text(self, para: _Para, text: str, hidden: str | None, bold: bool) -> None:
        para.segments.append((text, hidden, bold))

    def inline_child(
        self,
        child: etree._Element,
        para: _Para,
        context: _Context,
        props: dict[str, object],
    ) -> None:
        tag = child.tag
        hidden = self.hidden_reason(props, context)
        bold = bool(props.get("b"))
        if not isinstance(tag, str):
            return
        if tag == T_SPAN:
            name = child.get(T_STYLE_NAME)
            inner = props
            if name:
                inner = dict(props)
                inner.update(self.styles.text(name))
            self.inline(child, para, context, inner)
        elif tag == T_A:
            start = len(para.segments)
            self.inline(child, para, context, props)
            url = (child.get(XLINK_HREF) or "").strip()
            if url and not url.startswith("#"):
                shown = para.segments[start:]
                anchor = "".join(t for t, h, _ in shown if not h)
                if anchor.strip() or not any(h for _, h, _ in shown):
                    para.links.append((url, anchor))
        elif tag == T_S:
            count = _level(child.get(T_C)) or 1
            self.add_text(para, " " * min(count, 8), hidden, bold)
        elif tag in (T_TAB, T_LINE_BREAK):
            self.add_text(para, " ", hidden, bold)
        elif tag == T_SOFT_PAGE_BREAK:
            if para.text_seen():
                para.rendered_after += 1
            else:
                para.rendered_before += 1
        elif tag == T_NOTE:
            kind = child.get(T_NOTE_CLASS) or "footnote"
            key = "note de fin" if kind == "endnote" else "note de bas de page"
            self.notes[key] += 1  # until ``emit_notes`` reads it
            body = child.find(T_NOTE_BODY)
            if body is not None:
                para.notes.append((key, body))
        elif tag == f"{{{OFFICE_NS}}}annotation":
            self.notes["commentaire"] += 1
        elif tag in T_SKIP_INLINE:
            return
        elif tag == T_SEQUENCE:
            para.seq = True
            self.inline(child, para, context, props)
        elif tag == T_HIDDEN_TEXT:
            if child.get(T_IS_HIDDEN) == "true":
                self.add_text(para, child.get(T_STRING_VALUE) or "", "vanish", bold)
            else:
                self.add_text(para, child.get(T_STRING_VALUE) or "", hidden, bold)
        elif tag == T_HIDDEN_PARAGRAPH:
            if child.get(T_IS_HIDDEN) == "true":
                para.hidden = True
        elif tag.startswith(f"{{{DRAW_NS}}}"):
            self.graphic(child, para)
        else:
            # Fields (date, page number, title...), meta, ruby base: their text.
            self.inline(child, para, context, props)

    # -- drawings -------------------------------------------------------
    def graphic(self, element: etree._Element, para: _Para) -> None:
        """A draw:frame or shape: its image, text box or shape text."""
        tag = element.tag
        if tag in (D_A, D_G):
            for child in element:
                if isinstance(child.tag, str) and child.tag.startswith(f"{{{DRAW_NS}}}"):
                    self.graphic(child, para)
            return
        if tag == D_FRAME:
            alt = ""
            for child in element:
                if child.tag in (SVG_TITLE, SVG_DESC) and child.text and not alt:
                    alt = child.text
            for child in element:
                ctag = child.tag
                if ctag == D_IMAGE:
                    # A frame holds alternatives of one image (SVG + PNG).
                    para.images.append(alt)
                    break
                if ctag == D_TEXT_BOX:
                    para.boxes.append(child)
                    break
                if ctag in (D_OBJECT, D_OBJECT_OLE):
                    if ctag == D_OBJECT_OLE:
                        self.builder.skip("objet OLE")
                    else:
                        href = (child.get(XLINK_HREF) or "").removeprefix("./").strip("/")
                        if href and "://" not in href:
                            para.objects.append(href)
                    para.images.append(alt)
                    break
            return
        # Other shapes (rectangles, custom shapes...) may hold paragraphs.
        if element.find(T_P) is not None or element.find(T_LIST) is not None:
            para.boxes.append(element)

    # -- tables ---------------------------------------------------------
    def table(self, element: etree._Element, context: _Context) -> None:
        tables: list[list[list[str]]] = []
        extras = _Para()
        self.read_table(element, context, tables, extras)
        if context.story is not None:
            for rows in tables:
                self.add_story_rows(context.story, rows)
            return
        if context.main_flow:
            self.pages.rendered_break(extras.rendered_before)
        for rows in tables:
            self.add_table_block(rows, hidden=context.hidden, main_flow=context.main_flow)
        self.extras(extras, context)
        if context.main_flow:
            self.pages.rendered_break(extras.rendered_after)

    def read_table(
        self,
        element: etree._Element,
        context: _Context,
        out: list[list[list[str]]],
        extras: _Para,
    ) -> None:
        slot = len(out)
        out.append([])
        nested: list[list[list[str]]] = []
        rows: list[list[str]] = []
        inner = replace(context, in_table=True, list_level=None)
        for row in self.table_rows(element, extras):
            cells: list[str] = []
            for cell in row:
                if cell.tag not in (TB_CELL, TB_COVERED):
                    continue
                covered = cell.tag == TB_COVERED
                text = "" if covered else self.cell_text(cell, inner, nested, extras)
                repeat = min(_level(cell.get(TB_COLS_REPEATED)) or 1, 64)
                cells.extend([text] * repeat)
            repeat = min(_level(row.get(TB_ROWS_REPEATED)) or 1, 100)
            rows.extend(list(cells) for _ in range(repeat if any(cells) else 1))
        out[slot] = rows
        out.extend(nested)

    def table_rows(self, element: etree._Element, extras: _Para) -> list[etree._Element]:
        rows: list[etree._Element] = []
        for child in element:
            tag = child.tag
            if tag == TB_ROW:
                rows.append(child)
            elif tag in TB_ROW_CONTAINERS:
                rows.extend(self.table_rows(child, extras))
            elif tag == T_SOFT_PAGE_BREAK:
                if rows:
                    extras.rendered_after += 1
                else:
                    extras.rendered_before += 1
        return rows

    def cell_text(
        self,
        cell: etree._Element,
        context: _Context,
        nested: list[list[list[str]]],
        extras: _Para,
    ) -> str:
        parts: list[str] = []
        self.cell_blocks(cell, context, nested, extras, parts)
        return " ".join(parts)

    def cell_blocks(
        self,
        parent: etree._Element,
        context: _Context,
        nested: list[list[list[str]]],
        extras: _Para,
        parts: list[str],
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag in (T_P, T_H):
                style = self.styles.paragraph(child.get(T_STYLE_NAME))
                para = _Para()
                inner = context
                if style.props.get("bg"):
                    inner = replace(context, white_ok=True)
                self.inline(child, para, inner, style.props)
                seen = para.visible()
                if seen:
                    parts.append(seen)
                if para.hidden_text() and not context.story:
                    self.note_hidden(para.hidden_reasons(with_text=False))
                extras.links.extend(para.links)
                extras.images.extend(para.images)
                for box in para.boxes:
                    self.cell_blocks(box, replace(context, in_box=True), nested, extras, parts)
            elif tag == TB_TABLE:
                self.read_table(child, context, nested, extras)
            elif tag == T_LIST:
                for item in child:
                    if item.tag in (T_LIST_ITEM, T_LIST_HEADER):
                        self.cell_blocks(item, context, nested, extras, parts)
            elif tag in (T_SECTION, T_LIST_ITEM, T_LIST_HEADER):
                self.cell_blocks(child, context, nested, extras, parts)


def read_odt(path: Path, name: str) -> Document:
    """Read the ODT at ``path``; ``name`` is how messages refer to it."""
    with Package(Path(path), name) as package:
        try:
            return _OdtReader(package, name).read()
        except RecursionError:
            raise InputError(
                msg.E104.format(path=name, detail="imbrication trop profonde"),
                status="ILLISIBLE",
            ) from None


__all__ = ["read_odt"]
