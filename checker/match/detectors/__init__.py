"""The detectors: an explicit registry, one module per detector.

Each module (``terms.py``, ``table.py``…, ``lists.py`` for ``list``) declares one ``Detector``: its
typed options (a frozen dataclass validated by the rule loader from its
fields), its default scope, its French label, the checks its options' types
cannot express, the former names of its options, its ``detect`` function and
its documentation (the module docstring, which ``docs/rules.md`` shows).

``python -m checker.match.detectors --write-docs docs/rules.md`` regenerates
the detector reference of the docs from these modules.
"""

from __future__ import annotations

import difflib
from typing import Any

# ``lists``: a module named ``list`` would shadow the builtin in this package.
from . import calculation, date, image, link, lists, number, section, table, terms
from .spec import SCOPE_NAMES, Detector

#: Every detector, by the name rule files give in ``detector:``.
REGISTRY: dict[str, Detector[Any]] = {
    d.name: d
    for d in (
        terms.DETECTOR,
        section.DETECTOR,
        table.DETECTOR,
        lists.DETECTOR,
        number.DETECTOR,
        date.DETECTOR,
        link.DETECTOR,
        image.DETECTOR,
        calculation.DETECTOR,
    )
}


class UnknownDetectorError(KeyError):
    """No detector of that name (the French message names the nearest one)."""

    def __init__(self, name: object) -> None:
        super().__init__(name)
        self.message = unknown_detector_message(name)

    def __str__(self) -> str:
        return self.message


def nearest(name: str, candidates: list[str]) -> str | None:
    """The candidate closest to a misspelt ``name``, if one is close enough."""
    found = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return found[0] if found else None


def unknown_detector_message(name: object) -> str:
    """« détecteur inconnu 'tabel' (attendus : …) — vouliez-vous dire « table » ? »"""
    text = f"détecteur inconnu {name!r} (attendus : " + ", ".join(sorted(REGISTRY)) + ")"
    guess = nearest(name, list(REGISTRY)) if isinstance(name, str) else None
    return text + (f" — vouliez-vous dire « {guess} » ?" if guess else "")


def get(name: str) -> Detector[Any]:
    """The detector called ``name``; raise UnknownDetectorError (French message)."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise UnknownDetectorError(name) from None


def label(name: str) -> str:
    """The French label of a detector (« tableau rempli »)."""
    return get(name).label


__all__ = ["REGISTRY", "SCOPE_NAMES", "Detector", "UnknownDetectorError", "get", "label"]
