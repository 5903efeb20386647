"""The base of every detector's options (the detectors live in ``checker/match/detectors/``).

A detector declares its options as a frozen dataclass deriving from
``DetectorOptions``: each field is one rule-file key, its annotation the
accepted type and its default the value taken when the key is absent (a field
without a default is required). The rule loader validates every detector the
same way from those fields (``checker/ruleset/__init__.py``), so the loader
never needs to know a detector's options by name.

Field annotations understood by the loader (see ``OPTION_KINDS``):

* ``tuple[str, ...]``: a list of terms (``@concepts`` expanded, regular
  expressions and proximity terms checked);
* ``tuple[tuple[str, ...], ...]``: a list of terms, each its own group;
* ``int``, ``float`` (an int is accepted), ``bool``;
* ``Requirement | None``: a nested requirement (``section``'s ``contains``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

#: Field metadata key: False hides the option from ``rules show``.
SHOWN = "shown"

#: Fields holding terms, in the order ``term_strings()`` lists them.
TERM_FIELDS = ("terms", "near", "header", "cells", "under", "not_near", "not_header")

#: Term fields that rule a block out (compiled, but not what a requirement is about).
EXCLUDING_FIELDS = frozenset({"not_near", "not_header"})


@dataclass(frozen=True, slots=True)
class DetectorOptions:
    """Options of one detector (subclassed once per detector)."""

    def shown(self) -> Iterator[tuple[str, Any]]:
        """(name, value) of the options ``rules show`` prints, in field order."""
        for f in fields(self):
            if f.metadata.get(SHOWN, True):
                yield f.name, getattr(self, f.name)

    def term_strings(self, exclusions: bool = True) -> list[str]:
        """Every term string of these options (nested requirements included);
        ``exclusions=False`` leaves out the terms that rule a block out
        (``not_near``, ``not_header``): what the requirement is about, not its context."""
        out: list[str] = []
        for name in TERM_FIELDS:
            if exclusions or name not in EXCLUDING_FIELDS:
                out.extend(getattr(self, name, ()) or ())
        for group in getattr(self, "each", ()) or ():
            out.extend(group)
        contains = getattr(self, "contains", None)
        if contains is not None:
            out.extend(contains.terms(exclusions))
        return out
