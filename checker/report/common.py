"""Small formatting helpers shared by the reporters (no verdict logic here)."""

from __future__ import annotations

import re

from ..model import (
    NOT_ANALYSED,
    CandidateReport,
    CriterionResult,
    DocumentInfo,
    Evidence,
    Location,
    Status,
)

# --- locations: the one place that says where something is --------------------


def page_number(location: Location) -> str:
    """ "3" for a PDF page, "~3" for an estimated DOCX/ODT page, "" when unknown."""
    if location.page is None:
        return ""
    return f"~{location.page}" if location.page_estimated else str(location.page)


def page_label(location: Location) -> str:
    """ "p. 3", "p. ~3 (estimée)" or "" when unknown."""
    if location.page is None:
        return ""
    if location.page_estimated:
        return f"p. ~{location.page} (estimée)"
    return f"p. {location.page}"


def ocr_label(location: Location) -> str:
    """ "lu par OCR, confiance 87 %" for text read from a scanned page, else ""."""
    if location.ocr_confidence is None:
        return ""
    return f"lu par OCR, confiance {round(100 * location.ocr_confidence)} %"


def block_where(location: Location) -> str:
    """The short location ``extract`` shows: "p. 3" or "p. ~3, § 12, OCR 87 %"."""
    parts = []
    if location.page is not None:
        parts.append(f"p. {page_number(location)}")
    if location.paragraph is not None:
        parts.append(f"§ {location.paragraph}")
    if location.ocr_confidence is not None:
        parts.append(f"OCR {round(100 * location.ocr_confidence)} %")
    return ", ".join(parts)


def document_label(path: str, several: bool) -> str:
    """How an evidence line names its document: nothing when the candidate
    has one document (the report lists it once), else its file name."""
    if not several:
        return ""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def place_label(document: str, location: Location, sep: str = " > ") -> str:
    """ "dossier.docx, p. ~3 (estimée), « 2. Analyse > 2.1 SWOT »".

    Each part is left out when empty; the section path is its last two
    headings (the one below the title).
    """
    parts = [document, page_label(location), ocr_label(location)]
    if location.section:
        parts.append("« " + sep.join(location.section[-2:]) + " »")
    return ", ".join(part for part in parts if part)


def evidence_place(evidence: Evidence, several: bool = True, sep: str = " > ") -> str:
    """Where a piece of evidence is (see ``place_label``); the document is
    named by its file name, and only when the candidate has several."""
    return place_label(document_label(evidence.document, several), evidence.location, sep)


def evidence_where(evidence: Evidence, several: bool = True) -> str:
    """``evidence_place`` without quotes, sections joined by « › » (HTML, CSV)."""
    return evidence_place(evidence, several, sep=" › ").replace("« ", "").replace(" »", "")


_CODE = re.compile(r"^\[[EW]\d{3}\]\s*")


def without_code(message: str) -> str:
    """A warning as a person reads it: « [W303] Page(s)… » -> « Page(s)… »."""
    return _CODE.sub("", message)


def several_documents(report: CandidateReport) -> bool:
    """Whether the candidate's report cites more than one document."""
    cited = {e.document for r in report.criteria for e in (*r.evidence, *r.rejected)}
    return len({doc.path for doc in report.documents if not doc.error} | cited) > 1


def bar(done: int, total: int, width: int = 20) -> str:
    """A text progress bar: ██████░░░░."""
    if total <= 0:
        return "░" * width
    filled = round(width * done / total)
    return "█" * filled + "░" * (width - filled)


def document_symbol(doc: DocumentInfo) -> str:
    """✔ read, ⚠ read in part or not analysed (scan), ✘ unreadable."""
    if doc.error:
        return "✘"
    if doc.status in NOT_ANALYSED or doc.status == "PARTIEL":
        return "⚠"
    return "✔"


def unreadable_summary(report: CandidateReport) -> str:
    """One sentence for every file or page not analysed, or ""."""
    scans = [d for d in report.documents if not d.error and d.status in NOT_ANALYSED]
    failed = [d for d in report.documents if d.error]
    partial = [d for d in report.documents if not d.error and d.status == "PARTIEL"]
    parts = []
    if scans:
        n = len(scans)
        parts.append(
            f"{n} fichier{'s' if n > 1 else ''} scanné{'s' if n > 1 else ''} "
            f"ou vide{'s' if n > 1 else ''} non analysé{'s' if n > 1 else ''}"
        )
    if failed:
        n = len(failed)
        parts.append(f"{n} fichier{'s' if n > 1 else ''} illisible{'s' if n > 1 else ''}")
    if partial:
        n = len(partial)
        parts.append(
            f"{n} fichier{'s' if n > 1 else ''} lu{'s' if n > 1 else ''} en partie (pages scannées)"
        )
    if not parts:
        return ""
    uncertain = sum(1 for r in report.criteria if r.status is Status.UNVERIFIABLE)
    tail = (
        f" : {uncertain} critère(s) qu'il(s) pourrai(en)t seul(s) montrer sont « invérifiables » ; "
        "les autres verdicts viennent des parties lues."
        if uncertain
        else " : aucun critère n'en dépend seul ; les verdicts viennent des parties lues."
    )
    return " ; ".join(parts) + tail


#: Guards that set aside a start on the topic (a heading, a table to fill).
STARTED = frozenset({"todo", "placeholder", "empty-heading", "short-section", "future", "note"})


def place_for(result: CriterionResult, several: bool) -> str:
    """Where the fix belongs: the part that already treats the topic (the
    best evidence of a partial criterion, or a passage a guard set aside)."""
    started = [e for e in result.rejected if e.rejected_by in STARTED]
    for item in (*result.evidence, *started):
        if item.location.section:
            return evidence_place(item, several)
    return ""


def priorities(report: CandidateReport) -> list[CriterionResult]:
    """What to fix first: missing criteria, then partial ones (auto only)."""
    out = [r for r in report.criteria if r.status is Status.MISSING]
    out += [r for r in report.criteria if r.status is Status.PARTIAL]
    return out
