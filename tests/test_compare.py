"""rncp-check compare: two drafts, criterion by criterion (issue 16)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.compare import compare_reports
from checker.model import CandidateReport, CriterionResult, Evidence, Location, Status
from checker.report.comparereport import render_html, render_json, render_text
from tests.docxmake import write_docx


def _evidence(excerpt: str, page: int, section: tuple[str, ...], doc: str) -> Evidence:
    return Evidence("req", doc, Location(index=0, page=page, section=section), excerpt)


def _result(cid: str, status: Status, evidence=(), bloc: int = 1, assessment="auto"):
    return CriterionResult(
        id=cid,
        bloc=bloc,
        competency=cid.rsplit(".", 1)[0],
        text=f"texte de {cid}",
        assessment=assessment,
        status=status,
        score=0.0,
        reason=f"raison de {cid}",
        hint=f"conseil pour {cid}",
        evidence=tuple(evidence),
    )


def _report(name: str, criteria) -> CandidateReport:
    return CandidateReport(
        candidate=name,
        documents=(),
        criteria=tuple(criteria),
        blocs=(1, 2),
        tool_version="test",
        rules_name="RNCP",
        rules_version="1",
    )


@pytest.fixture
def pair():
    swot = _evidence("Forces | Faiblesses", 3, ("2. Analyse",), "v1.docx")
    swot_moved = _evidence("Forces  | faiblesses", 5, ("3. Diagnostic",), "v2.docx")
    roi = _evidence("ROI = 300 %", 7, ("5. Résultats",), "v1.docx")
    old = _report(
        "v1",
        [
            _result("B1.C1.1", Status.MISSING),
            _result("B1.C2.1", Status.COVERED, [swot]),
            _result("B1.C7.2", Status.COVERED, [roi]),
            _result("B1.C8.1", Status.PARTIAL),
            _result("B1.C9.1", Status.MISSING),
            _result("B2.C1.1", Status.COVERED, [roi], bloc=2),
            _result("B2.C2.1", Status.JURY, bloc=2, assessment="jury"),
        ],
    )
    new = _report(
        "v2",
        [
            _result("B1.C1.1", Status.COVERED, [_evidence("Persona Camille", 2, (), "v2.docx")]),
            _result("B1.C2.1", Status.COVERED, [swot_moved]),
            _result("B1.C7.2", Status.MISSING),
            _result("B1.C8.1", Status.MISSING),
            _result("B1.C9.1", Status.PARTIAL),
            _result("B2.C1.1", Status.PARTIAL, [roi], bloc=2),
            _result("B2.C2.1", Status.JURY, bloc=2, assessment="jury"),
        ],
    )
    return old, new


def test_changes_are_classified_regressions_first(pair):
    comparison = compare_reports(*pair)
    order = [(c.id, c.change) for c in comparison.criteria]
    assert order == [
        ("B1.C7.2", "regression"),
        ("B1.C8.1", "regression"),
        ("B2.C1.1", "regression"),
        ("B1.C1.1", "covered"),
        ("B1.C9.1", "improved"),
        ("B1.C2.1", "evidence"),
        ("B2.C2.1", "unchanged"),
    ]
    moved = comparison.criteria[5].evidence
    assert [e.kind for e in moved] == ["moved"]
    assert moved[0].old.page == 3 and moved[0].new.section == ("3. Diagnostic",)
    lost = comparison.criteria[0].evidence
    assert [(e.kind, e.excerpt) for e in lost] == [("lost", "ROI = 300 %")]


def test_scores_per_bloc_before_after(pair):
    comparison = compare_reports(*pair)
    scores = {s.bloc: (s.old_covered, s.new_covered, s.auto) for s in comparison.scores}
    assert scores == {1: (2, 2, 5), 2: (1, 0, 1)}


def test_text_says_newly_missing_and_gives_the_hint(pair):
    text = render_text(compare_reports(*pair))
    assert text.index("Régressions (3)") < text.index("Nouvellement couverts (1)")
    assert "B1.C7.2 [couvert → manquant (nouvellement manquant)]" in text
    assert "preuve disparue : « ROI = 300 % » (v1.docx, p. 3" not in text
    assert "preuve disparue : « ROI = 300 % » (v1.docx, p. 7, « 5. Résultats »)" in text
    assert "→ Conseil : conseil pour B1.C7.2" in text
    assert "B2.C1.1 [couvert → partiel]" in text
    assert "Bloc 2  1/1 → 0/1  (-1)" in text
    assert "Inchangés : 1 critère(s)." in text


def test_json_is_versioned_and_byte_stable(pair):
    first = render_json(compare_reports(*pair))
    assert first == render_json(compare_reports(*pair))
    data = json.loads(first)
    assert data["format"] == 1 and data["kind"] == "comparison"
    assert data["counts"] == {
        "regression": 3,
        "covered": 1,
        "improved": 1,
        "status": 0,
        "evidence": 1,
        "unchanged": 1,
    }
    assert data["criteria"][0]["old_status"] == "covered"
    assert data["criteria"][0]["new_status"] == "missing"


def test_html_escapes_and_has_no_script(pair):
    old, new = pair
    hostile = _evidence("<script>alert(1)</script>", 1, (), "v1.docx")
    old = _report("v1", [_result("B1.C2.1", Status.COVERED, [hostile])])
    new = _report("v2", [_result("B1.C2.1", Status.MISSING)])
    page = render_html(compare_reports(old, new))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'id="regression"' in page


# -- end to end, on generated DOCX drafts ------------------------------------------------

SWOT = """
## Matrice SWOT de la Ferme des Quatre Vents
| Forces | Faiblesses |
| Produits bio certifiés, circuit court | Site vitrine sans paiement en ligne |
| Opportunités | Menaces |
| Demande croissante de paniers locaux | Concurrence de Potager City |
"""
ROI = """
## Résultats de la campagne
ROI de la campagne emailing de printemps : (CA généré 6 000 € − coût 1 500 €) / 1 500 € = 300 %.
"""
INTRO = """
# Dossier professionnel — Bloc 1
Présentation de l'entreprise et de son marché.
"""


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    root = tmp_path_factory.mktemp("drafts")
    v1 = write_docx(root / "dossier-v1.docx", INTRO + SWOT)
    v2 = write_docx(root / "dossier-v2.docx", INTRO + ROI)
    return v1, v2


def _run(*args):
    return CliRunner().invoke(cli, ["compare", *map(str, args)])


def test_cli_compare_json_end_to_end_and_cache(drafts, tmp_path, monkeypatch):
    v1, v2 = drafts
    cache = tmp_path / "cache"
    before = {p: p.read_bytes() for p in drafts}
    result = _run(v1, v2, "--bloc", "1", "--format", "json", "--cache-dir", cache)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    by_id = {c["id"]: c for c in data["criteria"]}
    assert by_id["B1.C2.1"]["change"] == "regression"
    assert by_id["B1.C2.1"]["new_status"] == "missing"
    assert by_id["B1.C7.2"]["change"] == "covered"
    assert data["criteria"][0]["change"] == "regression"
    assert {p: p.read_bytes() for p in drafts} == before
    # Second run: both verdicts come from the cache, nothing is read again.
    import checker.api as api

    monkeypatch.setattr(api, "check_candidate", lambda *a, **k: pytest.fail("not cached"))
    again = _run(v1, v2, "--bloc", "1", "--format", "json", "--cache-dir", cache)
    assert again.exit_code == 0, again.output
    assert again.output == result.output


def test_cli_compare_text_and_regression_exit_code(drafts, tmp_path):
    v1, v2 = drafts
    result = _run(v1, v2, "--bloc", "1", "--no-cache", "--fail-on-regression")
    assert result.exit_code == 1
    assert "Régressions" in result.output and "B1.C2.1" in result.output
    assert "critère(s) en régression" in result.output
    out = tmp_path / "progres.html"
    result = _run(v1, v2, "--bloc", "1", "--no-cache", "--format", "html", "-o", out)
    assert result.exit_code == 0, result.output
    assert "Comparaison de deux versions" in out.read_text(encoding="utf-8")


def test_cli_compare_bad_input_is_a_french_error(drafts, tmp_path):
    v1, _ = drafts
    result = _run(v1, tmp_path / "absent.docx")
    assert result.exit_code == 2 and "chemin introuvable" in result.output
    empty = tmp_path / "vide.docx"
    empty.write_bytes(b"")
    result = _run(v1, empty, "--no-cache")
    assert result.exit_code == 2 and "[E102]" in result.output
    assert "Traceback" not in result.output
