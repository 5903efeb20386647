"""``number``: enough numbers of the given kinds (near the terms, when asked).

Satisfied when a block in scope quotes at least ``min_numbers`` numbers of
the ``kinds`` asked (negated and to-do sentences left out; a table: every
cell), in a block holding one of the ``near`` terms when they are given: then a
text is read in the sentence holding the term and the next one only (a table:
whole).

Options (defaults):

- ``kinds`` ([any]): ``money``, ``percent``, ``ratio``, ``count``, ``any``. ``count``
  leaves out years, dates and pointers into the dossier (« partie 3.1 », « p. 12 »);
  a rank counts where the text speaks of positions (« 27e → 9e », « de la 14e à la
  3e place »).
- ``min_numbers`` (1): numbers one block must quote.
- ``near`` (none): terms in the same sentence or the one before (table: same
  table).
- ``targets`` (false): only targets count: the sentences that set a goal
  (« L'objectif est de… », « Porter le CA à… d'ici juin », « 300 commandes
  visées ») and, in a table, the columns headed « Objectif », « Cible », « Visé »,
  « Prévu » — not the figures of today's situation (« En 2025 le CA est de… »).
- ``measured`` (false): only figures that were measured count, not targets: a
  clause setting a goal (« Augmenter le taux de conversion de 1,6 % à 2,2 % »,
  « Objectif : 300 commandes », « viser 2 % ») is left out — for results.

Scope (default): ``paragraph, list_item, table, caption``.

Example::

    - id: budget-amounts
      label: "montants du budget"
      detector: number
      kinds: [money]
      min_numbers: 3
      near: [budget, coût]
"""

from __future__ import annotations

from dataclasses import dataclass

from ...ruleset import Requirement
from ...ruleset.options import DetectorOptions
from ..context import Context, Outcome
from ..figures import count_detector
from ..values import count_numbers, only_goals, without_goals
from .spec import TEXT_SCOPE, Detector

#: Kinds of numbers a rule may ask for.
NUMBER_KINDS = frozenset({"money", "percent", "ratio", "count", "any"})


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberOptions(DetectorOptions):
    """Options of the ``number`` detector."""

    min_numbers: int = 1
    kinds: tuple[str, ...] = ("any",)
    near: tuple[str, ...] = ()
    targets: bool = False
    measured: bool = False


def check(opts: NumberOptions) -> list[tuple[str, str]]:
    """Every kind is known."""
    bad = set(opts.kinds) - NUMBER_KINDS
    if bad:
        return [("kinds", f"type(s) de nombre inconnu(s) : {', '.join(sorted(bad))}")]
    if opts.targets and opts.measured:
        return [("measured", "incompatible avec targets : des cibles ou des mesures, pas les deux")]
    return []


def detect(req: Requirement, opts: NumberOptions, ctx: Context) -> Outcome:
    """Enough numbers of the given kinds (near the terms, when asked)."""
    kinds = tuple(opts.kinds)
    # What of the block's text is read: its targets, its measures, or all of it.
    keep = only_goals if opts.targets else without_goals if opts.measured else None
    return count_detector(
        req,
        ctx,
        lambda text: count_numbers(keep(text) if keep else text, kinds),
        "nombre(s) mesuré(s)" if opts.measured else "nombre(s)",
        near=opts.near,
        minimum=opts.min_numbers,
    )


DETECTOR = Detector(
    name="number",
    label="nombres",
    options=NumberOptions,
    scope=TEXT_SCOPE,
    detect=detect,
    doc=__doc__ or "",
    check=check,
    renamed={"min": "min_numbers"},
)
