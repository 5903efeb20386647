"""Counting figures in blocks: shared by the ``number`` and ``date`` detectors."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Block, BlockKind
from ..ruleset import Requirement
from .context import Context, Outcome, excerpt, table_excerpt, usable_text
from .index import DocIndex
from .thresholds import MAX_EVIDENCE


def _near_blocks(
    req: Requirement, ctx: Context, terms: Sequence[str], outcome: Outcome
) -> dict[tuple[int, int], tuple[DocIndex, Block]] | None:
    """Blocks holding an accepted ``near`` term (None when no terms are asked)."""
    if not terms:
        return None
    out: dict[tuple[int, int], tuple[DocIndex, Block]] = {}
    for th in ctx.term_hits(req, terms, req.scope, outcome.rejected):
        key = (th.doc.position, th.unit.block.location.index)
        out.setdefault(key, (th.doc, th.unit.block))
    return out


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
        list(found_near.values()) if found_near is not None else list(ctx.blocks(req.scope))
    )
    for doc, block in candidates:
        if block.kind not in req.scope:
            continue
        count = counter(usable_text(doc, block))
        if count < minimum:
            continue
        text = table_excerpt(block) if block.kind is BlockKind.TABLE else excerpt(block.text)
        outcome.evidence.append(ctx.evidence(req, doc, block, text, note=f"{count} {what}"))
        outcome.score = 1.0
        if len(outcome.evidence) >= MAX_EVIDENCE:
            break
    return outcome
