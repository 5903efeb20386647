"""Shared fixtures: the bundled rule set and its engine, loaded once per session."""

from __future__ import annotations

import pytest

from checker.errors import RuleFileError
from checker.ruleset import DEFAULT_RULES_DIR, RuleSet, load_bloc_file, load_ruleset


def loadable_blocs():
    """Each bloc file of rules/ loaded alone: (name, Bloc or None, error or None)."""
    out = []
    for path in sorted(DEFAULT_RULES_DIR.glob("b*.yaml")):
        try:
            out.append((path.name, load_bloc_file(path), None))
        except RuleFileError as error:
            out.append((path.name, None, error.message))
    return out


@pytest.fixture(scope="session")
def ruleset():
    """The bundled rule set (rules/), strictly validated."""
    return load_ruleset(DEFAULT_RULES_DIR)


@pytest.fixture(scope="session")
def engine():
    """The engine over every bloc file that loads (spaCy loaded once).

    Loading bloc by bloc lets one file's examples run while another file is
    broken; ``test_ruleset.py`` checks the whole set strictly.
    """
    from checker.assess import Engine

    blocs = tuple(sorted((b for _, b, _ in loadable_blocs() if b), key=lambda b: b.number))
    return Engine(RuleSet("RNCP Chef de projet e-commerce", "test", "", blocs))
