"""Golden files for the JSON and text reports and the cohort outputs of ``batch``,
and the reporter registry with its one writer (``checker.report``).

The goldens are in tests/golden/ next to report.html and report.csv. On a
mismatch the actual output is written beside the golden as ``<name>.actual``
(git-ignored) and the assertion says so; to regenerate every golden on
purpose, run ``RNCP_CHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_reports.py
tests/test_html_csv_reports.py`` (see tests/goldens.py).
"""

from __future__ import annotations

import io
import os
from dataclasses import replace
from pathlib import Path

import pytest

from checker.cohort import Candidate, CandidateOutcome, CohortResult, aggregate
from checker.model import CandidateReport, Status
from checker.output import OutputError
from checker.report import (
    REPORTERS,
    ReportOptions,
    cohortreport,
    csvreport,
    get_reporter,
    htmlreport,
    jsonreport,
    render,
    render_report,
    textreport,
    write_report,
)
from tests.goldens import check_golden
from tests.test_html_csv_reports import sample_report, scrub


@pytest.fixture
def report() -> CandidateReport:
    return sample_report()


# --- goldens ----------------------------------------------------------------------------


def test_json_golden(report):
    check_golden("report.json", jsonreport.render(report))


def test_text_golden(report):
    check_golden("report.txt", textreport.render(report))


def test_text_verbose_golden(report):
    check_golden("report-verbose.txt", textreport.render(report, verbose=True))


def _cohort() -> CohortResult:
    """Three candidates: the sample, a weaker copy, and one whose check crashed."""
    strong = sample_report()
    weak = replace(
        strong,
        candidate="Martin_Paul.pdf",
        criteria=tuple(
            replace(r, status=Status.MISSING) if r.status is Status.COVERED else r
            for r in strong.criteria
        ),
    )
    crashed = replace(strong, candidate="Zoé", criteria=(), documents=())
    outcomes = [
        CandidateOutcome(
            Candidate("Dupont Marie", Path("c/Dupont Marie"), (), "dupont-marie"), strong
        ),
        CandidateOutcome(
            Candidate("Martin_Paul.pdf", Path("c/Martin_Paul.pdf"), (), "martin-paul"),
            weak,
            cached=True,
        ),
        CandidateOutcome(
            Candidate("Zoé", Path("c/Zoé"), (), "zoe"),
            crashed,
            error="[E122] Analyse impossible pour c/Zoé (erreur interne)",
        ),
    ]
    result = CohortResult(
        Path("c"),
        Path("o"),
        outcomes,
        ["ignoré : c/~$brouillon.docx (fichier de verrouillage)"],
        generated="2025-01-15T10:00:00",
        rules_name="RNCP test",
        rules_version="1",
    )
    return aggregate(result)


def test_cohort_csv_golden():
    check_golden("cohorte.csv", cohortreport.cohort_csv(_cohort()))


def test_cohort_html_golden():
    check_golden("cohorte.html", scrub(cohortreport.cohort_html(_cohort())))


# --- the registry and its writer --------------------------------------------------------


def test_registry_lists_every_format_and_matches_the_modules(report):
    assert list(REPORTERS) == ["text", "json", "html", "csv"]
    assert all(reporter.format == name for name, reporter in REPORTERS.items())
    assert render(report, "json") == jsonreport.render(report)
    assert render(report, "csv") == csvreport.render(report)
    assert render(report, "text", ReportOptions(verbose=True)) == textreport.render(
        report, verbose=True
    )
    assert render(report, "html", ReportOptions(compact=True)) == htmlreport.render(
        report, compact=True
    )
    with pytest.raises(ValueError, match="no such report format"):
        get_reporter("pdf")


def test_render_report_to_stdout_and_to_a_new_folder(report, tmp_path):
    stream = io.StringIO()
    said: list[str] = []
    assert render_report(report, "json", "-", stdout=stream, say=said.append) == []
    assert stream.getvalue() == jsonreport.render(report) and said == []
    target = tmp_path / "a" / "b" / "rapport.txt"
    created = render_report(report, "text", target, say=said.append, verbose=True)
    assert created == [tmp_path / "a", tmp_path / "a" / "b"]
    assert target.read_text(encoding="utf-8") == textreport.render(report, verbose=True)
    assert said == [
        f"Dossier créé : {tmp_path / 'a'}",
        f"Dossier créé : {tmp_path / 'a' / 'b'}",
        f"Rapport écrit : {target}",
    ]


def test_a_failing_write_leaves_no_temporary_file(report, tmp_path, monkeypatch):
    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="impossible d'écrire"):
        render_report(report, "html", tmp_path / "rapport.html")
    with pytest.raises(OutputError):
        write_report("texte", tmp_path / "autre.txt")
    assert list(tmp_path.iterdir()) == []


def test_the_cache_writes_through_the_one_writer(report, tmp_path, monkeypatch):
    from checker import cache, output

    assert cache.write_atomic is output.write_atomic
    store = cache.ReportCache(tmp_path)
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError(5, "EIO")))
    store.put("k" * 64, report)  # a cache that cannot be written only costs time
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert leftovers == []
