"""``section``: a titled part of the document, with content under its heading.

Satisfied when a heading matches ``terms`` and its section holds at least
``min_words`` words of content (subsections included; to-do lines and empty
cells not counted), and, when given, the ``contains`` requirement is satisfied
inside the section. A document laid out as a table (« Rubrique | Contenu »)
counts too: a row whose first cell names the topic is a section, and so does an
answer sheet's question number alone on its line (« Q2.3 ») whose answer opens
on the terms. A section that reads like a course (a definition, nothing of the
company) is rejected.

Options (defaults):

- ``terms`` (required): words of the heading.
- ``min_words`` (30, at least 1): words of content under the heading.
- ``contains`` (none): a requirement that must be satisfied inside the section.

Scope (default): ``heading``.

Example::

    - id: persona-section
      label: "partie personas"
      detector: section
      terms: [persona, "profil client"]
      min_words: 60
      contains: {id: persona-age, detector: number, kinds: [count], near: [âge, ans]}
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...extract.builder import is_bare_question
from ...model import Block, BlockKind, Evidence, out_of_flow
from ...ruleset import Requirement
from ...ruleset.options import SHOWN, DetectorOptions
from ..context import Context, Outcome, course_like, excerpt, section_content
from ..guards import is_negated_or_todo, is_placeholder
from ..index import DocIndex
from .spec import Detector


@dataclass(frozen=True, slots=True, kw_only=True)
class SectionOptions(DetectorOptions):
    """Options of the ``section`` detector."""

    terms: tuple[str, ...]
    min_words: int = 30
    #: Shown by ``rules show`` as its own block (« contenant : »).
    contains: Requirement | None = field(default=None, metadata={SHOWN: False})


def detect(req: Requirement, opts: SectionOptions, ctx: Context) -> Outcome:
    """A heading matching ``terms`` with at least ``min_words`` of content under it."""
    from .. import evaluate  # a section may contain any other requirement

    outcome = Outcome()
    scope = req.scope | {BlockKind.HEADING}
    # The section checks its own ``min_words`` below (at least 1 word).
    hits = ctx.term_hits(req, opts.terms, scope, outcome.rejected, heading_min_words=1)
    seen: set[tuple[int, int]] = set()
    best = 0.0
    # Every part that qualifies, in order: co-location picks the one that sits with
    # the criterion's other pieces (not always the first « Objectifs » of the file).
    found: list[Evidence] = []
    headings = [(th.doc, th.unit.block) for th in hits if th.unit.block.kind is BlockKind.HEADING]
    headings += _answered_questions(req, opts, ctx)
    for doc, block in headings:
        key = (doc.position, block.location.index)
        if key in seen:
            continue
        seen.add(key)
        words = doc.section_words(block)
        if words < max(1, opts.min_words):
            outcome.rejected.append(
                ctx.evidence(
                    req,
                    doc,
                    block,
                    excerpt(block.text),
                    rejected_by="empty-heading" if words < 8 else "short-section",
                    note=f"{words} mot(s) sous ce titre, {opts.min_words} attendus",
                )
            )
            continue
        if is_negated_or_todo(block.text):
            outcome.rejected.append(ctx.evidence(req, doc, block, block.text, rejected_by="todo"))
            continue
        if _course_section(ctx, doc, block):
            outcome.rejected.append(
                ctx.evidence(
                    req,
                    doc,
                    block,
                    excerpt(block.text),
                    rejected_by="definition",
                    note="partie de cours : définition, rien de propre à l'entreprise",
                )
            )
            continue
        note = f"section de {words} mots"
        contents: list[Evidence] = []
        if opts.contains is not None:
            within = ctx.within({doc.position: doc.section_blocks(block)})
            inner = evaluate(opts.contains, within)
            outcome.rejected.extend(inner.rejected[:5])
            if not inner.satisfied:
                best = max(best, 0.5 * inner.score)
                continue
            contents = inner.evidence[:2]
        found += [ctx.evidence(req, doc, block, excerpt(block.text), note=note), *contents]
    if found:
        outcome.evidence[:0] = found
        outcome.score = 1.0
        return outcome
    row_score = _table_row_sections(req, opts, ctx, outcome)
    outcome.score = max(best, row_score)
    return outcome


#: Blocks between a question number and its answer that are not the answer.
_FURNITURE = frozenset({BlockKind.IMAGE, BlockKind.CAPTION})


def _answered_questions(
    req: Requirement, opts: SectionOptions, ctx: Context
) -> list[tuple[DocIndex, Block]]:
    """Question numbers alone on their line (« Q2.3 ») whose answer opens on the
    terms: an answer sheet's heading names no topic, its answer's first sentence
    does (« Q1.9 / Fonctions de mise en avant utilisées dans Shopify : »)."""
    found: list[tuple[DocIndex, Block]] = []
    if not ctx.cached("bare-questions", lambda: _has_bare_questions(ctx)):
        return found
    scope = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
    for th in ctx.term_hits(req, opts.terms, scope, [], heading_min_words=1):
        unit, doc = th.unit, th.doc
        if not unit.sentences or th.hit.start >= unit.sentences[0][1]:
            continue
        blocks = doc.document.blocks
        i = unit.block.location.index - 1
        while i >= 0 and (blocks[i].kind in _FURNITURE or out_of_flow(blocks[i])):
            i -= 1
        if i >= 0 and blocks[i].kind is BlockKind.HEADING and is_bare_question(blocks[i].text):
            found.append((doc, blocks[i]))
    return found


def _has_bare_questions(ctx: Context) -> bool:
    """Whether any document is an answer sheet (a question number alone as a heading)."""
    return any(is_bare_question(h.text) for doc in ctx.docs for h in doc.heading_blocks)


def _course_section(ctx: Context, doc: DocIndex, heading: Block) -> bool:
    """The section reads like a course: a definition or a model stated in
    general, and nothing of the company (see context.course_like)."""
    return doc.cached(
        ("course", heading.location.index),
        lambda: course_like(doc, section_content(ctx, doc, heading)),
    )


#: A row label (first cell) that plays the part of a heading is this short.
ROW_LABEL_MAX_WORDS = 8


def _table_row_sections(
    req: Requirement, opts: SectionOptions, ctx: Context, outcome: Outcome
) -> float:
    """A document laid out as a table (« Rubrique | Contenu »): a row whose
    first cell names the topic and whose other cells hold the content is a
    section. Its ``contains`` is looked for in that table."""
    from .. import evaluate

    hits = ctx.term_hits(
        req, opts.terms, frozenset({BlockKind.TABLE}), outcome.rejected, heading_min_words=1
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
        if words < max(1, opts.min_words):
            continue
        contains = opts.contains
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


DETECTOR = Detector(
    name="section",
    label="partie titrée avec du contenu",
    options=SectionOptions,
    scope=("heading",),
    detect=detect,
    doc=__doc__ or "",
)
