"""The annotated corpus: no near-miss is ever reported covered (exact, not a threshold).

The accuracy figures themselves are printed by ``benchmarks/accuracy.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.evaluation import evaluate_corpus, load_split, split_of

CORPUS = Path(__file__).resolve().parents[1] / "corpora"
CANDIDATES = sorted(p.name for p in CORPUS.iterdir() if (p / "expected.yaml").exists())


def test_corpus_is_complete():
    kinds = [
        f.suffix
        for c in CANDIDATES
        for f in (CORPUS / c).iterdir()
        if f.suffix in {".docx", ".pdf", ".odt"}
    ]
    assert len(CANDIDATES) >= 15
    assert kinds.count(".docx") >= 5 and kinds.count(".pdf") >= 5 and kinds.count(".odt") >= 2
    blocs = set()
    for name in CANDIDATES:
        data = yaml.safe_load((CORPUS / name / "expected.yaml").read_text(encoding="utf-8"))
        blocs.update(data["blocs"])
    assert blocs == {1, 2, 3, 4, 5}


@pytest.fixture(scope="module")
def evaluation():
    return evaluate_corpus(CORPUS)


#: Traps of the sealed test split reported « covered » on 2026-12-06 (rules 2026.12.7: 9 in
#: the first 16 sealed candidates, 11 with rules 2026.12.1; 5 more in c48, c51, c53 and c56,
#: written and labelled the same day and measured before any tuning; 1 more in c58, c61,
#: c63, c66, added later that day the same way; 14 with rules 2026.12.8; 2 more in c68,
#: c71, c73, c76, written and labelled blind and measured before any tuning). The sealed
#: documents are never opened while tuning, so these are not fixed by looking at them: the
#: figure is a ratchet that may only go down (README, « Précision »). 15 with rules
#: 2026.12.13 (14 after the third round of 2026-12-07, 15 after the fourth). 1 more in c88,
#: c91, c93, c96, written and labelled blind and measured before any tuning (the code of
#: the commit that added them gives the same count). The figure had not followed the count
#: down: 14 on the 36 sealed candidates at the end of that day's afternoon. 1 more in c98,
#: c101, c103, c106, written and labelled blind and measured before any tuning (the code of
#: the session's start and of its end give the same count): 15. None in c108, c111, c113,
#: c116 (written and labelled blind, measured before any tuning, 2026-12-07 evening); 14 on
#: the 44 sealed with rules 2026.12.20 (a lexicon widened blind made it 17 and was removed).
#: None in c118, c121, c123, c126 (office-software habits, measured before any tuning,
#: 2026-12-07 late evening); 14 on the 48 sealed with rules 2026.12.21. 3 more in c128,
#: c131, c133, c136 (dossiers in several files: workbooks, CSV exports, PDF annexes; written
#: and labelled blind, measured before any tuning: the session-start code and the code of the
#: commit that added them give the same count): 17. 2 more in c138, c141, c143, c146 (real
#: document genres: a communication plan, a specifications document, an exam copy, an
#: apprenticeship diary; written and labelled blind, measured before any tuning: the
#: session-start code and the code of the commit that added them give the same count): 19.
#: 1 more in c148, c151, c153, c156 (real document genres, second batch: an internship
#: report, a warehouse project file, a project board exported to PDF, speaker's notes for
#: the oral; written and labelled blind, measured before any tuning: the session-start code
#: and the code of the commit that added them give the same count): 20. 19 once the new
#: batch's four train traps were fixed (guards on paid clicks, backlink tables, target
#: against actual tables and deal-site posts; one earlier sealed trap went with them).
SEALED_TRAPS_COVERED = 19


def test_no_near_miss_is_ever_covered(evaluation):
    failures = evaluation.near_miss_failures()
    train = [r for r in failures if r.split == "train"]
    sealed = [r for r in failures if r.split == "test"]
    # Tuning data: no trap is ever covered. The sealed split: counted, never shown.
    assert not train, "\n".join(
        f"{r.candidate} {r.criterion} : {r.why} — outil : {r.reason}" for r in train
    )
    assert len(sealed) <= SEALED_TRAPS_COVERED, (
        f"{len(sealed)} pièges du test scellé comptés couverts (plafond {SEALED_TRAPS_COVERED})"
    )


def test_sealed_split_is_a_third_of_the_corpus_and_covers_every_bloc():
    test = load_split(CORPUS)
    sealed = [c for c in CANDIDATES if split_of(c, test) == "test"]
    assert len(sealed) * 3 >= len(CANDIDATES)
    for part in (sealed, [c for c in CANDIDATES if c not in sealed]):
        blocs = set()
        for name in part:
            data = yaml.safe_load((CORPUS / name / "expected.yaml").read_text(encoding="utf-8"))
            blocs.update(data["blocs"])
        assert blocs == {1, 2, 3, 4, 5}


def test_every_label_was_compared(evaluation):
    assert not evaluation.errors
    assert len(evaluation.comparisons) > 300
