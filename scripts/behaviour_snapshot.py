"""Write every user-visible output of rncp-check on the bundled corpus to a folder.

A refactoring must not change behaviour: run this before and after, then compare
the two folders (``diff -r before/ after/``). It drives the command line in one
process (click's test runner, so spaCy loads once) and covers:

* ``check`` of every candidate in text, text -v, JSON, CSV, HTML and compact HTML;
* ``explain`` of a few criteria, ``rules show`` of every criterion, ``rules list``;
* ``extract`` (JSON) of every corpus file;
* ``batch`` of the whole corpus (cohort CSV/HTML/JSON and each candidate's files);
* ``eval`` of the corpus.

Volatile parts (dates, durations, temporary paths) are replaced by fixed tokens,
and batch progress lines (in completion order) are sorted without their counters.

To renormalise a folder written by an older version of this script:
``python scripts/behaviour_snapshot.py --renormalise DOSSIER``.

Usage : python scripts/behaviour_snapshot.py DOSSIER_DE_SORTIE
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
VOLATILE = [
    (
        re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?"),
        "<DATE>",
    ),
    (re.compile(r"\d{2}/\d{2}/\d{4}( (à )?\d{2}[:h]\d{2})?"), "<DATE>"),
    (re.compile(r"\d+(,\d+)? ?(s|ms|secondes?)\b"), "<DURÉE>"),
    (re.compile(r'"(seconds|elapsed|duration|duration_s|elapsed_s)": [0-9.e-]+'), r'"\1": 0'),
]


def normalise(text: str, tmp: str) -> str:
    text = text.replace(tmp, "<TMP>")
    for pattern, token in VOLATILE:
        text = pattern.sub(token, text)
    return text


PROGRESS = re.compile(r"^\[\d+/(\d+)\] ", re.M)


def progress_sorted(text: str) -> str:
    """Batch progress lines (« [3/46] c07-… ») come in completion order, which
    varies with the pool: their counters are dropped and the lines sorted."""
    lines = text.splitlines(keepends=True)
    done = sorted(PROGRESS.sub(r"[n/\1] ", line) for line in lines if PROGRESS.match(line))
    rest = [line for line in lines if not PROGRESS.match(line)]
    return "".join(done + rest)


def main(out: Path) -> None:
    from checker.cli import cli

    out.mkdir(parents=True, exist_ok=True)
    runner = CliRunner()
    tmp = tempfile.mkdtemp(prefix="rncp-snap-")

    def run(name: str, args: list[str]) -> None:
        result = runner.invoke(cli, args, catch_exceptions=False)
        body = f"exit={result.exit_code}\n{progress_sorted(result.output)}"
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(normalise(body, tmp), encoding="utf-8")

    candidates = sorted(p for p in CORPORA.iterdir() if p.is_dir() and p.name[:1] == "c")
    candidates = [p for p in candidates if p.name != "sources"]
    for cand in candidates:
        base = f"check/{cand.name}"
        run(f"{base}.txt", ["check", str(cand)])
        run(f"{base}.v.txt", ["check", str(cand), "-v"])
        for fmt in ("json", "csv", "html"):
            run(f"{base}.{fmt}", ["check", str(cand), "--format", fmt])
        run(f"{base}.compact.html", ["check", str(cand), "--format", "html", "--compact"])
        for crit in ("B1.C2.1", "B3.C9.2", "B5.C1.1"):
            run(f"explain/{cand.name}.{crit}.txt", ["explain", crit, str(cand)])
        for doc in sorted(cand.rglob("*")):
            if doc.suffix.lower() in {".docx", ".pdf", ".odt", ".pptx"}:
                rel = doc.relative_to(CORPORA).as_posix().replace("/", "__")
                run(f"extract/{rel}.json", ["extract", str(doc), "--format", "json"])
    run("rules/list.txt", ["rules", "list"])
    run("rules/validate.txt", ["rules", "validate"])
    from checker.ruleset import load_ruleset

    for criterion in load_ruleset(None).criteria:
        run(f"rules/show/{criterion.id}.txt", ["rules", "show", criterion.id])
    cohort = Path(tmp) / "cohorte"
    cohort.mkdir()
    for cand in candidates:
        shutil.copytree(cand, cohort / cand.name)
    reports = Path(tmp) / "rapports"
    run("batch/stdout.txt", ["batch", str(cohort), "--out", str(reports), "--no-cache"])
    for path in sorted(reports.rglob("*")):
        if path.is_file():
            rel = path.relative_to(reports).as_posix()
            text = path.read_text(encoding="utf-8", errors="replace")
            if path.name == ".rncp-check-index.json":  # digests of files that hold dates
                text = re.sub(r'": "[0-9a-f]{64}"', '": "<SHA-256>"', text)
            target = out / "batch" / "files" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(normalise(text, tmp), encoding="utf-8")
    run("eval.txt", ["eval", str(CORPORA)])
    shutil.rmtree(tmp, ignore_errors=True)


def renormalise(folder: Path) -> None:
    stdout = folder / "batch" / "stdout.txt"
    head, _, body = stdout.read_text(encoding="utf-8").partition("\n")
    stdout.write_text(f"{head}\n{progress_sorted(body)}", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--renormalise":
        renormalise(Path(sys.argv[2]))
    elif len(sys.argv) == 2:
        main(Path(sys.argv[1]))
    else:
        sys.exit(__doc__)
