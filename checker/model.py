"""Data shared by every layer: documents, evidence, results, reports.

The flow is one way: file -> Document -> Evidence -> CriterionResult -> report.
Every class here is a plain frozen dataclass so that any stage can be tested
alone and any reporter can render a finished report without recomputing.
Enum values are stable English tokens (JSON, CSV); French labels live in
``checker.messages``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """What a block of a document is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    CAPTION = "caption"
    IMAGE = "image"
    TOC_ENTRY = "toc_entry"
    HEADER = "header"  # page header, kept apart from body text
    FOOTER = "footer"  # page footer, kept apart from body text


#: Kinds that carry the body of a document (evidence can come from them).
BODY_KINDS = frozenset(
    {
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.TABLE,
        BlockKind.CAPTION,
    }
)


#: ``Block.style`` of a footnote or an endnote: evidence like any paragraph, but out
#: of the text's flow, so a list or a table cut by the notes at a page's foot goes
#: on after them.
NOTE_STYLE = "note"


def is_note(block: Block) -> bool:
    """Whether ``block`` is a footnote or an endnote (``NOTE_STYLE``)."""
    return block.style == NOTE_STYLE


def out_of_flow(block: Block) -> bool:
    """A page's header or footer, or a note: beside the text, never a break between
    two of its parts (a list, a table, an item and what fills it)."""
    return block.kind in (BlockKind.HEADER, BlockKind.FOOTER) or is_note(block)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a block sits, precise enough to cite it as evidence.

    ``page`` is the PDF page (1-based). For DOCX/ODT it is an estimate from
    rendered page breaks and ``page_estimated`` is True. ``section`` is the
    heading path, outermost first. ``index`` is the block's order in the
    document; ``paragraph`` the paragraph number for DOCX/ODT (1-based).
    ``ocr_confidence`` is set (0-1) when the text was read by OCR from a
    scanned page: excerpts from it say « lu par OCR ».
    """

    index: int
    page: int | None = None
    page_estimated: bool = False
    section: tuple[str, ...] = ()
    paragraph: int | None = None
    ocr_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink found in the document."""

    url: str
    text: str
    location: Location


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of a document: a heading, paragraph, list item, table...

    ``text`` is normalised (see ``checker.extract.normalize``). For tables
    ``rows`` holds the cells (rows x cells) and ``text`` the cells joined with
    `` | `` and newlines. ``level`` is the heading level (1 = top) or the list
    nesting level. ``confidence`` is below 1 for guessed structure, such as a
    short bold line taken for a heading. ``hidden`` marks text a reader
    cannot see (hidden runs, white on white, tiny, off page): it is shown by
    ``extract`` and never counts as evidence. ``style`` marks where a block stands
    apart from the text's flow: ``NOTE_STYLE`` (a footnote or endnote) or a
    presentation's speaker notes.
    """

    kind: BlockKind
    text: str
    location: Location
    level: int | None = None
    rows: tuple[tuple[str, ...], ...] = ()
    confidence: float = 1.0
    hidden: bool = False
    style: str | None = None


@dataclass(frozen=True, slots=True)
class Health:
    """What extraction managed to read, so a report can say what it missed."""

    pages: int = 0
    words: int = 0
    blocks_by_kind: dict[str, int] = field(default_factory=dict)
    tables: int = 0
    images: int = 0
    links: int = 0
    scanned_pages: tuple[int, ...] = ()
    garbled_ratio: float = 0.0
    garbled_pages: tuple[int, ...] = ()
    skipped: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @property
    def unreadable_pages(self) -> tuple[int, ...]:
        """Pages whose text could not be read (scans, garbled fonts)."""
        return tuple(sorted(set(self.scanned_pages) | set(self.garbled_pages)))


@dataclass(frozen=True, slots=True)
class Document:
    """Everything the checker knows about one file."""

    path: str
    kind: str  # "docx", "pdf", "odt", or "text" for in-memory documents
    blocks: tuple[Block, ...]
    links: tuple[Link, ...] = ()
    images_by_section: dict[str, int] = field(default_factory=dict)
    metadata: dict[str, str] = field(default_factory=dict)
    health: Health = field(default_factory=Health)
    sha256: str = ""


class Status(StrEnum):
    """Verdict on one criterion."""

    COVERED = "covered"
    PARTIAL = "partial"
    MISSING = "missing"
    JURY = "jury"
    UNVERIFIABLE = "unverifiable"


STATUS_ORDER = (
    Status.COVERED,
    Status.PARTIAL,
    Status.MISSING,
    Status.JURY,
    Status.UNVERIFIABLE,
)

#: A requirement scoring at least this much is satisfied (scores are 0-1;
#: the margin absorbs float rounding).
SATISFIED_SCORE = 0.999

#: Files counted as not analysed though they opened: scans and empty files.
NOT_ANALYSED = frozenset({"SCAN", "VIDE"})


def satisfied(score: float) -> bool:
    """Whether a requirement's ``score`` (0-1) means it is satisfied."""
    return score >= SATISFIED_SCORE


@dataclass(frozen=True, slots=True)
class Evidence:
    """A piece of a document that satisfies (or was rejected for) a requirement.

    ``rejected_by`` names the guard that refused it (``toc``, ``negation``,
    ``todo``, ``empty-heading``, ``echo``...); rejected evidence is kept to
    explain a "missing" but never counts.
    """

    requirement: str
    document: str
    location: Location
    excerpt: str
    score: float = 1.0
    supporting: bool = False
    rejected_by: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """The verdict on one criterion, with everything needed to render it."""

    id: str
    bloc: int
    competency: str
    text: str
    assessment: str  # "auto" or "jury"
    status: Status
    score: float
    reason: str
    hint: str
    evidence: tuple[Evidence, ...] = ()
    rejected: tuple[Evidence, ...] = ()
    jury_focus: str = ""


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document as listed in a report: what was read, or why not."""

    path: str
    sha256: str
    kind: str
    pages: int
    words: int
    health: Health | None
    error: str | None = None
    status: str = "ok"
    #: The failure may not happen again (reader killed from outside, timeout
    #: under load): such a report is not cached and the file is read next run.
    transient: bool = False


@dataclass(frozen=True, slots=True)
class CandidateReport:
    """The finished report for one candidate (one file or one folder)."""

    candidate: str
    documents: tuple[DocumentInfo, ...]
    criteria: tuple[CriterionResult, ...]
    blocs: tuple[int, ...]
    tool_version: str
    rules_name: str
    rules_version: str
    generated: str = ""  # ISO date; empty for byte-stable output
    livrables: tuple[CriterionResult, ...] = ()
    warnings: tuple[str, ...] = ()
    #: Which blocs were assessed and why (French sentence; see checker.blocs).
    bloc_reason: str = ""

    def summary(self) -> dict[str, int]:
        """Count criteria per status, in a fixed order."""
        counts = {status.value: 0 for status in STATUS_ORDER}
        for result in self.criteria:
            counts[result.status.value] += 1
        return counts

    def bloc_summary(self) -> dict[int, dict[str, int]]:
        """Count criteria per status for each bloc."""
        out: dict[int, dict[str, int]] = {}
        for result in self.criteria:
            counts = out.setdefault(result.bloc, {status.value: 0 for status in STATUS_ORDER})
            counts[result.status.value] += 1
        return out

    @property
    def auto_criteria(self) -> tuple[CriterionResult, ...]:
        """The criteria the tool assesses (not those left to the jury)."""
        return tuple(r for r in self.criteria if r.assessment == "auto")

    def covered_share(self) -> float:
        """Percentage (0-100) of the automatic criteria that are covered; 0
        when there is none (``--fail-under`` compares it to its threshold)."""
        auto = self.auto_criteria
        covered = [r for r in auto if r.status is Status.COVERED]
        return 100 * len(covered) / len(auto) if auto else 0.0

    @property
    def failed_documents(self) -> tuple[DocumentInfo, ...]:
        """Documents that could not be read."""
        return tuple(doc for doc in self.documents if doc.error)


# --- two drafts compared (``checker.compare`` builds it, reporters show it) ----------

#: Order of the changes in every output (regressions first).
CHANGE_ORDER = ("regression", "covered", "improved", "status", "evidence", "unchanged")


@dataclass(frozen=True, slots=True)
class Place:
    """Where a piece of evidence sits: document, page, section."""

    document: str
    page: int | None
    page_estimated: bool
    section: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EvidenceChange:
    """One excerpt that appeared, disappeared or moved between the drafts."""

    excerpt: str
    kind: str  # "moved", "lost", "new"
    old: Place | None
    new: Place | None


@dataclass(frozen=True, slots=True)
class CriterionChange:
    """One criterion before and after."""

    id: str
    bloc: int
    text: str
    old_status: Status
    new_status: Status
    change: str  # one of CHANGE_ORDER
    evidence: tuple[EvidenceChange, ...] = ()
    new_reason: str = ""
    hint: str = ""


@dataclass(frozen=True, slots=True)
class BlocScore:
    """Criteria covered out of the automatic ones, in one bloc, before and after."""

    bloc: int
    auto: int
    old_covered: int
    new_covered: int


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two drafts of one candidate, compared."""

    old: CandidateReport
    new: CandidateReport
    blocs: tuple[int, ...]
    criteria: tuple[CriterionChange, ...]
    scores: tuple[BlocScore, ...]

    def changed(self, change: str) -> tuple[CriterionChange, ...]:
        """The criteria with this change, in rule order."""
        return tuple(c for c in self.criteria if c.change == change)

    def counts(self) -> dict[str, int]:
        """Number of criteria per change, in ``CHANGE_ORDER``."""
        return {change: len(self.changed(change)) for change in CHANGE_ORDER}
