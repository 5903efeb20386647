"""``date``: enough dates, periods or durations (near the terms, when asked).

Satisfied when a block in scope holds at least ``min_dates`` dates of the
``kinds`` asked, in a block holding one of the ``near`` terms when they are
given: then a text is read in the sentence holding the term and the next one only
(a table: whole).

Options (defaults):

- ``kinds`` ([date, period]): ``date`` (12/03/2025, mars 2025, semaine 12),
  ``period`` (T1, S1 2025, 1er trimestre, janvier à mars), ``duration``
  (3 semaines, 10 jours).
- ``min_dates`` (1): dates one block must hold.
- ``near`` (none): terms in the same sentence or the one before (table: same
  table).
- ``targets`` (false): only targets count: the sentences that set a goal
  (« L'objectif est de… », « Porter le CA à… d'ici juin », « 300 commandes
  visées ») and, in a table, the columns headed « Objectif », « Cible », « Visé »,
  « Prévu » — not the figures of today's situation (« En 2025 le CA est de… »).

Scope (default): ``paragraph, list_item, table, caption``.

Example::

    - id: dated-plan
      label: "planning daté"
      detector: date
      min_dates: 3
      near: [planning, calendrier, rétroplanning]
"""

from __future__ import annotations

from dataclasses import dataclass

from ...ruleset import Requirement
from ...ruleset.options import DetectorOptions
from ..context import Context, Outcome
from ..figures import count_detector
from ..values import count_dates, goal_deadlines, only_goals
from .spec import TEXT_SCOPE, Detector

#: Kinds of dates a rule may ask for.
DATE_KINDS = frozenset({"date", "period", "duration"})


@dataclass(frozen=True, slots=True, kw_only=True)
class DateOptions(DetectorOptions):
    """Options of the ``date`` detector."""

    min_dates: int = 1
    kinds: tuple[str, ...] = ("date", "period")
    near: tuple[str, ...] = ()
    targets: bool = False


def check(opts: DateOptions) -> list[tuple[str, str]]:
    """Every kind is known."""
    bad = set(opts.kinds) - DATE_KINDS
    if bad:
        return [("kinds", f"type(s) de date inconnu(s) : {', '.join(sorted(bad))}")]
    return []


def detect(req: Requirement, opts: DateOptions, ctx: Context) -> Outcome:
    """Enough dates, periods or durations (near the terms, when asked)."""
    kinds = tuple(opts.kinds)
    return count_detector(
        req,
        ctx,
        (lambda text: count_dates(goal_deadlines(only_goals(text)), kinds))
        if opts.targets
        else (lambda text: count_dates(text, kinds)),
        "date(s)/période(s)",
        near=opts.near,
        minimum=opts.min_dates,
    )


DETECTOR = Detector(
    name="date",
    label="dates ou périodes",
    options=DateOptions,
    scope=TEXT_SCOPE,
    detect=detect,
    doc=__doc__ or "",
    check=check,
    renamed={"min": "min_dates"},
)
