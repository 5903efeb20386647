"""Issue 14: batch integrity under faults.

Each scenario runs the public ``batch`` command (click's CliRunner, or a real
process for signals) and ends with: results equal to a clean run after a
normal re-run, no traceback, no orphan process, no file of the user's
overwritten, the user told what happened in French. Faults are injected
through the command where possible; otherwise by wrapping a library function
with monkeypatch (the forked reading children inherit it), never through a
hook in the production code.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import api, batch, cache, cli, isolate, outfolder
from checker.digest import file_sha256
from checker.limits import Limits
from tests.hostile.slow import slow_reader_env
from tests.test_batch import (
    CRITERIA,
    RULES_B1,
    RULES_HEADER,
    FakeCheck,
    _docx,
    make_fake_cohort,
    read_csv,
    snapshot,
)

#: The command line, found through this interpreter (no ``.venv`` path).
CLI = (sys.executable, "-m", "checker")


@pytest.fixture(scope="module")
def rules_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("rules")
    (folder / "referentiel.yaml").write_text(RULES_HEADER, encoding="utf-8")
    (folder / "b1.yaml").write_text(RULES_B1, encoding="utf-8")
    return folder


def invoke(cohort: Path, out: Path, tmp_path: Path, rules: Path, *extra: str):
    args = [
        str(cohort),
        "--out",
        str(out),
        "--rules",
        str(rules),
        "--cache-dir",
        str(tmp_path / "cache"),
        "--jobs",
        "1",
        *extra,
    ]
    result = CliRunner().invoke(cli.batch, args)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def reports(out: Path) -> dict[str, dict]:
    """Every candidate JSON in ``out``, without its run date."""
    found = {}
    for path in sorted(out.glob("*.json")):
        if path.name.startswith("."):
            continue  # the manifest
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("generated", None)
        found[path.name] = data
    return found


def consistent(out: Path) -> None:
    """cohorte.csv and each candidate's JSON say the same thing."""
    for row in read_csv(out / "cohorte.csv"):
        data = json.loads((out / row["rapport"].replace(".html", ".json")).read_text("utf-8"))
        assert data["candidate"] == row["candidat"]
        assert [row[c] for c in CRITERIA if row[c]] == [c["status"] for c in data["criteria"]]


@pytest.fixture
def fake(monkeypatch) -> FakeCheck:
    check = FakeCheck()
    monkeypatch.setattr(api, "check_candidate", check)
    monkeypatch.setattr(batch, "_warm_worker", lambda rules: None)
    return check


def real_cohort(root: Path, n: int = 3) -> Path:
    cohort = root / "promo"
    for i in range(n):
        folder = cohort / f"Candidat {i}"
        folder.mkdir(parents=True)
        _docx(folder / "dossier.docx", i)
    return cohort


def clean_run(cohort: Path, tmp_path: Path, rules: Path) -> dict[str, dict]:
    out = tmp_path / "propre"
    result = CliRunner().invoke(
        cli.batch,
        [str(cohort), "--out", str(out), "--rules", str(rules), "--no-cache", "--jobs", "1"],
    )
    assert result.exit_code in (0, 4), result.output
    return reports(out)


# --- 1. a file that changes during a run ------------------------------------------------


def _during_read(monkeypatch, who: str, before, after=lambda: None) -> list[str]:
    """Run ``before()`` just before ``who`` is read the first time, ``after()`` after."""
    real = api.check_candidate
    seen: list[str] = []

    def wrapped(paths, **kw):
        first = kw.get("name") == who and who not in seen
        seen.append(kw.get("name"))
        if first:
            before()
        try:
            return real(paths, **kw)
        finally:
            if first:
                after()

    monkeypatch.setattr(api, "check_candidate", wrapped)
    return seen


@pytest.mark.parametrize(
    ("fault", "jobs"), [("truncate", "1"), ("replace", "1"), ("truncate", "2")]
)
def test_issue_14_file_changed_then_restored_during_the_run(
    fault, jobs, tmp_path, rules_dir, monkeypatch
):
    cohort = real_cohort(tmp_path)
    target = cohort / "Candidat 1" / "dossier.docx"
    original = target.read_bytes()
    other = (cohort / "Candidat 2" / "dossier.docx").read_bytes()
    clean = clean_run(cohort, tmp_path, rules_dir)

    def spoil():
        target.write_bytes(original[:200] if fault == "truncate" else other)

    seen = _during_read(monkeypatch, "Candidat 1", spoil, lambda: target.write_bytes(original))
    out = tmp_path / "out"
    first = invoke(cohort, out, tmp_path, rules_dir, "--jobs", jobs)  # workers are forked
    assert first.exit_code == 0, first.output
    if jobs == "1":
        assert seen.count("Candidat 1") == 2, "what was read was not what was hashed: read again"
    assert reports(out) == clean
    monkeypatch.undo()
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert "3 depuis le cache" in again.output
    assert reports(out) == clean, "the cache holds the report of the bytes it names"


def test_issue_14_file_changed_and_left_changed_is_never_cached_under_the_old_key(
    tmp_path, rules_dir, monkeypatch
):
    cohort = real_cohort(tmp_path)
    target = cohort / "Candidat 1" / "dossier.docx"
    original = target.read_bytes()
    state = {"n": 0}

    def keeps_changing():  # another program rewriting the file while it is read
        state["n"] += 1
        target.write_bytes(original[: 100 * state["n"]])

    real = api.check_candidate

    def wrapped(paths, **kw):
        mine = kw.get("name") == "Candidat 1"
        if mine:
            keeps_changing()
        try:
            return real(paths, **kw)
        finally:
            if mine:
                keeps_changing()

    monkeypatch.setattr(api, "check_candidate", wrapped)
    out = tmp_path / "out"
    first = invoke(cohort, out, tmp_path, rules_dir)
    assert "changé pendant l'analyse" in first.output and "Candidat 1" in first.output
    data = json.loads((out / "candidat-1.json").read_text("utf-8"))
    assert any("[W320]" in w for w in data["warnings"])
    monkeypatch.undo()
    target.write_bytes(original)
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert again.exit_code == 0 and "2 depuis le cache" in again.output
    assert reports(out) == clean_run(cohort, tmp_path, rules_dir)


def test_issue_14_folder_renamed_during_the_run(tmp_path, rules_dir, monkeypatch):
    cohort = real_cohort(tmp_path)
    folder = cohort / "Candidat 1"
    _during_read(monkeypatch, "Candidat 1", lambda: folder.rename(cohort / "Candidat 1 bis"))
    out = tmp_path / "out"
    first = invoke(cohort, out, tmp_path, rules_dir)
    assert first.exit_code == 4
    assert "changé pendant l'analyse" in first.output
    monkeypatch.undo()
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert again.exit_code == 0, again.output
    assert "candidat-1.html" in again.output and "--prune" in again.output  # stale, listed
    clean = clean_run(cohort, tmp_path, rules_dir)
    now = reports(out)
    assert {k: v for k, v in now.items() if k != "candidat-1.json"} == clean
    pruned = invoke(cohort, out, tmp_path, rules_dir, "--prune")
    assert pruned.exit_code == 0 and reports(out) == clean


# --- 2. transient failures ------------------------------------------------------------------


def _killed_from_outside(path, limits):
    os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer does


def test_issue_14_reader_killed_from_outside_is_not_cached(tmp_path, rules_dir, monkeypatch):
    cohort = real_cohort(tmp_path, 2)
    clean = clean_run(cohort, tmp_path, rules_dir)
    monkeypatch.setattr(isolate, "_read_in_process", _killed_from_outside)
    out = tmp_path / "out"
    first = invoke(cohort, out, tmp_path, rules_dir)
    assert first.exit_code == 4
    assert "relus à la prochaine exécution" in first.output
    doc = json.loads((out / "candidat-0.json").read_text("utf-8"))["documents"][0]
    assert doc["status"] == "ILLISIBLE" and "arrêté de l'extérieur" in doc["error"]
    assert "Mo" not in doc["error"], "a 10 KB file is not « trop volumineux »"
    monkeypatch.undo()
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert again.exit_code == 0 and "depuis le cache" not in again.output
    assert reports(out) == clean


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_issue_14_isolate_signal_from_outside_is_transient(tmp_path, monkeypatch, signum):
    from checker.errors import InputError

    monkeypatch.setattr(
        isolate, "_read_in_process", lambda path, limits: os.kill(os.getpid(), signum)
    )
    path = tmp_path / "bon.docx"
    _docx(path, 1)
    with pytest.raises(InputError) as caught:
        isolate.extract_isolated(path, Limits(), name="bon.docx")
    assert caught.value.transient and caught.value.status == "ILLISIBLE"
    assert caught.value.sha256 == file_sha256(path)


def test_issue_14_sigterm_to_the_reader_under_the_batch_handlers_is_transient(
    tmp_path, monkeypatch
):
    from checker.errors import InputError

    monkeypatch.setattr(
        isolate, "_read_in_process", lambda path, limits: os.kill(os.getpid(), signal.SIGTERM)
    )
    path = tmp_path / "bon.docx"
    _docx(path, 1)
    for handler in (batch.sigterm_raises._raise, isolate.stop_now):  # command, worker
        previous = signal.signal(signal.SIGTERM, handler)
        try:
            with pytest.raises(InputError) as caught:
                isolate.extract_isolated(path, Limits(), name="bon.docx")
        finally:
            signal.signal(signal.SIGTERM, previous)
        assert caught.value.transient, caught.value.message


def test_issue_14_timeout_is_not_cached(fake, tmp_path, rules_dir, monkeypatch):
    real = FakeCheck()

    def slow(paths, **kw):
        report = real(paths, **kw)
        docs = tuple(
            doc.__class__(
                doc.path,
                doc.sha256,
                doc.kind,
                0,
                0,
                None,
                error="[E109] Délai dépassé",
                status="DELAI_DEPASSE",
                transient=True,
            )
            for doc in report.documents
        )
        return report.__class__(
            **{**{f: getattr(report, f) for f in report.__slots__}, "documents": docs}
        )

    monkeypatch.setattr(api, "check_candidate", slow)
    cohort = make_fake_cohort(tmp_path, 2)
    invoke(cohort, tmp_path / "out", tmp_path, rules_dir)
    monkeypatch.setattr(api, "check_candidate", fake)
    again = invoke(cohort, tmp_path / "out", tmp_path, rules_dir)
    assert "depuis le cache" not in again.output and len(fake.calls) == 2


# --- 3. the candidate's identity -------------------------------------------------------------


def test_issue_14_identical_files_in_two_folders_keep_their_names(
    fake, tmp_path, rules_dir, monkeypatch
):
    monkeypatch.chdir(tmp_path)  # names shown relative to here
    cohort = tmp_path / "promo"
    for name in ("Alice", "Bruno"):
        (cohort / name).mkdir(parents=True)
        (cohort / name / "dossier.docx").write_bytes(b"meme contenu")
    for out in (tmp_path / "out", tmp_path / "out", tmp_path / "autre"):  # 2nd, 3rd: cache
        invoke(cohort, out, tmp_path, rules_dir)
        for slug, name in (("alice", "Alice"), ("bruno", "Bruno")):
            data = json.loads((out / f"{slug}.json").read_text("utf-8"))
            assert data["candidate"] == name
            assert data["documents"][0]["path"].endswith(f"{name}/dossier.docx")
            assert f"— {name}</title>" in (out / f"{slug}.html").read_text("utf-8")
        consistent(out)


def test_issue_14_renamed_folder_gets_its_new_name_from_the_cache(
    fake, tmp_path, rules_dir, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    cohort = make_fake_cohort(tmp_path, 2)
    out = tmp_path / "out"
    invoke(cohort, out, tmp_path, rules_dir)
    (cohort / "candidat-01").rename(cohort / "Zoé")
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert "2 depuis le cache" in again.output
    data = json.loads((out / "zoe.json").read_text("utf-8"))
    assert data["candidate"] == "Zoé" and "Zoé/" in data["documents"][0]["path"]
    assert "candidat-01" not in json.dumps(data)
    consistent(out)


def test_issue_14_a_bloc_in_a_folder_name_is_part_of_the_key(
    fake, tmp_path, rules_dir, monkeypatch
):
    monkeypatch.chdir(tmp_path)  # the folder is part of the names shown (and read)
    cohort = make_fake_cohort(tmp_path, 1)
    invoke(cohort, tmp_path / "out", tmp_path, rules_dir)
    (cohort / "candidat-00").rename(cohort / "Dupont bloc 2")
    again = invoke(cohort, tmp_path / "out", tmp_path, rules_dir)
    assert "depuis le cache" not in again.output, "« bloc 2 » in a name can change the blocs"


# --- 7. file names that are not UTF-8 --------------------------------------------------------


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses non-UTF-8 names")
def test_issue_14_latin1_file_name_does_not_stop_the_batch(tmp_path, rules_dir):
    cohort = real_cohort(tmp_path, 2)
    folder = cohort / "Candidat 1"
    os.rename(folder / "dossier.docx", os.path.join(os.fsencode(folder), b"r\xe9sum\xe9.docx"))
    os.mkdir(os.path.join(os.fsencode(cohort), b"Fran\xe7ois"))
    _docx(Path(os.fsdecode(os.path.join(os.fsencode(cohort), b"Fran\xe7ois", b"d.docx"))), 3)
    out = tmp_path / "out"
    first = invoke(cohort, out, tmp_path, rules_dir)
    assert first.exit_code == 0, first.output
    data = json.loads((out / "candidat-1.json").read_text("utf-8"))
    assert data["documents"][0]["path"].endswith("r\\xe9sum\\xe9.docx")
    assert data["documents"][0]["status"] == "OK"
    assert json.loads((out / "fran-xe7ois.json").read_text("utf-8"))["candidate"] == "Fran\\xe7ois"
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert "3 depuis le cache" in again.output
    assert reports(out) == clean_run(cohort, tmp_path, rules_dir)


# --- 4. the --out folder ------------------------------------------------------------------------


def test_issue_14_user_file_in_out_is_never_overwritten(fake, tmp_path, rules_dir):
    cohort = tmp_path / "promo"
    (cohort / "Budget").mkdir(parents=True)
    (cohort / "Budget" / "dossier.docx").write_bytes(b"budget")
    (cohort / "Alice").mkdir()
    (cohort / "Alice" / "dossier.docx").write_bytes(b"alice")
    out = tmp_path / "out"
    out.mkdir()
    (out / "budget.json").write_text('{"mon": "budget"}', encoding="utf-8")
    (out / "cohorte.csv").write_text("mes;notes\n", encoding="utf-8")
    mine = snapshot(out)
    for _ in range(2):
        result = invoke(cohort, out, tmp_path, rules_dir)
        assert result.exit_code == 0
        assert "budget.json existe déjà" in result.output and "budget-2.html" in result.output
        assert "cohorte-2.csv" in result.output
        assert {k: v for k, v in snapshot(out).items() if k in mine} == mine
        assert json.loads((out / "budget-2.json").read_text("utf-8"))["candidate"] == "Budget"
        rows = read_csv(out / "cohorte-2.csv")
        assert [r["rapport"] for r in rows] == ["alice.html", "budget-2.html"]


def test_issue_14_damaged_or_foreign_reports_are_rewritten(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 3)
    out = tmp_path / "out"
    invoke(cohort, out, tmp_path, rules_dir)
    good = reports(out)
    (out / "candidat-00.json").write_bytes((out / "candidat-00.json").read_bytes()[:50])
    (out / "candidat-01.json").write_bytes((out / "candidat-02.json").read_bytes())
    (out / "candidat-02.html").unlink()
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert "3 depuis le cache" in again.output and len(fake.calls) == 3
    assert reports(out) == good
    assert (out / "candidat-02.html").exists()
    consistent(out)


def test_issue_14_interrupted_run_with_other_settings_then_rerun(
    fake, tmp_path, rules_dir, monkeypatch
):
    other = make_fake_cohort(tmp_path / "autre", 3)
    for path in other.rglob("*.docx"):
        path.write_bytes(b"autre " + path.read_bytes())
    cohort = make_fake_cohort(tmp_path, 3)
    out = tmp_path / "out"
    invoke(cohort, out, tmp_path, rules_dir)
    expected = reports(out)

    calls = {"n": 0}
    real_finish = batch._write_candidate

    def interrupt_after_two(out_folder, outcome):
        calls["n"] += 1
        if calls["n"] > 2:
            raise KeyboardInterrupt
        return real_finish(out_folder, outcome)

    monkeypatch.setattr(batch, "_write_candidate", interrupt_after_two)
    stopped = invoke(other, out, tmp_path, rules_dir, "--bloc", "1")
    assert stopped.exit_code == batch.EXIT_INTERRUPTED
    assert "Interrompu : 2 candidat(s) sur 3 traité(s)" in stopped.output
    assert "Aborted" not in stopped.output
    monkeypatch.setattr(batch, "_write_candidate", real_finish)
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert again.exit_code == 0
    assert reports(out) == expected
    consistent(out)


def test_issue_14_reports_of_the_previous_version_are_still_ours(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 2)
    out = tmp_path / "out"
    invoke(cohort, out, tmp_path, rules_dir)
    # the index of rncp-check 0.2 before this change: slug -> cache key
    (out / ".rncp-check-index.json").write_text(
        json.dumps({"candidat-00": "k0", "candidat-01": "k1"}), encoding="utf-8"
    )
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert again.exit_code == 0 and "existe déjà" not in again.output
    assert sorted(p.name for p in out.iterdir()) == [
        ".rncp-check-index.json",
        "candidat-00.html",
        "candidat-00.json",
        "candidat-01.html",
        "candidat-01.json",
        "cohorte.csv",
        "cohorte.html",
    ]


def test_issue_14_stale_reports_are_listed_and_pruned(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 3)
    out = tmp_path / "out"
    invoke(cohort, out, tmp_path, rules_dir)
    (out / "notes.txt").write_text("à moi", encoding="utf-8")
    import shutil

    shutil.rmtree(cohort / "candidat-02")
    listed = invoke(cohort, out, tmp_path, rules_dir)
    assert "2 fichier(s) d'une exécution précédente" in listed.output
    assert "candidat-02.html, candidat-02.json" in listed.output
    assert (out / "candidat-02.json").exists()
    pruned = invoke(cohort, out, tmp_path, rules_dir, "--prune")
    assert "2 ancien(s) fichier(s) supprimé(s)" in pruned.output
    assert not (out / "candidat-02.json").exists() and (out / "notes.txt").exists()
    quiet = invoke(cohort, out, tmp_path, rules_dir)
    assert "exécution précédente" not in quiet.output


# --- 5. write errors ------------------------------------------------------------------------------


def test_issue_14_directory_in_the_way(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 3)
    out = tmp_path / "out"
    invoke(cohort, out, tmp_path, rules_dir)
    expected = reports(out)
    (out / "candidat-01.html").unlink()
    (out / "candidat-01.html").mkdir()
    result = invoke(cohort, out, tmp_path, rules_dir)
    assert result.exit_code == batch.EXIT_WRITE
    assert "[E120] Impossible d'écrire" in result.output and "candidat-01.html" in result.output
    assert "un dossier porte ce nom" in result.output
    assert (out / "cohorte.csv").exists() and (out / "candidat-02.json").exists()
    (out / "candidat-01.html").rmdir()
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert again.exit_code == 0 and reports(out) == expected


def test_issue_14_disk_full_goes_on_and_says_so(fake, tmp_path, rules_dir, monkeypatch):
    cohort = make_fake_cohort(tmp_path, 3)
    out = tmp_path / "out"
    real = outfolder.write_atomic

    def full(path, data):
        if path.suffix == ".html":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(outfolder, "write_atomic", full)
    result = invoke(cohort, out, tmp_path, rules_dir)
    assert result.exit_code == batch.EXIT_WRITE
    assert result.output.count("[E120] Impossible d'écrire") == 4  # 3 reports + overview
    assert "disque plein" in result.output and "No space" not in result.output
    assert len([p for p in out.glob("*.json") if p.name[0] != "."]) == 3, "the batch went on"
    monkeypatch.undo()
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert again.exit_code == 0 and len(list(out.glob("*.html"))) == 4


def test_issue_14_nothing_writable_each_file_named_with_its_cause(
    fake, tmp_path, rules_dir, monkeypatch
):
    """A read-only --out as root cannot be made with chmod: the error is injected."""

    def refused(path, data):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(outfolder, "write_atomic", refused)
    cohort = make_fake_cohort(tmp_path, 2)
    result = invoke(cohort, tmp_path / "out", tmp_path, rules_dir)
    assert result.exit_code == batch.EXIT_WRITE
    lines = [line for line in result.output.splitlines() if line.startswith("[E120]")]
    assert len(lines) == 2 * 2 + 2 + 1  # reports, overview, manifest
    assert all("(accès refusé)" in line for line in lines)
    assert "Permission denied" not in result.output
    assert len(fake.calls) == 2, "every candidate was still checked"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores modes")
def test_issue_14_read_only_out(fake, tmp_path, rules_dir):
    cohort = make_fake_cohort(tmp_path, 2)
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = invoke(cohort, out, tmp_path, rules_dir)
    finally:
        out.chmod(0o755)
    assert result.exit_code == batch.EXIT_WRITE and "accès refusé" in result.output


# --- 8. cache entries ---------------------------------------------------------------------------


def _entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "reports").rglob("*.json"))


def _first_and_second(fake, tmp_path, rules_dir, spoil) -> tuple[str, int]:
    cohort = make_fake_cohort(tmp_path, 2)
    out = tmp_path / "out"
    invoke(cohort, out, tmp_path, rules_dir)
    expected = reports(out)
    spoil(_entries(tmp_path))
    again = invoke(cohort, out, tmp_path, rules_dir)
    assert again.exit_code == 0
    assert reports(out) == expected
    return again.output, len(fake.calls)


def test_issue_14_edited_cache_entry_is_a_miss(fake, tmp_path, rules_dir):
    def edit(entries):
        for entry in entries:
            text = entry.read_text(encoding="utf-8")
            entry.write_text(
                text.replace('"missing"', '"covered"').replace('"partial"', '"covered"'),
                encoding="utf-8",
            )

    output, calls = _first_and_second(fake, tmp_path, rules_dir, edit)
    assert calls == 4 and "2 entrée(s) du cache inutilisable(s)" in output


def test_issue_14_swapped_cache_entry_is_a_miss(fake, tmp_path, rules_dir):
    def swap(entries):
        a, b = (entry.read_bytes() for entry in entries)
        entries[0].write_bytes(b)
        entries[1].write_bytes(a)

    _, calls = _first_and_second(fake, tmp_path, rules_dir, swap)
    assert calls == 4


def test_issue_14_swapped_entry_with_its_key_rewritten_is_a_miss(fake, tmp_path, rules_dir):
    def swap(entries):
        a, b = (json.loads(entry.read_text("utf-8")) for entry in entries)
        b["key"], a["key"] = a["key"], b["key"]
        b["checksum"] = cache._checksum(b)  # a careful forger
        entries[0].write_text(json.dumps(b), encoding="utf-8")

    _, calls = _first_and_second(fake, tmp_path, rules_dir, swap)
    assert calls == 3, "the documents' SHA-256 do not match the files"


def test_issue_14_fifo_symlink_and_huge_entries_are_misses(fake, tmp_path, rules_dir):
    def hostile(entries):
        entries[0].unlink()
        os.mkfifo(entries[0])
        entries[1].unlink()
        entries[1].symlink_to("/dev/zero")

    output, calls = _first_and_second(fake, tmp_path, rules_dir, hostile)
    assert calls == 4 and "inutilisable" in output
    entry = _entries(tmp_path)[0]
    with open(entry, "r+b") as handle:
        handle.truncate(cache.MAX_ENTRY_BYTES + 1)  # sparse: no disk used
    store = cache.ReportCache(tmp_path / "cache")
    assert store.get(entry.stem) is None and store.invalid == 1


# --- 6. signals: the real command in a real process --------------------------------------------


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start(tmp_path: Path, rules: Path, jobs: str) -> tuple[subprocess.Popen, set[int]]:
    cohort = real_cohort(tmp_path, 4)
    (tmp_path / "tmp").mkdir()
    env = {
        **slow_reader_env(600),  # the readers hang (a test-side wrapper)
        "TMPDIR": str(tmp_path / "tmp"),
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "checker",
            "batch",
            str(cohort),
            "--out",
            str(tmp_path / "out"),
            "--jobs",
            jobs,
            "--rules",
            str(rules),
            "--cache-dir",
            str(tmp_path / "cache"),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        family = _descendants(proc.pid)
        if len(family) >= int(jobs) * 2 or (jobs == "1" and family):
            time.sleep(0.5)
            return proc, _descendants(proc.pid)
        time.sleep(0.2)
    proc.kill()
    pytest.fail("the readers never started")


def _no_orphans(family: set[int]) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in family):
        time.sleep(0.1)
    assert not [pid for pid in family if _alive(pid)], "orphan processes left"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl")
@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT"])
def test_issue_14_sigterm_and_ctrl_c_stop_cleanly_in_french(tmp_path, rules_dir, how):
    proc, family = _start(tmp_path, rules_dir, "2")
    if how == "SIGINT":
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole group
    else:
        proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == (130 if how == "SIGINT" else 143), err
    assert "Interrompu : 0 candidat(s) sur 4 traité(s) ; relancez la même commande" in err
    assert "Traceback" not in out + err and "Aborted" not in err
    _no_orphans(family)
    assert not list((tmp_path / "tmp").iterdir()), "the copies of the files read are removed"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_issue_14_sigkill_of_the_parent_leaves_no_orphan(tmp_path, rules_dir, jobs):
    proc, family = _start(tmp_path, rules_dir, jobs)
    assert family
    proc.kill()
    proc.communicate(timeout=30)
    _no_orphans(family)
    # a copy held by a process killed with SIGKILL is removed by the next run
    env = {**os.environ, "TMPDIR": str(tmp_path / "tmp")}
    done = subprocess.run(
        [
            *CLI,
            "batch",
            str(tmp_path / "promo"),
            "--out",
            str(tmp_path / "out"),
            "--jobs",
            "1",
            "--rules",
            str(rules_dir),
            "--cache-dir",
            str(tmp_path / "cache"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert not list((tmp_path / "tmp").iterdir())
