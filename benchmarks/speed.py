"""Speed and memory benchmark: prints figures, asserts nothing.

Usage: python benchmarks/speed.py [--runs 3] [--cohort 20 --docs 1 --pages 30] [--quick]
                                 [--pdf-only]

Builds its inputs from the corpus prose (10, 30, 50, 200-page PDF and DOCX) in a
temporary folder, then measures with the lemma tables and rules already loaded:
each stage (extraction, NLP + indexing, assessment + JSON; medians; the PDF
readers' table adds the best extraction), the end to end run (median, spread,
best) in turn with a ``pdftotext`` + ``grep`` pass when poppler is installed
(their ratio), pages/s, peak RSS, and a cohort of
``--cohort`` candidates × ``--docs`` generated documents of ``--pages`` pages:
cold, unchanged (cache) and one changed file, each in a fresh process.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS_PER_PAGE = 450


def corpus_paragraphs() -> list[str]:
    """Real candidate prose from the bundled corpus (DOCX paragraphs)."""
    import docx

    out: list[str] = []
    for path in sorted((ROOT / "corpora").glob("*/*.docx")):
        out += [p.text for p in docx.Document(path).paragraphs if len(p.text.split()) > 12]
    return out


def build_docx(path: Path, pages: int, paragraphs: list[str]) -> None:
    """A DOCX of about ``pages`` pages: headings, prose and a table every 3 pages."""
    import docx

    document = docx.Document()
    words, i, page = 0, 0, 0
    while words < pages * WORDS_PER_PAGE:
        if words // WORDS_PER_PAGE > page:
            page = words // WORDS_PER_PAGE
            document.add_heading(f"{page}. Partie {page}", 1)
            if page % 3 == 0:
                table = document.add_table(rows=4, cols=3)
                for r, row in enumerate(table.rows):
                    for c, cell in enumerate(row.cells):
                        cell.text = f"Levier {r}" if c == 0 else f"{(r + 1) * (c + 2) * 100} €"
        text = paragraphs[i % len(paragraphs)]
        document.add_paragraph(text)
        words += len(text.split())
        i += 1
    document.save(path)


def build_pdf(path: Path, pages: int, paragraphs: list[str], tables: bool = True) -> None:
    """A PDF of ``pages`` pages (reportlab): prose, headings, a ruled table on half
    the pages (none when ``tables`` is false)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    story = []
    i = 0
    for page in range(1, pages + 1):
        story.append(Paragraph(f"{page}. Partie {page}", styles["Heading1"]))
        words = 0
        while words < WORDS_PER_PAGE - 120:
            text = paragraphs[i % len(paragraphs)]
            story.append(
                Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), styles["BodyText"])
            )
            words += len(text.split())
            i += 1
        if tables and page % 2 == 0:
            table = Table(
                [["Levier", "Budget", "Part"]]
                + [[f"Levier {r}", f"{r * 350} €", f"{r * 7} %"] for r in range(1, 5)]
            )
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story.append(table)
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def run_times(fn, runs: int) -> tuple[list[float], object]:
    """The seconds of ``runs`` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result


def timed(fn, runs: int) -> tuple[float, float, object]:
    """Median and spread (max - min) of ``runs`` calls, and the last result."""
    times, result = run_times(fn, runs)
    return statistics.median(times), max(times) - min(times), result


def peak_rss_mb() -> float:
    """Peak resident memory of this process (MB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_file(path: Path, engine, runs: int) -> dict[str, float]:
    """Per-stage timings for one file, model loaded, extraction in-process.

    The end-to-end run (extract + NLP + assess + JSON) and the
    ``pdftotext`` + ``grep`` floor are timed in turn, run after run, so that
    their ratio compares the two under the same machine load.
    """
    from checker.api import check_documents
    from checker.extract import extract
    from checker.report.jsonreport import render

    def end_to_end() -> None:
        render(check_documents([extract(path)], blocs=[1, 2, 3, 4, 5]))

    # The first pass over a file this process has not read yet, as the CLI reads it (rules
    # loaded; the caches of its sentences' guards still empty): the later runs below reuse
    # them, and run faster than a user ever sees.
    first, _, _ = timed(end_to_end, 1)
    floor = pdftotext_grep(path, 1) if path.suffix == ".pdf" else None
    first_ratio = first / floor if floor else None
    extract_times, document = run_times(lambda: extract(path), runs)
    t_extract = statistics.median(extract_times)
    t_index, _, _ = timed(lambda: engine.context([document]), runs)
    t_check, _, _ = timed(lambda: render(check_documents([document], blocs=[1, 2, 3, 4, 5])), runs)

    totals, ratios = [], []
    for _ in range(runs):
        total, _, _ = timed(end_to_end, 1)
        totals.append(total)
        floor = pdftotext_grep(path, 1) if path.suffix == ".pdf" else None
        if floor:
            ratios.append(total / floor)
    pages = document.health.pages
    median = statistics.median(totals)
    return {
        "pages": pages,
        "extract": t_extract,
        "extract_best": min(extract_times),
        "nlp_index": t_index,
        "assess_json": t_check - t_index,
        "end_to_end": median,
        "end_to_end_spread": max(totals) - min(totals),
        "best": min(totals),
        "pages_per_s": pages / median,
        "ratio": statistics.median(ratios) if ratios else None,
        "first": first,
        "first_ratio": first_ratio,
    }


def pdftotext_grep(path: Path, runs: int) -> float | None:
    """The floor: pdftotext + grep for a few words, median seconds."""
    if not shutil.which("pdftotext"):
        return None

    def run() -> None:
        text = subprocess.run(
            ["pdftotext", "-q", str(path), "-"], capture_output=True, check=False
        ).stdout
        subprocess.run(
            ["grep", "-ciE", "swot|roi|benchmark|kpi|rgpd"],
            input=text,
            capture_output=True,
            check=False,
        )

    return timed(run, runs)[0]


def _unique_copy(src: Path, dest: Path, tag: str) -> None:
    """Copy ``src`` with bytes of its own (so that no cache entry is shared)."""
    if src.suffix == ".pdf":
        dest.write_bytes(src.read_bytes() + f"\n% {tag}\n".encode())  # after %%EOF: still valid
        return
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("docProps/custom-bench.xml", f"<tag>{tag}</tag>")


def cohort(
    tmp: Path,
    size: int,
    per_candidate: int = 1,
    pages: int = 0,
    paragraphs: list[str] | None = None,
) -> None:
    """A cohort of ``size`` candidates built from corpora/: cold, warm, one change.

    Each candidate gets ``per_candidate`` documents: generated ones of about
    ``pages`` pages from the corpus prose (PDF and DOCX in turn, each with bytes
    of its own), or with ``pages=0`` the files of that many corpus folders.
    """
    sources = [p for p in sorted((ROOT / "corpora").iterdir()) if (p / "expected.yaml").exists()]
    root = tmp / "cohorte"
    pool: list[Path] = []
    if pages:
        paragraphs = paragraphs or corpus_paragraphs()
        (tmp / "modeles").mkdir(exist_ok=True)
        for k in range(6):  # 3 PDF + 3 DOCX, each from another part of the corpus
            rotated = (
                paragraphs[k * 37 % len(paragraphs) :] + paragraphs[: k * 37 % len(paragraphs)]
            )
            path = tmp / "modeles" / f"dossier-{k}.{'pdf' if k % 2 == 0 else 'docx'}"
            (build_pdf if k % 2 == 0 else build_docx)(path, pages, rotated)
            pool.append(path)
    for n in range(size):
        dest = root / f"candidat-{n:03d}"
        dest.mkdir(parents=True)
        for k in range(per_candidate):
            if pool:
                src = pool[(n + k) % len(pool)]
                _unique_copy(src, dest / f"{k}-{src.name}", f"candidat {n} document {k}")
                continue
            src = sources[(n + k) % len(sources)]
            for f in src.iterdir():
                if f.suffix in {".docx", ".pdf", ".odt"}:
                    shutil.copy(f, dest / f"{k}-{f.name}")
    cache = tmp / "cache"
    files = sum(1 for folder in root.iterdir() for _ in folder.iterdir())
    cold = _batch_run(root, tmp / "rapports", cache)
    warm = _batch_run(root, tmp / "rapports", cache)
    # Change one PDF's bytes (a trailing newline keeps it valid): only its
    # candidate must be read again.
    target = next(p for p in sorted(root.glob("*/*.pdf")))
    with open(target, "ab") as handle:
        handle.write(b"\n")
    changed = _batch_run(root, tmp / "rapports", cache)
    print(
        f"\nCohorte de {size} candidats ({files} fichiers, {cold['pages']} pages), --jobs 2"
        " (un processus neuf par passage, comme `rncp-check batch`) :"
    )
    print(f"  à froid : {cold['seconds']:.1f} s ({cold['seconds'] / size:.2f} s par candidat)")
    print(
        f"  relance inchangée (cache) : {warm['seconds']:.1f} s "
        f"({warm['checked']} candidat(s) relu(s))"
    )
    print(
        f"  un fichier modifié : {changed['seconds']:.1f} s "
        f"({changed['checked']} candidat(s) relu(s))"
    )
    print(
        f"  mémoire (pics) : processus parent {cold['parent_mb']:.0f} Mo à froid, "
        f"{warm['parent_mb']:.0f} Mo en relance ; plus gros worker {cold['worker_mb']:.0f} Mo"
    )


_BATCH = """
import json, resource, sys, time
from pathlib import Path
from checker.batch import run_cohort
start = time.perf_counter()
result = run_cohort(Path(sys.argv[1]), Path(sys.argv[2]), jobs=2, cache_dir=Path(sys.argv[3]))
print(json.dumps({
    "seconds": time.perf_counter() - start,
    "pages": sum(d.pages for o in result.outcomes for d in o.report.documents),
    "checked": sum(1 for o in result.outcomes if not o.cached),
    # VmHWM, not ru_maxrss: after exec, ru_maxrss still counts the benchmark
    # process this one was forked from.
    "parent_mb": next(int(line.split()[1]) for line in open("/proc/self/status")
                      if line.startswith("VmHWM:")) / 1024,
    "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def _batch_run(root: Path, out: Path, cache: Path) -> dict:
    """One batch run in a fresh process (its own time and memory)."""
    import json

    done = subprocess.run(
        [sys.executable, "-c", _BATCH, str(root), str(out), str(cache)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cohort", type=int, default=20)
    parser.add_argument("--docs", type=int, default=1, help="documents par candidat (cohorte)")
    parser.add_argument(
        "--pages",
        type=int,
        default=30,
        help="pages de chaque document généré de la cohorte "
        "(0 : les fichiers du corpus tels quels)",
    )
    parser.add_argument("--quick", action="store_true", help="petits fichiers seulement")
    parser.add_argument(
        "--pdf-only",
        action="store_true",
        help="seulement les PDF de 30 et 60 pages (cibles de l'issue 13)",
    )
    args = parser.parse_args()

    start = time.perf_counter()
    from checker.api import get_engine
    from checker.nlp.pipeline import mode, warm_up

    warm_up()
    model_load = time.perf_counter() - start
    start = time.perf_counter()
    engine = get_engine()
    engine_build = time.perf_counter() - start
    print(f"Machine : {os.cpu_count()} cœurs, Python {sys.version.split()[0]}")
    what = "modèle spaCy" if mode() == "modele" else "tables de lemmes"
    print(
        f"Chargement ({what}) : {model_load:.2f} s ; règles compilées : "
        f"{engine_build:.2f} s ; mémoire : {peak_rss_mb():.0f} Mo"
    )

    paragraphs = corpus_paragraphs()
    sizes = [10, 30] if args.quick else [10, 30, 50, 200]
    with tempfile.TemporaryDirectory(prefix="rncp-bench-") as name:
        tmp = Path(name)
        print(
            "\nfichier          pages  extraction  NLP+index  évaluation+JSON"
            "  total médian (±écart)  meilleur  pages/s  ×pdftotext+grep"
        )
        measured: dict[str, dict[str, float]] = {}
        for kind in ("pdf",) if args.pdf_only else ("pdf", "docx"):
            for pages in [30] if args.pdf_only else sizes:
                path = tmp / f"dossier-{pages}.{kind}"
                (build_pdf if kind == "pdf" else build_docx)(path, pages, paragraphs)
                m = measured[path.name] = measure_file(path, engine, args.runs)
                ratio = f"{m['ratio']:.1f}" if m["ratio"] else "—"
                total = f"{m['end_to_end']:>6.2f}s (±{m['end_to_end_spread']:.2f})"
                print(
                    f"{path.name:<16} {m['pages']:>5}  {m['extract']:>9.2f}s"
                    f" {m['nlp_index']:>9.2f}s {m['assess_json']:>15.2f}s {total:>22}"
                    f" {m['best']:>8.2f}s {m['pages_per_s']:>7.1f}  {ratio:>8}"
                )
        # Issue 13 targets: the 30-page PDF (≤ 15×), a table-free 60-page PDF
        # (≤ 8×, extraction ≥ 100 pages/s).
        free = tmp / "sans-tableau-60.pdf"
        build_pdf(free, 60, paragraphs, tables=False)
        print(
            "\nLecteur PDF (PDFium)   fichier                  extraction  meilleure  pages/s"
            "  total  meilleur  ×pdftotext+grep  1er passage  ×pdftotext+grep"
        )
        for path in (tmp / "dossier-30.pdf", free):
            if not path.exists():
                build_pdf(path, 30, paragraphs)
            m = measure_file(path, engine, args.runs)
            # (the 30-page file was read in the table above: its first pass is from there)
            first = measured.get(path.name, m)
            ratio = f"{m['ratio']:.1f}" if m["ratio"] else "—"
            first_ratio = f"{first['first_ratio']:.1f}" if first["first_ratio"] else "—"
            print(
                f"{'':<22} {path.name:<22} {m['extract']:>9.3f}s"
                f" {m['extract_best']:>9.3f}s {m['pages'] / m['extract']:>8.0f}"
                f" {m['end_to_end']:>6.2f}s {m['best']:>8.2f}s {ratio:>8}"
                f" {first['first']:>12.2f}s {first_ratio:>8}"
            )
        print(f"Mémoire (pic, ce processus) : {peak_rss_mb():.0f} Mo")
        if args.cohort and not args.pdf_only:
            cohort(tmp, args.cohort, args.docs, 0 if args.quick else args.pages, paragraphs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
