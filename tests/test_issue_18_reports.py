"""Issue 18: reports a person can act on.

What to fix first, the right evidence first, one scan never hides a
candidate's gaps, blocs chosen from the documents' own clues.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from checker.api import check_documents
from checker.model import Block, BlockKind, Document, Evidence, Health, Location, Status
from checker.ranking import clean_excerpt, empty_table, rank_evidence
from checker.report import htmlreport, textreport
from checker.testing import docmark

SWOT_DOSSIER = """
# Dossier professionnel — Bloc 1
## Analyse SWOT de Lumière Bio
Notre boutique en ligne Lumière Bio a réalisé en mars 2025 l'analyse suivante.
| Forces | Faiblesses |
| Gamme bio certifiée, 120 références | Notoriété faible hors de Lyon |
| Opportunités | Menaces |
| Marché bio en hausse de 8 % par an | Concurrence des grandes surfaces |
## Veille concurrentielle
Nous suivons trois concurrents : Bio&Co, NaturaShop et VertMarché, chaque mois.
"""


def _table(rows, index=1, section=("Planning",)):
    return Block(
        BlockKind.TABLE,
        "\n".join(" | ".join(r) for r in rows),
        Location(index=index, section=section),
        rows=tuple(tuple(r) for r in rows),
    )


def _ev(index, excerpt, section=(), score=1.0, supporting=False):
    return Evidence(
        "req",
        "d.docx",
        Location(index=index, section=section),
        excerpt,
        score=score,
        supporting=supporting,
    )


# --- evidence ranking and excerpts --------------------------------------------


def test_private_use_bullets_and_empty_items_are_cleaned():
    assert clean_excerpt("\uf0b7 Action 1 ; ; \uf0a7 Action 2 ; ;") == "Action 1 ; Action 2"


def test_empty_tracking_table_is_empty():
    todo = _table(
        [["Semaine", "Visites", "Ventes"], ["S1", "à renseigner", ""], ["S2", "", "à renseigner"]]
    )
    filled = _table([["Semaine", "Visites", "Ventes"], ["S1", "1 200", "14"]])
    assert empty_table(todo) and not empty_table(filled)


def test_best_evidence_first_no_empty_table_no_repeat():
    blocks = {
        ("d.docx", 1): _table([["Persona", "Âge"], ["Julie", "34 ans"]], 1, ("Persona",)),
        ("d.docx", 2): _table(
            [["Tâche", "Début"], ["Refonte", "à renseigner"], ["Tests", "à renseigner"]],
            2,
            ("Planning",),
        ),
        ("d.docx", 3): _table(
            [["Tâche", "Début", "Fin"], ["Refonte", "3 mars", "28 mars"]],
            3,
            ("Planning du projet",),
        ),
    }
    shown = rank_evidence(
        [
            _ev(1, "Persona | Âge / Julie | 34 ans", ("Persona",)),
            _ev(2, "Tâche | Début / Refonte | à renseigner", ("Planning",)),
            _ev(9, "Un planning est suivi.", ("Organisation",), supporting=True),
            _ev(3, "Tâche | Début | Fin / Refonte | 3 mars | 28 mars", ("Planning du projet",)),
            _ev(4, "Tâche | Début | Fin / Refonte | 3 mars | 28 mars", ("Annexe",)),
        ],
        blocks,
        ["Le planning du projet est établi."],
    )
    excerpts = [e.location.index for e in shown]
    assert excerpts[0] == 3  # the planning table in the planning section
    assert 2 not in excerpts  # « à renseigner » table never shown
    assert 4 not in excerpts  # same text shown once
    assert excerpts.index(1) > excerpts.index(3)  # unrelated persona table after


def test_text_report_cites_the_section_below_the_title_and_no_file_name(engine):
    report = check_documents([docmark(SWOT_DOSSIER, "dossier.docx")], ruleset=engine.ruleset)
    swot = next(r for r in report.criteria if r.id == "B1.C2.1")
    assert swot.status is Status.COVERED
    assert swot.evidence[0].location.section[0] == "Analyse SWOT de Lumière Bio"
    text = textreport.render(report)
    line = next(line for line in text.splitlines() if "preuve :" in line)
    assert "dossier.docx" not in line and "Dossier professionnel" not in line


# --- « À faire en priorité » --------------------------------------------------


def test_priorities_come_first_missing_then_partial(engine):
    report = check_documents([docmark(SWOT_DOSSIER, "dossier.docx")], ruleset=engine.ruleset)
    text = textreport.render(report)
    top = text.index("À faire en priorité")
    assert top < text.index("\nBloc 1 ")
    todo = text[top : text.index("\nBloc 1 ")]
    statuses = [
        line.split("[")[1].split("]")[0]
        for line in todo.splitlines()
        if line.startswith("  ") and "[" in line and line.strip()[0] in "✘◐"
    ]
    assert statuses and statuses == sorted(statuses, key=lambda s: s != "manquant")
    assert "→ " in todo
    html = htmlreport.render(report)
    assert html.index('id="a-faire"') < html.index('id="synthese"')


# --- scans ----------------------------------------------------------------------


def _scan(name: str) -> Document:
    return Document(
        path=name,
        kind="pdf",
        blocks=(),
        health=Health(pages=2, words=0, scanned_pages=(1, 2)),
    )


def test_issue_18_a_scan_never_hides_the_gaps_of_the_readable_dossier(engine):
    readable = docmark(SWOT_DOSSIER, "dossier.docx")
    alone = check_documents([readable], blocs=[1], ruleset=engine.ruleset)
    with_scan = check_documents(
        [readable, _scan("annexe-scan.pdf")], blocs=[1], ruleset=engine.ruleset
    )
    before = {r.id: r.status for r in alone.criteria}
    after = {r.id: r.status for r in with_scan.criteria}
    assert Status.MISSING in before.values()
    assert after == before  # bloc 1 treated by the readable dossier: verdicts stand
    text = textreport.render(
        replace(
            with_scan,
            documents=(
                *with_scan.documents[:1],
                replace(with_scan.documents[1], status="SCAN"),
            ),
        )
    )
    assert text.count("fichier scanné") == 1
    assert "⚠ annexe-scan.pdf" in text and "✔ annexe-scan.pdf" not in text


def test_issue_18_a_scan_named_after_a_bloc_makes_only_that_bloc_uncertain(engine):
    readable = docmark(SWOT_DOSSIER, "dossier.docx")
    report = check_documents(
        [readable, _scan("bloc2-scan.pdf")], blocs=[1, 2], ruleset=engine.ruleset
    )
    by_bloc = {}
    for r in report.criteria:
        by_bloc.setdefault(r.bloc, set()).add(r.status)
    assert Status.UNVERIFIABLE not in by_bloc[1] and Status.MISSING in by_bloc[1]
    assert Status.UNVERIFIABLE in by_bloc[2] and Status.MISSING not in by_bloc[2]
    reason = next(r.reason for r in report.criteria if r.status is Status.UNVERIFIABLE)
    assert "bloc2-scan.pdf" in reason and len(reason) < 300


# --- blocs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "blocs", "said"),
    [
        (
            "# Mon dossier\n@footer Dossier professionnel — Blocs 1 et 3\nTexte.",
            "d.docx",
            (1, 3),
            "« Dossier professionnel — Blocs 1 et 3 » (en-tête ou pied de page de d.docx)",
        ),
        (
            "# Mon dossier\nTexte sans indice.",
            "rapport_B4.pdf",
            (4,),
            "nom du fichier rapport_B4.pdf",
        ),
    ],
)
def test_issue_18_blocs_from_the_documents_clues(engine, text, name, blocs, said):
    report = check_documents([docmark(text, name)], ruleset=engine.ruleset)
    assert report.blocs == blocs
    assert said in report.bloc_reason and "--bloc" in report.bloc_reason


def test_issue_18_no_clue_says_all_blocs_and_suggests_the_option(engine):
    report = check_documents([docmark("# Mon dossier\nTexte.", "d.docx")], ruleset=engine.ruleset)
    assert report.blocs == (1, 2, 3, 4, 5)
    assert report.bloc_reason.startswith("tous les blocs, faute d'indice")
    assert "--bloc N" in report.bloc_reason
    assert "Blocs analysés : 1, 2, 3, 4, 5 — tous les blocs" in textreport.render(report)


@pytest.mark.parametrize(
    ("candidate", "blocs"),
    [
        ("c03-epicerie-terroir", [1]),
        ("c22-agripieces", [4]),
        ("c28-plongee-abysse", [5]),
        ("c34-papeterie-encre-vive", [1, 4]),
    ],
)
def test_issue_18_footers_name_the_blocs_of_real_dossiers(candidate, blocs):
    """Before: no clue found, blocs guessed from coverage or all five."""
    from pathlib import Path

    from checker.api import candidate_files, detect_blocs, read_documents

    folder = Path(__file__).resolve().parents[1] / "corpora" / candidate
    files, _ = candidate_files([folder])
    documents, _ = read_documents(files, isolate=False, roots=[folder])
    assert detect_blocs(documents) == blocs
