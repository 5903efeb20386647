"""Read a PPTX presentation (the soutenance slides) into a ``Document``.

python-pptx opens the package (its XML parser resolves no entity and loads no
DTD; the ZIP caps were checked by ``detect_format`` before any byte was
decompressed, and the file is read in the isolated child like the others).
Each slide is one page (its number), and starts a new section:

* the slide title is a level-1 heading; a slide built without a title
  placeholder (a blank layout and text boxes) takes as its title the one line
  at its top set in its largest type (inferred: confidence 0.5); a slide
  without either starts an untitled section;
* text frames give paragraphs, or list items when the paragraph is bulleted
  (explicitly, or as a body placeholder's text is by default);
* tables give table blocks (merged cells are read once), group shapes are
  walked recursively (at most ``MAX_GROUP_DEPTH`` levels), pictures give
  image blocks (their alternative text), a chart its title and its figures as a
  table (``charts``), SmartArt its text; other objects are counted as skipped;
* the footer, date and slide-number placeholders are page furniture;
* the speaker notes come after the slides, as a separate, labelled part:
  « Notes de l'orateur » > « Diapositive N — titre », with the slide's number
  as page and the style ``notes``.

A hidden slide, a hidden shape and tiny text (2 pt or less) are read as hidden
text: shown by ``extract``, never evidence, and counted in a W305 warning.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from lxml import etree

from .. import messages as msg
from ..errors import InputError
from ..model import BlockKind, Document
from .builder import DocumentBuilder, is_typed_list_item
from .charts import chart_table
from .normalize import normalize_line
from .xmlsafe import parse_xml

A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DGM_NS = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DGM_URI = DGM_NS

#: Group shapes nested deeper than this are not walked (counted as skipped).
MAX_GROUP_DEPTH = 20
#: Text in runs of this size or smaller (hundredths of a point) is hidden.
TINY_SIZE = 200
#: Slides a deck needs before a line repeated on half of them is read as page furniture.
MIN_FURNITURE_SLIDES = 3

#: Label of the speaker notes part.
NOTES_TITLE = "Notes de l'orateur"
NOTES_STYLE = "notes"

_FURNITURE = frozenset({"DATE", "FOOTER", "HEADER", "SLIDE_NUMBER"})
_TITLES = frozenset({"TITLE", "CENTER_TITLE", "VERTICAL_TITLE"})
_BULLETED = frozenset({"BODY", "OBJECT", "VERTICAL_BODY", "VERTICAL_OBJECT"})
_HIDDEN_LABELS = {
    "slide": "diapositive masquée",
    "shape": "forme masquée",
    "tiny": "texte minuscule",
}


def _a(local: str) -> str:
    return f"{{{A_NS}}}{local}"


A_P, A_T, A_PPR, A_RPR, A_BUNONE, A_BUCHAR, A_BUAUTO = map(
    _a, ("p", "t", "pPr", "rPr", "buNone", "buChar", "buAutoNum")
)


def _placeholder_type(shape: Any) -> str | None:
    """The placeholder type name (``TITLE``, ``BODY``...) or None."""
    if not getattr(shape, "is_placeholder", False):
        return None
    try:
        kind = shape.placeholder_format.type
    except (AttributeError, ValueError, KeyError):
        return "OBJECT"
    return getattr(kind, "name", None) or "OBJECT"


def _shape_hidden(shape: Any) -> bool:
    """``<p:cNvPr hidden="1">``: the shape is not shown."""
    for element in shape._element.iter(f"{{{P_NS}}}cNvPr"):
        return element.get("hidden") in {"1", "true"}
    return False


def _position(shape: Any) -> tuple[int, int]:
    try:
        return (int(shape.top or 0), int(shape.left or 0))
    except (TypeError, ValueError):
        return (0, 0)


#: A slide's title drawn in a plain text box: one line of at most this many words…
TITLE_MAX_WORDS = 15
#: … in this top share of the slide, …
TITLE_TOP_SHARE = 0.3
#: … in the slide's largest type, of at least this size (hundredths of a point).
TITLE_MIN_SIZE = 2000


def _frame_text(shape: Any) -> list[str]:
    """The non-empty paragraphs of a shape's text frame."""
    if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
        return []
    lines = (normalize_line(p.text.replace("\v", " ")) for p in shape.text_frame.paragraphs)
    return [line for line in lines if line]


def _type_size(shape: Any) -> int:
    """The largest type size written in a shape's runs (hundredths of a point; 0 when
    every run inherits its size from the layout)."""
    sizes = [r.get("sz") for r in shape._element.iter(A_RPR)]
    return max((int(s) for s in sizes if s and s.isdigit()), default=0)


def _inferred_title(shapes: list[Any], slide_height: int) -> tuple[Any, str] | None:
    """A slide without a title placeholder whose title is a text box (a deck built on
    blank slides): the one-line text in the top of the slide set in the slide's
    largest type, at least ``TITLE_MIN_SIZE``; or None."""
    if not slide_height:
        return None
    texts = []
    for shape in shapes:
        if _placeholder_type(shape) in _FURNITURE or getattr(shape, "has_table", False):
            continue
        lines = _frame_text(shape)
        if lines:
            texts.append((shape, lines, _type_size(shape)))
    candidates = [
        (size, -_position(shape)[0], shape, lines[0])
        for shape, lines, size in texts
        if len(lines) == 1
        and len(lines[0].split()) <= TITLE_MAX_WORDS
        and _position(shape)[0] <= TITLE_TOP_SHARE * slide_height
        and size >= TITLE_MIN_SIZE
    ]
    if not candidates:
        return None
    size, _, shape, text = max(candidates, key=lambda c: (c[0], c[1]))
    if any(other is not shape and other_size >= size for other, _, other_size in texts):
        return None  # body text as large as the line: no title stands out
    return shape, text


class _PptxReader:
    def __init__(self, presentation: Any, name: str) -> None:
        self.presentation = presentation
        self.name = name
        self.builder = DocumentBuilder(name, "pptx")
        self.hidden: dict[str, int] = {}
        self.notes: list[tuple[int, str, bool, list[tuple[str, int]]]] = []

    # -- entry point ------------------------------------------------------
    def read(self) -> Document:
        builder = self.builder
        self.read_metadata()
        slides = 0
        for number, slide in enumerate(self.presentation.slides, start=1):
            builder.set_page(number)
            builder.reset_section()
            self.read_slide(slide, number)
            slides = number
        self.mark_furniture(slides)
        self.read_notes()
        if self.hidden:
            detail = ", ".join(label for key, label in _HIDDEN_LABELS.items() if key in self.hidden)
            builder.warn(msg.W305.format(count=sum(self.hidden.values()), detail=detail))
        return builder.build()

    def mark_furniture(self, slides: int) -> None:
        """A line repeated in text boxes on most slides (« Patine — Pitch Incubateur —
        confidentiel », drawn on each slide rather than in the footer placeholder) and a
        box holding the slide's own number are page furniture, as those placeholders are."""
        if slides < MIN_FURNITURE_SLIDES:
            return
        blocks = self.builder.blocks
        pages: dict[str, set[int | None]] = {}
        for block in blocks:
            if block.kind is BlockKind.PARAGRAPH:
                pages.setdefault(block.text.strip(), set()).add(block.location.page)
        repeated = {
            text
            for text, seen in pages.items()
            if len(seen) >= max(MIN_FURNITURE_SLIDES, slides // 2)
        }
        for i, block in enumerate(blocks):
            text = block.text.strip()
            if block.kind is BlockKind.PARAGRAPH and (
                text in repeated or text == str(block.location.page)
            ):
                blocks[i] = replace(block, kind=BlockKind.FOOTER)

    def read_metadata(self) -> None:
        try:
            core = self.presentation.core_properties
            values = (("title", core.title), ("author", core.author))
        except (AttributeError, ValueError, KeyError, etree.LxmlError):
            return
        for key, value in values:
            value = normalize_line(value or "")
            if value:
                self.builder.metadata[key] = value

    def _count_hidden(self, reason: str) -> None:
        self.hidden[reason] = self.hidden.get(reason, 0) + 1

    # -- slides -----------------------------------------------------------
    def read_slide(self, slide: Any, number: int) -> None:
        hidden_slide = slide._element.get("show") in {"0", "false"}
        if hidden_slide:
            self._count_hidden("slide")
        shapes = list(slide.shapes)
        titles = [s for s in shapes if _placeholder_type(s) in _TITLES]
        others = sorted((s for s in shapes if s not in titles), key=_position)
        title = ""
        for shape in titles:
            hidden = hidden_slide or _shape_hidden(shape)
            text = " ".join(t for t, _ in self.paragraphs(shape)) if shape.has_text_frame else ""
            text = normalize_line(text)
            if not text:
                continue
            if hidden and not hidden_slide:
                self._count_hidden("shape")
            self.builder.add(BlockKind.HEADING, text, level=1, hidden=hidden)
            title = title or text
        if not title:
            inferred = _inferred_title(others, self.slide_height())
            if inferred is not None:
                shape, text = inferred
                hidden = hidden_slide or _shape_hidden(shape)
                if hidden and not hidden_slide:
                    self._count_hidden("shape")
                # Inferred from the look, as a bold line of a DOCX is (confidence 0.5).
                self.builder.add(BlockKind.HEADING, text, level=1, hidden=hidden, confidence=0.5)
                title = text
                others = [s for s in others if s is not shape]
        for shape in others:
            self.read_shape(shape, hidden_slide, depth=0)
        self.collect_notes(slide, number, title, hidden_slide)

    def slide_height(self) -> int:
        try:
            return int(self.presentation.slide_height or 0)
        except (TypeError, ValueError):
            return 0

    def paragraphs(self, shape: Any) -> Iterable[tuple[str, int]]:
        """(text, level) of each paragraph of a shape's text frame."""
        for paragraph in shape.text_frame.paragraphs:
            text = paragraph.text.replace("\v", " ")
            yield text, paragraph.level

    def read_shape(self, shape: Any, hidden: bool, depth: int) -> None:
        builder = self.builder
        if not hidden and _shape_hidden(shape):
            hidden = True
            self._count_hidden("shape")
        ph_type = _placeholder_type(shape)
        if ph_type in _FURNITURE:
            if shape.has_text_frame:
                builder.add(BlockKind.FOOTER, shape.text_frame.text.replace("\v", " "))
            return
        if getattr(shape, "shape_type", None) is not None and shape.shape_type == 6:  # GROUP
            if depth >= MAX_GROUP_DEPTH:
                builder.skip("groupe de formes trop imbriqué")
                return
            for child in sorted(shape.shapes, key=_position):
                self.read_shape(child, hidden, depth + 1)
            return
        if getattr(shape, "has_table", False) and shape.has_table:
            self.read_table(shape.table, hidden)
            return
        if getattr(shape, "has_chart", False) and shape.has_chart:
            self.read_chart(shape.chart, hidden)
            return
        if self.read_smartart(shape, hidden):
            return
        if shape.shape_type == 13 or ph_type == "PICTURE":  # PICTURE
            descr = ""
            for element in shape._element.iter(f"{{{P_NS}}}cNvPr"):
                descr = element.get("descr") or ""
                break
            builder.add_image(descr)
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            self.read_text_frame(shape, ph_type, hidden)
        elif shape.shape_type not in (13, None):
            builder.skip("objet non textuel")

    def read_text_frame(self, shape: Any, ph_type: str | None, hidden: bool) -> None:
        bulleted_by_default = ph_type in _BULLETED
        for paragraph in shape.text_frame.paragraphs:
            text = paragraph.text.replace("\v", " ")
            if not text.strip():
                continue
            element = paragraph._p
            tiny = False
            sizes = [r.get("sz") for r in element.iter(A_RPR)]
            if sizes and all(s and s.isdigit() and int(s) <= TINY_SIZE for s in sizes):
                tiny = True
            bullet = bulleted_by_default
            props = element.find(A_PPR)
            if props is not None:
                if props.find(A_BUNONE) is not None:
                    bullet = False
                elif props.find(A_BUCHAR) is not None or props.find(A_BUAUTO) is not None:
                    bullet = True
            if tiny and not hidden:
                self._count_hidden("tiny")
            if not bullet and is_typed_list_item(text):
                # « • Badge … » typed in a text box that has no bullet format
                bullet = True
            if ph_type == "SUBTITLE":
                bullet = False
            kind = BlockKind.LIST_ITEM if bullet else BlockKind.PARAGRAPH
            level = paragraph.level + 1 if bullet else None
            self.builder.add(kind, text, level=level, hidden=hidden or tiny)
            for run in paragraph.runs:
                try:
                    address = run.hyperlink.address
                except (AttributeError, KeyError, ValueError):
                    address = None
                if address and not (hidden or tiny):
                    self.builder.add_link(address, run.text)

    def read_table(self, table: Any, hidden: bool) -> None:
        rows = []
        for row in table.rows:
            cells = []
            for cell in row.cells:
                cells.append("" if cell.is_spanned else cell.text.replace("\v", " "))
            rows.append(cells)
        self.builder.add_table(rows, hidden=hidden)

    def read_chart(self, chart: Any, hidden: bool = False) -> None:
        """A chart: an image named by its title, then its figures as a table."""
        title = ""
        try:
            if chart.has_title and chart.chart_title.has_text_frame:
                title = chart.chart_title.text_frame.text
        except (AttributeError, ValueError, KeyError):
            title = ""
        self.builder.add_image(f"graphique : {normalize_line(title)}" if title else "graphique")
        space = getattr(chart, "_chartSpace", None)
        rows = chart_table(space) if space is not None else []
        if rows:
            self.builder.add_table(rows, hidden=hidden)

    def read_smartart(self, shape: Any, hidden: bool) -> bool:
        """SmartArt (a diagram): its text, one list item per text paragraph."""
        element = shape._element
        data = element.find(f".//{_a('graphicData')}")
        if data is None or data.get("uri") != DGM_URI:
            return False
        ids = data.find(f"{{{DGM_NS}}}relIds")
        rid = ids.get(f"{{{R_NS}}}dm") if ids is not None else None
        try:
            part = shape.part.related_part(rid) if rid else None
        except (KeyError, AttributeError):
            part = None
        if part is None:
            self.builder.skip("SmartArt")
            return True
        root = parse_xml(part.blob, name=self.name, part=str(part.partname).lstrip("/"))
        for p in root.iter(A_P):
            text = "".join(t.text or "" for t in p.iter(A_T))
            self.builder.add(BlockKind.LIST_ITEM, text, level=1, hidden=hidden)
        return True

    # -- speaker notes ------------------------------------------------------
    def collect_notes(self, slide: Any, number: int, title: str, hidden: bool) -> None:
        if not slide.has_notes_slide:
            return
        frame = slide.notes_slide.notes_text_frame
        if frame is None:
            return
        lines = [(p.text.replace("\v", " "), p.level) for p in frame.paragraphs]
        lines = [(text, level) for text, level in lines if text.strip()]
        if lines:
            self.notes.append((number, title, hidden, lines))

    def read_notes(self) -> None:
        if not self.notes:
            return
        builder = self.builder
        builder.reset_section()
        builder.set_page(self.notes[0][0])
        builder.add(BlockKind.HEADING, NOTES_TITLE, level=1, style=NOTES_STYLE, confidence=0.5)
        for number, title, hidden, lines in self.notes:
            builder.set_page(number)
            label = f"Diapositive {number}" + (f" — {title}" if title else "")
            builder.add(BlockKind.HEADING, label, level=2, style=NOTES_STYLE, confidence=0.5)
            for text, _level in lines:
                builder.add(BlockKind.PARAGRAPH, text, hidden=hidden, style=NOTES_STYLE)


def read_pptx(path: Path, name: str) -> Document:
    """Read the PPTX at ``path``; ``name`` is how messages refer to it."""
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    try:
        presentation = Presentation(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        detail = "paquet PowerPoint incomplet"
        if isinstance(exc, etree.XMLSyntaxError):
            detail = "XML invalide"
        raise InputError(msg.E104.format(path=name, detail=detail), status="ILLISIBLE") from None
    except ValueError as exc:
        if "not a PowerPoint file" in str(exc):
            raise InputError(
                msg.E103.format(
                    path=name,
                    detail="présentation PowerPoint d'un autre type (macros, diaporama ou modèle)",
                    formats=msg.ACCEPTED_FORMATS,
                ),
                status="NON_SUPPORTE",
            ) from None
        raise InputError(
            msg.E104.format(path=name, detail="présentation illisible"), status="ILLISIBLE"
        ) from None
    except (zlib.error, EOFError, OSError):
        raise InputError(
            msg.E104.format(path=name, detail="archive ZIP endommagée ou tronquée"),
            status="ILLISIBLE",
        ) from None
    try:
        return _PptxReader(presentation, name).read()
    except RecursionError:
        raise InputError(
            msg.E104.format(path=name, detail="imbrication trop profonde"), status="ILLISIBLE"
        ) from None
    except (KeyError, ValueError, AttributeError, etree.XMLSyntaxError):
        raise InputError(
            msg.E104.format(path=name, detail="présentation endommagée"), status="ILLISIBLE"
        ) from None


__all__ = ["MAX_GROUP_DEPTH", "NOTES_STYLE", "NOTES_TITLE", "read_pptx"]
