"""Find evidence for requirements: an explicit registry of detectors plus groups."""

from __future__ import annotations

from collections.abc import Callable

from ..ruleset import Requirement
from .context import Context, Outcome
from .figures import detect_calculation, detect_date, detect_number
from .media import detect_image, detect_link
from .structure import detect_list, detect_table
from .textual import detect_section, detect_terms

DETECTORS: dict[str, Callable[[Requirement, Context], Outcome]] = {
    "terms": detect_terms,
    "section": detect_section,
    "table": detect_table,
    "list": detect_list,
    "number": detect_number,
    "date": detect_date,
    "link": detect_link,
    "image": detect_image,
    "calculation": detect_calculation,
}


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two section paths belong to the same part of a document."""
    if not a or not b:
        return True
    shorter = min(len(a), len(b))
    depth = min(shorter, 2)
    return a[:depth] == b[:depth]


def _same_section(outcomes: list[Outcome]) -> bool:
    """Some evidence of every child sits in one section."""
    first, *others = outcomes
    for ev in first.evidence:
        if all(
            any(
                o.document == ev.document and _compatible(o.location.section, ev.location.section)
                for o in other.evidence
            )
            for other in others
        ):
            return True
    return False


def evaluate(req: Requirement, ctx: Context) -> Outcome:
    """Evaluate one requirement (a detector, or a group of requirements)."""
    if req.detector is not None:
        return DETECTORS[req.detector](req, ctx)
    outcomes = [evaluate(child, ctx) for child in req.children]
    result = Outcome()
    for outcome in outcomes:
        result.rejected.extend(outcome.rejected)
    satisfied = [o for o in outcomes if o.satisfied]
    if req.mode == "any":
        result.score = max((o.score for o in outcomes), default=0.0)
        if satisfied:
            result.evidence = list(satisfied[0].evidence)
        return result
    need = len(outcomes) if req.mode == "all" else req.at_least
    for outcome in satisfied:
        result.evidence.extend(outcome.evidence)
    result.score = min(1.0, len(satisfied) / need) if need else 0.0
    if result.satisfied and req.same_section and req.mode == "all" and not _same_section(outcomes):
        result.score = 0.5
    return result


__all__ = ["DETECTORS", "Context", "Outcome", "evaluate"]
