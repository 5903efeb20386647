"""rncp-check annotate: a commented copy of the candidate's DOCX (issue 16)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.annotate import AUTHOR, body_text
from checker.cli import cli
from tests.docxmake import write_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

DRAFT = """
# Dossier professionnel — Bloc 1
Présentation de l'entreprise et de son marché.
## Matrice SWOT de la Ferme des Quatre Vents
| Forces | Faiblesses |
| Produits bio certifiés, circuit court | Site vitrine sans paiement en ligne |
| Opportunités | Menaces |
| Demande croissante de paniers locaux | Concurrence de Potager City |
## Sommaire des annexes
Calcul du ROI ........ 12
## Retour sur investissement
Nous n'avons pas encore calculé le ROI de la campagne.
"""


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    root = tmp_path_factory.mktemp("annotate")
    source = write_docx(root / "dossier.docx", DRAFT)
    original = source.read_bytes()
    target = root / "dossier-annote.docx"
    result = CliRunner().invoke(cli, ["annotate", str(source), "-o", str(target), "--bloc", "1"])
    return source, original, target, result


def _anchors(path: Path) -> dict[str, str]:
    """Comment text -> text of the paragraph where its range starts."""
    from lxml import etree

    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        comments = etree.fromstring(archive.read("word/comments.xml"))
    texts = {}
    for comment in comments.iter(f"{W}comment"):
        assert comment.get(f"{W}author") == AUTHOR
        texts[comment.get(f"{W}id")] = " // ".join(
            "".join(t.text or "" for t in p.iter(f"{W}t")) for p in comment.iter(f"{W}p")
        )
    out = {}
    for paragraph in body.iter(f"{W}p"):
        for start in paragraph.iter(f"{W}commentRangeStart"):
            words = "".join(t.text or "" for t in paragraph.iter(f"{W}t"))
            out[texts[start.get(f"{W}id")]] = words
    return out


def test_copy_written_original_untouched(annotated):
    source, original, target, result = annotated
    assert result.exit_code == 0, result.output
    assert "Copie annotée écrite" in result.output
    assert source.read_bytes() == original
    assert body_text(target) == body_text(source)


def test_evidence_comment_sits_on_the_swot_table(annotated):
    *_, target, _ = annotated
    anchors = _anchors(target)
    swot = next(text for note, text in anchors.items() if "B1.C2.1 couvert" in note)
    assert swot in {
        "Forces",
        "Faiblesses",
        "Produits bio certifiés, circuit court",
        "Site vitrine sans paiement en ligne",
        "Opportunités",
        "Menaces",
        "Demande croissante de paniers locaux",
        "Concurrence de Potager City",
    }


def test_gap_comment_sits_where_the_gap_belongs(annotated):
    *_, target, _ = annotated
    anchors = _anchors(target)
    roi = next(text for note, text in anchors.items() if note.startswith("B1.C7.2 manquant"))
    assert "ROI" in roi  # the TOC line, the negated sentence or the ROI heading
    note = next(n for n in anchors if n.startswith("B1.C7.2 manquant"))
    assert "ROI" in note  # the advice says what to do


def test_summary_comment_at_the_top(annotated):
    *_, target, _ = annotated
    anchors = _anchors(target)
    summary = next(note for note in anchors if note.startswith("rncp-check "))
    assert anchors[summary] == "Dossier professionnel — Bloc 1"
    assert "bloc(s) 1 : 1 couvert(s)," in summary and "manquant(s)" in summary
    assert "Non rattachés à un passage précis" in summary


def test_copy_never_replaces_the_original(tmp_path):
    source = write_docx(tmp_path / "dossier.docx", DRAFT)
    before = source.read_bytes()
    result = CliRunner().invoke(cli, ["annotate", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert "ne peut pas remplacer l'original" in result.output
    assert source.read_bytes() == before


def test_unreadable_input_is_a_french_error(tmp_path):
    bad = tmp_path / "faux.docx"
    bad.write_bytes(b"PK\x03\x04 pas une archive")
    result = CliRunner().invoke(cli, ["annotate", str(bad)])
    assert result.exit_code == 2 and "faux.docx" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "faux-annote.docx").exists()


def test_pdf_input_gets_the_html_report_with_anchors(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "dossier.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(72, 760, "Matrice SWOT : forces, faiblesses, opportunités, menaces")
    canvas.save()
    result = CliRunner().invoke(cli, ["annotate", str(pdf), "--bloc", "1"])
    assert result.exit_code == 0, result.output
    assert "n'est pas un DOCX" in result.output
    page = (tmp_path / "dossier-rapport.html").read_text(encoding="utf-8")
    assert re.search(r'id="B1\.C2\.1"', page)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) absent")
def test_copy_opens_in_libreoffice_with_its_comments(annotated, tmp_path):
    *_, target, _ = annotated
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "odt",
            "--outdir",
            str(tmp_path),
            str(target),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    odt = tmp_path / "dossier-annote.odt"
    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert content.count("<office:annotation") >= 3
    assert "rncp-check" in content and "B1.C2.1 couvert" in content
    assert "Concurrence de Potager City" in content
