"""Hostile and broken inputs: every file gets a status, nothing hangs, nothing escapes.

The corpus is generated at test time (``tests/hostile/make_corpus.py``). The
real command line runs on it in the background from the start of the module
(it loads the French model: ~15 s of CPU), while the library API runs on it
in this process. Pre-checks, not timeouts, stop the bombs: the non-slow tests
stay well under a minute.

No test asserts a duration: each checks the behaviour (a status, the child
gone, the run finished). Where a hang must fail a test rather than block the
suite, a generous bound raises instead: ``timeout=`` for a command, ``_no_hang``
(SIGALRM) in this process. The CLI is run as ``sys.executable -m checker``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import resource
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from checker import api, isolate
from checker.discover import (
    discover_candidate_files,
    discover_cohort,
    display_for,
    safe_name,
)
from checker.errors import InputError
from checker.extract import detect_format
from checker.extract.sniff import inspect
from checker.limits import Limits, cap_nlp_chars, cap_page_chars
from checker.testing import docmark

from .hostile.make_corpus import (
    PASSWD_MARK,
    SECRET,
    Corpus,
    build_corpus,
    docx_bytes,
    ole2_bytes,
)
from .hostile.slow import CLI, slow_reader, slow_reader_env

#: Small caps so that the bombs that reach a reader are stopped quickly.
LIMITS = Limits(memory_mb=500, timeout_s=30, max_pages=200)
LIMITS_ENV = {
    "RNCP_CHECK_MEMORY_MB": "500",
    "RNCP_CHECK_TIMEOUT_S": "30",
    "RNCP_CHECK_MAX_PAGES": "200",
}
#: What may never appear in any output.
FORBIDDEN = ("Traceback", SECRET, PASSWD_MARK, "\u202e")


@contextmanager
def _no_hang(seconds: int = 60) -> Iterator[None]:
    """Fail the test with an exception if the block has not ended after ``seconds``
    (a guard against a hang, generous on purpose: not a speed check)."""

    def expired(_signum, _frame):
        raise TimeoutError(f"bloqué plus de {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _snapshot(root: Path) -> dict[bytes, tuple]:
    """Names, types, sizes, mtimes, modes and hashes of everything under ``root``."""
    out: dict[bytes, tuple] = {}
    for folder, dirs, names in os.walk(os.fsencode(root), followlinks=False):
        for name in dirs + names:
            full = os.path.join(folder, name)
            info = os.lstat(full)
            digest = ""
            if stat.S_ISREG(info.st_mode) and info.st_blocks * 512 < 100 * 1024 * 1024:
                with open(full, "rb") as handle:
                    digest = hashlib.sha256(handle.read()).hexdigest()
            elif stat.S_ISLNK(info.st_mode):
                digest = os.fsdecode(os.readlink(full))
            out[full] = (info.st_mode, info.st_size, info.st_mtime_ns, digest)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return build_corpus(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def before(corpus) -> dict:
    return _snapshot(corpus.root)


@pytest.fixture(scope="module")
def cli_run(corpus, before):
    """The real CLI on the hostile candidate, started now, collected when needed."""
    env = {**os.environ, **LIMITS_ENV}
    process = subprocess.Popen(
        [*CLI, "check", "candidat", "--format", "json"],
        cwd=corpus.cohort,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    result: dict = {}

    def collect() -> dict:
        if not result:
            # timeout=: a hang fails the test (generous bound, not a speed check)
            out, err = process.communicate(timeout=600)
            result.update(
                rc=process.returncode,
                out=out.decode("utf-8", "replace"),
                err=err.decode("utf-8", "replace"),
            )
        return result

    yield collect
    if process.poll() is None:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def api_report(corpus, before, cli_run, engine):
    """``check_candidate`` in this process (engine shared with the rule tests)."""
    patch = pytest.MonkeyPatch()
    patch.setattr(api, "get_engine", lambda ruleset=None: engine)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        with _no_hang(600):
            report = api.check_candidate([corpus.candidate], limits=LIMITS)
    finally:
        patch.undo()
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    return report, grown_mib


def _check_statuses(corpus: Corpus, documents: list[dict], warnings: list[str]) -> None:
    by_path = {d["path"]: d for d in documents}
    problems = []
    for shown, statuses in sorted(corpus.expected.items()):
        doc = by_path.get(shown)
        if doc is None:
            problems.append(f"{shown!r}: absent du rapport")
        elif doc["status"] not in statuses:
            problems.append(f"{shown!r}: {doc['status']} ({doc['error']}), attendu {statuses}")
        elif doc["error"]:
            assert doc["error"].startswith("[E1"), doc["error"]
            assert shown in doc["error"], doc["error"]
    extra = set(by_path) - set(corpus.expected)
    assert not extra, f"documents inattendus : {sorted(extra)}"
    assert not problems, "\n".join(problems)
    for shown, word in corpus.warnings.items():
        health = by_path[shown]["health"] or {}
        assert any(word in w for w in health.get("warnings", [])), (shown, health)
    for shown, reason in corpus.ignored.items():
        lines = [w for w in warnings if w.startswith(f"ignoré : {shown} (")]
        assert lines and reason in lines[0], (shown, warnings)


def _check_clean(text: str, corpus: Corpus) -> None:
    for word in FORBIDDEN:
        assert word not in text, word
    assert str(corpus.root) not in text
    assert os.path.realpath(corpus.root) not in text


# -- pre-checks: fast, in the parent, no child ----------------------------------


def test_prechecks_refuse_bombs_fast_without_a_child(corpus, monkeypatch):
    def no_child(*_args, **_kwargs):
        raise AssertionError("a pre-checked file reached a child process")

    monkeypatch.setattr(isolate, "_run_child", no_child)
    for shown in corpus.prechecked:
        path = corpus.cohort / os.fsdecode(shown)
        with _no_hang(), pytest.raises(InputError) as caught:
            isolate.extract_isolated(path, LIMITS, name=shown)
        assert caught.value.status in corpus.expected[shown], (shown, caught.value.message)
        assert shown in caught.value.message


def test_fifo_and_directory_given_explicitly_answer_at_once(corpus, monkeypatch):
    def no_child(*_args, **_kwargs):
        raise AssertionError("a FIFO or a folder reached a child process")

    monkeypatch.setattr(isolate, "_run_child", no_child)
    for name, status in (("x.pdf", "NON_SUPPORTE"), ("y.docx", "NON_SUPPORTE")):
        with _no_hang(), pytest.raises(InputError) as caught:  # opening a FIFO could block
            isolate.extract_isolated(corpus.candidate / name, LIMITS)
        assert caught.value.status == status
        assert str(corpus.root) not in caught.value.message
    assert inspect(corpus.candidate / "x.pdf").kind == "not-regular"


def test_sniff_kinds(tmp_path):
    cases = {
        "a.docx": docx_bytes(),
        "b.doc": ole2_bytes(["WordDocument"]),
        "c.docx": ole2_bytes(["EncryptionInfo", "EncryptedPackage"]),
        "d.xls": ole2_bytes(["Workbook"]),
        "e.pdf": b"\n\n  junk %PDF-1.4\n",
        "f.rtf": b"{\\rtf1 x}",
        "g.html": b"\xef\xbb\xbf<!DOCTYPE html><html></html>",
        "h.txt": "Dossier de synthèse\n".encode("cp1252"),
        "i.bin": bytes(range(256)) * 8,
    }
    expected = {
        "a.docx": "docx",
        "b.doc": "doc",
        "c.docx": "ole2-encrypted",
        "d.xls": "xls",
        "e.pdf": "pdf",
        "f.rtf": "rtf",
        "g.html": "html",
        "h.txt": "text",
        "i.bin": "unknown",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        assert inspect(tmp_path / name).kind == expected[name], name


def test_encrypted_ooxml_found_past_the_first_sector(tmp_path):
    # The directory is at sector 1; the name is not in the first 512 bytes.
    data = ole2_bytes(["EncryptionInfo", "EncryptedPackage"])
    assert "EncryptedPackage".encode("utf-16-le") not in data[:512]
    (tmp_path / "x.docx").write_bytes(data)
    with pytest.raises(InputError) as caught:
        detect_format(tmp_path / "x.docx")
    assert caught.value.status == "PROTEGE"


def test_word97_advice(tmp_path):
    (tmp_path / "vieux.doc").write_bytes(ole2_bytes(["WordDocument"]))
    with pytest.raises(InputError) as caught:
        detect_format(tmp_path / "vieux.doc")
    assert caught.value.status == "NON_SUPPORTE"
    assert "Word 97-2003" in caught.value.message
    assert "enregistrez-le en DOCX" in caught.value.message


# -- the child process: crash, memory, hang ----------------------------------------------


def _good(tmp_path: Path) -> Path:
    path = tmp_path / "bon.docx"
    path.write_bytes(docx_bytes())
    return path


def test_child_reads_a_good_file(tmp_path):
    document = isolate.extract_isolated(_good(tmp_path), LIMITS, name="bon.docx")
    assert document.path == "bon.docx" and document.health.words > 10
    assert document.sha256


def test_child_segfault_is_unreadable(tmp_path, monkeypatch):
    monkeypatch.setattr(
        isolate, "_read_in_process", lambda path, limits: os.kill(os.getpid(), signal.SIGSEGV)
    )
    with pytest.raises(InputError) as caught:
        isolate.extract_isolated(_good(tmp_path), LIMITS, name="bon.docx")
    assert caught.value.status == "ILLISIBLE"
    assert "arrêté brutalement" in caught.value.message


def test_child_out_of_memory_is_too_big(tmp_path, monkeypatch):
    def hog(path, limits):
        blocks = []
        while True:
            blocks.append(bytearray(64 * 1024 * 1024))

    monkeypatch.setattr(isolate, "_read_in_process", hog)
    small = Limits(memory_mb=200, timeout_s=20)
    with pytest.raises(InputError) as caught:
        isolate.extract_isolated(_good(tmp_path), small, name="bon.docx")
    # stopped by the memory cap, not by the 20 s timeout (that would be DELAI_DEPASSE)
    assert caught.value.status == "TROP_VOLUMINEUX"
    assert "200 Mo" in caught.value.message


def test_child_bug_is_reported_without_traceback(tmp_path, monkeypatch, capfd):
    def bug(path, limits):
        raise KeyError("boom")

    monkeypatch.setattr(isolate, "_read_in_process", bug)
    with pytest.raises(InputError) as caught:
        isolate.extract_isolated(_good(tmp_path), LIMITS, name="bon.docx")
    assert caught.value.status == "ILLISIBLE"
    assert "Traceback" not in capfd.readouterr().err


def test_child_hang_is_killed(tmp_path, monkeypatch):
    pid_file = tmp_path / "child.pid"
    slow_reader(monkeypatch, 600, pid_file)
    with _no_hang(120), pytest.raises(InputError) as caught:
        isolate.extract_isolated(_good(tmp_path), Limits(timeout_s=1), name="bon.docx")
    assert caught.value.status == "DELAI_DEPASSE"
    assert caught.value.message.startswith("[E109]") and "bon.docx" in caught.value.message
    assert caught.value.transient
    child = int(pid_file.read_text(encoding="ascii"))
    with pytest.raises(ProcessLookupError):  # the hanging child is killed and reaped
        os.kill(child, 0)


@pytest.mark.slow
def test_cli_hang_gives_delai_depasse(tmp_path):
    _good(tmp_path)
    env = {**slow_reader_env(600), "RNCP_CHECK_TIMEOUT_S": "2"}
    # timeout=: a hang fails the test (generous bound, not a speed check)
    done = subprocess.run(
        [*CLI, "check", "bon.docx", "--format", "json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == 2, done.stderr
    report = json.loads(done.stdout)
    assert [d["status"] for d in report["documents"]] == ["DELAI_DEPASSE"]
    assert "[E109]" in done.stderr and "bon.docx" in done.stderr


# -- the whole hostile candidate, through the API and the CLI ------------------------


def test_api_every_file_has_its_status(corpus, api_report):
    from checker.report import jsonreport

    report, grown_mib = api_report
    data = json.loads(jsonreport.render(report))
    _check_statuses(corpus, data["documents"], data["warnings"])
    assert grown_mib < 300, f"la mémoire du processus parent a grandi de {grown_mib:.0f} Mio"


def test_api_outputs_are_clean(corpus, api_report):
    from checker.report import csvreport, htmlreport, jsonreport, textreport

    report = api_report[0]
    text = textreport.render(report, verbose=True)
    html = htmlreport.render(report)
    table = csvreport.render(report)
    for output in (text, html, table, jsonreport.render(report)):
        _check_clean(output, corpus)
    assert "ignoré : candidat/~$dossier.docx (fichier de verrouillage)" in text
    assert "candidat/a\\nb.docx" in text and "candidat/rapport\\u202etxt.docx" in text
    assert "candidat/caf\\xe9.docx" in text
    for payload in ("<script>alert(1)</script>", "<svg onload", "<img src=x"):
        assert payload not in html
    for row in csv.reader(io.StringIO(table), delimiter=";"):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_cli_every_file_has_its_status(corpus, cli_run):
    result = cli_run()
    assert result["rc"] == 0, result["err"][-3000:]
    for output in (result["out"], result["err"]):
        _check_clean(output, corpus)
    data = json.loads(result["out"])
    _check_statuses(corpus, data["documents"], data["warnings"])
    # The biggest process among the CLI and its reading children stays bounded.
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mib < 2000, peak_mib


def test_input_tree_unchanged(corpus, before, cli_run, api_report):
    cli_run()
    assert _snapshot(corpus.root) == before


# -- discovery and names -------------------------------------------------------------


def test_safe_name_escapes():
    assert safe_name("a\nb.docx") == "a\\nb.docx"
    assert safe_name("x\u202etxt.docx") == "x\\u202etxt.docx"
    assert safe_name(b"caf\xe9.docx") == "caf\\xe9.docx"
    assert safe_name("\x1b[31mrouge.pdf") == "\\x1b[31mrouge.pdf"
    assert safe_name('l\'"étude" <b>.docx') == 'l\'"étude" <b>.docx'
    assert safe_name("-rf.docx") == "-rf.docx"


def test_display_is_never_absolute(tmp_path):
    folder = tmp_path / "cand"
    folder.mkdir()
    (folder / "sous").mkdir()
    (folder / "sous" / "a.docx").write_bytes(b"x")
    files, ignored = discover_candidate_files([folder])
    assert files == [folder / "sous" / "a.docx"] and not ignored
    assert display_for(files[0], [folder]) == "cand/sous/a.docx"
    assert display_for(folder / "sous" / "a.docx") == "a.docx"
    assert display_for(Path("rel/x.pdf")) == "rel/x.pdf"


def test_discover_cohort(corpus, tmp_path):
    cohort = tmp_path / "cohorte"
    (cohort / "alice").mkdir(parents=True)
    (cohort / "alice" / "dossier.docx").write_bytes(b"x")
    (cohort / "alice" / "~$dossier.docx").write_bytes(b"x")
    (cohort / "bob.pdf").write_bytes(b"%PDF-")
    (cohort / ".DS_Store").write_bytes(b"x")
    os.symlink(corpus.outside, cohort / "dehors")
    listing = discover_cohort(cohort)
    assert [(name, [f.name for f in files]) for name, files, _ in listing] == [
        ("alice", ["dossier.docx"]),
        ("bob.pdf", ["bob.pdf"]),
    ]
    assert listing[0][2] == ["ignoré : alice/~$dossier.docx (fichier de verrouillage)"]
    assert listing[0].root == cohort / "alice" and listing[1].root == cohort / "bob.pdf"
    assert any(".DS_Store" in line for line in listing.ignored)
    assert any("dehors" in line and "extérieur" in line for line in listing.ignored)


# -- limits ---------------------------------------------------------------------------


def test_limits_from_env():
    limits = Limits.from_env(
        {
            "RNCP_CHECK_MAX_FILE_BYTES": "10M",
            "RNCP_CHECK_MAX_PAGES": "12",
            "RNCP_CHECK_TIMEOUT_S": "2.5",
            "RNCP_CHECK_MAX_MEMORY_MB": "800",
            "RNCP_CHECK_MAX_RATIO": "pas un nombre",
        }
    )
    assert limits.max_file_bytes == 10 * 1024 * 1024 and limits.max_pages == 12
    assert limits.timeout_s == 2.5 and limits.memory_mb == 800
    assert limits.max_ratio == Limits().max_ratio
    assert Limits().with_changes(max_pages=3, timeout_s=None).max_pages == 3
    with pytest.raises(ValueError):
        Limits(max_pages=0)


def test_file_size_cap(tmp_path):
    path = tmp_path / "gros.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b" " * 5000)
    with pytest.raises(InputError) as caught:
        detect_format(path, Limits(max_file_bytes=1000))
    assert caught.value.status == "TROP_VOLUMINEUX"


def test_character_caps():
    long_page = docmark("# Titre\n\n" + ("mot " * 5000) + "\n\n" + ("autre " * 10))
    capped = cap_page_chars(long_page, 1000)
    assert sum(len(b.text) for b in capped.blocks) <= 1010
    assert any("W306" in w for w in capped.health.warnings)
    assert cap_page_chars(long_page, 10**6) is long_page
    docs = cap_nlp_chars([long_page, long_page], 25_000)
    assert sum(len(b.text) for d in docs for b in d.blocks) <= 25_010
    assert not docs[0].health.warnings and docs[1].health.warnings


def test_in_process_reading_still_available(tmp_path):
    documents, infos = api.read_documents([_good(tmp_path)], isolate=False)
    assert infos[0].status == "OK" and documents[0].health.words > 10


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-v"]))
