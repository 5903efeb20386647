"""Read scanned PDF pages with tesseract, when it is installed with French data.

Optional: the Debian packages ``tesseract-ocr`` and ``tesseract-ocr-fra`` (or
any ``tesseract`` on the PATH that lists ``fra``). Nothing is ever downloaded.
Without them, scanned pages stay unread (« invérifiable ») and the report says
how to install them.

This runs inside the isolated reading child (``checker.isolate``), so its
time and memory caps apply to the OCR too: tesseract is a subprocess of the
child (it inherits the address-space and CPU limits) and is killed at the
child's remaining time budget. Pages are rendered with pypdfium2 at 300 dpi,
at most ``MAX_PIXELS`` pixels a page (a huge page is rendered smaller), and
at most ``MAX_OCR_PAGES`` pages a file are read; OCR stops when half of the
file's time limit is spent, and the pages left are reported unread.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: Resolution the pages are rendered at.
DPI = 300
#: Pixels of one rendered page at most (an A4 page at 300 dpi is 8.7 million).
MAX_PIXELS = 40_000_000
#: Pages read by OCR in one file at most.
MAX_OCR_PAGES = 30
#: Words under this tesseract confidence (0-100) are dropped as noise.
MIN_WORD_CONFIDENCE = 30
#: Share of the file's time limit that OCR may use.
TIME_SHARE = 0.5
LANGUAGE = "fra"


@dataclass(frozen=True, slots=True)
class OcrParagraph:
    """One paragraph found by tesseract, with its mean word confidence (0-1)."""

    text: str
    confidence: float


@dataclass(frozen=True, slots=True)
class OcrPage:
    """The paragraphs of one page and the page's mean word confidence (0-1)."""

    number: int
    paragraphs: tuple[OcrParagraph, ...]
    confidence: float


@dataclass(frozen=True, slots=True)
class OcrResult:
    """Pages read, and pages left unread for lack of time or over the page cap."""

    pages: dict[int, OcrPage]
    skipped: tuple[int, ...] = ()


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"  # one core: several files may be read at once
    return env


@cache
def available() -> bool:
    """Whether ``tesseract`` is on the PATH with French data."""
    binary = shutil.which("tesseract")
    if binary is None:
        return False
    try:
        done = subprocess.run(
            [binary, "--list-langs"],
            capture_output=True,
            timeout=10,
            check=False,
            env=_environment(),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    listed = (done.stdout + done.stderr).decode("utf-8", "replace").split()
    return LANGUAGE in listed


def parse_tsv(data: str, number: int) -> OcrPage | None:
    """Paragraphs of tesseract's TSV output (words grouped by block and paragraph)."""
    groups: dict[tuple[int, int], list[tuple[str, float]]] = {}
    reader = csv.DictReader(io.StringIO(data), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        try:
            if int(row.get("level") or 0) != 5:
                continue
            confidence = float(row.get("conf") or -1)
            key = (int(row["block_num"]), int(row["par_num"]))
        except (TypeError, ValueError, KeyError):
            continue
        word = (row.get("text") or "").strip()
        if not word or confidence < MIN_WORD_CONFIDENCE:
            continue
        groups.setdefault(key, []).append((word, confidence))
    paragraphs = []
    total, count = 0.0, 0
    for key in sorted(groups):
        words = groups[key]
        text = " ".join(w for w, _ in words)
        if not any(ch.isalpha() for ch in text):
            continue
        mean = sum(c for _, c in words) / len(words)
        paragraphs.append(OcrParagraph(text, round(mean / 100, 2)))
        total += sum(c for _, c in words)
        count += len(words)
    if not paragraphs:
        return None
    return OcrPage(number, tuple(paragraphs), round(total / count / 100, 2))


def _render(document: object, index: int, target: Path) -> None:
    page = document[index]  # type: ignore[index]
    try:
        width, height = page.get_size()
        scale = DPI / 72
        pixels = width * scale * height * scale
        if pixels > MAX_PIXELS:
            scale *= (MAX_PIXELS / pixels) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            bitmap.to_pil().save(target, format="PNG")
        finally:
            bitmap.close()
    finally:
        page.close()


def read_pages(path: Path, numbers: Sequence[int], timeout_s: float) -> OcrResult:
    """OCR the given (1-based) pages of the PDF at ``path`` within ``timeout_s``."""
    import pypdfium2

    binary = shutil.which("tesseract")
    if binary is None or not numbers:
        return OcrResult({}, tuple(numbers))
    deadline = time.monotonic() + timeout_s * TIME_SHARE
    pages: dict[int, OcrPage] = {}
    todo = list(numbers)[:MAX_OCR_PAGES]
    skipped = list(numbers)[MAX_OCR_PAGES:]
    try:
        document = pypdfium2.PdfDocument(str(path))
    except Exception:  # PDFium refuses the file: rendering is a bonus
        return OcrResult({}, tuple(numbers))
    try:
        with tempfile.TemporaryDirectory(prefix="rncp-check-ocr-") as folder:
            image = Path(folder) / "page.png"
            for position, number in enumerate(todo):
                remaining = deadline - time.monotonic()
                if remaining <= 1:
                    skipped = todo[position:] + skipped
                    break
                try:
                    _render(document, number - 1, image)
                    done = subprocess.run(
                        [binary, str(image), "stdout", "-l", LANGUAGE, "--psm", "3", "tsv"],
                        capture_output=True,
                        timeout=remaining,
                        check=False,
                        env=_environment(),
                    )
                except subprocess.TimeoutExpired:
                    skipped = todo[position:] + skipped
                    break
                except Exception:  # one page that cannot be rendered or read
                    skipped.append(number)
                    continue
                page = None
                if done.returncode == 0:
                    page = parse_tsv(done.stdout.decode("utf-8", "replace"), number)
                if page is not None:
                    pages[number] = page
    finally:
        document.close()
    return OcrResult(pages, tuple(sorted(skipped)))


__all__ = [
    "MAX_OCR_PAGES",
    "OcrPage",
    "OcrParagraph",
    "OcrResult",
    "available",
    "parse_tsv",
    "read_pages",
]
