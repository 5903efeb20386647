"""What a detector module declares: one ``Detector`` value (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ...ruleset import Requirement
from ...ruleset.options import DetectorOptions
from ...ruleset.schema import SCOPE_NAMES
from ..context import Context, Outcome

OptionsT = TypeVar("OptionsT", bound=DetectorOptions)

__all__ = ["SCOPE_NAMES", "TEXT_SCOPE", "Detector", "no_check"]

#: Where most detectors look: every text block but headings.
TEXT_SCOPE = ("paragraph", "list_item", "table", "caption")


def no_check(options: DetectorOptions) -> list[tuple[str, str]]:
    """No check beyond the options' types."""
    return []


@dataclass(frozen=True, slots=True)
class Detector(Generic[OptionsT]):
    """A detector: its options, where it looks, its French label, its code.

    ``check`` returns (option, French problem) pairs for what the options'
    types cannot say (a value out of range, an unknown kind). ``renamed``
    maps an option's former name to its name today (rule files written
    before the names were unified still load, with a warning).
    """

    name: str
    label: str
    options: type[OptionsT]
    scope: tuple[str, ...]
    detect: Callable[[Requirement, OptionsT, Context], Outcome]
    doc: str
    check: Callable[[OptionsT], list[tuple[str, str]]] = no_check
    renamed: Mapping[str, str] = field(default_factory=dict)

    def run(self, req: Requirement, ctx: Context) -> Outcome:
        """Evaluate a requirement of this detector."""
        options = req.options
        if not isinstance(options, self.options):
            raise TypeError(f"options of {req.id!r} are not {self.options.__name__}")
        return self.detect(req, options, ctx)
