"""Counting figures in blocks: shared by the ``number`` and ``date`` detectors."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Block, BlockKind
from ..ruleset import Requirement
from .context import Context, Outcome, excerpt, table_excerpt, usable_text
from .guards import sentence_guard
from .index import DocIndex
from .thresholds import MAX_EVIDENCE, NEAR_FOLLOWING_SENTENCES


def _near_blocks(
    req: Requirement, ctx: Context, terms: Sequence[str], outcome: Outcome
) -> dict[tuple[int, int], tuple[DocIndex, Block, set[tuple[int, int]]]] | None:
    """Blocks holding an accepted ``near`` term, with the (unit, sentence) places
    of their hits (None when no terms are asked)."""
    if not terms:
        return None
    out: dict[tuple[int, int], tuple[DocIndex, Block, set[tuple[int, int]]]] = {}
    for th in ctx.term_hits(req, terms, req.scope, outcome.rejected):
        key = (th.doc.position, th.unit.block.location.index)
        places = out.setdefault(key, (th.doc, th.unit.block, set()))[2]
        index = th.unit.sentence_index(th.hit.start)
        if index is not None:
            last = min(len(th.unit.sentences), index + 1 + NEAR_FOLLOWING_SENTENCES)
            places.update((th.unit.id, i) for i in range(index, last))
    return out


def _near_text(doc: DocIndex, block: Block, places: set[tuple[int, int]]) -> str:
    """What of a block is read near its terms: a table whole (a figure sits under
    its column's label), a text's sentences holding a term and the next one (a
    paragraph's other figures speak of something else: « 52 % en boutique, 31 %
    sur Etsy » is no funnel)."""
    if block.kind is BlockKind.TABLE or not places:
        return usable_text(doc, block)
    parts = []
    for unit_id, i in sorted(places):
        unit = doc.units[unit_id]
        start, end = unit.sentences[i]
        if sentence_guard(unit, start, end) is None:
            parts.append(unit.folded[start:end])
    return " ".join(parts)


def count_detector(
    req: Requirement,
    ctx: Context,
    counter: Callable[[str], int],
    what: str,
    *,
    near: Sequence[str],
    minimum: int,
) -> Outcome:
    """Blocks in scope (near the terms, when asked) with ``minimum`` things counted."""
    outcome = Outcome()
    found_near = _near_blocks(req, ctx, near, outcome)
    candidates = (
        list(found_near.values())
        if found_near is not None
        else [(doc, block, None) for doc, block in ctx.blocks(req.scope)]
    )
    for doc, block, places in candidates:
        if block.kind not in req.scope:
            continue
        read = usable_text(doc, block) if places is None else _near_text(doc, block, places)
        count = counter(read)
        if count < minimum:
            continue
        text = table_excerpt(block) if block.kind is BlockKind.TABLE else excerpt(block.text)
        outcome.evidence.append(ctx.evidence(req, doc, block, text, note=f"{count} {what}"))
        outcome.score = 1.0
        if len(outcome.evidence) >= MAX_EVIDENCE:
            break
    return outcome
