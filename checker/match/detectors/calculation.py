"""``calculation``: a metric (ROI, ROAS…) stated with its computation.

Satisfied when a sentence naming the metric (with the next sentence, and the
next block when the sentence announces it: « Calcul du ROI : ») holds a
formula with figures, or a value with the amounts it comes from: at least
``min_numbers`` numbers and a result (a formula, a percentage or a ratio).
When gain and cost are both given, the ratio is recomputed and an
inconsistent one is rejected. A formula's constants (« × 100 », « supérieur à
0 ») are not figures: a course's formula, with nothing of the company, is no
calculation. A calculation worked out step by step in the paragraphs or list
items just before, in the same part (« Marge totale : 85 × 38 = 3 230 € »…),
goes with the sentence that names its result (« pour 1 € investi, … 2,58 »), and
so does the sentence before one that restates it (« Autrement dit, chaque euro mis
m'est revenu avec 1,07 € »; a return per euro in words is a result). A value stated
under a budget table of the same part (« ROI ×4,2 ») is a calculation when two of the
table's totals give it (each money column added up, or a « Total » row: gain ÷ cost or
(gain − cost) ÷ cost, to 3 %), even as a forecast.

Options (defaults):

- ``terms`` (required): the metric (``roi``, ``roas``, "retour sur investissement").
- ``min_numbers`` (2): numbers around the metric.
- ``min_blocks`` (1): calculations in that many distinct paragraphs, list items or
  tables of one part (« Google Ads … soit un ROI de 133 % » then « Meta Ads … ROI
  +22 % »: the metric compared from one object to the next); fewer is half the score.

Scope (default): ``paragraph, list_item, table, caption``.

Example::

    - id: roi-computed
      label: "ROI calculé"
      detector: calculation
      terms: [roi, "retour sur investissement"]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Block, BlockKind
from ...nlp.text import fold
from ...ruleset import Requirement
from ...ruleset.options import DetectorOptions
from ..context import Context, Outcome, excerpt, table_excerpt, usable_text
from ..index import DocIndex
from ..thresholds import MAX_EVIDENCE
from ..values import FORMULA, PERCENT, RATIO, check_roi, count_numbers, money_values, parse_number
from .spec import TEXT_SCOPE, Detector

_CONSTANTS = re.compile(
    r"[×x*]\s*100\b|\b(?:superieure?s?|inferieure?s?|egale?s?) (?:a|au) [01]\b|\bpour 1\b"
)


#: A value stated as aimed at, not worked out (« objectif : un ROI de 150 % », « ROAS
#: cible de 4 », « nous visons… »); a forecast worked out from its amounts stays one,
#: and so does a table (a report against objectives holds the results too).
_TARGET = re.compile(
    r"\b(?:objectifs?|cibles?|visee?s?|visons|viser|vise a|ambitionn\w*|esperons)\b"
)


#: Computation steps read before the block naming the metric.
_MAX_STEPS = 6


def _steps_before(doc: DocIndex, blocks: Sequence[Block], index: int) -> str:
    """The consecutive paragraphs or list items just before block ``index``, in its
    part, that each hold a worked computation (« 1 240 × 22 = 27 280 € »)."""
    section = blocks[index].location.section
    steps: list[str] = []
    i = index - 1
    while i >= 0 and len(steps) < _MAX_STEPS:
        block = blocks[i]
        if block.kind not in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}:
            break
        if block.location.section != section:
            break
        text = usable_text(doc, block)
        if not _STEP.search(text):
            break
        steps.append(text)
        i -= 1
    return " ".join(reversed(steps))


#: A worked computation: figures on both sides of an operator, and a result.
_STEP = re.compile(r"\d\s*[-−–+×x*/÷]\s*\d[^=≈]*[=≈]\s*[-+]?\s*\d")


#: How far a stated ratio may be from the one a table's totals give (rounding).
_TABLE_TOLERANCE = 0.03
_TOTAL_ROW = re.compile(r"\btota(?:l|ux)\b|\bensemble\b|\bcumul\b")
#: A ratio stated as a multiple: « ×4,2 », « x 3 », « 4,2x », with its number (``RATIO``
#: has no « × » and no group; giving it « × » everywhere made a ROI comparison of c55
#: partial, so the sign is read here only).
_MULTIPLE = re.compile(r"[×x]\s?(\d+(?:[.,]\d+)?)\b|\b(\d+(?:[.,]\d+)?)\s?[×x]\b")


def _table_totals(blocks: Sequence[Block], index: int) -> list[float]:
    """The money totals of the table just above block ``index`` in its part: each
    column's amounts added up (total rows left out) and the amounts of its total rows."""
    section = blocks[index].location.section
    table = None
    for i in range(index - 1, max(-1, index - 3), -1):
        if blocks[i].kind is BlockKind.TABLE:
            table = blocks[i]
            break
        if blocks[i].kind is BlockKind.HEADING:
            return []
    if table is None or table.location.section != section or len(table.rows) < 3:
        return []
    totals: list[float] = []
    sums: dict[int, float] = {}
    for row in table.rows[1:]:
        total_row = bool(row and _TOTAL_ROW.search(fold(row[0])))
        for c, cell in enumerate(row[1:], start=1):
            amounts = money_values(fold(cell))
            if total_row:
                totals += amounts
            elif amounts:
                sums[c] = sums.get(c, 0.0) + sum(amounts)
    return [v for v in {*totals, *sums.values()} if v > 0]


def _from_totals(near_metric: str, totals: list[float]) -> str | None:
    """The stated ROI or ROAS (« ×4,2 », « 320 % ») as two of the table's totals give
    it (gain ÷ cost, or (gain − cost) ÷ cost): their description, or None."""
    stated = [parse_number(m.group(1) or m.group(2)) for m in _MULTIPLE.finditer(near_metric)]
    stated += [
        value / 100
        for m in PERCENT.finditer(near_metric)
        if (value := parse_number(m.group("n"))) is not None
    ]
    for value in filter(None, stated):
        for gain in totals:
            for cost in totals:
                if gain > cost and any(
                    abs(ratio - value) <= _TABLE_TOLERANCE * value
                    for ratio in (gain / cost, (gain - cost) / cost)
                ):
                    return f"{gain:,.0f} € et {cost:,.0f} € du tableau".replace(",", " ")
    return None


#: A return stated per euro spent, in words (« chaque euro mis m'est revenu avec
#: 1,07 € de gain », « pour 1 € investi, 3,20 € de ventes »): a ratio.
_PER_EURO = re.compile(
    r"\b(?:chaque|par|pour (?:un|1)) ?(?:euro|€)(?!\w)[^.;:]{0,60}?\d+(?:,\d+)?\s?(?:€|euros?\b)"
)

#: A return per euro stated as a norm or an aim (« chaque euro investi doit rapporter au
#: moins 3 € »): a threshold, not a result.
_NORM = re.compile(r"\b(?:doit|doivent|devrait|devraient|faut|au moins|minimum|seuil|objectif)\b")


def _per_euro(text: str) -> bool:
    """A return per euro spent, stated as obtained (not as a norm or an aim)."""
    return any(not _NORM.search(m.group(0)) for m in _PER_EURO.finditer(text))


#: A sentence that restates the result of the one before.
_RESTATES = re.compile(
    r"\s*(?:autrement dit|en clair|en d'autres termes|c'est-a-dire|au final|au total"
    r"|bref|donc|ainsi|soit)\b"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class CalculationOptions(DetectorOptions):
    """Options of the ``calculation`` detector."""

    terms: tuple[str, ...]
    min_numbers: int = 2
    min_blocks: int = 1


def detect(req: Requirement, opts: CalculationOptions, ctx: Context) -> Outcome:
    """The metric stands with a computation: formula or value with its amounts."""
    outcome = Outcome()
    hits = ctx.term_hits(req, opts.terms, req.scope, outcome.rejected)
    seen: set[tuple[int, ...]] = set()
    # Blocks read as the end of an announced calculation (« Calcul du ROI : » then its
    # figures): the same calculation, not a second one to compare with.
    continued: set[tuple[str, int]] = set()
    found: set[tuple[int, int]] = set()
    for th in hits:
        block = th.unit.block
        key = (th.doc.position, block.location.index)
        if key in found:
            continue
        # A table is read whole; a paragraph sentence by sentence (its first mention of
        # the metric may come without figures, a later one with its calculation).
        sentence = (-1, -1) if block.kind is BlockKind.TABLE else th.unit.sentence_at(th.hit.start)
        tried = (th.doc.position, block.location.index, th.unit.id, *sentence)
        if tried in seen:
            continue
        seen.add(tried)
        blocks = th.doc.document.blocks
        index = block.location.index
        joined = stepped = False
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
                joined = True
        # A course's formula quotes constants, not the company's figures
        # (« … / coût × 100 », « un ROI supérieur à 0 »).
        numbers = count_numbers(_CONSTANTS.sub(" ", text), ("money", "percent", "ratio", "count"))
        has_result = bool(
            FORMULA.search(text)
            or PERCENT.search(near_metric)
            or RATIO.search(near_metric)
            or _per_euro(near_metric)
        )
        check = check_roi(text)
        if (numbers < opts.min_numbers or not has_result) and block.kind is not BlockKind.TABLE:
            # A calculation worked out step by step just before the sentence that
            # names its result (« 1) Marge : 49 − 27 = 22 € … » then « pour 1 € investi,
            # … 2,05 € ») is the same calculation.
            steps = _steps_before(th.doc, blocks, index)
            before = [span for span in th.unit.sentences if span[1] <= s_start][-1:]
            if before and _RESTATES.match(th.unit.folded, s_start):
                # « … il me reste 2 570 € de bénéfice. Autrement dit, chaque euro mis
                # m'est revenu avec 1,07 € » : the sentence restates the one before.
                steps = (steps + " " + th.unit.folded[before[0][0] : s_start]).strip()
            if steps:
                numbers += count_numbers(
                    _CONSTANTS.sub(" ", steps), ("money", "percent", "ratio", "count")
                )
                has_result = has_result or bool(FORMULA.search(steps))
                stepped = True
        totalled = None
        if (numbers < opts.min_numbers or not has_result) and block.kind is not BlockKind.TABLE:
            # The value worked out from the totals of the table just above (« ROI ×4,2 »
            # under a budget table whose revenue and spending columns add up to 174 300 €
            # and 41 500 €): a forecast worked out from its amounts.
            totalled = _from_totals(near_metric, _table_totals(blocks, index))
            if totalled is not None:
                numbers, has_result = max(numbers, opts.min_numbers), True
        refusal = None
        if numbers < opts.min_numbers or not has_result:
            refusal = ("no-calculation", "indicateur cité sans calcul chiffré")
        elif (
            block.kind is not BlockKind.TABLE
            and check.consistent is None
            and totalled is None
            and not FORMULA.search(text)
            and _TARGET.search(th.unit.folded[s_start:s_end])
        ):
            # « Objectif : un ROI de 150 % sur 5 000 € de budget » — a value aimed at.
            refusal = ("no-calculation", "valeur visée (objectif), pas un calcul")
        elif check.consistent is False:
            refusal = ("inconsistent", check.detail)
        if refusal is not None:
            guard, why = refusal
            outcome.rejected.append(
                ctx.evidence(req, th.doc, block, excerpt(th.unit.text), rejected_by=guard, note=why)
            )
            continue
        shown = table_excerpt(block) if block.kind is BlockKind.TABLE else excerpt(th.unit.text)
        note = "calcul chiffré" + (f" ({check.detail}, cohérent)" if check.consistent else "")
        if totalled is not None:
            note = f"valeur cohérente avec les totaux du tableau ({totalled})"
        outcome.evidence.append(ctx.evidence(req, th.doc, block, shown, note=note))
        found.add(key)
        if joined:
            continued.add((th.doc.document.path, index + 1))
        if stepped:
            # The end of a calculation begun in the blocks before: not a second one.
            continued.add((th.doc.document.path, index))
        outcome.score = 1.0
        if opts.min_blocks <= 1 and len(outcome.evidence) >= MAX_EVIDENCE:
            break
    if opts.min_blocks > 1 and outcome.evidence:
        parts: dict[tuple[str, tuple[str, ...]], set[int]] = {}
        for ev in outcome.evidence:
            if (ev.document, ev.location.index) in continued:
                continue
            parts.setdefault((ev.document, ev.location.section), set()).add(ev.location.index)
        if max((len(blocks) for blocks in parts.values()), default=0) < opts.min_blocks:
            outcome.score = 0.5
        outcome.evidence = outcome.evidence[:MAX_EVIDENCE]
    return outcome


DETECTOR = Detector(
    name="calculation",
    label="calcul chiffré",
    options=CalculationOptions,
    scope=TEXT_SCOPE,
    detect=detect,
    doc=__doc__ or "",
)
