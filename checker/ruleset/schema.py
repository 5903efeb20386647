"""The rule-file schema: every key, its type and default, per detector.

Declared as data so that one generic validator checks every rule (the
yamllint ``CONF``/``DEFAULT`` model) and ``rules show`` can print it.
"""

from __future__ import annotations

from ..model import BlockKind

#: Option name -> (accepted Python types, default). ``None`` default with
#: ``REQUIRED`` in the set below means the option must be given.
TERMS = (list,)
INT = (int,)
FLOAT = (int, float)
BOOL = (bool,)

DETECTOR_OPTIONS: dict[str, dict[str, tuple[tuple[type, ...], object]]] = {
    "terms": {
        "terms": (TERMS, None),
        "min": (INT, 1),
        "with": (TERMS, ()),
        "min_words": (INT, 0),
        "numbers": (INT, 0),
        "facts": (BOOL, False),
    },
    "section": {
        "terms": (TERMS, None),
        "min_words": (INT, 30),
        "contains": ((dict,), None),
    },
    "table": {
        "header": (TERMS, ()),
        "min_header": (INT, 1),
        "cells": (TERMS, ()),
        "min_cells": (INT, 1),
        "min_rows": (INT, 2),
        "min_cols": (INT, 2),
        "numbers": (INT, 0),
        "dates": (INT, 0),
        "filled": (FLOAT, 0.6),
        "each": (TERMS, ()),
    },
    "list": {
        "min_items": (INT, 3),
        "terms": (TERMS, ()),
        "min": (INT, 1),
        "under": (TERMS, ()),
    },
    "number": {
        "kinds": (TERMS, ("any",)),
        "min": (INT, 1),
        "near": (TERMS, ()),
    },
    "date": {
        "kinds": (TERMS, ("date", "period")),
        "min": (INT, 1),
        "near": (TERMS, ()),
    },
    "link": {
        "min": (INT, 1),
        "near": (TERMS, ()),
        "domains": (TERMS, ()),
    },
    "image": {
        "min": (INT, 1),
        "near": (TERMS, ()),
    },
    "calculation": {
        "terms": (TERMS, None),
        "min_numbers": (INT, 2),
    },
}

REQUIRED = {
    "terms": {"terms"},
    "section": {"terms"},
    "calculation": {"terms"},
}

NUMBER_KINDS = {"money", "percent", "ratio", "count", "any"}
DATE_KINDS = {"date", "period", "duration"}

SCOPE_NAMES = {
    "heading": BlockKind.HEADING,
    "paragraph": BlockKind.PARAGRAPH,
    "list_item": BlockKind.LIST_ITEM,
    "table": BlockKind.TABLE,
    "caption": BlockKind.CAPTION,
}

#: Where each detector looks when a requirement gives no ``scope``.
DEFAULT_SCOPE = {
    "terms": ("paragraph", "list_item", "table", "caption"),
    "section": ("heading",),
    "table": ("table",),
    "list": ("list_item", "table"),
    "number": ("paragraph", "list_item", "table", "caption"),
    "date": ("paragraph", "list_item", "table", "caption"),
    "link": ("paragraph", "list_item", "table", "caption", "heading"),
    "image": ("paragraph", "list_item", "table", "caption", "heading"),
    "calculation": ("paragraph", "list_item", "table", "caption"),
}

REQUIREMENT_KEYS = {
    "id",
    "label",
    "detector",
    "scope",
    "any_of",
    "all_of",
    "at_least",
    "of",
    "same_section",
}
CRITERION_KEYS = {
    "id",
    "competency",
    "text",
    "assessment",
    "requires",
    "supports",
    "hint",
    "jury_focus",
    "examples",
    "topic",
}
BLOC_KEYS = {"bloc", "title", "livrables", "criteria"}
LIVRABLE_KEYS = {"id", "name", "requires", "hint"}
EXAMPLE_KINDS = ("covered", "partial", "missing")
