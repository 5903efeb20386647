"""Verdict arithmetic lives in the model: the CLI and the reporters read it."""

from __future__ import annotations

from dataclasses import replace

from checker.model import SATISFIED_SCORE, Status, satisfied
from tests.test_html_csv_reports import sample_report


def test_satisfied_threshold():
    assert satisfied(1.0) and satisfied(SATISFIED_SCORE)
    assert not satisfied(0.99) and not satisfied(0.0)


def test_covered_share_counts_automatic_criteria_only():
    report = sample_report()
    auto = report.auto_criteria
    assert auto and all(r.assessment == "auto" for r in auto)
    covered = sum(1 for r in auto if r.status is Status.COVERED)
    assert report.covered_share() == 100 * covered / len(auto)
    jury_only = replace(report, criteria=tuple(r for r in report.criteria if r not in auto))
    assert jury_only.covered_share() == 0.0
