"""The fast NLP path: regex words, lemma tables, and the full-model switch."""

from __future__ import annotations

import subprocess
import sys

import pytest

from checker.nlp import pipeline
from checker.nlp.pipeline import analyze, lemma


def forms(text: str) -> list[str]:
    return [t.form for t in analyze([text])[0]]


def lemmas(text: str) -> list[str]:
    return [t.lemma for t in analyze([text])[0]]


def surfaces(text: str) -> list[str]:
    """The text under each token's span."""
    return [text[t.start : t.end] for t in analyze([text])[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'offre d'été", ["l'", "offre", "d'", "été"]),
        ("qu'il jusqu'au", ["qu'", "il", "jusqu'", "au"]),
        ("aujourd'hui", ["aujourd", "hui"]),  # inner apostrophe: parts, like « mots-clés »
        ("un taux de 12,5 %, soit 1 200 €.", ["un", "taux", "de", "12,5", "soit", "1", "200", "€"]),
        ("robots.txt en 16:9", ["robots", "txt", "en", "16:9"]),
        ("le n° 3 (CSP+)", ["le", "n°", "3", "CSP", "+"]),
        ("mots-clés… « SEO » !", ["mots", "clés", "SEO"]),
    ],
)
def test_words(text, expected):
    """Elisions split off, numbers whole, punctuation dropped, symbols kept;
    every span points at the word in the text."""
    assert surfaces(text) == expected


def test_hyphenated_words_are_split_into_parts_with_spans():
    tokens = analyze(["Les mots-clés"])[0]
    assert [(t.form, t.lemma) for t in tokens] == [("les", "le"), ("mots", "mot"), ("cles", "cle")]
    assert [("Les mots-clés"[t.start : t.end]) for t in tokens] == ["Les", "mots", "clés"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("données", "donnée"),  # a noun reading first, not « donner »
        ("canaux", "canal"),
        ("analysons", "analyser"),
        ("réalisera", "réaliser"),
        ("mais", "mais"),  # not the plural of « mai »
        ("des", "un"),
        ("réallouerons", "réallouer"),  # unknown to the tables: suffix rules
        ("€", "euro"),
        ("zzkq", "zzkq"),
    ],
)
def test_lemma(word, expected):
    assert lemma(word) == expected


def test_terms_and_documents_share_lemmas():
    terms = pipeline.lemmatize_terms(["prévu", "réallouer"])
    assert [t.lemma for t in terms["prévu"]] == ["prevoir"]
    assert lemmas("Les dépenses prévues, nous les réallouerons.")[-1] == "reallouer"
    assert "prevoir" in lemmas("Les dépenses prévues")


def test_long_texts_are_cut():
    text = "mot " * (pipeline.MAX_CHARS // 4 + 50)
    assert len(analyze([text])[0]) == pipeline.MAX_CHARS // 4


def test_fast_path_never_loads_the_model():
    code = (
        "import sys\n"
        "from checker.nlp import pipeline\n"
        "pipeline.analyze(['Les données du site'])\n"
        "assert pipeline.get_nlp.cache_info().currsize == 0\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
        "print(pipeline.mode())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "rapide"


def test_string_ids_are_spacys():
    from spacy.strings import get_string_id

    for text in ["a", "données", "abcdefgh", "abcdefghi", "Opportunités", "€", "mots-clés"]:
        assert pipeline.string_id(text) == get_string_id(text)


@pytest.mark.slow
def test_model_mode_still_works(monkeypatch):
    monkeypatch.setenv(pipeline.MODE_VARIABLE, "modele")
    assert pipeline.mode() == "modele"
    assert lemmas("Nous analysons les données")[1:] == ["analyser", "le", "donnee"]


def test_missing_lemma_tables_give_a_french_error(monkeypatch):
    import importlib.util

    from checker.errors import CheckerError

    pipeline._tables.cache_clear()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    try:
        with pytest.raises(CheckerError, match=r"\[E112\].*réinstallez"):
            pipeline._tables()
    finally:
        monkeypatch.undo()
        pipeline._tables.cache_clear()


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("classé", "classer"),
        ("ciblés", "cibler"),
        ("défini", "definir"),
        ("relevés", "relever"),
        ("marché", None),  # no « marchée » in the tables: the market stays a noun
        ("relais", None),  # a plural noun in « -is » is no participle
        ("qualité", None),
    ],
)
def test_participle_verb(word, verb):
    assert pipeline.participle_verb(word) == verb
