"""Golden-file comparison shared by the reporter tests (coverage.py's goldtest).

Golden files live in ``tests/golden/``. When an output differs from its
golden, the actual output is written next to it as ``<name>.actual``
(git-ignored) and the assertion message says where: compare the two, and
copy the ``.actual`` over the golden when the change is intended.

Regenerating every golden is explicit: run the tests with
``RNCP_CHECK_UPDATE_GOLDEN=1`` (for example
``RNCP_CHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_reports.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
UPDATE_VAR = "RNCP_CHECK_UPDATE_GOLDEN"


def check_golden(name: str, text: str) -> None:
    """Assert that ``text`` equals the golden file ``tests/golden/<name>``."""
    __tracebackhide__ = True
    path = GOLDEN / name
    actual = path.with_name(path.name + ".actual")
    if os.environ.get(UPDATE_VAR) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        actual.unlink(missing_ok=True)
        return
    if not path.exists():
        actual.write_bytes(text.encode("utf-8"))
        pytest.fail(
            f"golden file missing: {path}; the actual output is in {actual} "
            f"(run with {UPDATE_VAR}=1 to write the goldens)"
        )
    expected = path.read_bytes().decode("utf-8")
    if text != expected:
        actual.write_bytes(text.encode("utf-8"))
    else:
        actual.unlink(missing_ok=True)
    assert text == expected, (
        f"{name} differs from its golden; the actual output is in {actual} "
        f"(copy it over {path} if the change is intended, or run with {UPDATE_VAR}=1)"
    )
