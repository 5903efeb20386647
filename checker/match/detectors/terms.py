"""``terms``: words of the trade in a block of text.

Satisfied when one block in scope holds at least ``min_terms`` distinct terms
(and, when asked, one ``near`` term and no ``not_near`` term, ``min_words``
words, ``min_numbers`` figures, the candidate's own facts).

Options (defaults):

- ``terms`` (required): the terms looked for.
- ``min_terms`` (1): distinct terms one block must hold.
- ``near`` (none): terms one of which must be in the same block.
- ``not_near`` (none): terms none of which may be in the same block, whatever the
  guards say (a negated one still excludes): the context in which a term means
  something else (« mots-clés » beside « tags » or « catégories » are a CMS's labels,
  not searched words).
- ``min_words`` (0): words of the block.
- ``min_numbers`` (0): numbers the block must quote, amounts and percentages
  included, each once (years, dates and the figures of negated or to-do
  sentences do not count) — for a reading of data.
- ``facts`` (false): the block must hold the candidate's own facts — a figure,
  a first person or a name — not a course or a classification (« les objectifs
  se répartissent en généraux, spécifiques et techniques »).
- ``negative`` (false): the terms name obstacles, frictions or risks, so a
  negative turn is their content (« pas de paiement en plusieurs fois », « le
  client ne voit les frais de port qu'à la dernière étape »): only to-dos,
  promises and the other guards leave a hit out.

Scope (default): ``paragraph, list_item, table, caption`` (headings excluded).

Example::

    - id: kpi-reading
      label: "lecture des indicateurs"
      detector: terms
      terms: ["taux de conversion", "panier moyen"]
      near: [évolution, hausse, baisse]
      min_numbers: 2
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ...model import Block
from ...ruleset import Requirement
from ...ruleset.options import SHOWN, DetectorOptions
from ..context import Context, Outcome, TermHit, own_facts, usable_text
from ..index import DocIndex
from ..structure import distinct_places
from ..thresholds import MAX_EVIDENCE
from ..values import count_numbers
from .spec import TEXT_SCOPE, Detector


@dataclass(frozen=True, slots=True, kw_only=True)
class TermsOptions(DetectorOptions):
    """Options of the ``terms`` detector."""

    terms: tuple[str, ...]
    min_terms: int = 1
    near: tuple[str, ...] = ()
    not_near: tuple[str, ...] = ()
    min_words: int = 0
    min_numbers: int = 0
    #: Not printed by ``rules show`` (as before the options were unified).
    facts: bool = field(default=False, metadata={SHOWN: False})
    negative: bool = False


def detect(req: Requirement, opts: TermsOptions, ctx: Context) -> Outcome:
    """A block in scope holds ``min_terms`` distinct terms (and one ``near`` term)."""
    outcome = Outcome()
    near_blocks: set[tuple[int, int]] | None = None
    if opts.near:
        # Only the blocks holding a term and a near term, as written, can be evidence:
        # the guards are run there only (the near terms' first, then the terms').
        both = _raw_blocks(ctx, opts.terms) & _raw_blocks(ctx, opts.near)
        if not both:
            return outcome
        near_hits = ctx.term_hits(
            req, opts.near, req.scope, outcome.rejected, negative=opts.negative, within=both
        )
        near_blocks = {(th.doc.position, th.unit.block.location.index) for th in near_hits}
        if not near_blocks:
            return outcome
    hits = ctx.term_hits(
        req, opts.terms, req.scope, outcome.rejected, negative=opts.negative, within=near_blocks
    )
    if opts.not_near and hits:
        # A block that names the other sense's context is no evidence.
        other = _raw_blocks(ctx, opts.not_near)
        hits = [th for th in hits if (th.doc.position, th.unit.block.location.index) not in other]
    by_block: dict[tuple[int, int], dict[str, TermHit]] = defaultdict(dict)
    spans: dict[tuple[int, int], dict[str, set[tuple[int, int]]]] = defaultdict(
        lambda: defaultdict(set)
    )
    distinct = opts.min_terms > 1
    for th in hits:
        key = (th.doc.position, th.unit.block.location.index)
        by_block[key].setdefault(th.term, th)
        if distinct:
            spans[key][th.term].add((th.hit.unit, th.hit.start))
    for key, found in sorted(by_block.items()):
        if len(found) < opts.min_terms:
            continue
        if opts.min_terms > 1 and distinct_places(spans[key]) < opts.min_terms:
            continue  # « campagne » and « campagnes » found in one word are one term
        if near_blocks is not None and key not in near_blocks:
            continue
        first = next(iter(found.values()))
        block = first.unit.block
        if opts.min_words and len(block.text.split()) < opts.min_words:
            continue
        if opts.min_numbers and _figures(first.doc, block) < opts.min_numbers:
            continue  # a reading of data quotes the data
        if opts.facts and not own_facts(usable_text(first.doc, block), block.text):
            continue  # a classification or a course, nothing of the company
        outcome.evidence.append(ctx.hit_evidence(req, first))
        outcome.score = 1.0
        if len(outcome.evidence) >= MAX_EVIDENCE:
            break
    return outcome


def _raw_blocks(ctx: Context, terms: tuple[str, ...]) -> set[tuple[int, int]]:
    """(document position, block index) of every occurrence of ``terms``, guards aside."""
    return {
        (doc.position, doc.units[hit.unit].block.location.index)
        for term in terms
        for doc in ctx.docs
        for hit in doc.find(ctx.patterns[term])
    }


def _figures(doc: DocIndex, block: Block) -> int:
    """Numbers quoted by a block, amounts and percentages included, years and
    dates left out, each once (negated and to-do sentences left out; a table:
    every cell)."""
    return count_numbers(usable_text(doc, block), ("count",))


DETECTOR = Detector(
    name="terms",
    label="termes dans le texte",
    options=TermsOptions,
    scope=TEXT_SCOPE,
    detect=detect,
    doc=__doc__ or "",
    renamed={"min": "min_terms", "with": "near", "numbers": "min_numbers"},
)
