"""The paraphrase benchmark's excerpts are well formed and name real criteria."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from checker.ruleset import load_ruleset

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "paraphrases.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("paraphrases", _PATH)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("folder", "least"),
    [
        ("paraphrases", 300),
        ("paraphrases-test", 200),
        ("paraphrases-2", 250),
        ("paraphrases-2-test", 150),
        ("paraphrases-3-test", 300),
        ("paraphrases-dev", 300),
        ("paraphrases-4-test", 300),
        ("paraphrases-5-dev", 300),
        ("paraphrases-6-dev", 300),
        ("paraphrases-7-test", 300),
        ("paraphrases-8-dev", 300),
        ("paraphrases-9-dev", 300),
        ("paraphrases-10-test", 300),
        ("paraphrases-11-dev", 300),
        ("paraphrases-11-test", 300),
        ("paraphrases-12-dev", 300),
        ("paraphrases-12-test", 300),
    ],
)
def test_every_excerpt_names_a_criterion_and_a_status(bench, folder, least):
    ids = {c.id for c in load_ruleset().criteria}
    items = bench.load(_PATH.parent / folder)
    assert len(items) >= least
    for item in items:
        assert item["criterion"] in ids, item
        assert item["expected"] in {"covered", "partial", "missing"}, item
        assert item["text"].strip(), item


def test_a_bullet_typed_by_hand_is_a_list_item_as_the_readers_take_it(bench):
    from checker.testing import docmark

    text = "Nos actions :\n– Newsletter mensuelle\n✔ FAQ refaite\n• Stock\nUne phrase."
    kinds = [(b.kind.value, b.text) for b in docmark(bench.to_docmark(text)).blocks]
    assert kinds == [
        ("paragraph", "Nos actions :"),
        ("list_item", "– Newsletter mensuelle"),
        ("list_item", "✔ FAQ refaite"),
        ("list_item", "• Stock"),
        ("paragraph", "Une phrase."),
    ]


def test_writers_lines_become_docmark_paragraphs_and_bold_lines_headings(bench):
    text = "**Nos atouts**\n- prix\n- stock\nUne phrase.\nUne autre phrase.\n| a | b |"
    assert bench.to_docmark(text).splitlines() == [
        "### Nos atouts",
        "",
        "- prix",
        "- stock",
        "Une phrase.",
        "",
        "Une autre phrase.",
        "",
        "| a | b |",
    ]


def test_lines_opening_in_bold_stay_paragraphs_of_their_own(bench):
    text = "**Avant :** 120 visites\n**Après :** 180 visites"
    assert bench.to_docmark(text).splitlines() == [
        "**Avant :** 120 visites",
        "",
        "**Après :** 180 visites",
    ]


def test_an_exam_question_line_is_a_heading_as_the_readers_take_it(bench):
    text = "Q7.3 — Que fait-on pour rattraper ?\nQ1.2 : Léa a 34 ans, elle achète en ligne le soir."
    assert bench.to_docmark(text).splitlines() == [
        "### Q7.3 — Que fait-on pour rattraper ?",
        "",
        "Q1.2 : Léa a 34 ans, elle achète en ligne le soir.",
    ]
