"""``table``: a real, filled table whose labels and cells hold the required terms.

Satisfied when a table of the document has the terms asked (``header`` in its
label cells, ``cells`` anywhere, every group of ``each``), at least
``min_rows`` rows of content and ``min_cols`` columns, is filled (no
placeholder column such as « à définir », no two labelled columns left blank
in every row, no column named by a ``header`` term that says the same catch-all
on every row, « tous » or « idem ») and, when asked, has enough cells
with figures or dates. A row whose cells each list several items counts as
that many rows. A label found with nothing under it (a grid's « Menaces » over a
blank cell, a header over a blank column) leaves the table in part (score 0.5):
real work with one dimension not done.

Options (defaults):

- ``header`` (none): terms looked for in the label cells — first row, first
  column, a row of short labels, or a label opening a cell (« Forces : … »).
- ``min_header`` (1): ``header`` terms found, each in a label cell of its own
  (« Dépenses prévues » is one label, not a planned and a spent column).
- ``not_header`` (none): terms none of which may be in the label cells: the
  table of another subject that shares a word (a CMS's « Catégorie | Mots-clés »
  tag table is not a keyword matrix).
- ``cells`` (none): terms looked for anywhere in the table.
- ``min_cells`` (1): distinct ``cells`` terms found.
- ``min_rows`` (2): rows besides the header.
- ``min_cols`` (2): columns.
- ``min_numbers`` (0): cells holding a number, amount or percentage.
- ``min_dates`` (0): cells holding a date or period.
- ``min_header_dates`` (0): label cells (first row or first column) holding a
  date or period: periods compared side by side (« Mai 2024 | Mai 2025 »),
  not a deadline column (« Pour quand : fin 2026 »).
- ``filled`` (0.6): share of non-empty, non-placeholder cells, between 0 and 1
  (and no column whose every cell is a to-do such as « à définir »).
- ``header_filled`` (0: off): share of the body cells of each column headed by a
  ``header`` term that must hold a real value, when that column holds an explicit
  to-do (« à évaluer »): a duration « for each task » given for half the tasks is
  not given for each.
- ``each`` (none): terms or ``@concepts`` that must **all** appear in the
  table, one form each (a SWOT needs ``["@swot-interne", "@swot-externe"]``:
  strengths and weaknesses alone are not a SWOT).

Scope (default): ``table``.

Example::

    - id: swot-table
      label: "tableau SWOT (forces, faiblesses, opportunités, menaces)"
      detector: table
      header: [forces, faiblesses, opportunités, menaces]
      min_header: 3
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...model import Block, BlockKind
from ...nlp.text import fold
from ...ruleset import Requirement
from ...ruleset.options import SHOWN, DetectorOptions
from ..context import Context, Outcome, table_excerpt
from ..guards import is_negated_or_todo, is_placeholder
from ..index import DocIndex
from ..structure import (
    cell_items,
    distinct_places,
    header_rows,
    item_at,
    label_cell,
    label_prefix,
    label_row,
    tables_with_terms,
)
from ..thresholds import MAX_EVIDENCE
from ..values import count_dates, count_numbers
from .spec import Detector


@dataclass(frozen=True, slots=True, kw_only=True)
class TableOptions(DetectorOptions):
    """Options of the ``table`` detector."""

    header: tuple[str, ...] = ()
    min_header: int = 1
    not_header: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()
    min_cells: int = 1
    min_rows: int = 2
    min_cols: int = 2
    min_numbers: int = 0
    min_dates: int = 0
    min_header_dates: int = 0
    filled: float = 0.6
    header_filled: float = 0.0
    each: tuple[tuple[str, ...], ...] = field(default=(), metadata={SHOWN: False})


def check(opts: TableOptions) -> list[tuple[str, str]]:
    """``filled`` and ``header_filled`` are proportions."""
    return [
        (name, "proportion entre 0 et 1 attendue")
        for name in ("filled", "header_filled")
        if not 0 <= float(getattr(opts, name)) <= 1
    ]


def _todo_column(block: Block, skip: int) -> str | None:
    """The header of a column left to do: it holds an explicit to-do (« à
    définir », « à compléter », « ? ») and real values in a third of its cells
    at most. A blank optional column alone is not an unfinished table."""
    body = block.rows[skip:]
    if len(body) < 2:
        return None
    cols = max(len(row) for row in body)
    for c in range(1, cols):
        todo, real = _column_fill(body, c)
        if todo and real * 3 <= len(body):
            return (block.rows[0][c] if skip and c < len(block.rows[0]) else "") or str(c + 1)
    return None


def _column_fill(body: Sequence[Sequence[str]], c: int) -> tuple[bool, int]:
    """Whether column ``c`` of the body rows holds an explicit to-do, and how many of
    its cells hold a real value. A dash (« — », « - ») says « not applicable », not
    « to do »."""
    cells = [row[c] if c < len(row) else "" for row in body]
    todo = any(cell.strip(" -–—") and is_placeholder(cell) for cell in cells)
    return todo, sum(not is_placeholder(cell) for cell in cells)


def _asked_column_unfinished(
    doc: DocIndex, block: Block, skip: int, header: dict[str, set[int]], share: float
) -> str | None:
    """The header of a column headed by a ``header`` term whose cells hold an explicit
    to-do (« à évaluer ») and real values in less than ``share`` of them."""
    body = block.rows[skip:]
    if not skip or len(body) < 2:
        return None
    columns = sorted(
        {
            col
            for units in header.values()
            for u in units
            if (doc.units[u].row or 0) < skip and (col := doc.units[u].col)
        }
    )
    for c in columns:
        todo, real = _column_fill(body, c)
        if todo and real < share * len(body):
            return block.rows[0][c] if c < len(block.rows[0]) else str(c + 1)
    return None


#: A column's body that names no one in particular: « tous » on every row of a « Cible »
#: column, « idem » all the way down.
_CATCH_ALL = re.compile(
    r"(?:tous|toutes|tout le monde|tous publics|tous les clients|toutes cibles|idem|id"
    r"|meme chose|pareil|cf\.? ci-dessus|voir ci-dessus|voir plus haut|all|everyone)"
)


def _catch_all_column(
    doc: DocIndex, block: Block, skip: int, header: dict[str, set[int]]
) -> str | None:
    """The header of a column named by a ``header`` term whose every body cell (three
    rows or more) says the same catch-all (« tous », « idem »): the dimension the
    column stands for is not told apart."""
    body = block.rows[skip:]
    if not skip or len(body) < 3:
        return None
    columns = {
        col
        for units in header.values()
        for u in units
        if (doc.units[u].row or 0) < skip and (col := doc.units[u].col)
    }
    for c in sorted(columns):
        cells = {fold(row[c]).strip(" .…*_") if c < len(row) else "" for row in body}
        if len(cells) == 1 and _CATCH_ALL.fullmatch(next(iter(cells))):
            return block.rows[0][c] if c < len(block.rows[0]) else str(c + 1)
    return None


def _blank_columns(block: Block, skip: int) -> list[str]:
    """Headers of the labelled columns left blank in every body row, when there are two
    or more: a table started but not filled in (« Conversions | CA | CPA » still
    empty). One blank optional column (« Remarque ») is not that."""
    if not skip or len(block.rows) - skip < 2:
        return []
    heads = block.rows[0]
    body = block.rows[skip:]
    blank = []
    for c, head in enumerate(heads):
        if c == 0 or is_placeholder(head):
            continue
        if all(is_placeholder(row[c] if c < len(row) else "") for row in body):
            blank.append(head.strip())
    return blank if len(blank) >= 2 else []


def _blank_labels(
    doc: DocIndex, block: Block, skip: int, found: Sequence[dict[str, set[int]]]
) -> list[str]:
    """The required labels the table leaves empty: a label of a row of labels whose
    cell below is blank (« Opportunités | Menaces » over « Bureaux… | » in a 2×2
    grid), or a header whose whole column is blank. An empty quadrant is a dimension
    not done, whatever the other cells hold."""
    rows = block.rows
    places = {
        (doc.units[unit].row or 0, doc.units[unit].col or 0)
        for terms in found
        for units in terms.values()
        for unit in units
    }
    blank = []
    for r, c in sorted(places):
        if r >= len(rows) or c >= len(rows[r]):
            continue
        label = rows[r][c].strip()
        if r == 0 and skip:
            below = [row[c] if c < len(row) else "" for row in rows[skip:]]
        elif 0 < r < len(rows) - 1 and label_row(rows[r]) and not label_row(rows[r + 1]):
            below = [rows[r + 1][c] if c < len(rows[r + 1]) else ""]
        else:
            continue
        if below and all(is_placeholder(cell) for cell in below):
            blank.append(label)
    return blank


def _terms_in_table(
    ctx: Context, doc: DocIndex, block: Block, terms: Sequence[str], labels_only: bool
) -> dict[str, set[int]]:
    """Terms found in the table, each with the cells (unit ids) holding it."""
    found: dict[str, set[int]] = {}
    for term in terms:
        for hit in doc.find_in_block(ctx.patterns[term], block.location.index):
            unit = doc.units[hit.unit]
            if (
                labels_only
                and not label_cell(block, unit.row or 0, unit.col or 0)
                and not label_prefix(unit.text, hit.start, hit.end)
            ):
                continue
            # (in a cell listing several items, the item holding the term: « Faiblesses –
            # relance absente – … » still names its weaknesses)
            if is_negated_or_todo(item_at(unit.folded, hit.start, hit.end)):
                continue
            found.setdefault(term, set()).add(hit.unit)
    return found


def detect(req: Requirement, opts: TableOptions, ctx: Context) -> Outcome:
    """A filled table whose labels and cells hold the required terms."""
    outcome = Outcome()
    best = 0.0
    for doc, block in ctx.blocks([BlockKind.TABLE]):
        if not block.rows:
            continue
        if (opts.header or opts.cells) and block.location.index not in tables_with_terms(
            ctx, doc, opts.header or opts.cells
        ):
            continue  # none of the terms anywhere in this table
        header = _terms_in_table(ctx, doc, block, opts.header, True) if opts.header else {}
        cells = _terms_in_table(ctx, doc, block, opts.cells, False) if opts.cells else {}
        if opts.header and distinct_places(header) < opts.min_header:
            continue
        if opts.not_header and _terms_in_table(ctx, doc, block, opts.not_header, True):
            continue  # the table of another subject
        if opts.cells and len(cells) < opts.min_cells:
            continue
        if opts.each and not all(
            _terms_in_table(ctx, doc, block, list(group), False) for group in opts.each
        ):
            continue  # one of the required dimensions is absent (a SWOT without threats)
        skip = header_rows(block)
        body = [cell for row in block.rows[skip:] for cell in row]
        # A row whose cells each list several items (« Motivations | Freins » with
        # five motivations in one cell) holds that many rows of content.
        rows = sum(max(cell_items(cell) for cell in row) for row in block.rows[skip:] if row)
        cols = max(len(row) for row in block.rows)
        problems = []
        if rows < opts.min_rows:
            problems.append(f"{rows} ligne(s), {opts.min_rows} attendues")
        if cols < opts.min_cols:
            problems.append(f"{cols} colonne(s), {opts.min_cols} attendues")
        filled = sum(1 for cell in body if not is_placeholder(cell))
        share = filled / len(body) if body else 0.0
        if share < opts.filled:
            problems.append(f"tableau rempli à {share:.0%}")
        todo_column = _todo_column(block, skip)
        if todo_column is None and opts.header_filled:
            todo_column = _asked_column_unfinished(doc, block, skip, header, opts.header_filled)
        if todo_column is not None:
            problems.append(f"colonne « {todo_column} » à compléter")
        blank = _blank_columns(block, skip) if todo_column is None else []
        if blank:
            problems.append("colonne(s) vide(s) : " + ", ".join(f"« {h} »" for h in blank))
        empty = [] if blank else _blank_labels(doc, block, skip, (header, cells))
        if empty:
            problems.append("case(s) vide(s) : " + ", ".join(f"« {h} »" for h in empty))
        catch_all = _catch_all_column(doc, block, skip, header) if header else None
        if catch_all is not None:
            problems.append(f"colonne « {catch_all} » sans distinction (la même valeur partout)")
        if opts.min_numbers:
            kinds = ("money", "percent", "count")
            numeric = sum(1 for cell in body if count_numbers(fold(cell), kinds))
            if numeric < opts.min_numbers:
                problems.append(f"{numeric} cellule(s) chiffrée(s), {opts.min_numbers} attendues")
        if opts.min_dates:
            # Dates (not durations) are often column headings ("Position janvier 2025").
            dated = sum(
                1
                for row in block.rows
                for cell in row
                if count_dates(fold(cell), ("date", "period"))
            )
            if dated < opts.min_dates:
                problems.append(f"{dated} cellule(s) datée(s), {opts.min_dates} attendues")
        if opts.min_header_dates:
            labels = [*block.rows[0][1:], *(row[0] for row in block.rows[1:] if row)]
            dated = sum(1 for cell in labels if count_dates(fold(cell), ("date", "period")))
            if dated < opts.min_header_dates:
                problems.append(
                    f"{dated} période(s) en tête de ligne ou de colonne, "
                    f"{opts.min_header_dates} attendues"
                )
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
            if empty and len(problems) == 1:
                # Real work with one part left empty (a SWOT without its threats): in
                # part, never whole.
                outcome.score = max(outcome.score, 0.5)
            best = max(best, 0.0)
            continue
        terms = sorted(set(header) | set(cells))
        note = f"tableau {len(block.rows)}×{cols}" + (f" ({', '.join(terms)})" if terms else "")
        outcome.evidence.append(ctx.evidence(req, doc, block, table_excerpt(block), note=note))
        outcome.score = 1.0
        if len(outcome.evidence) >= MAX_EVIDENCE:
            break
    return outcome


DETECTOR = Detector(
    name="table",
    label="tableau rempli",
    options=TableOptions,
    scope=("table",),
    detect=detect,
    doc=__doc__ or "",
    check=check,
    renamed={"numbers": "min_numbers", "dates": "min_dates"},
)
