"""Shared fixtures: the bundled rule set and its engine, loaded once per session."""

from __future__ import annotations

import pytest

from checker.ruleset import DEFAULT_RULES_DIR, load_ruleset


@pytest.fixture(scope="session")
def ruleset():
    """The bundled rule set (rules/)."""
    return load_ruleset(DEFAULT_RULES_DIR)


@pytest.fixture(scope="session")
def engine(ruleset):
    """The assessment engine for the bundled rules (spaCy loaded once)."""
    from checker.assess import Engine

    return Engine(ruleset)
