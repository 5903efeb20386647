"""Render a finished CandidateReport as one self-contained, printable HTML page.

The page has inline CSS only: no script, no external request (a strict
Content-Security-Policy says so to the browser too). Every piece of document
text goes through Jinja2 autoescaping; links found in evidence are shown as
text, never as ``<a href>``. Nothing here recomputes a verdict: the view
functions only turn the report into strings and numbers for the template.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..messages import FILE_STATUS, GUARD_LABELS, STATUS_LABELS, STATUS_SYMBOLS
from ..model import (
    STATUS_ORDER,
    CandidateReport,
    CriterionResult,
    DocumentInfo,
    Evidence,
    Status,
)
from .common import (
    document_symbol,
    evidence_where,
    place_for,
    priorities,
    several_documents,
    unreadable_summary,
    without_code,
)

TEMPLATES = Path(__file__).parent / "templates"


#: Short plural French headings for the summary (same order as STATUS_ORDER).
STATUS_PLURALS = {
    Status.COVERED: "couverts",
    Status.PARTIAL: "partiels",
    Status.MISSING: "manquants",
    Status.JURY: "jury",
    Status.UNVERIFIABLE: "invérifiables",
}


@cache
def environment() -> Environment:
    """The Jinja2 environment shared by the candidate and cohort pages."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(
            enabled_extensions=("html", "j2"), default_for_string=True, default=True
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        status_label=status_label,
        status_symbol=status_symbol,
        STATUS_ORDER=STATUS_ORDER,
        STATUS_PLURALS=STATUS_PLURALS,
    )
    env.filters["fr_number"] = fr_number
    return env


def status_label(status: Status | str) -> str:
    """French label of a status ("couvert", "manquant"...)."""
    return STATUS_LABELS[Status(status)]


def status_symbol(status: Status | str) -> str:
    """Symbol of a status, so that badges still read in black and white."""
    return STATUS_SYMBOLS[Status(status)]


def fr_number(value: float, digits: int = 0) -> str:
    """A number the French way: ``0,75``, ``1 234``."""
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\u202f").replace(".", ",")


def guard_label(guard: str | None) -> str:
    """French name of a rejecting guard, or the raw name when unknown."""
    if not guard:
        return ""
    return GUARD_LABELS.get(guard, guard)


def file_status_label(status: str) -> str:
    """French label of a file status ("lu", "illisible"...)."""
    return FILE_STATUS.get(status.upper(), status)


def _percent(part: int, total: int) -> float:
    return round(100 * part / total, 2) if total else 0.0


def bar_segments(counts: dict[str, int]) -> list[dict]:
    """Segments of a coverage bar: status, count and width in percent."""
    total = sum(counts.values())
    return [
        {
            "status": status.value,
            "count": counts.get(status.value, 0),
            "width": _percent(counts.get(status.value, 0), total),
        }
        for status in STATUS_ORDER
        if counts.get(status.value, 0)
    ]


def _evidence_view(evidence: Evidence, several: bool = True) -> dict:
    return {
        "excerpt": evidence.excerpt,
        "where": evidence_where(evidence, several),
        "requirement": evidence.requirement,
        "supporting": evidence.supporting,
        "note": evidence.note or "",
        "guard": guard_label(evidence.rejected_by),
    }


def _criterion_view(result: CriterionResult, several: bool = True) -> dict:
    place = place_for(result, several) if result.status in (Status.MISSING, Status.PARTIAL) else ""
    return {
        "id": result.id,
        "competency": result.competency,
        "text": result.text,
        "status": result.status.value,
        "label": status_label(result.status),
        "symbol": status_symbol(result.status),
        "jury": result.status is Status.JURY or result.assessment == "jury",
        "score": result.score,
        "reason": result.reason,
        "hint": result.hint if result.status is not Status.COVERED else "",
        "jury_focus": result.jury_focus,
        "evidence": [_evidence_view(item, several) for item in result.evidence],
        "rejected": [_evidence_view(item, several) for item in result.rejected],
        "place": place.replace("« ", "").replace(" »", "").replace(" > ", " › "),
    }


def _document_view(doc: DocumentInfo) -> dict:
    health = doc.health
    return {
        "path": doc.path,
        "kind": doc.kind.upper(),
        "pages": doc.pages,
        "words": doc.words,
        "error": without_code(doc.error or ""),
        "status": file_status_label(doc.status),
        "failed": bool(doc.error),
        "scanned": ", ".join(map(str, health.scanned_pages)) if health else "",
        "garbled": ", ".join(map(str, health.garbled_pages)) if health else "",
        "warnings": [without_code(w) for w in health.warnings] if health else [],
        "symbol": document_symbol(doc),
    }


def _blocs(report: CandidateReport) -> Iterable[int]:
    seen = list(report.blocs)
    for result in report.criteria:
        if result.bloc not in seen:
            seen.append(result.bloc)
    return seen


def report_view(report: CandidateReport, compact: bool = False) -> dict:
    """Everything the candidate template shows, already in French strings.

    ``compact``: the jury print layout (one line per covered criterion).
    """
    several = several_documents(report)
    per_bloc = report.bloc_summary()
    empty = {status.value: 0 for status in STATUS_ORDER}
    blocs = []
    for bloc in _blocs(report):
        counts = per_bloc.get(bloc, empty)
        blocs.append(
            {
                "number": bloc,
                "counts": counts,
                "total": sum(counts.values()),
                "segments": bar_segments(counts),
                "criteria": [
                    _criterion_view(result, several)
                    for result in report.criteria
                    if result.bloc == bloc
                ],
                "livrables": [
                    _criterion_view(result, several)
                    for result in report.livrables
                    if result.bloc == bloc
                ],
            }
        )
    summary = report.summary()
    return {
        "candidate": report.candidate,
        "documents": [_document_view(doc) for doc in report.documents],
        "failed": len(report.failed_documents),
        "warnings": [without_code(w) for w in report.warnings],
        "compact": compact,
        "bloc_list": ", ".join(map(str, report.blocs)),
        "bloc_reason": report.bloc_reason,
        "unreadable": unreadable_summary(report),
        "priorities": [_criterion_view(r, several) for r in priorities(report)],
        "summary": summary,
        "total": sum(summary.values()),
        "segments": bar_segments(summary),
        "blocs": blocs,
        "tool_version": report.tool_version,
        "rules_name": report.rules_name,
        "rules_version": report.rules_version,
        "generated": report.generated,
    }


def render(report: CandidateReport, compact: bool = False) -> str:
    """The candidate's report as one self-contained HTML page (French).

    ``compact``: the jury print layout, a candidate on a few A4 pages.
    """
    template = environment().get_template("report.html.j2")
    return template.render(r=report_view(report, compact))
