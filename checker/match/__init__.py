"""Find evidence for requirements: the detectors (``detectors/``) plus groups."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath

from ..model import Evidence
from ..nlp.text import fold
from ..ruleset import Requirement
from .context import Context, Outcome
from .detectors import REGISTRY


def same_chapter(a: tuple[str, ...], b: tuple[str, ...], depth: int = 1) -> bool:
    """Two section paths belong to the same chapter of a document.

    ``depth`` is 2 when the document's only top-level heading is its title
    (every block would otherwise share one "chapter").
    """
    if len(a) < depth or len(b) < depth:
        return True
    return a[:depth] == b[:depth]


_ANNEX = re.compile(r"^(?:[\divx]+[.)]?\s+)?(?:annexes?|appendices?|appendix)\b")
#: An annex file's name, in French or English (« annexes », « appendix »).
_ANNEX_FILE = re.compile(r"annex|appendi(?:x|ce)")


def in_annex(ev: Evidence) -> bool:
    """Evidence from an annex: a file named « annexe(s) » or « appendix », or a chapter
    titled so."""
    if _ANNEX_FILE.search(fold(PurePath(ev.document).stem)):
        return True
    return any(_ANNEX.match(fold(heading).strip()) for heading in ev.location.section[:2])


#: Slides this close together are one part of a presentation (its speaker notes
#: are on its own slide's number).
SLIDE_SPAN = 1


def _same_slide(a: Evidence, b: Evidence) -> bool:
    """Two pieces of one presentation on the same slide, or in its speaker notes
    (each slide is a section of its own; its notes come in a later part)."""
    if PurePath(a.document).suffix.lower() != ".pptx":
        return False
    pa, pb = a.location.page, b.location.page
    return pa is not None and pb is not None and abs(pa - pb) <= SLIDE_SPAN


def co_located(
    evidence_lists: list[list[Evidence]], depths: dict[str, int] | None = None
) -> list[Evidence] | None:
    """One piece of evidence per list, all in one chapter of one document, or None.

    A piece in an annex (an annex file of the candidate, or an « Annexes »
    chapter) goes with any chapter: a jury reads a chapter with its annex. In a
    presentation a slide, its speaker notes and the slides next to it are one part
    (``SLIDE_SPAN``)."""
    depths = depths or {}

    def fits(o: Evidence, anchor: Evidence | None) -> bool:
        if anchor is None or in_annex(o):
            return True
        if o.document != anchor.document:
            return False
        if _same_slide(o, anchor):
            return True
        return same_chapter(
            o.location.section, anchor.location.section, depths.get(anchor.document, 1)
        )

    def pick(other: list[Evidence], chosen: list[Evidence]) -> Evidence | None:
        # The first piece out of an annex anchors the chapter; a piece in that
        # chapter first, else one from an annex.
        anchor = next((c for c in chosen if not in_annex(c)), None)
        match = next((o for o in other if not in_annex(o) and fits(o, anchor)), None)
        return match or next((o for o in other if in_annex(o)), None)

    return _one_per_list(evidence_lists, pick)


def _one_per_list(
    evidence_lists: list[list[Evidence]],
    pick: Callable[[list[Evidence], list[Evidence]], Evidence | None],
) -> list[Evidence] | None:
    """One piece per list: each piece of the first list tried in turn, then ``pick``
    chooses one of each other list given the pieces chosen so far; None when no piece
    of the first list finds a partner in every other list."""
    if not evidence_lists or any(not lst for lst in evidence_lists):
        return None
    first, *others = evidence_lists
    for ev in first:
        chosen = [ev]
        for other in others:
            match = pick(other, chosen)
            if match is None:
                break
            chosen.append(match)
        else:
            return chosen
    return None


#: Blocks at most between the pieces of a group whose pieces stand together (``beside``):
#: a table and the comment under it, with a caption or a short paragraph between.
BESIDE_BLOCKS = 6


def _nested(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One heading path is the other, or a part nested under it."""
    return a[: len(b)] == b or b[: len(a)] == a


def together(evidence_lists: list[list[Evidence]]) -> list[Evidence] | None:
    """One piece per list, all in one part of one document (the same heading path, or
    one nested under the other) and at most ``BESIDE_BLOCKS`` blocks from the first
    list's piece; or None."""

    def pick(other: list[Evidence], chosen: list[Evidence]) -> Evidence | None:
        anchor = chosen[0]
        return next(
            (
                o
                for o in other
                if o.document == anchor.document
                and abs(o.location.index - anchor.location.index) <= BESIDE_BLOCKS
                and _nested(o.location.section, anchor.location.section)
            ),
            None,
        )

    return _one_per_list(evidence_lists, pick)


def _same_section(outcomes: list[Outcome], ctx: Context) -> bool:
    """Some evidence of every child sits in one chapter."""
    return co_located([o.evidence for o in outcomes], ctx.chapter_depths()) is not None


def evaluate(req: Requirement, ctx: Context) -> Outcome:
    """Evaluate one requirement (a detector, or a group of requirements)."""
    if req.detector is not None:
        return REGISTRY[req.detector].run(req, ctx)
    outcomes = [evaluate(child, ctx) for child in req.children]
    result = Outcome()
    for outcome in outcomes:
        result.rejected.extend(outcome.rejected)
    satisfied = [o for o in outcomes if o.satisfied]
    if req.mode == "any":
        result.score = max((o.score for o in outcomes), default=0.0)
        # Evidence of every satisfied alternative, so that co-location can
        # pick the one that sits with the criterion's other requirements.
        for outcome in satisfied:
            result.evidence.extend(outcome.evidence)
        return result
    need = len(outcomes) if req.mode == "all" else req.at_least
    for outcome in satisfied:
        result.evidence.extend(outcome.evidence)
    result.score = min(1.0, len(satisfied) / need) if need else 0.0
    if req.strict and not result.satisfied:
        # Pieces that mean something only together: one alone is no evidence.
        result.score = 0.0
        result.evidence.clear()
    if (
        result.satisfied
        and req.same_section
        and req.mode == "all"
        and not _same_section(outcomes, ctx)
    ):
        result.score = 0.5
    if result.satisfied and req.beside and req.mode == "all":
        pieces = together([o.evidence for o in outcomes])
        if pieces is None:
            # Each piece is there, but not side by side (the comment elsewhere in the
            # chapter than the figures): in part.
            result.score = 0.5
        else:
            # The pieces that stand together are the group's evidence.
            result.evidence = pieces
    return result


__all__ = ["BESIDE_BLOCKS", "REGISTRY", "Context", "Outcome", "co_located", "evaluate", "together"]
