"""Detectors on words: ``terms`` (in text blocks) and ``section`` (a heading with content)."""

from __future__ import annotations

from collections import defaultdict

from ..model import Block, BlockKind
from ..ruleset import Requirement
from .context import (
    Context,
    Outcome,
    course_like,
    excerpt,
    own_facts,
    section_content,
    usable_text,
)
from .guards import is_negated_or_todo, is_placeholder
from .index import DocIndex
from .thresholds import MAX_EVIDENCE
from .values import count_numbers


def detect_terms(req: Requirement, ctx: Context) -> Outcome:
    """A block in scope holds ``min`` distinct terms (and one ``with`` term)."""
    opts = req.options
    outcome = Outcome()
    hits = ctx.term_hits(req, opts["terms"], req.scope, outcome.rejected)
    by_block: dict[tuple[int, int], dict[str, object]] = defaultdict(dict)
    for th in hits:
        by_block[(th.doc.position, th.unit.block.location.index)].setdefault(th.term, th)
    with_blocks: set[tuple[int, int]] | None = None
    if opts["with"]:
        with_hits = ctx.term_hits(req, opts["with"], req.scope, outcome.rejected)
        with_blocks = {(th.doc.position, th.unit.block.location.index) for th in with_hits}
    for key, found in sorted(by_block.items()):
        if len(found) < opts["min"]:
            continue
        if with_blocks is not None and key not in with_blocks:
            continue
        first = next(iter(found.values()))
        block = first.unit.block
        if opts["min_words"] and len(block.text.split()) < opts["min_words"]:
            continue
        if opts["numbers"] and _figures(first.doc, block) < opts["numbers"]:
            continue  # a reading of data quotes the data
        if opts["facts"] and not own_facts(usable_text(first.doc, block), block.text):
            continue  # a classification or a course, nothing of the company
        outcome.evidence.append(ctx.hit_evidence(req, first))
        outcome.score = 1.0
        if len(outcome.evidence) >= MAX_EVIDENCE:
            break
    return outcome


def _figures(doc: DocIndex, block: Block) -> int:
    """Numbers quoted by a block, amounts and percentages included, years and
    dates left out, each once (negated and to-do sentences left out; a table:
    every cell)."""
    return count_numbers(usable_text(doc, block), ("count",))


def detect_section(req: Requirement, ctx: Context) -> Outcome:
    """A heading matching ``terms`` with at least ``min_words`` of content under it."""
    from . import evaluate  # a section may contain any other requirement

    opts = req.options
    outcome = Outcome()
    scope = req.scope | {BlockKind.HEADING}
    # The section checks its own ``min_words`` below (at least 1 word).
    hits = ctx.term_hits(req, opts["terms"], scope, outcome.rejected, heading_min_words=1)
    seen: set[tuple[int, int]] = set()
    best = 0.0
    for th in hits:
        block = th.unit.block
        if block.kind is not BlockKind.HEADING:
            continue
        key = (th.doc.position, block.location.index)
        if key in seen:
            continue
        seen.add(key)
        words = th.doc.section_words(block)
        if words < max(1, opts["min_words"]):
            outcome.rejected.append(
                ctx.evidence(
                    req,
                    th.doc,
                    block,
                    excerpt(block.text),
                    rejected_by="empty-heading" if words < 8 else "short-section",
                    note=f"{words} mot(s) sous ce titre, {opts['min_words']} attendus",
                )
            )
            continue
        if is_negated_or_todo(block.text):
            outcome.rejected.append(
                ctx.evidence(req, th.doc, block, block.text, rejected_by="todo")
            )
            continue
        if _course_section(ctx, th.doc, block):
            outcome.rejected.append(
                ctx.evidence(
                    req, th.doc, block, excerpt(block.text), rejected_by="definition",
                    note="partie de cours : définition, rien de propre à l'entreprise",
                )
            )
            continue
        note = f"section de {words} mots"
        contains = opts.get("contains")
        if contains is not None:
            inner = evaluate(contains, ctx.within({th.doc.position: th.doc.section_blocks(block)}))
            outcome.rejected.extend(inner.rejected[:5])
            if not inner.satisfied:
                best = max(best, 0.5 * inner.score)
                continue
            outcome.evidence.extend(inner.evidence[:2])
        outcome.evidence.insert(0, ctx.evidence(req, th.doc, block, excerpt(block.text), note=note))
        outcome.score = 1.0
        return outcome
    row_score = _table_row_sections(req, ctx, outcome)
    outcome.score = max(best, row_score)
    return outcome


def _course_section(ctx: Context, doc: DocIndex, heading: Block) -> bool:
    """The section reads like a course: a definition or a model stated in
    general, and nothing of the company (see context.course_like)."""
    key = ("course", heading.location.index)
    cached = doc.block_cache.get(key)
    if cached is None:
        cached = doc.block_cache[key] = course_like(doc, section_content(ctx, doc, heading))
    return bool(cached)


#: A row label (first cell) that plays the part of a heading is this short.
ROW_LABEL_MAX_WORDS = 8


def _table_row_sections(req: Requirement, ctx: Context, outcome: Outcome) -> float:
    """A document laid out as a table (« Rubrique | Contenu »): a row whose
    first cell names the topic and whose other cells hold the content is a
    section. Its ``contains`` is looked for in that table."""
    from . import evaluate

    opts = req.options
    hits = ctx.term_hits(
        req, opts["terms"], frozenset({BlockKind.TABLE}), outcome.rejected, heading_min_words=1
    )
    best = 0.0
    seen: set[tuple[int, int, int]] = set()
    for th in hits:
        unit, block = th.unit, th.unit.block
        if unit.col != 0 or unit.row is None:
            continue
        key = (th.doc.position, block.location.index, unit.row)
        if key in seen:
            continue
        seen.add(key)
        row = block.rows[unit.row]
        if len(row) < 2 or len(unit.text.split()) > ROW_LABEL_MAX_WORDS:
            continue
        if is_negated_or_todo(unit.text):
            continue
        words = sum(len(cell.split()) for cell in row[1:] if not is_placeholder(cell))
        if words < max(1, opts["min_words"]):
            continue
        contains = opts.get("contains")
        shown = excerpt(" | ".join(cell for cell in row if cell))
        if contains is not None:
            inner = evaluate(
                contains, ctx.within({th.doc.position: frozenset({block.location.index})})
            )
            if not inner.satisfied:
                best = max(best, 0.5 * inner.score)
                continue
        note = f"ligne « {unit.text} » d'un tableau, {words} mots"
        outcome.evidence.insert(0, ctx.evidence(req, th.doc, block, shown, note=note))
        return 1.0
    return best
