"""Every example of every rule file runs through the real pipeline (one test each).

Ids read ``B1.C2.1-missing-2``: ``pytest -k B1.C2.1`` runs one criterion.
"""

from __future__ import annotations

import pytest

from checker.errors import RuleFileError
from checker.model import Status
from checker.ruleset import DEFAULT_RULES_DIR, load_ruleset
from checker.testing import docmark

EXPECTED = {"covered": Status.COVERED, "partial": Status.PARTIAL, "missing": Status.MISSING}


def _cases():
    try:
        rules = load_ruleset(DEFAULT_RULES_DIR)
    except RuleFileError as error:
        return [pytest.param(None, None, None, str(error), id="rules-load")]
    cases = []
    for criterion in rules.criteria:
        for kind, examples in criterion.examples.items():
            for number, text in enumerate(examples, start=1):
                cases.append(
                    pytest.param(criterion.id, kind, text, None, id=f"{criterion.id}-{kind}-{number}")
                )
    return cases


@pytest.mark.parametrize(("criterion_id", "kind", "text", "load_error"), _cases())
def test_rule_example(engine, criterion_id, kind, text, load_error):
    assert load_error is None, load_error
    criterion = engine.ruleset.criterion(criterion_id)
    document = docmark(text, name=f"{criterion_id}-{kind}")
    ctx = engine.context([document])
    result = engine.assess_one(criterion, ctx, [])
    assert result.status is EXPECTED[kind], (
        f"{criterion_id} ({kind}) : obtenu « {result.status.value} » — {result.reason}\n"
        + "\n".join(f"  preuve {e.requirement}: {e.excerpt}" for e in result.evidence)
        + "\n"
        + "\n".join(f"  rejet {e.requirement} [{e.rejected_by}]: {e.excerpt}" for e in result.rejected)
    )
