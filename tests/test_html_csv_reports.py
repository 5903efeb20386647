"""HTML and CSV reporters: counts, escaping, golden files, browser rendering.

Golden files live in tests/golden/ (see tests/goldens.py): on a mismatch the actual
output is written next to the golden as ``<name>.actual``; rewrite them all with
``RNCP_CHECK_UPDATE_GOLDEN=1``.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.messages import STATUS_LABELS
from checker.model import (
    STATUS_ORDER,
    CandidateReport,
    CriterionResult,
    DocumentInfo,
    Evidence,
    Health,
    Location,
    Status,
)
from checker.report import csvreport, htmlreport
from tests.goldens import check_golden

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ATTR = '"><img src=x onerror=alert(1)>'
FORMULA = '=HYPERLINK("http://x")'
URL_IN_TEXT = "https://boutique-exemple.fr/offres"


def _ev(
    req, doc, excerpt, *, page=None, est=False, section=(), rejected=None, supporting=False, index=1
):
    return Evidence(
        requirement=req,
        document=doc,
        location=Location(index=index, page=page, page_estimated=est, section=section),
        excerpt=excerpt,
        score=1.0,
        supporting=supporting,
        rejected_by=rejected,
    )


def sample_report() -> CandidateReport:
    """A report with every status, evidence, rejected evidence and hostile text."""
    docx = "candidat/dossier-projet.docx"
    pdf = "candidat/annexes.pdf"
    criteria = (
        CriterionResult(
            id="B1.C1.1",
            bloc=1,
            competency="B1.C1",
            text="Une veille concurrentielle est présentée.",
            assessment="auto",
            status=Status.COVERED,
            score=1.0,
            reason="Partie « Veille » trouvée avec un tableau des concurrents.",
            hint="Présentez une veille structurée.",
            evidence=(
                _ev(
                    "veille-section",
                    docx,
                    f"Veille concurrentielle {XSS_SCRIPT}",
                    page=3,
                    est=True,
                    section=("2. Diagnostic", "2.1 Veille"),
                ),
                _ev("veille-source", pdf, f"Source : {URL_IN_TEXT}", page=2, supporting=True),
            ),
        ),
        CriterionResult(
            id="B1.C2.1",
            bloc=1,
            competency="B1.C2",
            text="Un tableau SWOT est présenté.",
            assessment="auto",
            status=Status.PARTIAL,
            score=0.5,
            reason=f"Tableau trouvé mais incomplet {XSS_ATTR}",
            hint=FORMULA,
            evidence=(_ev("swot-table", docx, "Forces | Faiblesses", page=5, est=True),),
            rejected=(
                _ev(
                    "swot-table", docx, "Analyse SWOT ........ 12", page=1, est=True, rejected="toc"
                ),
            ),
        ),
        CriterionResult(
            id="B1.C2.2",
            bloc=1,
            competency="B1.C2",
            text="Les personas sont décrits.",
            assessment="auto",
            status=Status.MISSING,
            score=0.0,
            reason="Aucune description de persona.",
            hint="Décrivez au moins deux personas (âge, besoins, freins).",
            rejected=(
                _ev("persona", docx, "Personas : à compléter", page=7, est=True, rejected="todo"),
                _ev(
                    "persona",
                    docx,
                    "Nous n'avons pas fait de persona.",
                    page=8,
                    est=True,
                    rejected="negation",
                ),
            ),
        ),
        CriterionResult(
            id="B2.C1.1",
            bloc=2,
            competency="B2.C1",
            text="La présentation orale est claire et structurée.",
            assessment="jury",
            status=Status.JURY,
            score=0.0,
            reason="Critère évalué par le jury.",
            hint="",
            jury_focus="Clarté du discours et respect du temps imparti.",
        ),
        CriterionResult(
            id="B2.C3.1",
            bloc=2,
            competency="B2.C3",
            text="Le budget prévisionnel est chiffré.",
            assessment="auto",
            status=Status.UNVERIFIABLE,
            score=0.0,
            reason="La partie budget est dans un fichier illisible.",
            hint="Exportez le budget en PDF texte.",
        ),
        CriterionResult(
            id="B2.C3.2",
            bloc=2,
            competency="B2.C3",
            text="Les indicateurs de performance (KPI) sont définis.",
            assessment="auto",
            status=Status.MISSING,
            score=0.0,
            reason="-1 KPI trouvé",
            hint="@Ajoutez des KPI chiffrés.",
        ),
    )
    documents = (
        DocumentInfo(
            path=docx,
            sha256="a" * 64,
            kind="docx",
            pages=12,
            words=4321,
            health=Health(
                pages=12,
                words=4321,
                warnings=(
                    "[W302] Modifications suivies : le texte est lu "
                    "avec les modifications acceptées",
                ),
            ),
        ),
        DocumentInfo(
            path=pdf,
            sha256="b" * 64,
            kind="pdf",
            pages=4,
            words=850,
            health=Health(pages=4, words=850, scanned_pages=(3, 4)),
        ),
        DocumentInfo(
            path="candidat/budget.pdf",
            sha256="c" * 64,
            kind="pdf",
            pages=0,
            words=0,
            health=None,
            error="[E104] Fichier illisible : candidat/budget.pdf (structure PDF invalide)",
            status="ILLISIBLE",
        ),
    )
    livrables = (
        CriterionResult(
            id="B1.L1",
            bloc=1,
            competency="",
            text="Audit de positionnement",
            assessment="auto",
            status=Status.PARTIAL,
            score=0.5,
            reason="Diagnostic trouvé, SWOT incomplet.",
            hint="Complétez le SWOT.",
            evidence=(_ev("audit", docx, "Diagnostic interne", page=2, est=True),),
        ),
    )
    return CandidateReport(
        livrables=livrables,
        warnings=("ignoré : candidat/~$dossier.docx",),
        candidate=f"Dupont {XSS_ATTR}",
        documents=documents,
        criteria=criteria,
        blocs=(1, 2),
        tool_version="0.1.0",
        rules_name="Chef de projet e-commerce",
        rules_version="2024.1",
        generated="2025-01-15T10:00:00",
    )


@pytest.fixture
def report() -> CandidateReport:
    return sample_report()


class Collector(HTMLParser):
    """Every start tag with its attributes, and the text with its tag stack."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Collector:
    parser = Collector()
    parser.feed(html)
    parser.close()
    return parser


def scrub(text: str) -> str:
    """Remove what changes between runs or releases: date and tool version."""
    text = re.sub(r'(<span class="generated">)[^<]*(</span>)', r"\1DATE\2", text)
    text = re.sub(r'(<span class="tool-version">)[^<]*(</span>)', r"\1VERSION\2", text)
    return re.sub(r'(content="rncp-check )[^"]*(")', r"\1VERSION\2", text)


# --- HTML -------------------------------------------------------------------


def test_html_counts_match_summary(report):
    html = htmlreport.render(report)
    tags = parse(html)
    summary = report.summary()
    shown = {}
    # counts are the text of <dd class="count" data-status=...>
    for match in re.finditer(r'<dd class="count" data-status="(\w+)">(\d+)</dd>', html):
        shown[match.group(1)] = int(match.group(2))
    assert shown == summary
    per_bloc = {}
    for match in re.finditer(
        r'<td class="num" data-bloc="(\d)" data-status="(\w+)">(\d+)</td>', html
    ):
        per_bloc.setdefault(int(match.group(1)), {})[match.group(2)] = int(match.group(3))
    assert per_bloc == report.bloc_summary()
    cards = {status.value: 0 for status in STATUS_ORDER}
    for tag, attrs in tags.tags:
        if tag == "article" and attrs.get("data-kind") == "criterion":
            cards[attrs["data-status"]] += 1
    assert cards == summary
    livrables = [a for t, a in tags.tags if t == "article" and a.get("data-kind") == "livrable"]
    assert len(livrables) == len(report.livrables)


def test_html_is_french_self_contained_and_printable(report):
    html = htmlreport.render(report)
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="fr">' in html
    assert (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">" in html
    )
    assert "@page { size: A4" in html and "@media print" in html
    assert "page-break-before: always" in html
    for status in STATUS_ORDER:
        assert STATUS_LABELS[status] in html or status is Status.JURY
    assert "à l&#39;appréciation du jury" in html
    assert "p. ~3 (estimée)" in html
    assert "2. Diagnostic › 2.1 Veille" in html
    assert "écarté : ligne de sommaire" in html and "écarté : tournure négative" in html
    assert "Clarté du discours et respect du temps imparti." in html
    assert "Décrivez au moins deux personas" in html
    assert "Présentez une veille structurée." not in html  # no hint when covered
    assert "Fichier illisible : candidat/budget.pdf" in html
    assert "[E104]" not in html and "[W302]" not in html  # no internal codes
    assert ">indice<" not in html and "en appui, ne suffit pas seul" in html
    assert "Pages scannées (non analysées) : 3, 4" in html
    assert "Livrables attendus du bloc 1" in html and "Complétez le SWOT." in html
    assert "ignoré : candidat/~$dossier.docx" in html
    assert "2025-01-15T10:00:00" in html and "2024.1" in html
    tags = parse(html)
    details = [t for t, _ in tags.tags if t == "details"]
    assert len(details) == 2 and not any("open" in a for t, a in tags.tags if t == "details")


def test_html_escapes_document_text(report):
    html = htmlreport.render(report)
    tags = parse(html)
    names = [tag for tag, _ in tags.tags]
    assert "script" not in names
    assert "img" not in names
    for tag, attrs in tags.tags:
        for key, value in attrs.items():
            assert not key.lower().startswith("on"), (tag, key)
            assert "javascript:" not in (value or "").lower(), (tag, key)
    text = "".join(tags.text)
    assert XSS_SCRIPT in text  # shown as text, not as markup
    assert "onerror=alert(1)>" in text


def test_html_makes_no_request(report):
    html = htmlreport.render(report)
    tags = parse(html)
    for tag, attrs in tags.tags:
        for key in ("src", "href", "action", "srcset", "poster", "data"):
            value = attrs.get(key) or ""
            assert not re.match(r"\s*(https?:)?//", value, re.I), (tag, key, value)
        if tag == "link":
            pytest.fail("no <link> element allowed")
    # a URL from the documents appears as text only
    assert URL_IN_TEXT in "".join(tags.text)
    assert f'href="{URL_IN_TEXT}' not in html
    assert "@import" not in html and "url(" not in html


def test_html_golden(report):
    check_golden("report.html", scrub(htmlreport.render(report)))


def test_html_empty_report():
    empty = CandidateReport(
        candidate="Vide",
        documents=(),
        criteria=(),
        blocs=(),
        tool_version="0.1.0",
        rules_name="r",
        rules_version="1",
    )
    html = htmlreport.render(empty)
    assert "Aucun document n'a été analysé." in html


# --- CSV --------------------------------------------------------------------


def _rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


def test_csv_bom_separator_and_crlf(report):
    text = csvreport.render(report)
    assert text.startswith("\ufeffcandidat;bloc;critere;competence;statut;")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")  # no bare LF outside quoted cells
    rows = _rows(text)
    assert rows[0] == list(csvreport.COLUMNS)
    assert all(len(row) == len(csvreport.COLUMNS) for row in rows)
    assert len(rows) == 1 + len(report.criteria)


def test_csv_counts_match_summary(report):
    rows = _rows(csvreport.render(report))
    header = rows[0]
    counts = {status.value: 0 for status in STATUS_ORDER}
    for row in rows[1:]:
        counts[row[header.index("statut")]] += 1
        status = Status(row[header.index("statut")])
        assert row[header.index("statut_libelle")] == STATUS_LABELS[status]
    assert counts == report.summary()


def test_csv_content(report):
    rows = _rows(csvreport.render(report))
    by_id = {row[2]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    first = by_id["B1.C1.1"]
    assert first["bloc"] == "1" and first["competence"] == "B1.C1"
    assert first["score"] == "1"
    assert first["conseil"] == ""  # covered: no hint
    assert first["documents"] == "candidat/dossier-projet.docx | candidat/annexes.pdf"
    assert first["pages"] == "~3 | 2"
    assert XSS_SCRIPT in first["preuves"]
    assert by_id["B1.C2.1"]["score"] == "0,5"
    assert by_id["B1.C2.2"]["preuves"] == ""  # rejected evidence is not evidence


def test_csv_neutralises_formulas(report):
    rows = _rows(csvreport.render(report))
    by_id = {row[2]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert by_id["B1.C2.1"]["conseil"] == "'" + FORMULA
    assert by_id["B2.C3.2"]["raison"] == "'-1 KPI trouvé"
    assert by_id["B2.C3.2"]["conseil"] == "'@Ajoutez des KPI chiffrés."
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    for bad in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert csvreport.neutralise(bad) == "'" + bad
    assert csvreport.neutralise("ok = fine") == "ok = fine"


def test_csv_golden(report):
    check_golden("report.csv", csvreport.render(report))


# --- a real browser ---------------------------------------------------------


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(
        "chromium introuvable : installez-le (apt-get install -y chromium) pour "
        "tester le rendu réel du rapport HTML ; la CI l'installe."
    )


def _chromium_args(binary: str, profile: Path) -> list[str]:
    return [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
    ]


@pytest.mark.slow
def test_html_renders_in_headless_chromium(report, tmp_path):
    binary = _chromium()
    page = tmp_path / "rapport.html"
    page.write_text(htmlreport.render(report), encoding="utf-8")
    shot = tmp_path / "shot.png"
    base = _chromium_args(binary, tmp_path / "profile")
    done = subprocess.run(
        [*base, f"--screenshot={shot}", "--window-size=1240,1754", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    dom = subprocess.run(
        [*base, "--dump-dom", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert dom.returncode == 0, dom.stderr.decode(errors="replace")[-2000:]
    rendered = dom.stdout.decode("utf-8")
    assert "Synthèse" in rendered
    for status, count in report.summary().items():
        assert f'data-status="{status}">{count}</dd>' in rendered
    assert "<script" not in rendered
    if os.environ.get("SAVE_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["SAVE_SCREENSHOT"])


# --- issue 18: the jury print layout, in a real browser -----------------------


def _print_pages(binary: str, page: Path, tmp_path: Path) -> int:
    import pdfplumber

    pdf = tmp_path / (page.stem + ".pdf")
    done = subprocess.run(
        [
            *_chromium_args(binary, tmp_path / "profile"),
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    with pdfplumber.open(pdf) as document:
        return len(document.pages)


@pytest.mark.slow
def test_issue_18_jury_layout_prints_on_six_a4_pages_at_most(tmp_path):
    """All five blocs of a real 11-page dossier (the worst case: 93 criteria)."""
    from checker.api import check_candidate

    binary = _chromium()
    sample = Path(__file__).resolve().parents[1] / "corpora" / "c10-gite-vercors"
    report = check_candidate([sample], blocs=[1, 2, 3, 4, 5], isolate=False)
    full = tmp_path / "rapport.html"
    full.write_text(htmlreport.render(report), encoding="utf-8")
    jury = tmp_path / "jury.html"
    jury.write_text(htmlreport.render(report, compact=True), encoding="utf-8")
    compact_pages = _print_pages(binary, jury, tmp_path)
    assert 1 <= compact_pages <= 6
    assert _print_pages(binary, full, tmp_path) > compact_pages
    html = jury.read_text(encoding="utf-8")
    assert "fiche jury" in html and 'id="a-faire"' in html and 'id="couverts"' in html
    covered = sum(1 for r in report.criteria if r.status is Status.COVERED)
    assert html.count('<td class="txt">') == covered  # one line per covered criterion


@pytest.mark.slow
def test_issue_18_report_at_1280px_in_chromium(report, tmp_path):
    binary = _chromium()
    page = tmp_path / "rapport.html"
    page.write_text(htmlreport.render(report), encoding="utf-8")
    shot = tmp_path / "shot.png"
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
    dom = subprocess.run(
        [*_chromium_args(binary, tmp_path / "profile"), "--dump-dom", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    ).stdout.decode("utf-8")
    assert dom.index("À faire en priorité") < dom.index("Synthèse")
