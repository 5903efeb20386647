"""OCR of scanned PDF pages with tesseract (issue 16); skipped when it is absent."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from checker import messages as msg
from checker.extract import extract, ocr
from checker.model import BlockKind, Evidence, Location
from checker.report.common import evidence_place

needs_tesseract = pytest.mark.skipif(
    not ocr.available(), reason="tesseract avec les données françaises (fra) absent"
)

LINES = [
    "Analyse de la concurrence locale",
    "Notre boutique vend des cosmétiques naturels",
    "fabriqués en France depuis deux mille douze.",
    "Le chiffre d'affaires progresse chaque année.",
]


def make_scan(path: Path) -> Path:
    """A page of text rendered to an image, and a PDF made of that image only."""
    import pypdfium2
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    typed = io.BytesIO()
    canvas = Canvas(typed, pagesize=A4)
    canvas.setFont("Helvetica", 16)
    for i, line in enumerate(LINES):
        canvas.drawString(60, 760 - 30 * i, line)
    canvas.save()
    page = pypdfium2.PdfDocument(typed.getvalue())[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil()
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    canvas.showPage()
    canvas.save()
    return path


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    return make_scan(tmp_path_factory.mktemp("ocr") / "scan.pdf")


def test_tsv_is_grouped_into_paragraphs_with_confidence():
    header = "\t".join(
        [
            "level",
            "page_num",
            "block_num",
            "par_num",
            "line_num",
            "word_num",
            "left",
            "top",
            "width",
            "height",
            "conf",
            "text",
        ]
    )
    rows = [
        "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t96\tAnalyse",
        "5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t90\tSWOT",
        "5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t12\t~~",  # noise, dropped
        "5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t80\tMarge",
        "5\t1\t3\t1\t1\t1\t0\t0\t1\t1\t85\t|||",  # no letter, dropped
        "4\t1\t1\t1\t1\t0\t0\t0\t1\t1\t-1\t",
    ]
    page = ocr.parse_tsv("\n".join([header, *rows]), 3)
    assert page is not None and page.number == 3
    assert [(p.text, p.confidence) for p in page.paragraphs] == [
        ("Analyse SWOT", 0.93),
        ("Marge", 0.8),
    ]
    assert page.confidence == pytest.approx(0.89)
    assert ocr.parse_tsv(header, 1) is None


def test_without_tesseract_scans_stay_unread_with_a_hint(scan, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    document = extract(scan)
    assert document.health.scanned_pages == (1,)
    assert msg.W303.format(pages="1") in document.health.warnings
    assert msg.W309 in document.health.warnings
    assert not any(b.location.ocr_confidence for b in document.blocks)


def test_unverifiable_reason_says_how_to_install(scan, monkeypatch, engine):
    from checker.api import check_documents
    from checker.model import Status

    monkeypatch.setattr(ocr, "available", lambda: False)
    report = check_documents([extract(scan)], blocs=[1], ruleset=engine.ruleset)
    unverifiable = [r for r in report.criteria if r.status is Status.UNVERIFIABLE]
    assert unverifiable
    assert msg.OCR_HINT in unverifiable[0].reason


def test_excerpts_read_by_ocr_say_so():
    location = Location(index=4, page=2, ocr_confidence=0.87)
    evidence = Evidence("req", "scan.pdf", location, "Analyse SWOT")
    assert evidence_place(evidence) == "scan.pdf, p. 2, lu par OCR, confiance 87 %"
    from checker.report.jsonreport import evidence_dict

    assert evidence_dict(evidence)["ocr_confidence"] == 0.87
    plain = Evidence("req", "a.pdf", Location(index=1, page=1), "x")
    assert "ocr_confidence" not in evidence_dict(plain)


def test_time_budget_leaves_pages_unread(scan):
    result = ocr.read_pages(scan, [1], timeout_s=0.01)
    assert result.pages == {} and result.skipped == (1,)


@needs_tesseract
@pytest.mark.slow
def test_scanned_page_is_read_by_ocr_in_the_isolated_child(scan):
    from checker.isolate import extract_isolated

    document = extract_isolated(scan, name="scan.pdf")
    read = [b for b in document.blocks if b.location.ocr_confidence is not None]
    assert read and all(b.kind is BlockKind.PARAGRAPH and b.style == "ocr" for b in read)
    assert all(0.5 <= b.location.ocr_confidence <= 1 for b in read)
    text = " ".join(b.text for b in read).lower()
    for word in ("concurrence", "cosmétiques", "naturels", "affaires"):
        assert word in text, text
    assert document.health.scanned_pages == ()
    assert any(w.startswith("[W308]") for w in document.health.warnings)
    assert msg.W309 not in document.health.warnings
