"""An annotated copy of a candidate's DOCX: Word comments where the verdicts are.

``annotate_docx(source, target, report)`` writes a copy of ``source`` with
comments by « rncp-check » (python-docx ≥ 1.2 ``add_comment``):

* at each piece of accepted evidence: « B1.C2.1 couvert : Un tableau… »;
* at the place where each gap belongs: the passage a guard rejected (a table
  of contents line, a « à compléter »…), else the heading that best matches
  the criterion: « B1.C7.2 manquant : calculez le ROI… »;
* a summary comment on the first paragraph: counts per status, and the gaps
  that could not be placed in the text.

Comments on the same paragraph are merged into one. Only comment markers are
added: the text of the document is not changed, and ``source`` is only read
(the copy is written to a temporary file, then renamed). The file must have
been checked first (``report``): it was then read by the isolated reader,
which refuses ZIP bombs and broken packages before python-docx opens it here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import messages as msg
from .errors import InputError
from .extract import display_name
from .extract.normalize import normalize_line
from .messages import STATUS_LABELS
from .model import CandidateReport, CriterionResult, Evidence, Status

AUTHOR = "rncp-check"
INITIALS = "RC"
#: Criterion texts are cut to this many characters in comments.
TEXT_CHARS = 140
#: Headings matching a gap's criterion under this score (0-100) are not used.
HEADING_SCORE = 70
_SPLIT = re.compile(r"\s+[|/]\s+|…|\(\d+ lignes\)")


@dataclass
class Annotation:
    """What was written: comments placed, and gaps left to the summary."""

    placed: int = 0
    evidence: int = 0
    gaps: int = 0
    unplaced: list[str] = field(default_factory=list)


def _fold(text: str) -> str:
    return " ".join(normalize_line(text).split()).casefold()


def _cut(text: str, limit: int = TEXT_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _runs(paragraph: Any) -> list[Any]:
    """Runs of a paragraph, those inside hyperlinks included, in order."""
    from docx.text.run import Run

    runs: list[Any] = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Run):
            runs.append(item)
        else:
            runs.extend(item.runs)
    return runs


def _paragraphs(container: Any) -> Iterator[Any]:
    """Every paragraph of the body in reading order, table cells included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in container.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, Table):
            # A merged cell is listed once per grid column: keep the first. The
            # cell elements are kept alive here, so that lxml gives the same proxy
            # for the same cell (an id() of a freed proxy can be reused by another
            # cell, which then went missing at random).
            seen: list[Any] = []
            for row in item.rows:
                for cell in row.cells:
                    if any(cell._tc is element for element in seen):
                        continue
                    seen.append(cell._tc)
                    yield from _paragraphs(cell)


def _is_heading(paragraph: Any) -> bool:
    try:
        name = (paragraph.style.name or "") if paragraph.style is not None else ""
    except (KeyError, ValueError, AttributeError):
        return False
    return name.lower().startswith(("heading", "title"))


class _Text:
    """The body paragraphs of the copy, folded once, for finding passages."""

    def __init__(self, document: Any) -> None:
        self.paragraphs = [p for p in _paragraphs(document) if _runs(p)]
        self.folded = [_fold(p.text) for p in self.paragraphs]
        self.headings = [i for i, p in enumerate(self.paragraphs) if _is_heading(p)]

    def find_heading(self, title: str) -> int | None:
        key = _fold(title)
        for index in self.headings:
            if self.folded[index] == key:
                return index
        return None

    def find(self, evidence: Evidence) -> int | None:
        """The paragraph holding the evidence's excerpt, searched from its section."""
        fragments = [_fold(f) for f in _SPLIT.split(evidence.excerpt)]
        fragments = sorted((f for f in fragments if len(f) >= 3), key=len, reverse=True)
        if not fragments:
            return None
        start = 0
        if evidence.location.section:
            heading = self.find_heading(evidence.location.section[-1])
            if heading is not None:
                start = heading
        for fragment in fragments[:3]:
            for begin in (start, 0):
                for index in range(begin, len(self.folded)):
                    if fragment in self.folded[index]:
                        return index
        return None

    def best_heading(self, result: CriterionResult) -> int | None:
        """The heading that best names a criterion (for a gap without any trace)."""
        from rapidfuzz import fuzz

        best, best_score = None, 0.0
        target = _fold(result.text)
        for index in self.headings:
            score = fuzz.token_set_ratio(self.folded[index], target)
            if score > best_score:
                best, best_score = index, score
        return best if best_score >= HEADING_SCORE else None


def _label(result: CriterionResult) -> str:
    return f"{result.id} {STATUS_LABELS[result.status]}"


def _evidence_note(result: CriterionResult) -> str:
    return f"{_label(result)} : {_cut(result.text)}"


def _gap_note(result: CriterionResult) -> str:
    advice = result.hint or result.reason or result.text
    return f"{_label(result)} : {_cut(advice, 220)}"


def _gaps(report: CandidateReport) -> list[CriterionResult]:
    return [
        r
        for r in report.criteria
        if r.assessment == "auto" and r.status in {Status.MISSING, Status.PARTIAL}
    ]


def _summary(report: CandidateReport, unplaced: list[str]) -> list[str]:
    counts = report.summary()
    from .report.textreport import PLURALS

    parts = [
        f"{counts[s.value]} {PLURALS[s]}"
        for s in (Status.COVERED, Status.PARTIAL, Status.MISSING, Status.JURY, Status.UNVERIFIABLE)
        if counts[s.value]
    ]
    blocs = ", ".join(map(str, report.blocs))
    lines = [
        f"rncp-check {report.tool_version} — {report.rules_name} (règles {report.rules_version}), "
        f"bloc(s) {blocs} : {', '.join(parts) or 'aucun critère'}.",
        "Les commentaires signalent les preuves retenues et, là où ils se rattachent, "
        "les critères manquants ou partiels.",
    ]
    if unplaced:
        lines.append("Non rattachés à un passage précis :")
        lines.extend(unplaced)
    return lines


def annotate_docx(source: Path, target: Path, report: CandidateReport) -> Annotation:
    """Write ``target``: a copy of ``source`` with comments (``source`` untouched)."""
    document = _open(source)
    text = _Text(document)
    notes: dict[int, list[str]] = {}
    result = Annotation()
    for criterion in report.criteria:
        if criterion.status not in {Status.COVERED, Status.PARTIAL}:
            continue
        for evidence in [e for e in criterion.evidence if not e.supporting][:2]:
            index = text.find(evidence)
            if index is not None:
                note = _evidence_note(criterion)
                if note not in notes.get(index, []):
                    notes.setdefault(index, []).append(note)
                    result.evidence += 1
                break
    for criterion in _gaps(report):
        index = None
        for rejected in criterion.rejected:
            index = text.find(rejected)
            if index is not None:
                break
        if index is None:
            index = text.best_heading(criterion)
        note = _gap_note(criterion)
        if index is None:
            result.unplaced.append(note)
            continue
        notes.setdefault(index, []).append(note)
        result.gaps += 1
    for index in sorted(notes):
        runs = _runs(text.paragraphs[index])
        first, *more = notes[index]
        comment = document.add_comment(runs, text=first, author=AUTHOR, initials=INITIALS)
        for line in more:
            comment.add_paragraph(line)
        result.placed += 1
    if text.paragraphs:
        first_paragraph = text.paragraphs[0]
        lines = _summary(report, result.unplaced)
        comment = document.add_comment(
            _runs(first_paragraph), text=lines[0], author=AUTHOR, initials=INITIALS
        )
        for line in lines[1:]:
            comment.add_paragraph(line)
    _save(document, target)
    return result


def _open(source: Path) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        return docx.Document(os.fspath(source))
    except (PackageNotFoundError, KeyError, ValueError, etree.LxmlError) as exc:
        detail = f"copie annotée impossible : {type(exc).__name__}"
        raise InputError(
            msg.E104.format(path=display_name(source), detail=detail), status="ILLISIBLE"
        ) from None


def _save(document: Any, target: Path) -> None:
    from .output import write_atomic

    write_atomic(target, lambda tmp: document.save(tmp))


def body_text(path: Path) -> list[str]:
    """Every paragraph's text, table cells included (to check nothing changed)."""
    return [p.text for p in _paragraphs(_open(path))]


__all__ = ["AUTHOR", "Annotation", "annotate_docx", "body_text"]
