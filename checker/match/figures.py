"""Detectors on figures: ``number``, ``date`` and ``calculation`` (ROI, ROAS…)."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Block, BlockKind
from ..ruleset import Requirement
from .context import Context, Outcome, excerpt, table_excerpt, usable_text
from .index import DocIndex
from .thresholds import MAX_EVIDENCE
from .values import FORMULA, PERCENT, RATIO, check_roi, count_dates, count_numbers


def _near_blocks(
    req: Requirement, ctx: Context, terms: list[str], outcome: Outcome
) -> dict[tuple[int, int], tuple[DocIndex, Block]] | None:
    """Blocks holding an accepted ``near`` term (None when no terms are asked)."""
    if not terms:
        return None
    out: dict[tuple[int, int], tuple[DocIndex, Block]] = {}
    for th in ctx.term_hits(req, terms, req.scope, outcome.rejected):
        key = (th.doc.position, th.unit.block.location.index)
        out.setdefault(key, (th.doc, th.unit.block))
    return out


def _count_detector(
    req: Requirement, ctx: Context, counter: Callable[[str], int], what: str
) -> Outcome:
    opts = req.options
    outcome = Outcome()
    near = _near_blocks(req, ctx, opts["near"], outcome)
    candidates = list(near.values()) if near is not None else list(ctx.blocks(req.scope))
    for doc, block in candidates:
        if block.kind not in req.scope:
            continue
        count = counter(usable_text(doc, block))
        if count < opts["min"]:
            continue
        text = table_excerpt(block) if block.kind is BlockKind.TABLE else excerpt(block.text)
        outcome.evidence.append(ctx.evidence(req, doc, block, text, note=f"{count} {what}"))
        outcome.score = 1.0
        if len(outcome.evidence) >= MAX_EVIDENCE:
            break
    return outcome


def detect_number(req: Requirement, ctx: Context) -> Outcome:
    """Enough numbers of the given kinds (near the terms, when asked)."""
    kinds = tuple(req.options["kinds"])
    return _count_detector(req, ctx, lambda text: count_numbers(text, kinds), "nombre(s)")


def detect_date(req: Requirement, ctx: Context) -> Outcome:
    """Enough dates, periods or durations (near the terms, when asked)."""
    kinds = tuple(req.options["kinds"])
    return _count_detector(req, ctx, lambda text: count_dates(text, kinds), "date(s)/période(s)")


def detect_calculation(req: Requirement, ctx: Context) -> Outcome:
    """The metric stands with a computation: formula or value with its amounts."""
    opts = req.options
    outcome = Outcome()
    hits = ctx.term_hits(req, opts["terms"], req.scope, outcome.rejected)
    seen: set[tuple[int, int]] = set()
    for th in hits:
        block = th.unit.block
        key = (th.doc.position, block.location.index)
        if key in seen:
            continue
        seen.add(key)
        blocks = th.doc.document.blocks
        index = block.location.index
        if block.kind is BlockKind.TABLE:
            text = near_metric = usable_text(th.doc, block)
        else:
            # The metric's sentence and the next one; the next block too when
            # the sentence announces it ("Calcul du ROI :").
            s_start, s_end = th.unit.sentence_at(th.hit.start)
            following = [span for span in th.unit.sentences if span[0] >= s_end][:1]
            end = following[0][1] if following else s_end
            text = th.unit.folded[s_start:end]
            near_metric = th.unit.folded[th.hit.start : min(s_end, th.hit.end + 80)]
            announces = th.unit.folded[s_start:s_end].rstrip().endswith(":") or (
                block.kind is BlockKind.HEADING
            )
            if (
                announces
                and index + 1 < len(blocks)
                and blocks[index + 1].kind
                in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE}
            ):
                extra = usable_text(th.doc, blocks[index + 1])
                text += " " + extra
                near_metric += " " + extra
        numbers = count_numbers(text, ("money", "percent", "ratio", "count"))
        has_result = bool(
            FORMULA.search(text) or PERCENT.search(near_metric) or RATIO.search(near_metric)
        )
        if numbers < opts["min_numbers"] or not has_result:
            outcome.rejected.append(
                ctx.evidence(
                    req,
                    th.doc,
                    block,
                    excerpt(th.unit.text),
                    rejected_by="no-calculation",
                    note="indicateur cité sans calcul chiffré",
                )
            )
            continue
        check = check_roi(text)
        if check.consistent is False:
            outcome.rejected.append(
                ctx.evidence(
                    req,
                    th.doc,
                    block,
                    excerpt(th.unit.text),
                    rejected_by="inconsistent",
                    note=check.detail,
                )
            )
            continue
        shown = table_excerpt(block) if block.kind is BlockKind.TABLE else excerpt(th.unit.text)
        note = "calcul chiffré" + (f" ({check.detail}, cohérent)" if check.consistent else "")
        outcome.evidence.append(ctx.evidence(req, th.doc, block, shown, note=note))
        outcome.score = 1.0
        if len(outcome.evidence) >= MAX_EVIDENCE:
            break
    return outcome
