"""Real but incomplete work: a part of the document that treats a criterion's topic.

A jury says « partiel » when the candidate worked on the topic without meeting
every requirement (ten actions listed, none ranked; objectives without
figures). When no requirement of a criterion is met, the engine looks for
such work: a section whose heading names the topic, with enough content of
the candidate's own (a figure, a first person, a name), or a filled table
whose header row names it (one row on the topic in an action plan does not
make the plan about it). Finding one makes the criterion partial, never
covered; every guard still applies (a table-of-contents line, an empty
heading, a negated or to-do heading, a glossary or grading instructions never
count), and a part whose author says it is not done (« à définir », « une
grille sera établie », « voir avec Karim ») is not work on the topic: juries
call such a criterion missing, unless its other sentences hold amounts or
percentages of the candidate's own (costs and sales gathered, the calculation
announced for later).

The topic is the criterion's ``topic`` terms, given by the rule: words
precise enough that a section or table named by them is about the criterion
itself. Deriving them from every heading word of the requirements was
measured on the corpus and rejected: a « Partenaires » or « Mot-clé » heading
is about the bloc, not about measuring a partnership's returns, and juries
call such criteria missing (34 missing → partial for 1 partial found).
"""

from __future__ import annotations

from ..model import Block, BlockKind, Evidence
from ..ruleset import Requirement
from .context import (
    Context,
    excerpt,
    own_facts,
    section_content,
    table_excerpt,
    usable_text,
)
from .guards import course_sentence, is_negated_or_todo, is_placeholder, sentence_guard
from .index import DocIndex
from .values import count_numbers

#: Words of usable content a section needs to count as work on its topic.
TOPIC_MIN_WORDS = 40
#: Body rows a table needs to count as work on its topic.
TOPIC_MIN_ROWS = 2
#: Share of filled body cells.
TOPIC_FILLED = 0.6
#: Amounts or percentages the finished sentences of a part must hold for the part
#: to count as work on its topic although its author says the rest will follow.
TOPIC_DONE_FIGURES = 2

_TOPIC_REQUIREMENT = Requirement(
    id="sujet-traite",
    label="partie du dossier consacrée au sujet",
    detector="section",
    scope=frozenset({BlockKind.HEADING, BlockKind.TABLE}),
)


#: Sentence guards by which the author says the part is not done yet.
_UNFINISHED = frozenset({"todo", "future", "note"})


def _unfinished(doc: DocIndex, content: list[Block]) -> bool:
    """The author says the part is not done: a to-do, a promise or a note to self
    in it (« à définir », « une grille sera établie », « voir avec Karim »), and
    what is done beside it holds fewer than ``TOPIC_DONE_FIGURES`` figures: costs
    and sales gathered, « le calcul sera fait avec le comptable », is real work
    left incomplete."""
    unfinished = False
    done: list[str] = []
    for block in content:
        for unit_id in doc.block_units.get(block.location.index, []):
            unit = doc.units[unit_id]
            for a, b in unit.sentences:
                guard = sentence_guard(unit, a, a)
                if guard in _UNFINISHED:
                    unfinished = True
                elif guard is None:  # (a negated sentence is no work done either)
                    done.append(unit.folded[a:b])
    if not unfinished:
        return False
    return count_numbers(" ".join(done), ("money", "percent")) < TOPIC_DONE_FIGURES


def _own_text(doc: DocIndex, block: Block) -> str:
    """The block's usable text without the sentences that define like a course
    (« Définition : le click to chat est un bouton qui… »): what the candidate says
    of the company."""
    text = usable_text(doc, block)
    if not text or block.kind is BlockKind.TABLE:
        return text
    kept = []
    for unit_id in doc.block_units.get(block.location.index, []):
        unit = doc.units[unit_id]
        aligned = len(unit.folded) == len(unit.text)
        for a, b in unit.sentences:
            if sentence_guard(unit, a, b) is not None:
                continue
            if aligned and course_sentence(unit.folded[a:b], unit.text[a:b]):
                continue
            kept.append(unit.folded[a:b])
    return " ".join(kept)


def detect_topic(terms: list[str], ctx: Context) -> list[Evidence]:
    """Sections and tables about the topic, with the candidate's own content."""
    if not terms:
        return []
    req = _TOPIC_REQUIREMENT
    found: list[Evidence] = []
    seen: set[tuple[int, int]] = set()
    rejected: list[Evidence] = []
    hits = ctx.term_hits(req, terms, req.scope, rejected, heading_min_words=TOPIC_MIN_WORDS)
    for th in hits:
        block, doc = th.unit.block, th.doc
        key = (doc.position, block.location.index)
        if key in seen:
            continue
        seen.add(key)
        if block.kind is BlockKind.HEADING:
            if is_negated_or_todo(block.text):
                continue
            content = section_content(ctx, doc, block)
            text = " ".join(_own_text(doc, inner) for inner in content)
            written = [inner.text for inner in content]
            words = len(text.split())
            if words < TOPIC_MIN_WORDS or not own_facts(text, " ".join(written)):
                continue
            if _unfinished(doc, content):
                continue
            found.append(
                ctx.evidence(
                    req,
                    doc,
                    block,
                    excerpt(block.text),
                    score=0.5,
                    note=f"partie de {words} mots sur le sujet",
                )
            )
        elif block.kind is BlockKind.TABLE and th.unit.row == 0:
            body = [cell for row in block.rows[1:] for cell in row[1:]]
            if len(block.rows) - 1 < TOPIC_MIN_ROWS or not body:
                continue
            filled = sum(not is_placeholder(cell) for cell in body) / len(body)
            if filled < TOPIC_FILLED:
                continue
            found.append(
                ctx.evidence(
                    req,
                    doc,
                    block,
                    table_excerpt(block),
                    score=0.5,
                    note=f"tableau de {len(block.rows) - 1} lignes sur le sujet",
                )
            )
        if len(found) >= 3:
            break
    return found


def _topic_headings(terms: list[str], ctx: Context) -> frozenset[tuple[str, str | int]]:
    """(document, heading text) and (document, heading index) of the headings
    that name the topic."""
    hits = ctx.term_hits(
        _TOPIC_REQUIREMENT, terms, frozenset({BlockKind.HEADING}), [], heading_min_words=0
    )
    found: set[tuple[str, str | int]] = set()
    for th in hits:
        block = th.unit.block
        if not is_negated_or_todo(block.text):
            found.add((th.doc.document.path, block.text))
            found.add((th.doc.document.path, block.location.index))
    return frozenset(found)


def on_topic(
    evidence_lists: list[list[Evidence]], terms: list[str], ctx: Context
) -> list[Evidence] | None:
    """One piece per list, each in (or being) a part whose heading names the
    topic, or None: a slide « Benchmark » and a chapter « La concurrence » of
    the dossier go together, as a jury reads them."""
    if not terms or any(not lst for lst in evidence_lists):
        return None
    headings = _topic_headings(terms, ctx)
    if not headings:
        return None

    def inside(e: Evidence) -> bool:
        return (e.document, e.location.index) in headings or any(
            (e.document, h) in headings for h in e.location.section
        )

    chosen = []
    for lst in evidence_lists:
        match = next((e for e in lst if inside(e)), None)
        if match is None:
            return None
        chosen.append(match)
    return chosen
