"""The cohort batch: discovery, cache, parallel workers, outputs, exit codes.

Most tests replace ``checker.api.check_candidate`` with a fake that counts
its calls (``--jobs 1`` runs in this process, so the fake is seen; with
``--jobs 2`` forked workers inherit it). ``test_end_to_end`` runs the real
pipeline on a cohort of 22 candidates with a small rule set.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import random
import re
import shutil
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from unittest import mock

import pytest
from click.testing import CliRunner

from checker import api, batch, cache, cli, cohort
from checker.batch import EXIT_UNREADABLE, BatchError, discover, run_cohort, slugify
from checker.discover import display_for
from checker.model import (
    STATUS_ORDER,
    CandidateReport,
    CriterionResult,
    DocumentInfo,
    Health,
    Status,
)
from checker.report import cohortreport

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"

RULES_HEADER = 'name: "Référentiel de test"\nversion: "test-1"\n'
RULES_B1 = """\
bloc: 1
title: "Bloc de test"
criteria:
  - id: B1.C1.1
    competency: B1.C1
    text: "Un tableau SWOT est présenté."
    assessment: auto
    requires:
      - {id: swot-table, label: "tableau SWOT", detector: table,
         header: [forces, faiblesses, opportunités, menaces], min_header: 3}
    hint: "Présentez un tableau SWOT."
  - id: B1.C1.2
    competency: B1.C1
    text: "Les personas sont décrits."
    assessment: auto
    requires:
      - {id: persona, label: "persona décrit", detector: terms, terms: [persona]}
    hint: "Décrivez au moins un persona."
  - id: B1.C2.1
    competency: B1.C2
    text: "Le budget prévisionnel est présenté."
    assessment: auto
    requires:
      - {id: budget, label: "budget prévisionnel", detector: terms,
         terms: ["budget prévisionnel"]}
    hint: "Chiffrez un budget prévisionnel."
  - id: B1.C2.2
    competency: B1.C2
    text: "La présentation est claire."
    assessment: jury
    jury_focus: "Clarté et structure du document."
"""
CRITERIA = ("B1.C1.1", "B1.C1.2", "B1.C2.1", "B1.C2.2")


@pytest.fixture(scope="module")
def rules_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("rules")
    (folder / "referentiel.yaml").write_text(RULES_HEADER, encoding="utf-8")
    (folder / "b1.yaml").write_text(RULES_B1, encoding="utf-8")
    return folder


# --- a fake pipeline -------------------------------------------------------------


class FakeCheck:
    """Stands for ``api.check_candidate``: counts calls, never parses a file.

    A file whose content starts with ``CORRUPT`` is reported unreadable; the
    statuses depend on the bytes, so a changed file changes the report. Like
    the real reader, each document carries the SHA-256 of the bytes read.
    """

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.blocs: dict[str, tuple] = {}

    def __call__(self, paths, *, blocs=None, ruleset=None, name=None, bloc_source="option"):
        self.calls.append(name)
        self.blocs[name] = (blocs, bloc_source)
        docs, seed = [], 0
        for path in map(Path, paths):
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            seed += sum(data)
            shown = display_for(path)  # the name the real reader shows
            if data.startswith(b"CORRUPT"):
                docs.append(
                    DocumentInfo(
                        shown,
                        digest,
                        "pdf",
                        0,
                        0,
                        None,
                        error=f"[E104] Fichier illisible : {shown}",
                        status="ILLISIBLE",
                    )
                )
            else:
                docs.append(DocumentInfo(shown, digest, "docx", 1, len(data), Health()))
        statuses = [Status.COVERED, Status.PARTIAL, Status.MISSING]
        criteria = tuple(
            CriterionResult(
                id=cid,
                bloc=1,
                competency=cid[:5],
                text=f"Critère {cid}",
                assessment="jury" if cid.endswith(".2.2") else "auto",
                status=Status.JURY if cid == "B1.C2.2" else statuses[(seed + i) % 3],
                score=0.0,
                reason="r",
                hint="h",
            )
            for i, cid in enumerate(CRITERIA)
        )
        return CandidateReport(
            name or "?",
            tuple(docs),
            criteria,
            tuple(blocs or (1,)),
            "0.1.0",
            "Référentiel de test",
            "test-1",
        )


@pytest.fixture
def fake(monkeypatch) -> FakeCheck:
    check = FakeCheck()
    monkeypatch.setattr(api, "check_candidate", check)
    monkeypatch.setattr(batch, "_warm_worker", lambda rules_dir: None)
    return check


def make_fake_cohort(root: Path, n: int = 6) -> Path:
    cohort = root / "cohorte-2025"
    for i in range(n):
        folder = cohort / f"candidat-{i:02d}"
        folder.mkdir(parents=True)
        (folder / "dossier.docx").write_bytes(f"dossier {i}".encode())
        if i % 2:
            (folder / "annexes").mkdir()
            (folder / "annexes" / "budget.pdf").write_bytes(f"budget {i}".encode())
    return cohort


def snapshot(folder: Path) -> dict[str, tuple]:
    """Names, kinds, sizes, mtimes and hashes of everything under ``folder``."""
    out: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(folder).as_posix()
            info = path.lstat()
            if path.is_symlink():
                out[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                out[rel] = ("dir", info.st_mtime_ns)
            else:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                out[rel] = ("file", info.st_size, info.st_mtime_ns, digest)
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=";"))


def run(cohort, out, rules_dir, tmp_path, **kw):
    kw.setdefault("jobs", 1)
    kw.setdefault("cache_dir", tmp_path / "cache")
    kw.setdefault("use_cache", True)
    return run_cohort(cohort, out, rules_dir=rules_dir, **kw)


# --- discovery -------------------------------------------------------------------------


def test_discovery_skips_lock_system_hidden_and_links(tmp_path):
    cohort = tmp_path / "cohort"
    (cohort / "Zoé Martin" / "sub").mkdir(parents=True)
    (cohort / "Zoé Martin" / "dossier.docx").write_bytes(b"a")
    (cohort / "Zoé Martin" / "sub" / "annexe.pdf").write_bytes(b"b")
    (cohort / "Zoé Martin" / "notes.txt").write_bytes(b"c")  # reported, not skipped
    (cohort / "Zoé Martin" / "~$dossier.docx").write_bytes(b"lock")
    (cohort / "Zoé Martin" / ".~lock.dossier.docx#").write_bytes(b"lock")
    (cohort / "Zoé Martin" / ".git").mkdir()
    (cohort / "Zoé Martin" / ".git" / "config").write_bytes(b"x")
    (cohort / "Zoé Martin" / "Thumbs.db").write_bytes(b"x")
    (cohort / "adam").mkdir()
    (cohort / "adam" / "rapport.pdf").write_bytes(b"d")
    (cohort / "adam" / "lien.pdf").symlink_to(cohort / "Zoé Martin" / "dossier.docx")
    (cohort / "dupont.pdf").write_bytes(b"e")
    (cohort / "Dupont").mkdir()
    (cohort / "Dupont" / "x.docx").write_bytes(b"f")
    (cohort / "cohorte.docx").write_bytes(b"g")
    (cohort / ".DS_Store").write_bytes(b"x")
    (cohort / "desktop.ini").write_bytes(b"x")
    (cohort / "raccourci").symlink_to(cohort / "adam", target_is_directory=True)

    candidates, ignored = discover(cohort)
    assert [c.name for c in candidates] == [
        "adam",
        "cohorte.docx",
        "Dupont",
        "dupont.pdf",
        "Zoé Martin",
    ]
    slugs = [c.slug for c in candidates]
    assert slugs == ["adam", "cohorte-2", "dupont", "dupont-2", "zoe-martin"]
    zoe = candidates[-1]
    assert [p.relative_to(zoe.root).as_posix() for p in zoe.files] == [
        "dossier.docx",
        "notes.txt",
        "sub/annexe.pdf",
    ]
    assert candidates[0].files == (cohort / "adam" / "rapport.pdf",)
    text = "\n".join(ignored)
    assert all(line.startswith("ignoré : ") for line in ignored)
    for name in (
        "~$dossier.docx",
        ".~lock.dossier.docx#",
        ".git",
        "Thumbs.db",
        ".DS_Store",
        "desktop.ini",
        "lien.pdf",
        "raccourci",
    ):
        assert name in text, name
    assert "lien symbolique" in text and "verrouillage" in text


def test_slugify():
    assert slugify("Éloïse  Durand (2)") == "eloise-durand-2"
    assert slugify("***") == "candidat"
    assert slugify("a" * 200) == "a" * 80


# --- cache -------------------------------------------------------------------------------


def test_second_run_reads_nothing_and_one_change_rechecks_one(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path)
    out = tmp_path / "rapports"
    first = run(cohort, out, rules_dir, tmp_path)
    assert len(fake.calls) == 6 and first.from_cache == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    second = run(cohort, out, rules_dir, tmp_path)
    assert len(fake.calls) == 6, "an unchanged cohort must not be read again"
    assert second.from_cache == 6 and second.checked == 0
    for outcome_a, outcome_b in zip(first.outcomes, second.outcomes, strict=True):
        assert outcome_b.report.criteria == outcome_a.report.criteria
        assert outcome_b.report.documents == outcome_a.report.documents
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert set(after) == set(before)
    # Unchanged candidates' reports are not rendered again (same bytes, same date).
    assert after["candidat-03.json"] == before["candidat-03.json"]

    (cohort / "candidat-03" / "annexes" / "budget.pdf").write_bytes(b"budget changed")
    third = run(cohort, out, rules_dir, tmp_path)
    assert fake.calls[6:] == ["candidat-03"]
    assert third.from_cache == 5

    (cohort / "candidat-04" / "dossier.docx").rename(cohort / "candidat-04" / "autre.docx")
    run(cohort, out, rules_dir, tmp_path)
    assert fake.calls[7:] == ["candidat-04"], "a renamed file changes the key"

    run(cohort, out, rules_dir, tmp_path, blocs=[1])
    assert len(fake.calls) == 14, "other blocs: another key"
    run(cohort, out, rules_dir, tmp_path, use_cache=False)
    assert len(fake.calls) == 20, "--no-cache reads everything"

    run(cohort, out, rules_dir, tmp_path)
    assert len(fake.calls) == 20
    rule_file = next(Path(rules_dir).glob("b*.yaml"))
    rule_file.write_text(rule_file.read_text(encoding="utf-8") + "\n# modifiée\n", encoding="utf-8")
    run(cohort, out, rules_dir, tmp_path)
    assert len(fake.calls) == 26, "a rule edited without a new version: every candidate again"


def test_cache_key_and_round_trip(tmp_path):
    from tests.test_html_csv_reports import sample_report

    base = {"rules_name": "r", "rules_version": "1", "tool_version": "0.1.0", "blocs": None}
    key = cache.cache_key([("a.docx", "h1"), ("b.pdf", "h2")], **base)
    assert key == cache.cache_key([("b.pdf", "h2"), ("a.docx", "h1")], **base)
    assert key != cache.cache_key([("a.docx", "h1"), ("b.pdf", "h3")], **base)
    assert key != cache.cache_key([("c.docx", "h1"), ("b.pdf", "h2")], **base)
    for field, value in (
        ("rules_version", "2"),
        ("tool_version", "0.2.0"),
        ("blocs", [1]),
        ("rules_name", "autre"),
        ("rules_digest", "d2"),
    ):
        assert key != cache.cache_key([("a.docx", "h1"), ("b.pdf", "h2")], **{**base, field: value})

    # The tool's code changed in place (an install in development mode), same version.
    code = tmp_path / "pkg"
    (code / "match").mkdir(parents=True)
    (code / "match" / "guards.py").write_text("A = 1\n", encoding="utf-8")
    (code / "notes.txt").write_text("x", encoding="utf-8")
    before = cache.code_digest(code)
    (code / "notes.txt").write_text("y", encoding="utf-8")
    assert cache.code_digest.__wrapped__(code) == before  # not code
    (code / "match" / "guards.py").write_text("A = 2\n", encoding="utf-8")
    assert cache.code_digest.__wrapped__(code) != before
    assert len(cache.code_digest()) == 64
    with mock.patch.object(cache, "code_digest", lambda: "autre code"):
        assert key != cache.cache_key([("a.docx", "h1"), ("b.pdf", "h2")], **base)

    report = sample_report()
    assert cache.report_from_dict(json.loads(json.dumps(cache.report_to_dict(report)))) == report
    store = cache.ReportCache(tmp_path / "c")
    store.put(key, report, ["candidat/dossier-projet.docx"])
    assert store.get(key, name=report.candidate) == report
    # the candidate's identity is applied on use, never stored
    assert report.candidate.split()[0] not in next((tmp_path / "c").rglob("*.json")).read_text()
    assert store.get(key, name="Autre").candidate == "Autre"
    moved = store.get(key, ["ailleurs/dossier-projet.docx"])
    assert moved.documents[0].path == "ailleurs/dossier-projet.docx"
    assert moved.criteria[0].evidence[0].document == "ailleurs/dossier-projet.docx"
    assert (tmp_path / "c" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f59")
    # a damaged entry is a miss, not an error
    entry = next((tmp_path / "c" / "reports").rglob("*.json"))
    entry.write_text("{pas du json", encoding="utf-8")
    assert store.get(key) is None
    assert not list((tmp_path / "c").rglob("*.tmp"))


def test_default_cache_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("RNCP_CHECK_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.default_cache_dir() == tmp_path / "xdg" / "rncp-check"
    monkeypatch.setenv("XDG_CACHE_HOME", "relatif")  # ignored, as the spec says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.default_cache_dir() == tmp_path / "home" / ".cache" / "rncp-check"
    monkeypatch.setenv("RNCP_CHECK_CACHE", str(tmp_path / "env"))
    assert cache.default_cache_dir() == tmp_path / "env"


# --- folders refused --------------------------------------------------------------------


def test_out_dir_inside_or_equal_to_cohort_is_refused(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 2)
    for out in (cohort, cohort / "rapports", cohort / "candidat-00" / "r"):
        with pytest.raises(BatchError, match="ne peut pas être le dossier de la cohorte"):
            run(cohort, out, rules_dir, tmp_path)
    assert not (cohort / "rapports").exists()
    result = CliRunner().invoke(
        cli.batch, [str(cohort), "--out", str(cohort / "r"), "--rules", str(rules_dir)]
    )
    assert result.exit_code == 2
    assert "Erreur : Le dossier des rapports" in result.output
    assert fake.calls == []


def test_cache_dir_inside_cohort_is_refused(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 2)
    with pytest.raises(BatchError, match="cache"):
        run(cohort, tmp_path / "out", rules_dir, tmp_path, cache_dir=cohort / ".cache")
    monkey_env = {"RNCP_CHECK_CACHE": str(cohort / "c")}
    result = CliRunner(env=monkey_env).invoke(
        cli.batch, [str(cohort), "--out", str(tmp_path / "o"), "--rules", str(rules_dir)]
    )
    assert result.exit_code == 2 and "--no-cache" in result.output


def test_invalid_rules_exit_3(fake, tmp_path):
    cohort = make_fake_cohort(tmp_path, 1)
    bad = tmp_path / "bad-rules"
    bad.mkdir()
    result = CliRunner().invoke(
        cli.batch, [str(cohort), "--out", str(tmp_path / "o"), "--rules", str(bad)]
    )
    assert result.exit_code == 3 and "règles invalides" in result.output


# --- outputs and exit codes ----------------------------------------------------------------


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_outputs_exit_code_and_cohort_figures(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 5)
    (cohort / "candidat-02" / "illisible.pdf").write_bytes(b"CORRUPT" + bytes(range(50)))
    (cohort / "candidat-01" / "~$dossier.docx").write_bytes(b"lock")
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(
        cli.batch,
        [
            str(cohort),
            "--out",
            str(out),
            "--jobs",
            "1",
            "--rules",
            str(rules_dir),
            "--cache-dir",
            str(tmp_path / "cache"),
        ],
    )
    assert result.exit_code == EXIT_UNREADABLE, result.output
    assert "5 candidat(s) analysé(s)." in result.output
    assert "Attention : 1 fichier n'a pas pu être lu (voir cohorte.html)." in result.output
    assert "ignoré : " in result.output and "~$dossier.docx" in result.output
    assert "Analyse de la cohorte" not in result.output  # no progress bar off a TTY
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == sorted(
        [f"candidat-{i:02d}.{ext}" for i in range(5) for ext in ("html", "json")]
        + ["cohorte.csv", "cohorte.html"]
    )  # and no temporary file left behind

    rows = read_csv(out / "cohorte.csv")
    assert [r["candidat"] for r in rows] == [f"candidat-{i:02d}" for i in range(5)]
    for row in rows:
        data = json.loads((out / row["rapport"].replace(".html", ".json")).read_text())
        summary = data["summary"]
        assert int(row["couverts"]) == summary["covered"]
        assert int(row["manquants"]) == summary["missing"]
        assert int(row["jury"]) == summary["jury"]
        tokens = [row[cid] for cid in CRITERIA]
        assert all(token in {s.value for s in STATUS_ORDER} for token in tokens)
        counted = {s.value: tokens.count(s.value) for s in STATUS_ORDER}
        assert counted == summary
    assert rows[2]["fichiers_illisibles"] == "1"

    html = (out / "cohorte.html").read_text(encoding="utf-8")
    tags = Tags()
    tags.feed(html)
    assert not any(t == "script" for t, _ in tags.tags)
    hrefs = [a["href"] for t, a in tags.tags if t == "a"]
    assert "candidat-00.html" in hrefs and all(not h.startswith("http") for h in hrefs)
    assert "default-src 'none'" in html
    assert "illisible.pdf" in html and "Fichier illisible" in html
    assert "[E104]" not in html  # no internal code where people read
    heat = [a for t, a in tags.tags if t == "td" and "h" in a.get("class", "").split()]
    assert len(heat) == 5 * len(CRITERIA)


def test_all_read_exit_0_and_aggregates(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 4)
    result = run(cohort, tmp_path / "out", rules_dir, tmp_path)
    assert result.exit_code == 0 and result.failed == 0
    totals = {s.value: 0 for s in STATUS_ORDER}
    for outcome in result.outcomes:
        for key, value in outcome.report.summary().items():
            totals[key] += value
    assert result.totals == totals
    assert [c.id for c in result.criteria] == list(CRITERIA)
    missed = [(c.counts["missing"], c.counts["partial"]) for c in result.most_missed]
    assert missed == sorted(missed, reverse=True)
    assert all(o.counts["missing"] for o in result.attention)


def test_worker_crash_marks_the_candidate_and_the_batch_goes_on(monkeypatch, tmp_path, rules_dir):
    fake = FakeCheck()

    def crashing(paths, *, blocs=None, ruleset=None, name=None):
        if name == "candidat-02":
            os._exit(3)  # a segfault in a parser, say
        if name == "candidat-04":
            raise RuntimeError("bogue")
        return fake(paths, blocs=blocs, ruleset=ruleset, name=name)

    monkeypatch.setattr(api, "check_candidate", crashing)
    monkeypatch.setattr(batch, "_warm_worker", lambda rules_dir: None)
    cohort = make_fake_cohort(tmp_path, 7)
    result = run(cohort, tmp_path / "out", rules_dir, tmp_path, jobs=2)
    by_name = {o.candidate.name: o for o in result.outcomes}
    assert len(by_name) == 7
    crashed = by_name["candidat-02"]
    assert crashed.error and "arrêté brutalement" in crashed.error
    assert crashed.report.failed_documents
    assert "RuntimeError: bogue" in by_name["candidat-04"].error
    for name, outcome in by_name.items():
        if name not in {"candidat-02", "candidat-04"}:
            assert outcome.error is None and len(outcome.report.criteria) == 4, name
    assert result.exit_code == EXIT_UNREADABLE
    assert (tmp_path / "out" / "candidat-02.html").exists()
    # a crash is not cached: the next run tries again
    monkeypatch.setattr(api, "check_candidate", fake)
    again = run(cohort, tmp_path / "out", rules_dir, tmp_path, jobs=1)
    assert {o.candidate.name for o in again.outcomes if not o.cached} == {
        "candidat-02",
        "candidat-04",
    }


def _dead_worker(rules_dir):
    os._exit(1)


def test_workers_that_cannot_start_mark_every_candidate(fake, monkeypatch, tmp_path, rules_dir):
    monkeypatch.setattr(batch, "_warm_worker", _dead_worker)
    cohort = make_fake_cohort(tmp_path, 3)
    result = run(cohort, tmp_path / "out", rules_dir, tmp_path, jobs=2)
    assert [bool(o.error) for o in result.outcomes] == [True, True, True]
    assert result.exit_code == EXIT_UNREADABLE


def test_empty_candidate_folder(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 1)
    (cohort / "vide").mkdir()
    (cohort / "vide" / "~$x.docx").write_bytes(b"lock")
    result = run(cohort, tmp_path / "out", rules_dir, tmp_path)
    empty = result.outcomes[-1]
    assert empty.candidate.name == "vide" and "[E110]" in empty.error
    assert fake.calls == ["candidat-00"]
    assert result.exit_code == EXIT_UNREADABLE


def test_no_candidate_is_an_error(fake, tmp_path, rules_dir):
    cohort = tmp_path / "rien"
    cohort.mkdir()
    (cohort / ".DS_Store").write_bytes(b"x")
    with pytest.raises(BatchError, match="Aucun candidat"):
        run(cohort, tmp_path / "out", rules_dir, tmp_path)


# --- the real pipeline ------------------------------------------------------------------


def _docx(path: Path, i: int) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading(f"Dossier projet — candidat {i}", 0)
    doc.add_heading("Diagnostic", 1)
    doc.add_paragraph(
        "Nous présentons le diagnostic interne et externe de la boutique "
        f"en ligne numéro {i}, ses clients et ses concurrents."
    )
    if i % 2 == 0:
        doc.add_heading("Analyse SWOT", 1)
        table = doc.add_table(rows=3, cols=4)
        for col, head in enumerate(("Forces", "Faiblesses", "Opportunités", "Menaces")):
            table.cell(0, col).text = head
            table.cell(1, col).text = f"Premier point : {head.lower()} du site {i}"
            table.cell(2, col).text = f"Second point : {head.lower()} du marché"
    if i % 3 == 0:
        doc.add_heading("Personas", 1)
        doc.add_paragraph(f"Persona : Julie, {20 + i} ans, achète le soir sur mobile.")
    if i % 4 == 0:
        doc.add_heading("Budget", 1)
        doc.add_paragraph("Le budget prévisionnel s'élève à 12 000 € la première année.")
    doc.save(path)


def _corpus_documents() -> list[Path]:
    if not CORPORA.is_dir():
        return []
    found = [
        path
        for path in sorted(CORPORA.rglob("*"))
        if path.suffix.lower() in {".docx", ".pdf", ".odt"}
        and "build" not in path.parts
        and path.is_file()
    ]
    return found[:4]  # a few real documents keep the test under a minute


@pytest.mark.slow
def test_end_to_end(tmp_path, rules_dir, monkeypatch):
    cohort = tmp_path / "promo"
    corpus = _corpus_documents()
    for i in range(22):
        folder = cohort / f"Candidat {i:02d}"
        folder.mkdir(parents=True)
        if i < len(corpus):
            shutil.copyfile(corpus[i], folder / f"livrable{corpus[i].suffix.lower()}")
        else:
            _docx(folder / "dossier.docx", i)
    rng = random.Random(7)
    (cohort / "Candidat 05" / "annexe.pdf").write_bytes(
        bytes(rng.randrange(256) for _ in range(4096))
    )
    (cohort / "Candidat 06" / "~$dossier.docx").write_bytes(b"\x00lock")
    before = snapshot(cohort)
    out = tmp_path / "rapports"
    args = [
        str(cohort),
        "--out",
        str(out),
        "--jobs",
        "2",
        "--rules",
        str(rules_dir),
        "--cache-dir",
        str(tmp_path / "cache"),
    ]

    result = CliRunner().invoke(cli.batch, args)
    assert result.exit_code == EXIT_UNREADABLE, result.output
    assert "22 candidat(s) analysé(s)." in result.output
    assert "1 fichier n'a pas pu être lu" in result.output
    assert re.search(r"ignoré : .*~\$dossier\.docx \(fichier de verrouillage\)", result.output)
    rows = read_csv(out / "cohorte.csv")
    assert len(rows) == 22
    assert [r["fichiers_illisibles"] for r in rows].count("1") == 1
    for row in rows:
        data = json.loads((out / row["rapport"].replace(".html", ".json")).read_text())
        assert data["candidate"] == row["candidat"]
        assert int(row["couverts"]) == data["summary"]["covered"]
        assert [row[c] for c in CRITERIA if row[c]] == [c["status"] for c in data["criteria"]]
        html = (out / row["rapport"]).read_text(encoding="utf-8")
        assert "<script" not in html
    personas = {r["B1.C1.2"] for r in rows}
    assert {"covered", "missing"} <= personas, "the real pipeline saw the personas"
    cohort_html = (out / "cohorte.html").read_text(encoding="utf-8")
    assert "annexe.pdf" in cohort_html

    # second run: everything from the cache, no document read, same reports
    def no_read(*args, **kwargs):
        raise AssertionError("a document was read again")

    monkeypatch.setattr(api, "check_candidate", no_read)
    again = run_cohort(cohort, out, jobs=2, rules_dir=rules_dir, cache_dir=tmp_path / "cache")
    assert again.from_cache == 22 and again.checked == 0
    assert read_csv(out / "cohorte.csv") == rows
    # The reports are on disk with their evidence; the result keeps verdicts only.
    written = [json.loads((out / r["rapport"].replace(".html", ".json")).read_text()) for r in rows]
    assert any(c["evidence"] for data in written for c in data["criteria"])
    assert all(not r.evidence and not r.rejected for o in again.outcomes for r in o.report.criteria)
    assert snapshot(cohort) == before, "the input folder must not change"


def test_results_are_stable_between_runs(fake, tmp_path, rules_dir):
    """Same input, same bytes (apart from the run date)."""
    cohort = make_fake_cohort(tmp_path, 3)
    one = run(cohort, tmp_path / "a", rules_dir, tmp_path, use_cache=False)
    two = run(cohort, tmp_path / "b", rules_dir, tmp_path, use_cache=False)
    for name in ("cohorte.csv", "candidat-01.html"):
        a = (tmp_path / "a" / name).read_text(encoding="utf-8")
        b = (tmp_path / "b" / name).read_text(encoding="utf-8")
        assert a.replace(one.generated, "") == b.replace(two.generated, "")
    assert replace(one.outcomes[0].report, generated="") == replace(
        two.outcomes[0].report, generated=""
    )


# --- issue 18: blocs per candidate, progress lines, cohort page ---------------------


def test_issue_18_blocs_file_and_folder_names_give_blocs_per_candidate(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 3)
    (cohort / "candidat-00").rename(cohort / "martin (blocs 1 et 3)")
    (cohort / "blocs.csv").write_text(
        "candidat;blocs\ncandidat-01;2\ninconnu;4\n", encoding="utf-8"
    )
    lines: list[str] = []
    run(cohort, tmp_path / "out", rules_dir, tmp_path, log=lines.append)
    assert fake.blocs["candidat-01"] == ([2], "file")
    assert fake.blocs["martin (blocs 1 et 3)"] == ([1, 3], "folder")
    assert fake.blocs["candidat-02"] == (None, "option")  # the documents decide
    assert "blocs.csv : candidat inconnu « inconnu » (ligne ignorée)" in lines
    assert not any("blocs.csv (" in line for line in lines)  # not listed as ignored


def test_issue_18_bloc_option_wins_over_the_blocs_file(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 2)
    (cohort / "blocs.yaml").write_text("candidat-01: [2, 3]\n", encoding="utf-8")
    run(cohort, tmp_path / "out", rules_dir, tmp_path, blocs=[1])
    assert list(fake.blocs.values()) == [([1], "option"), ([1], "option")]


@pytest.mark.parametrize(
    ("name", "text", "error"),
    [
        ("blocs.yaml", "candidat-01: [7]\n", "blocs invalides"),
        ("blocs.csv", "candidat-01\n", "ligne 1 : attendu « candidat;blocs »"),
        ("blocs.yaml", "candidat-01: [1\n", "YAML invalide"),
    ],
)
def test_issue_18_bad_blocs_file_is_a_french_error(fake, tmp_path, rules_dir, name, text, error):
    cohort = make_fake_cohort(tmp_path, 2)
    (cohort / name).write_text(text, encoding="utf-8")
    with pytest.raises(BatchError, match=error):
        run(cohort, tmp_path / "out", rules_dir, tmp_path)


def test_issue_18_one_progress_line_per_candidate_off_a_terminal(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 3)
    result = CliRunner().invoke(
        cli.batch,
        [
            str(cohort),
            "--out",
            str(tmp_path / "out"),
            "--jobs",
            "1",
            "--rules",
            str(rules_dir),
            "--cache-dir",
            str(tmp_path / "cache"),
        ],
    )
    assert result.exit_code == 0, result.output
    progress = [line for line in result.output.splitlines() if line.startswith("[")]
    assert progress == [f"[{i + 1}/3] candidat-{i:02d}" for i in range(3)]


def test_issue_18_attention_ranks_by_share_of_own_criteria():
    def outcome(name, blocs, missing, auto):
        criteria = tuple(
            CriterionResult(
                id=f"B{blocs[0]}.C1.{i}",
                bloc=blocs[0],
                competency="x",
                text="t",
                assessment="auto",
                status=Status.MISSING if i < missing else Status.COVERED,
                score=0.0,
                reason="",
                hint="",
            )
            for i in range(auto)
        )
        report = CandidateReport(name, (), criteria, blocs, "0", "r", "1")
        return cohort.CandidateOutcome(cohort.Candidate(name, Path(name), ()), report)

    # 10 missing of 40 (25 %) is better than 4 missing of 8 (50 %)
    many = outcome("a-beaucoup", (1,), 10, 40)
    few = outcome("b-peu", (2,), 4, 8)
    result = cohort.CohortResult(Path("c"), Path("o"), [many, few], [])
    cohort.aggregate(result)
    assert [o.candidate.name for o in result.attention] == ["b-peu", "a-beaucoup"]
    view = cohortreport.cohort_view(result)
    assert view["attention"][0]["missing_share"] == 50
    assert [b["number"] for b in view["bloc_totals"]] == [1, 2]
    assert view["bloc_totals"][0]["candidates"] == 1


def test_issue_18_scans_count_as_unreadable_and_names_are_clean(tmp_path):
    scan = DocumentInfo(
        "Dupont_Marie.pdf", "x", "pdf", 3, 0, Health(scanned_pages=(1, 2, 3)), status="SCAN"
    )
    report = CandidateReport("Dupont_Marie.pdf", (scan,), (), (1,), "0", "r", "1")
    loose = tmp_path / "Dupont_Marie.pdf"
    loose.write_bytes(b"%PDF")
    outcome = cohort.CandidateOutcome(cohort.Candidate(loose.name, loose, (loose,)), report)
    assert len(outcome.unreadable) == 1
    assert cohortreport.display_name(outcome.candidate) == "Dupont Marie"
    result = cohort.CohortResult(tmp_path, tmp_path / "o", [outcome], [])
    cohort.aggregate(result)
    assert result.unreadable == [("Dupont_Marie.pdf", "Dupont_Marie.pdf", "scanné (sans texte)")]
    rows = list(csv.reader(io.StringIO(cohortreport.cohort_csv(result)[1:]), delimiter=";"))
    assert rows[1][rows[0].index("fichiers_illisibles")] == "1"


@pytest.mark.slow
def test_issue_18_cohort_page_at_1280px_in_chromium(fake, tmp_path, rules_dir):
    import subprocess

    from tests.test_html_csv_reports import _chromium, _chromium_args

    binary = _chromium()
    cohort = make_fake_cohort(tmp_path, 4)
    long_name = "Dupont_Marie-Alexandrine_Dossier_Professionnel_Final.docx"
    (cohort / long_name).write_bytes(b"dossier")
    out = tmp_path / "out"
    run(cohort, out, rules_dir, tmp_path)
    page = out / "cohorte.html"
    html = page.read_text(encoding="utf-8")
    assert "Dupont Marie-Alexandrine Dossier Professionnel Final</a>" in html  # clean name
    assert 'title="couverts">✔</th>' in html  # a ✔ column beside ◐ and ✘
    assert "position: sticky; left: 0" in html and "word-break: normal" in html
    assert 'data-bloc="1" data-status="covered"' in html  # totals per bloc
    shot = tmp_path / "cohorte.png"
    done = subprocess.run(
        [
            *_chromium_args(binary, tmp_path / "profile"),
            f"--screenshot={shot}",
            "--window-size=1280,900",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert shot.read_bytes().startswith(b"\x89PNG")
