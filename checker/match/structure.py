"""Reading tables: label cells, header rows, items in a cell, tables holding terms.

Shared by the ``table``, ``list`` and ``terms`` detectors and by the topic
matcher.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TypeVar, cast

from ..model import Block, BlockKind, out_of_flow
from ..nlp.text import fold
from .context import Context
from .guards import is_placeholder, is_todo, left_blank
from .index import DocIndex

#: A cell (its index) or a word (its span).
_Place = TypeVar("_Place", int, tuple[int, int])


def distinct_places(found: Mapping[str, set[_Place]]) -> int:
    """How many terms were found in places of their own (cells, words): two
    terms whose every hit is in the same place count once. « Dépenses prévues »
    holds « dépensé » and « prévu » but is one label; a singular and its plural,
    joined by their lemma in one word, are one term."""
    used: set[_Place] = set()
    count = 0
    for term in sorted(found, key=lambda t: len(found[t])):
        free = found[term] - used
        if free:
            used.add(min(free))
            count += 1
    return count


def label_row(row: tuple[str, ...]) -> bool:
    """A row of labels inside a grid ("Opportunités | Menaces" in a 2×2 SWOT)."""
    return all(len(cell.split()) <= 3 and not any(ch.isdigit() for ch in cell) for cell in row)


def label_cell(block: Block, r: int, c: int) -> bool:
    """First row, first column, or a row made only of short labels."""
    return r == 0 or c == 0 or label_row(block.rows[r])


_LABEL_PREFIX_END = (":", "–", "—", "-", "\n")


def label_prefix(text: str, start: int, end: int) -> bool:
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


def item_at(cell: str, start: int, end: int) -> str:
    """The item of a cell that lists several (lines, bullets, dashes, « ; ») holding
    ``start:end``; the whole cell when it lists one."""
    if cell_items(cell) < 2:
        return cell
    left, right = 0, len(cell)
    for match in _ITEM_BREAK.finditer(cell):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return cell[left:right]


def header_rows(block: Block) -> int:
    """1 when the table's first row holds column labels, 0 when it is already
    content (a grid without a header row: every cell long or label-prefixed)."""
    first = [cell for cell in block.rows[0] if cell.strip()]
    if len(block.rows) >= 2 and first and all(_content_cell(cell) for cell in first):
        return 0
    return 1


def tables_with_terms(ctx: Context, doc: DocIndex, terms: Sequence[str]) -> frozenset[int]:
    """Indices of the blocks holding one of ``terms`` (computed once per term list)."""
    # Keyed by the list itself (a rule's option, alive as long as the rule set):
    # hashing a long tuple of terms at every call cost more than the lookup.
    key = ("tables-with", id(terms))
    cached = doc.block_cache.get(key)
    if isinstance(cached, tuple) and cached[0] is terms:
        return cast(frozenset[int], cached[1])
    indices: set[int] = set()
    for term in terms:
        indices.update(doc.hits_by_block(ctx.patterns[term]))
    found = frozenset(indices)
    doc.block_cache[key] = (terms, found)
    return found


#: An empty row is a point left blank only in a table filled at least this much (a
#: Gantt chart or a sparse grid is filled well under half).
BLANK_ROW_TABLE_FILLED = 0.5


def blank_rows(doc: DocIndex, block: Block) -> list[tuple[int, str]]:
    """Body rows of a table of three columns or more whose label names a point and
    whose other cells are all empty or placeholders (« Après l'achat | | »,
    « Temps de chargement | à mesurer | »): (label cell's unit, label)."""
    if len(block.rows) < 3 or max(len(row) for row in block.rows) < 3:
        return []
    labels = {
        doc.units[u].row: u
        for u in doc.block_units.get(block.location.index, [])
        if doc.units[u].col == 0 and doc.units[u].row
    }
    body = [cell for row in block.rows[1:] for cell in row[1:]]
    # A Gantt chart or a sparse grid leaves cells empty on purpose: an empty row
    # counts only in a table whose other cells are filled; a dash says « n/a ».
    filled = sum(1 for cell in body if cell.strip()) / max(1, len(body))
    out = []
    for r, row in enumerate(block.rows[1:], start=1):
        if not row or is_placeholder(row[0]) or r not in labels:
            continue
        cells = row[1:]
        # (a Gantt chart's « X » marks are content, not placeholders)
        if not all(
            (is_placeholder(cell) and fold(cell).strip() != "x") or is_todo(cell) for cell in cells
        ):
            continue
        todo = any(is_todo(cell) or cell.strip() in {"?", "??", "???"} for cell in cells)
        empty = all(not cell.strip() for cell in cells)
        if empty and _group_row(block.rows, r):
            continue  # « Clientèles retenues, par ordre | | » over « 1. Artisans | 58 % | … »
        if todo or (empty and filled >= BLANK_ROW_TABLE_FILLED):
            out.append((labels[r], row[0].strip()))
    return out


#: A row label that opens with an enumeration mark (« 1. », « 2) », « – », « a) »).
_ENUMERATED = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-–•*])\s")


def _group_row(rows: Sequence[Sequence[str]], r: int) -> bool:
    """Row ``r``, empty but for its label, heads the rows under it: the next two rows
    are filled and their labels enumerate (« 1. Artisans », « 2. Particuliers »)."""
    following = rows[r + 1 : r + 3]
    return len(following) == 2 and all(
        row and _ENUMERATED.match(row[0]) and any(cell.strip() for cell in row[1:])
        for row in following
    )


def blank_item(items: Sequence[Block], i: int) -> bool:
    """Item ``i`` of ``items`` (a document's blocks) names a point and leaves it blank
    (« Délai : »), unless what follows it fills it: its own deeper sub-items
    (« Preuves : » then its items is a heading of the list) or a table (« Tunnel
    mesuré : » then the table of its steps)."""
    item = items[i]
    if not left_blank(item.text):
        return False
    following = next(
        (b for b in items[i + 1 :] if not out_of_flow(b)),
        None,
    )
    return not (
        following is not None
        and (
            following.kind is BlockKind.TABLE
            or (
                following.kind is BlockKind.LIST_ITEM and (following.level or 1) > (item.level or 1)
            )
        )
    )
