"""Structural detectors: ``table`` (a real, filled table) and ``list`` (enough items)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Block, BlockKind
from ..nlp.text import fold
from ..ruleset import Requirement
from .context import Context, Outcome, course_like, excerpt, section_content, table_excerpt
from .guards import is_negated_or_todo, is_placeholder
from .index import DocIndex
from .thresholds import MAX_EVIDENCE
from .values import count_dates, count_numbers


def _label_row(row: tuple[str, ...]) -> bool:
    """A row of labels inside a grid ("Opportunités | Menaces" in a 2×2 SWOT)."""
    return all(len(cell.split()) <= 3 and not any(ch.isdigit() for ch in cell) for cell in row)


def _label_cell(block: Block, r: int, c: int) -> bool:
    """First row, first column, or a row made only of short labels."""
    return r == 0 or c == 0 or _label_row(block.rows[r])


_LABEL_PREFIX_END = (":", "–", "—", "-", "\n")


def _label_prefix(text: str, start: int, end: int) -> bool:
    """The term opens the cell as its label: « Forces : notoriété locale… »
    (a 2×2 grid whose quadrant names sit at the start of each cell)."""
    if text[:start].strip(" *•-–\t\n"):
        return False
    rest = text[end:]
    return rest.lstrip(" \t").startswith(_LABEL_PREFIX_END) or rest.startswith("\n")


def _content_cell(cell: str) -> bool:
    """A cell holding content rather than a column label: a label with its
    content (« Forces : notoriété… »), or four words or more."""
    label, colon, after = cell.partition(":")
    if colon and label.strip() and len(after.split()) >= 2:
        return True
    return len(cell.split()) >= 4


def _todo_column(block: Block, skip: int) -> str | None:
    """The header of a column left to do: it holds an explicit to-do (« à
    définir », « à compléter », « ? ») and real values in a third of its cells
    at most. A blank optional column alone is not an unfinished table."""
    body = block.rows[skip:]
    if len(body) < 2:
        return None
    cols = max(len(row) for row in body)
    for c in range(1, cols):
        cells = [row[c] if c < len(row) else "" for row in body]
        todo = any(cell.strip() and is_placeholder(cell) for cell in cells)
        real = sum(not is_placeholder(cell) for cell in cells)
        if todo and real * 3 <= len(cells):
            return (block.rows[0][c] if skip and c < len(block.rows[0]) else "") or str(c + 1)
    return None


_ITEM_BREAK = re.compile(r"\n|(?:^|\s)[•▪◦●\-–]\s|;")
# A capitalised word glued after a lowercase one and followed by a lowercase
# word: a new item whose line break the reader dropped (« écrans S'organiser (agenda »).
_GLUED_ITEM = re.compile(r"(\w+)[)»%]? (?=[A-ZÀ-Ý][\w'’-]*\s+[(a-zà-ÿ])")
# …unless the word before is a preposition or an article (« à Lyon », « chez Nature »).
_BEFORE_NAME = frozenset(
    [
        "à",
        "a",
        "de",
        "du",
        "des",
        "en",
        "chez",
        "par",
        "pour",
        "avec",
        "sur",
        "le",
        "la",
        "les",
        "un",
        "une",
        "et",
        "d",
        "l",
    ]
)


@lru_cache(maxsize=65536)
def cell_items(cell: str) -> int:
    """How many items a table cell lists: lines, bullets, « ; », or a new
    capitalised item glued after the previous one. A short cell is one item."""
    text = cell.strip()
    if len(text.split()) < 8:
        return 1
    glued = sum(
        1
        for match in _GLUED_ITEM.finditer(text)
        if match.group(1)[-1:].islower() or match.group(1)[-1:].isdigit()
        if match.group(1).lower() not in _BEFORE_NAME
    )
    return 1 + len(_ITEM_BREAK.findall(text)) + glued


def header_rows(block: Block) -> int:
    """1 when the table's first row holds column labels, 0 when it is already
    content (a grid without a header row: every cell long or label-prefixed)."""
    first = [cell for cell in block.rows[0] if cell.strip()]
    if len(block.rows) >= 2 and first and all(_content_cell(cell) for cell in first):
        return 0
    return 1


def _terms_in_table(
    ctx: Context, doc: DocIndex, block: Block, terms: list[str], labels_only: bool
) -> dict[str, set[int]]:
    """Terms found in the table, each with the cells (unit ids) holding it."""
    found: dict[str, set[int]] = {}
    for term in terms:
        for hit in doc.find_in_block(ctx.patterns[term], block.location.index):
            unit = doc.units[hit.unit]
            if (
                labels_only
                and not _label_cell(block, unit.row or 0, unit.col or 0)
                and not _label_prefix(unit.text, hit.start, hit.end)
            ):
                continue
            if is_negated_or_todo(unit.text):
                continue
            found.setdefault(term, set()).add(hit.unit)
    return found


def _tables_with_terms(ctx: Context, doc: DocIndex, terms: list[str]) -> frozenset[int]:
    """Indices of the blocks holding one of ``terms`` (computed once per term list)."""
    # Keyed by the list itself (a rule's option, alive as long as the rule set):
    # hashing a long tuple of terms at every call cost more than the lookup.
    key = ("tables-with", id(terms))
    cached = doc.block_cache.get(key)  # type: ignore[arg-type]
    if cached is None or cached[0] is not terms:  # type: ignore[index]
        indices: set[int] = set()
        for term in terms:
            indices.update(doc.hits_by_block(ctx.patterns[term]))
        cached = doc.block_cache[key] = (terms, frozenset(indices))  # type: ignore[index]
    return cached[1]  # type: ignore[index]


def _distinct_cells(found: dict[str, set[int]]) -> int:
    """How many terms sit in cells of their own: « Dépenses prévues » holds
    « dépensé » and « prévu » but is one label, not a planned/actual pair."""
    used: set[int] = set()
    count = 0
    for term in sorted(found, key=lambda t: len(found[t])):
        free = sorted(found[term] - used)
        if free:
            used.add(free[0])
            count += 1
    return count


def detect_table(req: Requirement, ctx: Context) -> Outcome:
    """A filled table whose labels and cells hold the required terms."""
    opts = req.options
    outcome = Outcome()
    best = 0.0
    for doc, block in ctx.blocks([BlockKind.TABLE]):
        if not block.rows:
            continue
        if (opts["header"] or opts["cells"]) and block.location.index not in _tables_with_terms(
            ctx, doc, opts["header"] or opts["cells"]
        ):
            continue  # none of the terms anywhere in this table
        header = _terms_in_table(ctx, doc, block, opts["header"], True) if opts["header"] else {}
        cells = _terms_in_table(ctx, doc, block, opts["cells"], False) if opts["cells"] else {}
        if opts["header"] and _distinct_cells(header) < opts["min_header"]:
            continue
        if opts["cells"] and len(cells) < opts["min_cells"]:
            continue
        if opts["each"] and not all(
            _terms_in_table(ctx, doc, block, list(group), False) for group in opts["each"]
        ):
            continue  # one of the required dimensions is absent (a SWOT without threats)
        skip = header_rows(block)
        body = [cell for row in block.rows[skip:] for cell in row]
        # A row whose cells each list several items (« Motivations | Freins » with
        # five motivations in one cell) holds that many rows of content.
        rows = sum(max(cell_items(cell) for cell in row) for row in block.rows[skip:] if row)
        cols = max(len(row) for row in block.rows)
        problems = []
        if rows < opts["min_rows"]:
            problems.append(f"{rows} ligne(s), {opts['min_rows']} attendues")
        if cols < opts["min_cols"]:
            problems.append(f"{cols} colonne(s), {opts['min_cols']} attendues")
        filled = sum(1 for cell in body if not is_placeholder(cell))
        share = filled / len(body) if body else 0.0
        if share < opts["filled"]:
            problems.append(f"tableau rempli à {share:.0%}")
        todo_column = _todo_column(block, skip)
        if todo_column is not None:
            problems.append(f"colonne « {todo_column} » à compléter")
        if opts["numbers"]:
            kinds = ("money", "percent", "count")
            numeric = sum(1 for cell in body if count_numbers(fold(cell), kinds))
            if numeric < opts["numbers"]:
                problems.append(f"{numeric} cellule(s) chiffrée(s), {opts['numbers']} attendues")
        if opts["dates"]:
            # Dates (not durations) are often column headings ("Position janvier 2025").
            dated = sum(
                1
                for row in block.rows
                for cell in row
                if count_dates(fold(cell), ("date", "period"))
            )
            if dated < opts["dates"]:
                problems.append(f"{dated} cellule(s) datée(s), {opts['dates']} attendues")
        if problems:
            outcome.rejected.append(
                ctx.evidence(
                    req,
                    doc,
                    block,
                    table_excerpt(block),
                    rejected_by="placeholder",
                    note="; ".join(problems),
                )
            )
            best = max(best, 0.0)
            continue
        terms = sorted(set(header) | set(cells))
        note = f"tableau {len(block.rows)}×{cols}" + (f" ({', '.join(terms)})" if terms else "")
        outcome.evidence.append(ctx.evidence(req, doc, block, table_excerpt(block), note=note))
        outcome.score = 1.0
        if len(outcome.evidence) >= MAX_EVIDENCE:
            break
    return outcome


_PAGE_FURNITURE = frozenset({BlockKind.HEADER, BlockKind.FOOTER, BlockKind.IMAGE})
#: A running header or page number between two pages of one list is this short.
_PAGE_LINE_WORDS = 15


def _across_page_break(blocks: tuple[Block, ...], i: int, last: Block) -> bool:
    """Block ``i`` sits between a list's last item and its continuation on a
    later page: a page header, footer or image, or a short line (a running
    header, a footer or a page number the reader did not recognise)."""

    def page_line(block: Block) -> bool:
        return block.kind in _PAGE_FURNITURE or (
            block.kind is BlockKind.PARAGRAPH
            and len(block.text.split()) <= _PAGE_LINE_WORDS
            and not block.text.rstrip().endswith(":")  # « Freins : » opens another list
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


def _list_candidates(
    ctx: Context, kind: BlockKind
) -> list[tuple[DocIndex, list[Block], list[str], list[str]]]:
    """Lists (or tables read as lists) of the context, each with its items'
    texts and the real ones among them (computed once per context)."""
    key = f"list-candidates-{kind.value}"
    found = ctx.memo.get(key)
    if found is None:
        out = []
        if kind is BlockKind.LIST_ITEM:
            for doc, items in _lists(ctx):
                out.append((doc, items, [b.text for b in items]))
        else:
            for doc, block in ctx.blocks([BlockKind.TABLE]):
                if len(block.rows) >= 2:
                    texts = [" ".join(c for c in row if c) for row in block.rows[1:]]
                    out.append((doc, [block], texts))
        found = ctx.memo[key] = [
            (
                doc,
                blocks,
                texts,
                [t for t in texts if not is_placeholder(t) and not is_negated_or_todo(t)],
            )
            for doc, blocks, texts in out
        ]
    return found  # type: ignore[return-value]


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
            if current and _across_page_break(blocks, i, current[-1]):
                continue
            if current:
                out.append((doc, current))
                current = []
        if current:
            out.append((doc, current))
    return out


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


def _under(ctx: Context, req: Requirement, doc: DocIndex, first: Block) -> bool:
    """The list sits in a section (or after an intro line) matching ``under``."""
    wanted = [ctx.patterns[t] for t in req.options["under"]]
    blocks = doc.document.blocks
    index = first.location.index
    # Intro paragraph right before the list ("Nos leviers :").
    candidates: list[int] = []
    if index > 0 and blocks[index - 1].kind in {BlockKind.PARAGRAPH, BlockKind.CAPTION}:
        candidates.append(index - 1)
    # Headings whose section holds the list.
    for heading in doc.heading_blocks:
        h = heading.location.index
        if h < index and index in doc.section_blocks(heading):
            candidates.append(h)
    return any(
        not is_negated_or_todo(doc.units[hit.unit].text)
        for pattern in wanted
        for i in candidates
        for hit in doc.find_in_block(pattern, i)
    )


def detect_list(req: Requirement, ctx: Context) -> Outcome:
    """A list (or a table's rows) with ``min_items`` real items and the terms."""
    opts = req.options
    outcome = Outcome()
    candidates: list[tuple[DocIndex, list[Block], list[str], list[str]]] = []
    if BlockKind.LIST_ITEM in req.scope:
        candidates += _list_candidates(ctx, BlockKind.LIST_ITEM)
    if BlockKind.TABLE in req.scope:
        candidates += _list_candidates(ctx, BlockKind.TABLE)
    for doc, blocks, texts, good in candidates:
        if len(good) < opts["min_items"]:
            if len(good) and opts["under"] and _under(ctx, req, doc, blocks[0]):
                outcome.rejected.append(
                    ctx.evidence(
                        req,
                        doc,
                        blocks[0],
                        excerpt(" ; ".join(texts)),
                        rejected_by="placeholder",
                        note=f"{len(good)} élément(s), {opts['min_items']} attendus",
                    )
                )
            continue
        if opts["under"] and not _under(ctx, req, doc, blocks[0]):
            continue
        if opts["terms"]:
            indices = {block.location.index for block in blocks}
            if indices.isdisjoint(_tables_with_terms(ctx, doc, opts["terms"])):
                continue
            found = set()
            for term in opts["terms"]:
                by_block = doc.hits_by_block(ctx.patterns[term])
                if not indices.isdisjoint(by_block) and any(
                    not is_negated_or_todo(doc.units[hit.unit].text)
                    for index in indices.intersection(by_block)
                    for hit in by_block[index]
                ):
                    found.add(term)
                    if len(found) >= opts["min"]:
                        break
            if len(found) < opts["min"]:
                continue
        if _course_list(ctx, doc, blocks):
            # A list from a course (« Le processus d'achat comporte cinq étapes : besoin,
            # recherche… »), nothing of the candidate's company around it.
            outcome.rejected.append(
                ctx.evidence(
                    req,
                    doc,
                    blocks[0],
                    excerpt(" ; ".join(texts)),
                    rejected_by="definition",
                    note="liste de cours : définition, rien de propre à l'entreprise",
                )
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
    return outcome
