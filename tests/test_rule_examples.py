"""Every example of every rule file runs through the real pipeline (one test each).

Ids read ``B1.C2.1-missing-2``: ``pytest -k B1.C2.1`` runs one criterion.
"""

from __future__ import annotations

import pytest

from checker.model import Status
from checker.testing import docmark

from .conftest import loadable_blocs

EXPECTED = {"covered": Status.COVERED, "partial": Status.PARTIAL, "missing": Status.MISSING}


def _cases():
    cases = []
    for name, bloc, error in loadable_blocs():
        if bloc is None:
            cases.append(pytest.param(None, None, None, error, id=f"load-{name}"))
            continue
        for criterion in bloc.criteria:
            for kind, examples in criterion.examples.items():
                for number, text in enumerate(examples, start=1):
                    test_id = f"{criterion.id}-{kind}-{number}"
                    cases.append(pytest.param(criterion.id, kind, text, None, id=test_id))
    return cases


@pytest.mark.parametrize(("criterion_id", "kind", "text", "load_error"), _cases())
def test_rule_example(engine, criterion_id, kind, text, load_error):
    assert load_error is None, load_error
    criterion = engine.ruleset.criterion(criterion_id)
    document = docmark(text, name=f"{criterion_id}-{kind}")
    result = engine.assess_one(criterion, engine.context([document]), [])
    details = [f"{criterion_id} ({kind}) : obtenu « {result.status.value} » — {result.reason}"]
    details += [f"  preuve {e.requirement}: {e.excerpt}" for e in result.evidence]
    details += [f"  rejet {e.requirement} [{e.rejected_by}]: {e.excerpt}" for e in result.rejected]
    assert result.status is EXPECTED[kind], "\n".join(details)
