"""Render a finished CandidateReport as CSV, one row per criterion.

The output opens directly in a French spreadsheet: UTF-8 with a byte order
mark, ``;`` between cells, CRLF line ends, decimal comma. Any cell that a
spreadsheet could take for a formula (starting with ``= + - @``, a tab or a
carriage return) gets a leading apostrophe. Columns are documented in
``docs/csv.md``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from ..messages import STATUS_LABELS
from ..model import CandidateReport, CriterionResult
from .common import evidence_where, page_number

BOM = "\ufeff"
DELIMITER = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = (
    "candidat",
    "bloc",
    "critere",
    "competence",
    "statut",
    "statut_libelle",
    "score",
    "texte",
    "raison",
    "conseil",
    "preuves",
    "documents",
    "pages",
)

#: Between two values in one cell (evidence, documents, pages).
JOIN = " | "


def neutralise(value: object) -> str:
    """A cell value that a spreadsheet will never evaluate as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def decimal(value: float) -> str:
    """A score with a decimal comma, two digits at most: ``0,75``, ``1``."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def write_rows(rows: Iterable[Sequence[object]]) -> str:
    """CSV text (BOM, ``;``, CRLF, minimal quoting), every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=DELIMITER, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
    )
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return BOM + buffer.getvalue()


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))


def criterion_row(candidate: str, result: CriterionResult) -> list[object]:
    """The CSV row of one criterion (same order as ``COLUMNS``)."""
    evidence = result.evidence
    return [
        candidate,
        result.bloc,
        result.id,
        result.competency,
        result.status.value,
        STATUS_LABELS[result.status],
        decimal(result.score),
        result.text,
        result.reason,
        "" if result.status.value == "covered" else result.hint,
        JOIN.join(f"« {item.excerpt} » ({evidence_where(item)})" for item in evidence),
        JOIN.join(_unique(item.document for item in evidence)),
        JOIN.join(_unique(page_number(item.location) for item in evidence)),
    ]


def render(report: CandidateReport) -> str:
    """The candidate's report as CSV text (starts with a BOM)."""
    rows: list[Sequence[object]] = [COLUMNS]
    rows.extend(criterion_row(report.candidate, result) for result in report.criteria)
    return write_rows(rows)
