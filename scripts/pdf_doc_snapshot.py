"""Dump the Document the PDF reader makes of every bundled and generated PDF.

A speed change to the PDF reader must not change its output: run this before
and after, then compare the two folders (``diff -r before/ after/``).

It reads every PDF under ``corpora/`` and ``tests/fixtures/`` (recursively)
and the two PDFs of ``benchmarks/speed.py`` (the 30-page one with tables, the table-free 60-page
one), built with reportlab's invariant mode so that their bytes do not change.
Each Document is written as indented JSON (``dataclasses.asdict``: every
block's kind, text, level, location, cells, flags; links, health, metadata);
a file the reader rejects gets its error class, status and message instead.

Usage: python scripts/pdf_doc_snapshot.py OUTPUT_FOLDER
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _sources() -> list[tuple[str, Path]]:
    found = sorted(
        p
        for folder in ("corpora", "tests/fixtures")
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and p.suffix.lower() == ".pdf"
    )
    return [(str(p.relative_to(ROOT)), p) for p in found]


def _generated(tmp: Path) -> list[tuple[str, Path]]:
    from reportlab import rl_config

    from benchmarks.speed import build_pdf, corpus_paragraphs

    rl_config.invariant = 1  # no dates or random ids in the bytes
    paragraphs = corpus_paragraphs()
    with_tables = tmp / "dossier-30.pdf"
    free = tmp / "sans-tableau-60.pdf"
    build_pdf(with_tables, 30, paragraphs)
    build_pdf(free, 60, paragraphs, tables=False)
    return [("generated/dossier-30.pdf", with_tables), ("generated/sans-tableau-60.pdf", free)]


def dump(name: str, path: Path) -> dict:
    from checker.extract import extract

    try:
        document = extract(path)
    except Exception as exc:  # recorded, not raised: the snapshot covers rejections too
        return {
            "error": type(exc).__name__,
            "status": getattr(exc, "status", None),
            "message": str(exc).replace(str(path), name),
        }
    data = asdict(document)
    data["path"] = name
    return data


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    out = Path(argv[0])
    with tempfile.TemporaryDirectory(prefix="pdfsnap-") as name:
        for rel, path in _sources() + _generated(Path(name)):
            target = out / (rel + ".json")
            target.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(dump(rel, path), ensure_ascii=False, indent=1, sort_keys=True)
            target.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
