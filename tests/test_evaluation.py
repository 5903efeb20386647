"""The evaluation harness: splits, kappa, sealed mismatches, bad corpora."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.errors import CheckerError
from checker.evaluation import (
    Comparison,
    Evaluation,
    bootstrap_intervals,
    evaluate_corpus,
    load_split,
    render_evaluation,
    split_of,
)
from checker.model import CandidateReport, CriterionResult, Status


def _candidate(root: Path, name: str, labels: dict[str, str]) -> None:
    folder = root / name
    folder.mkdir()
    lines = [f'candidate: "{name}"', "blocs: [1]", "files: [dossier.docx]", "labels:"]
    lines += [f'  {cid}: {{status: {status}, why: "jury"}}' for cid, status in labels.items()]
    (folder / "expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _fake_check(predictions: dict[str, dict[str, str]]):
    def check(files, blocs=None, name=None):
        results = tuple(
            CriterionResult(
                id=cid,
                bloc=1,
                competency=cid[:5],
                text="t",
                assessment="auto",
                status=Status(status),
                score=0.0,
                reason=f"raison {cid}",
                hint="",
            )
            for cid, status in predictions[name].items()
        )
        return CandidateReport(name, (), results, (1,), "0", "r", "1")

    return check


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    _candidate(tmp_path, "c01-alpha", {"B1.C1.1": "covered", "B1.C1.2": "missing"})
    _candidate(tmp_path, "c02-beta", {"B1.C1.1": "partial", "B1.C1.2": "missing"})
    (tmp_path / "split.yaml").write_text("test: [c02]\n", encoding="utf-8")
    return tmp_path


PREDICTIONS = {
    "c01-alpha": {"B1.C1.1": "covered", "B1.C1.2": "partial"},
    "c02-beta": {"B1.C1.1": "missing", "B1.C1.2": "missing"},
}


def test_split_membership_is_by_prefix(tmp_path):
    assert split_of("c02-beta", ("c02",)) == "test"
    assert split_of("c020-other", ("c02",)) == "train"
    assert split_of("c03", ("c02",)) == "train"
    assert load_split(tmp_path) == ()
    (tmp_path / "split.yaml").write_text("test: 3\n", encoding="utf-8")
    with pytest.raises(CheckerError, match=r"split\.yaml"):
        load_split(tmp_path)


def test_train_and_test_reported_side_by_side(corpus):
    evaluation = evaluate_corpus(corpus, check=_fake_check(PREDICTIONS))
    assert {r.candidate: r.split for r in evaluation.comparisons} == {
        "c01-alpha": "train",
        "c02-beta": "test",
    }
    text = render_evaluation(evaluation)
    assert "entraînement" in text and "test scellé" in text
    rows = {
        line.split("  ")[1]: line.split()[-3:]
        for line in text.splitlines()
        if line.startswith("  ") and line.strip()[:1].isalpha() and "  " in line.strip()
    }
    assert rows["Accord (cible écart ≤ 0,05)"] == ["0.500", "0.500", "+0.000"]
    assert rows["Kappa de Cohen"][2] == "+0.333"
    # Per-candidate detail and worst criteria name train candidates only.
    assert "c01-alpha" in text and "c02-beta" not in text


def test_kappa_is_zero_for_a_constant_answer_and_one_for_perfect():
    def row(gold, predicted):
        return Comparison("c", "B1.C1.1", 1, gold, predicted, "", False)

    perfect = [row("covered", "covered"), row("missing", "missing"), row("partial", "partial")]
    constant = [row("covered", "missing"), row("missing", "missing"), row("partial", "missing")]
    assert Evaluation.metrics(perfect)["kappa"] == pytest.approx(1.0)
    assert Evaluation.metrics(constant)["kappa"] == pytest.approx(0.0)


def test_cli_never_lists_sealed_mismatches(corpus, monkeypatch):
    monkeypatch.setattr("checker.api.check_candidate", _fake_check(PREDICTIONS))
    result = CliRunner().invoke(cli, ["eval", str(corpus), "--mismatches"])
    assert result.exit_code == 0, result.output
    assert "c01-alpha B1.C1.2 jury=missing outil=partial" in result.output
    assert "c02-beta B1.C1.1" not in result.output
    assert "1 désaccords du test scellé non affichés" in result.output


def test_eval_on_a_folder_without_labels_is_an_error(tmp_path):
    (tmp_path / "dossier").mkdir()
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "aucun candidat annoté" in result.output


def test_a_second_jury_gives_the_ceiling_beside_the_tool(corpus):
    """Labels written blind by a second jury (expected-jury2.yaml) are compared with
    the first jury's and with the tool's, on the criteria both labelled."""
    (corpus / "c01-alpha" / "expected-jury2.yaml").write_text(
        "candidate: c01-alpha\nlabeller: second\nlabels:\n"
        '  B1.C1.1: {status: covered, why: "tableau"}\n'
        '  B1.C1.2: {status: partial, why: "ébauche"}\n',
        encoding="utf-8",
    )
    evaluation = evaluate_corpus(corpus, check=_fake_check(PREDICTIONS))
    assert {(r.candidate, r.criterion): r.second for r in evaluation.comparisons} == {
        ("c01-alpha", "B1.C1.1"): "covered",
        ("c01-alpha", "B1.C1.2"): "partial",
        ("c02-beta", "B1.C1.1"): "",
        ("c02-beta", "B1.C1.2"): "",
    }
    text = render_evaluation(evaluation)
    section = text.split("Deux jurys", 1)[1]
    assert "(1 candidats, 2 critères" in section
    figures = {
        line[:32].strip(): [float(x) for x in line[32:].split()]
        for line in section.splitlines()
        if line.startswith("  ") and line[32:].strip()[:1].isdigit()
    }
    # jury 1 and 2 agree on one of two; the tool agrees with jury 2 on both.
    assert figures["jury 1 / jury 2"][0] == 0.5
    assert figures["outil / jury 1"][0] == 0.5
    assert figures["outil / jury 2"] == [1.0, 1.0]
    assert figures["outil / l'un des deux jurys"] == [1.0]


def test_no_second_jury_no_section(corpus):
    text = render_evaluation(evaluate_corpus(corpus, check=_fake_check(PREDICTIONS)))
    assert "Deux jurys" not in text


def test_a_bad_second_jury_file_is_an_error_not_a_crash(corpus):
    (corpus / "c01-alpha" / "expected-jury2.yaml").write_text(
        "labels:\n  B1.C1.1: {status: maybe}\n", encoding="utf-8"
    )
    evaluation = evaluate_corpus(corpus, check=_fake_check(PREDICTIONS))
    assert any("expected-jury2.yaml" in e and "maybe" in e for e in evaluation.errors)
    assert all(not r.second for r in evaluation.comparisons)


def _rows(candidate: str, pairs: list[tuple[str, str]]) -> list[Comparison]:
    return [
        Comparison(candidate, f"B1.C1.{i}", 1, gold, predicted, "", False)
        for i, (gold, predicted) in enumerate(pairs)
    ]


def test_bootstrap_interval_holds_the_figure_and_widens_with_disagreeing_candidates():
    right = [("covered", "covered"), ("missing", "missing")]
    wrong = [("covered", "missing"), ("missing", "covered")]
    alike = [row for c in range(10) for row in _rows(f"c{c:02d}", right)]
    # Every candidate the same: nothing to draw but that figure.
    assert bootstrap_intervals(alike)["agreement"] == (1.0, 1.0)
    # Half the candidates all right, half all wrong: agreement 0.5, known loosely.
    mixed = alike[:10] + [row for c in range(5) for row in _rows(f"w{c}", wrong)]
    low, high = bootstrap_intervals(mixed)["agreement"]
    assert low < 0.5 < high and high - low > 0.3
    # Drawn with a fixed seed: the same corpus prints the same figures.
    assert bootstrap_intervals(mixed) == bootstrap_intervals(mixed)
    assert bootstrap_intervals([]) == {}


def test_bootstrap_gap_interval_is_centred_on_the_gap():
    right = [("covered", "covered")] * 3
    half = [("covered", "covered"), ("covered", "missing")]
    train = [row for c in range(8) for row in _rows(f"t{c}", right)]
    test = [row for c in range(8) for row in _rows(f"s{c}", half)]
    assert bootstrap_intervals(train, test)["agreement"] == pytest.approx((0.5, 0.5))
    assert bootstrap_intervals(train, []) == {}


def test_render_prints_the_intervals_beside_the_split_figures(corpus, monkeypatch):
    monkeypatch.setattr("checker.api.check_candidate", _fake_check(PREDICTIONS))
    text = render_evaluation(evaluate_corpus(corpus))
    assert "Intervalles à 95 % (1\u202f000 tirages des candidats avec remise)" in text
    line = next(x for x in text.splitlines() if x.strip().startswith("Accord  "))
    # One candidate per split: each interval is its figure, the gap's too.
    assert "–" in line and " à " in line


def test_eval_save_then_baseline_reports_what_moved_without_naming_sealed_rows(
    corpus, monkeypatch, tmp_path
):
    saved = tmp_path / "avant.json"
    monkeypatch.setattr("checker.api.check_candidate", _fake_check(PREDICTIONS))
    first = CliRunner().invoke(cli, ["eval", str(corpus), "--save", str(saved)])
    assert first.exit_code == 0, first.output
    text = saved.read_text(encoding="utf-8")
    # The sealed candidate's criteria are never named beside the tool's verdict.
    assert "c01-alpha|B1.C1.2" in text and "c02-beta" not in text
    after = {
        "c01-alpha": {"B1.C1.1": "covered", "B1.C1.2": "missing"},  # fixed
        "c02-beta": {"B1.C1.1": "partial", "B1.C1.2": "missing"},  # fixed
    }
    monkeypatch.setattr("checker.api.check_candidate", _fake_check(after))
    second = CliRunner().invoke(cli, ["eval", str(corpus), "--baseline", str(saved)])
    assert second.exit_code == 0, second.output
    out = second.output.split("Comparaison avec la version de référence")[1]
    fixed = next(x for x in out.splitlines() if "verdicts corrigés" in x).split()
    assert fixed[-2:] == ["1", "1"]
    assert "0.500 → 1.000" in out
    # Train moves are listed; the sealed one is only counted.
    assert "+ c01-alpha B1.C1.2 : partial → missing (jury missing)" in out
    assert "c02-beta" not in out


def test_eval_baseline_must_be_a_verdicts_file(corpus, tmp_path):
    wrong = tmp_path / "autre.json"
    wrong.write_text('{"a": 1}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(corpus), "--baseline", str(wrong)])
    assert result.exit_code == 2
    assert "autre.json" in result.output and "eval --save" in result.output
    assert "Traceback" not in result.output


def test_paired_difference_of_identical_runs_is_zero_and_of_a_fix_is_positive():
    from checker.evaluation import paired_difference

    same = [(f"c{i}", i % 2 == 0, i % 2 == 0) for i in range(20)]
    assert paired_difference(same) == (0.0, 0.0, 0.0)
    fixed = [(f"c{i}", False, i < 10) for i in range(20)]
    change, low, high = paired_difference(fixed)
    assert change == pytest.approx(0.5) and 0 < low <= change <= high


def test_listed_files_the_checker_never_reads_are_left_out(tmp_path):
    """A candidate's raw CSV export listed beside the report is skipped as `check` skips
    it in the folder: not read, not an error."""
    folder = tmp_path / "c01-alpha"
    folder.mkdir()
    (folder / "expected.yaml").write_text(
        'candidate: "a"\nblocs: [1]\nfiles: [dossier.docx, export_GA4.csv]\n'
        'labels:\n  B1.C1.1: {status: covered, why: "jury"}\n',
        encoding="utf-8",
    )
    seen = []

    def check(files, blocs=None, name=None):
        seen.extend(path.name for path in files)
        return _fake_check({"c01-alpha": {"B1.C1.1": "covered"}})(files, blocs, name)

    evaluation = evaluate_corpus(tmp_path, check=check)
    assert seen == ["dossier.docx"] and not evaluation.errors
