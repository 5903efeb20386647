"""``list``: a list with enough real items (or the rows of a table read as a list).

Satisfied when a list (consecutive list items, continued across a page
break; or a paragraph numbering its items inline, « (1) … ; (2) … ; (3) … »;
or, for a rule with ``under``, a labelled run in a sentence, « Les freins
cités : le prix, la peur du bruit, la météo. », whose label matches ``under``)
or a table's rows hold at least ``min_items`` real items (no
placeholder, no negated or to-do line) and, when asked, ``min_terms`` of the
``terms`` and a heading or intro line matching ``under``. A list that reads
like a course (« Le processus d'achat comporte cinq étapes : … ») is rejected; a
list with an item that names a point and leaves it blank (« Temps de
chargement : ») is unfinished: half the score.

Options (defaults):

- ``terms`` (none): terms the items must contain.
- ``min_terms`` (1): distinct ``terms`` found across the items.
- ``min_items`` (3): real items.
- ``under`` (none): terms of the heading of the section holding the list, or
  of the intro line right before it (« Nos leviers : »).
- ``per_item`` (0: off): share of the real items (a table's body rows) that must
  each hold one of ``terms``, between 0 and 1: « each partner with its traffic »
  given for one partner in three is work begun, not done (half the score).
- ``negative`` (false): the items are obstacles, weaknesses or risks, so a
  negative turn is their content (« les familles n'aiment pas apporter leurs
  draps », « peur du manque de neige »): only to-dos and placeholders are left
  out.

Scope (default): ``list_item, table``.

Example::

    - id: levers-list
      label: "liste des leviers d'acquisition"
      detector: list
      min_items: 3
      under: [leviers, acquisition]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Block, BlockKind, is_note, out_of_flow
from ...ruleset import Requirement
from ...ruleset.options import DetectorOptions
from ..context import (
    Context,
    Outcome,
    course_like,
    empty_grid,
    excerpt,
    section_content,
    table_excerpt,
)
from ..guards import is_negated_or_todo, is_placeholder, is_ticked, is_todo
from ..index import DocIndex, Unit
from ..structure import blank_item, tables_with_terms
from ..thresholds import MAX_EVIDENCE
from .spec import Detector


@dataclass(frozen=True, slots=True, kw_only=True)
class ListOptions(DetectorOptions):
    """Options of the ``list`` detector."""

    terms: tuple[str, ...] = ()
    min_terms: int = 1
    min_items: int = 3
    under: tuple[str, ...] = ()
    per_item: float = 0.0
    negative: bool = False


def check(opts: ListOptions) -> list[tuple[str, str]]:
    """``per_item`` is a proportion, and needs ``terms`` to look for."""
    if not 0 <= float(opts.per_item) <= 1:
        return [("per_item", "proportion entre 0 et 1 attendue")]
    if opts.per_item and not opts.terms:
        return [("per_item", "demande des termes (« terms ») à chercher dans chaque élément")]
    return []


#: A running header or page number between two pages of one list is this short.
_PAGE_LINE_WORDS = 15


def _across_page_break(blocks: tuple[Block, ...], i: int, last: Block) -> bool:
    """Block ``i`` sits between a list's last item and its continuation on a
    later page: a page header, footer, footnote or image, or a short line (a
    running header, a footer or a page number the reader did not recognise)."""

    def page_line(block: Block) -> bool:
        return (
            out_of_flow(block)
            or block.kind is BlockKind.IMAGE
            or (
                block.kind is BlockKind.PARAGRAPH
                and len(block.text.split()) <= _PAGE_LINE_WORDS
                and not block.text.rstrip().endswith(":")  # « Freins : » opens another list
            )
        )

    if last.location.page is None or not page_line(blocks[i]):
        return False
    for after in blocks[i + 1 :]:
        if page_line(after):
            continue
        return (
            after.kind is BlockKind.LIST_ITEM
            and after.location.page is not None
            and after.location.page > last.location.page
        )
    return False


#: An inline item number: « (1) », « 1) » or « 1° » after the start, a space or
#: a separator (not « page 2) » inside a parenthesis: the number must open it).
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s;:,.]))(?:\((\d{1,2})\)|(\d{1,2})[)°])\s")
#: A paragraph numbers at least this many items inline to be read as a list.
_INLINE_MIN_ITEMS = 3


def inline_items(text: str) -> list[str]:
    """The items of a paragraph that numbers them inline, 1, 2, 3… in order
    (« Nos priorités : (1) la fiche produit ; (2) le panier ; (3) … »), or []."""
    numbered: list[re.Match[str]] = []
    for mark in _INLINE_NUMBER.finditer(text):
        number = int(mark.group(1) or mark.group(2))
        if number == len(numbered) + 1:
            numbered.append(mark)
    if len(numbered) < _INLINE_MIN_ITEMS:
        return []
    ends = [m.start() for m in numbered[1:]] + [len(text)]
    return [text[m.end() : end].strip(" ;,.") for m, end in zip(numbered, ends, strict=True)]


#: A label opening a labelled run: « Les freins cités : » (a name, not a
#: clause: « Une fiche chez nous, c'est : … » describes, it lists nothing).
_LABEL_WORDS = 4
_LABEL_VERB = re.compile(r"\b(?:c'est|est|sont|était|étaient|sera|seront|a|ont|voici)\b", re.I)
#: Words an item of a labelled run may have.
_ITEM_WORDS = (2, 40)
_OPEN, _CLOSE = '([«"“', ')]»"”'


_STOP = re.compile(r"[.!?](?=\s*(?:$|[A-ZÀ-Ý]))")


def _balanced(text: str) -> bool:
    """No bracket or quote left open in ``text``."""
    return text.count("(") <= text.count(")") and text.count("«") <= text.count("»")


def _run_end(text: str, start: int) -> int:
    """Where the sentence that starts a labelled run at ``start`` ends (a full
    stop outside brackets and quotes, then a capital or the end)."""
    for stop in _STOP.finditer(text, start):
        if _balanced(text[start : stop.start()]):
            return stop.start()
    return len(text)


def _split_run(text: str) -> list[str]:
    """Items separated by commas or semicolons outside brackets and quotes."""
    items, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in _OPEN and not (char == '"' and depth):
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
        elif char in ",;" and depth == 0:
            items.append(text[start:i])
            start = i + 1
    items.append(text[start:])
    return [item.strip(" .") for item in items if item.strip(" .")]


def labelled_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Labelled runs of a paragraph, « Label : item, item, item. »: the label's
    span and the items (two words or more each; a label of at most four words,
    without a verb, opening a sentence)."""
    out: list[tuple[int, int, list[str]]] = []
    start = 0
    while True:
        colon = text.find(":", start)
        if colon < 0:
            return out
        head = max(text.rfind(end + " ", 0, colon) for end in ".?!")
        label_start = head + 2 if head >= 0 else 0
        label = text[label_start:colon].strip()
        if (
            not label
            or len(label.split()) > _LABEL_WORDS
            or _LABEL_VERB.search(label.replace("’", "'"))
        ):
            start = colon + 1
            continue
        end = _run_end(text, colon + 1)
        items = _split_run(text[colon + 1 : end])
        if len(items) >= 2 and all(
            _ITEM_WORDS[0] <= len(item.split()) <= _ITEM_WORDS[1] for item in items
        ):
            out.append((label_start, colon, items))
        start = max(end, colon + 1)


def _list_candidates(
    ctx: Context, kind: BlockKind
) -> list[tuple[DocIndex, list[Block], list[str], list[str]]]:
    """Lists (or tables read as lists) of the context, each with its items'
    texts and the real ones among them (computed once per context)."""
    return ctx.cached(f"list-candidates-{kind.value}", lambda: _find_list_candidates(ctx, kind))


def _find_list_candidates(
    ctx: Context, kind: BlockKind
) -> list[tuple[DocIndex, list[Block], list[str], list[str]]]:
    out: list[tuple[DocIndex, list[Block], list[str]]] = []
    if kind is BlockKind.LIST_ITEM:
        for doc, items in _lists(ctx):
            out.append((doc, items, [b.text for b in items]))
        for doc, block in ctx.blocks([BlockKind.PARAGRAPH]):
            inline = inline_items(block.text)
            if inline:
                out.append((doc, [block], inline))
    else:
        for doc, block in ctx.blocks([BlockKind.TABLE]):
            if len(block.rows) >= 2:
                texts = [" ".join(c for c in row if c) for row in block.rows[1:]]
                out.append((doc, [block], texts))
    return [
        (
            doc,
            blocks,
            texts,
            [t for t in texts if not is_placeholder(t) and not is_negated_or_todo(t)],
        )
        for doc, blocks, texts in out
    ]


def _lists(ctx: Context) -> list[tuple[DocIndex, list[Block]]]:
    """Runs of consecutive list items, per document (a list continued after a
    page break, past the page's header, footer or page number, is one list)."""
    out: list[tuple[DocIndex, list[Block]]] = []
    for doc in ctx.docs:
        blocks = doc.document.blocks
        current: list[Block] = []
        for i, block in enumerate(blocks):
            if block.kind is BlockKind.LIST_ITEM and ctx.candidate(doc, block):
                current.append(block)
                continue
            if current and (is_note(block) or _across_page_break(blocks, i, current[-1])):
                continue  # (a Word footnote follows the item that calls it)
            if current:
                out.append((doc, current))
                out.extend((doc, sub) for sub in _sublists(current))
                current = []
        if current:
            out.append((doc, current))
            out.extend((doc, sub) for sub in _sublists(current))
    return out


def _sublists(items: list[Block]) -> list[list[Block]]:
    """The items nested under an item that introduces them (« - Objectifs business : »
    then «   - 45 % de ventes en ligne… »): a list of their own, that item its intro."""
    subs: list[list[Block]] = []
    for j, parent in enumerate(items[:-1]):
        if not parent.text.rstrip().endswith(":"):
            continue
        level = parent.level or 1
        sub: list[Block] = []
        for item in items[j + 1 :]:
            if (item.level or 1) <= level:
                break
            sub.append(item)
        if len(sub) >= 2 and len(sub) < len(items):
            subs.append(sub)
    return subs


def _course_list(ctx: Context, doc: DocIndex, items: list[Block]) -> bool:
    """The list and the paragraphs of its section read like a course."""
    first = items[0]
    section: list[Block] = list(items)
    for heading in reversed(doc.heading_blocks):
        if heading.location.index < first.location.index:
            if first.location.index in doc.section_blocks(heading):
                section = section_content(ctx, doc, heading)
            break
    return course_like(doc, section)


#: What a page break puts between an intro line and its list.
_PAGE_FURNITURE = frozenset({BlockKind.HEADER, BlockKind.FOOTER})


def _under(ctx: Context, opts: ListOptions, doc: DocIndex, first: Block) -> bool:
    """The list sits in a section (or after an intro line) matching ``under``."""
    wanted = [ctx.patterns[t] for t in opts.under]
    blocks = doc.document.blocks
    index = first.location.index
    # The block before the list, over a page break's footer and header (« Les
    # consignes : », « 11 », then the list at the top of the next page).
    before = index - 1
    while before >= 0 and blocks[before].kind in _PAGE_FURNITURE:
        before -= 1
    # Intro paragraph right before the list ("Nos leviers :").
    candidates: list[int] = []
    if before >= 0 and blocks[before].kind in {BlockKind.PARAGRAPH, BlockKind.CAPTION}:
        candidates.append(before)
        # The intro line above the table's caption (« j'ai repéré trois points : »,
        # « Tableau 10 – … », then the table).
        if (
            blocks[before].kind is BlockKind.CAPTION
            and before > 0
            and blocks[before - 1].kind is BlockKind.PARAGRAPH
        ):
            candidates.append(before - 1)
    elif (
        before >= 0
        and blocks[before].kind is BlockKind.LIST_ITEM
        and (blocks[before].level or 1) < (first.level or 1)
    ):
        candidates.append(before)  # the item the list is nested under
    # Headings whose section holds the list.
    for heading in doc.heading_blocks:
        h = heading.location.index
        if h < index and index in doc.section_blocks(heading):
            candidates.append(h)
    return any(
        not is_negated_or_todo(_sentence(doc.units[hit.unit], hit.start))
        for pattern in wanted
        for i in candidates
        for hit in doc.find_in_block(pattern, i)
    )


def _sentence(unit: Unit, start: int) -> str:
    """The sentence of ``unit`` holding character ``start``: a negation in another
    sentence of the intro (« On ne peut pas tout faire seul. Voici nos alliés : »)
    does not undo it, nor one in an aside between parentheses (« Deux campagnes
    Search, sur 40 km (au-delà, le clic ne se rentabilise pas) : »)."""
    begin, end = unit.sentence_at(start)
    return _ASIDE.sub(" ", unit.text[begin:end])


#: An aside between parentheses, without nested ones.
_ASIDE = re.compile(r"\([^()]*\)")


def detect(req: Requirement, opts: ListOptions, ctx: Context) -> Outcome:
    """A list (or a table's rows) with ``min_items`` real items and the terms."""
    outcome = Outcome()
    candidates: list[tuple[DocIndex, list[Block], list[str], list[str]]] = []
    if BlockKind.LIST_ITEM in req.scope:
        candidates += _list_candidates(ctx, BlockKind.LIST_ITEM)
    if BlockKind.TABLE in req.scope:
        candidates += _list_candidates(ctx, BlockKind.TABLE)
    for doc, blocks, texts, good in candidates:
        if opts.negative:
            good = [t for t in texts if not is_placeholder(t) and not is_todo(t)]
        if len(good) < opts.min_items:
            if len(good) and opts.under and _under(ctx, opts, doc, blocks[0]):
                note = f"{len(good)} élément(s), {opts.min_items} attendus"
                left = sum(1 for t in texts if is_todo(t))
                if left and any(is_ticked(t) for t in texts):
                    # A checklist begun (« [x] page débutants », « [ ] page prénatal »):
                    # real work, unfinished.
                    _unfinished(req, ctx, outcome, doc, blocks, texts, f"{note}, {left} à faire")
                else:
                    _reject(req, ctx, outcome, doc, blocks, texts, "placeholder", note)
            continue
        if opts.under and not _under(ctx, opts, doc, blocks[0]):
            continue
        if blocks[0].kind is BlockKind.TABLE and empty_grid(doc, blocks[0]):
            # Row labels of a grid left blank: a template, not the candidate's list.
            outcome.rejected.append(
                ctx.evidence(
                    req,
                    doc,
                    blocks[0],
                    table_excerpt(blocks[0]),
                    rejected_by="placeholder",
                    note="grille laissée vide aux trois quarts",
                )
            )
            continue
        if opts.terms:
            indices = {block.location.index for block in blocks}
            if indices.isdisjoint(tables_with_terms(ctx, doc, opts.terms)):
                continue
            found = set()
            for term in opts.terms:
                by_block = doc.hits_by_block(ctx.patterns[term])
                if not indices.isdisjoint(by_block) and any(
                    not (is_todo if opts.negative else is_negated_or_todo)(doc.units[hit.unit].text)
                    for index in indices.intersection(by_block)
                    for hit in by_block[index]
                ):
                    found.add(term)
                    if len(found) >= opts.min_terms:
                        break
            if len(found) < opts.min_terms:
                continue
            if opts.per_item:
                holding, items = _items_with_terms(ctx, opts, doc, blocks)
                if items and holding < opts.per_item * items:
                    # « Traffic for each partner » given for one partner in three.
                    note = f"{holding} élément(s) sur {items} avec ce qui est demandé"
                    _unfinished(req, ctx, outcome, doc, blocks, texts, note)
                    continue
        if _course_list(ctx, doc, blocks):
            # A list from a course (« Le processus d'achat comporte cinq étapes : besoin,
            # recherche… »), nothing of the candidate's company around it.
            note = "liste de cours : définition, rien de propre à l'entreprise"
            _reject(req, ctx, outcome, doc, blocks, texts, "definition", note)
            continue
        # (a list's items are its blocks, one text each; a table's rows are not items)
        blank = (
            next(
                (
                    t
                    for t, block in zip(texts, blocks, strict=True)
                    if blank_item(doc.document.blocks, block.location.index)
                ),
                None,
            )
            if blocks[0].kind is BlockKind.LIST_ITEM
            else None
        )
        if blank is not None:
            # « Temps de chargement : » with nothing after it: the list is unfinished.
            _unfinished(
                req, ctx, outcome, doc, blocks, texts, f"élément laissé vide : « {blank.strip()} »"
            )
            continue
        note = f"{len(good)} élément(s)"
        text = (
            table_excerpt(blocks[0])
            if blocks[0].kind is BlockKind.TABLE
            else excerpt(" ; ".join(good))
        )
        outcome.evidence.append(ctx.evidence(req, doc, blocks[0], text, note=note))
        outcome.score = 1.0
        if len(outcome.evidence) >= MAX_EVIDENCE:
            break
    if opts.under and BlockKind.LIST_ITEM in req.scope and len(outcome.evidence) < MAX_EVIDENCE:
        _labelled(req, opts, ctx, outcome)
    return outcome


def _unfinished(
    req: Requirement,
    ctx: Context,
    outcome: Outcome,
    doc: DocIndex,
    blocks: list[Block],
    texts: list[str],
    note: str,
) -> None:
    """A list begun but not finished: rejected with ``note``, half the score."""
    _reject(req, ctx, outcome, doc, blocks, texts, "placeholder", note)
    outcome.score = max(outcome.score, 0.5)


def _reject(
    req: Requirement,
    ctx: Context,
    outcome: Outcome,
    doc: DocIndex,
    blocks: list[Block],
    texts: list[str],
    reason: str,
    note: str,
) -> None:
    """The list (its items joined) rejected for ``reason``, with ``note``."""
    outcome.rejected.append(
        ctx.evidence(req, doc, blocks[0], excerpt(" ; ".join(texts)), rejected_by=reason, note=note)
    )


def _items_with_terms(
    ctx: Context, opts: ListOptions, doc: DocIndex, blocks: list[Block]
) -> tuple[int, int]:
    """How many real items (list items, or a table's body rows) hold one of
    ``terms`` outside a negation or a to-do, and how many real items there are.
    A paragraph numbering its items inline counts as one item holding them."""
    keep = is_todo if opts.negative else is_negated_or_todo
    places: set[tuple[int, int | None]] = set()
    indices = {block.location.index for block in blocks}
    for term in opts.terms:
        by_block = doc.hits_by_block(ctx.patterns[term])
        for index in indices.intersection(by_block):
            for hit in by_block[index]:
                unit = doc.units[hit.unit]
                if not keep(unit.text):
                    places.add((index, unit.row))
    if blocks[0].kind is BlockKind.TABLE:
        rows = [
            r
            for r, row in enumerate(blocks[0].rows)
            if r > 0 and any(not is_placeholder(cell) for cell in row)
        ]
        return sum((blocks[0].location.index, r) in places for r in rows), len(rows)
    real = [b for b in blocks if not is_placeholder(b.text) and not keep(b.text)]
    return sum((b.location.index, None) in places for b in real), len(real)


DETECTOR = Detector(
    name="list",
    label="liste",
    options=ListOptions,
    scope=("list_item", "table"),
    detect=detect,
    check=check,
    doc=__doc__ or "",
    renamed={"min": "min_terms"},
)


_Run = tuple[DocIndex, Block, int, int, int, list[str]]


def _labelled_candidates(ctx: Context) -> dict[tuple[int, int], list[_Run]]:
    """Every labelled run of the candidate's paragraphs, by (document, block)
    (computed once per context)."""
    return ctx.cached("labelled-runs", lambda: _find_labelled(ctx))


def _find_labelled(ctx: Context) -> dict[tuple[int, int], list[_Run]]:
    out: dict[tuple[int, int], list[_Run]] = {}
    for doc, block in ctx.blocks([BlockKind.PARAGRAPH]):
        if ":" not in block.text:
            continue
        for unit_id in doc.block_units.get(block.location.index, []):
            text = doc.units[unit_id].text
            if ":" in text:
                for start, end, items in labelled_runs(text):
                    key = (doc.position, block.location.index)
                    out.setdefault(key, []).append((doc, block, unit_id, start, end, items))
    return out


def _terms_after(
    ctx: Context, opts: ListOptions, doc: DocIndex, block: Block, unit_id: int, start: int
) -> int:
    """Distinct ``terms`` found in a unit after character ``start`` (a run's items)."""
    index = block.location.index
    return sum(
        1
        for term in opts.terms
        if any(
            hit.unit == unit_id and hit.start >= start
            for hit in doc.hits_by_block(ctx.patterns[term]).get(index, ())
        )
    )


def _labelled(req: Requirement, opts: ListOptions, ctx: Context, outcome: Outcome) -> None:
    """Labelled runs whose label matches ``under`` (« Les freins cités : … »)."""
    runs = _labelled_candidates(ctx)
    if not runs:
        return
    matched: dict[tuple[int, int, int], _Run] = {}
    for term in opts.under:
        for doc in ctx.docs:
            for index, hits in doc.hits_by_block(ctx.patterns[term]).items():
                for run in runs.get((doc.position, index), ()):
                    _doc, _block, unit_id, start, end, _items = run
                    if any(h.unit == unit_id and start <= h.start < end for h in hits):
                        matched[(doc.position, index, start)] = run
    keep = is_todo if opts.negative else is_negated_or_todo
    for key in sorted(matched):
        doc, block, unit_id, start, end, items = matched[key]
        text = doc.units[unit_id].text
        label = text[start:end]
        if is_negated_or_todo(label):
            continue
        good = [item for item in items if not is_placeholder(item) and not keep(item)]
        if len(good) < opts.min_items or _course_list(ctx, doc, [block]):
            continue
        if opts.terms and _terms_after(ctx, opts, doc, block, unit_id, end) < opts.min_terms:
            continue  # the items must name what is asked, as a list's do
        outcome.evidence.append(
            ctx.evidence(
                req,
                doc,
                block,
                excerpt(text[start:]),
                note=f"{len(good)} élément(s) après « {label} : »",
            )
        )
        outcome.score = 1.0
        if len(outcome.evidence) >= MAX_EVIDENCE:
            return
