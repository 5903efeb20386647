"""The rule-file schema: the keys of blocs, criteria, requirements and scopes.

A detector's own options are declared by the detector itself, as a typed
dataclass (``checker/match/detectors/<name>.py``), and validated by the one
generic loader in ``checker/ruleset/__init__.py``.
"""

from __future__ import annotations

from ..model import BlockKind

#: Block kinds a rule may name in ``scope``.
SCOPE_NAMES = {
    "heading": BlockKind.HEADING,
    "paragraph": BlockKind.PARAGRAPH,
    "list_item": BlockKind.LIST_ITEM,
    "table": BlockKind.TABLE,
    "caption": BlockKind.CAPTION,
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
    "strict",
    "beside",
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
    "caveats",
    "spread",
}
BLOC_KEYS = {"bloc", "title", "livrables", "criteria"}
LIVRABLE_KEYS = {"id", "name", "requires", "hint"}
EXAMPLE_KINDS = ("covered", "partial", "missing")
