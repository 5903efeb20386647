"""The rule set as a whole: the 93 criteria verbatim, jury count, examples, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.errors import RuleFileError
from checker.ruleset import DEFAULT_RULES_DIR, load_ruleset, read_reference

SHARED = Path(__file__).resolve().parents[2] / "shared" / "referentiel" / "criteres.tsv"


def test_bundled_reference_matches_shared_copy():
    if not SHARED.exists():
        pytest.skip("../shared/referentiel absent (clone isolé)")
    assert SHARED.read_bytes() == (DEFAULT_RULES_DIR / "criteres.tsv").read_bytes()


def test_all_93_criteria_verbatim(ruleset):
    reference = read_reference(DEFAULT_RULES_DIR / "criteres.tsv")
    assert len(reference) == 93
    assert [c.id for c in ruleset.criteria] == list(reference)
    for criterion in ruleset.criteria:
        assert criterion.text == reference[criterion.id]["texte"].strip()
        assert criterion.competency == reference[criterion.id]["competence"]


def test_jury_criteria_are_few_and_explained(ruleset):
    jury = [c for c in ruleset.criteria if c.assessment == "jury"]
    assert 1 <= len(jury) <= 10
    for criterion in jury:
        assert criterion.jury_focus and not criterion.requires


def test_every_auto_criterion_has_examples(ruleset):
    """Meta-test: ≥ 1 covered, ≥ 2 missing, and a partial when there are parts."""
    lacking = []
    for criterion in ruleset.criteria:
        if criterion.assessment != "auto":
            continue
        examples = criterion.examples
        if len(examples.get("covered", ())) < 1 or len(examples.get("missing", ())) < 2:
            lacking.append(f"{criterion.id}: covered/missing")
        # Alternatives (any_of) are not parts: a partial needs pieces (all_of, at_least).
        parts = len(criterion.requires) > 1 or any(
            r.children and r.mode != "any" for r in criterion.requires
        )
        if parts and not examples.get("partial"):
            lacking.append(f"{criterion.id}: partial")
    assert not lacking, "Exemples manquants : " + ", ".join(lacking)


def test_every_auto_criterion_has_a_hint(ruleset):
    assert all(c.hint for c in ruleset.criteria if c.assessment == "auto")


def test_every_bloc_lists_its_livrables(ruleset):
    assert [b.number for b in ruleset.blocs] == [1, 2, 3, 4, 5]
    assert all(b.livrables for b in ruleset.blocs)


def _write(tmp_path: Path, body: str, header: str = 'name: t\nversion: "1"\n') -> Path:
    (tmp_path / "referentiel.yaml").write_text(header, encoding="utf-8")
    (tmp_path / "b1.yaml").write_text(body, encoding="utf-8")
    return tmp_path


GOOD = """
bloc: 1
title: T
criteria:
  - id: B1.C1.1
    competency: B1.C1
    text: Texte.
    assessment: auto
    hint: Ajoutez.
    requires:
      - {id: a, label: A, detector: terms, terms: [persona]}
"""


def test_valid_minimal_rules(tmp_path):
    rules = load_ruleset(_write(tmp_path, GOOD))
    assert rules.criteria[0].requires[0].options.min_terms == 1


BREAKAGES = {
    "clé « termz »": ("terms: [persona]", "termz: [persona]"),
    "détecteur inconnu": ("detector: terms", "detector: mots"),
    "expression régulière invalide": ("terms: [persona]", "terms: ['re:(']"),
    "rôle attendu après « alias: »": ("terms: [persona]", "terms: ['alias: , ']"),
    "valeur attendue : auto ou jury": ("assessment: auto", "assessment: oui"),
    "identifiant d'exigence invalide": ("id: a,", "id: Mauvais Id,"),
}


def test_caveats_cap_a_criterion_at_partial(tmp_path):
    """« caveats »: words by which the part holding the evidence says the work is not
    whole (a payment installed but « encore en mode test »)."""
    from checker.assess import Engine
    from checker.testing import docmark

    body = GOOD.replace(
        "requires:\n      - {id: a, label: A, detector: terms, terms: [persona]}",
        "caveats: [encore en mode test, pas encore en production]\n    requires:\n"
        "      - {id: a, label: A, detector: terms, terms: [module de paiement]}",
    )
    rules = load_ruleset(_write(tmp_path, body))
    assert rules.criteria[0].caveats == ("encore en mode test", "pas encore en production")
    engine = Engine(rules)
    criterion = rules.criteria[0]

    def status(text: str) -> str:
        return engine.assess_one(criterion, engine.context([docmark(text)])).status.value

    done = "## Paiement\nLe module de paiement Stripe est installé depuis mars."
    assert status(done) == "covered"
    test_only = done + " Il tourne encore en mode test jusqu'à la formation."
    assert status(test_only) == "partial"
    reason = engine.assess_one(criterion, engine.context([docmark(test_only)])).reason
    assert "encore en mode test" in reason
    # A caveat is often a negation or a promise: it still counts.
    assert status(done + " Le site n'est pas encore en production.") == "partial"
    assert status(done + " Il sera encore en mode test jusqu'en mai.") == "partial"
    # Under a table of contents or a course, it says nothing of the work.
    course = done + "\n### Rappel de cours\nUn site pas encore en production se teste."
    assert status(course) == "covered"
    # Other words, or another chapter: no caveat of this work.
    assert status(done + " Nous ne sommes plus en mode test depuis le 2 mars.") == "covered"
    elsewhere = done + "\n## Site vitrine\nLa maquette du blog n'est pas encore en production."
    assert status(elsewhere) == "covered"
    broken = body.replace("caveats: [encore en mode test, pas encore en production]", "caveats: x")
    message = _errors_of(tmp_path, broken)
    assert "caveats" in message and "liste de termes attendue" in message


def test_spread_reads_pieces_of_different_chapters_together(tmp_path):
    """« spread: true »: the criterion ties pieces that a dossier writes in different
    chapters; every requirement met is enough, wherever each piece sits."""
    from checker.assess import Engine
    from checker.testing import docmark

    two = (
        "requires:\n"
        "      - {id: a, label: A, detector: terms, terms: [projet d'entreprise]}\n"
        "      - {id: b, label: B, detector: terms, terms: [objectifs de la campagne]}"
    )
    body = GOOD.replace(
        "requires:\n      - {id: a, label: A, detector: terms, terms: [persona]}", two
    )
    apart = (
        "## 1. L'entreprise\nLe projet d'entreprise : la moitié des ventes en ligne en 2028.\n"
        "## 2. Le marché\nLe marché progresse de 9 % par an.\n"
        "## 3. L'opération\nLes objectifs de la campagne : 140 coffrets, 60 clientes."
    )
    one = "## L'opération\nLe projet d'entreprise guide les objectifs de la campagne : 140 ventes."
    only_one = "## 1. L'entreprise\nLe projet d'entreprise : la moitié des ventes en ligne."

    def status(rules_body: str, text: str) -> str:
        rules = load_ruleset(_write(tmp_path, rules_body))
        engine = Engine(rules)
        return engine.assess_one(rules.criteria[0], engine.context([docmark(text)])).status.value

    assert status(body, apart) == "partial"  # scattered, as before
    spread = body.replace("assessment: auto", "assessment: auto\n    spread: true")
    assert status(spread, apart) == "covered"
    assert status(spread, one) == "covered"
    assert status(spread, only_one) == "partial"  # a piece missing is still missing
    wrong = body.replace("assessment: auto", "assessment: auto\n    spread: oui")
    message = _errors_of(tmp_path, wrong)
    assert "spread" in message and "true ou false" in message


def _errors_of(tmp_path: Path, body: str) -> str:
    with pytest.raises(RuleFileError) as error:
        load_ruleset(_write(tmp_path, body))
    return error.value.message


@pytest.mark.parametrize("expected", list(BREAKAGES))
def test_broken_rules_give_french_errors(tmp_path, expected):
    old, new = BREAKAGES[expected]
    with pytest.raises(RuleFileError) as info:
        load_ruleset(_write(tmp_path, GOOD.replace(old, new)))
    assert expected in info.value.message
    assert "b1.yaml" in info.value.message


def test_strict_applies_to_all_of_and_at_least_only(tmp_path):
    group = (
        "{id: a, label: A, strict: %s, %s: [{id: x, detector: terms, terms: [persona]},"
        " {id: y, detector: terms, terms: [freins]}]}"
    )
    rules = load_ruleset(
        _write(
            tmp_path,
            GOOD.replace(
                "{id: a, label: A, detector: terms, terms: [persona]}", group % ("true", "all_of")
            ),
        )
    )
    assert rules.criteria[0].requires[0].strict
    for value, mode, expected in (("true", "any_of", "sans objet"), ("oui", "all_of", "vrai/faux")):
        body = GOOD.replace(
            "{id: a, label: A, detector: terms, terms: [persona]}", group % (value, mode)
        )
        with pytest.raises(RuleFileError) as info:
            load_ruleset(_write(tmp_path, body))
        assert "strict" in info.value.message and expected in info.value.message


def test_beside_applies_to_all_of_only(tmp_path):
    group = (
        "{id: a, label: A, beside: %s, %s: [{id: x, detector: terms, terms: [persona]},"
        " {id: y, detector: terms, terms: [freins]}]}"
    )
    single = "{id: a, label: A, detector: terms, terms: [persona]}"
    rules = load_ruleset(_write(tmp_path, GOOD.replace(single, group % ("true", "all_of"))))
    assert rules.criteria[0].requires[0].beside
    for value, mode, expected in (
        ("true", "any_of", "seulement pour all_of"),
        ("1", "all_of", "vrai/faux"),
    ):
        with pytest.raises(RuleFileError) as info:
            load_ruleset(_write(tmp_path, GOOD.replace(single, group % (value, mode))))
        assert "beside" in info.value.message and expected in info.value.message


def test_one_broken_criterion_does_not_hide_others(tmp_path):
    body = (
        GOOD
        + """
  - id: B1.C1.2
    competency: B1.C1
    text: Autre.
    assessment: auto
    hint: Ajoutez.
    requires:
      - {id: b, label: B, detector: table, min_rowz: 2}
  - id: B1.C1.1
    competency: B1.C1
    text: Doublon.
    assessment: jury
    jury_focus: Regarder.
"""
    )
    body = body.replace("terms: [persona]", "terms: 12")
    with pytest.raises(RuleFileError) as info:
        load_ruleset(_write(tmp_path, body))
    message = info.value.message
    assert "B1.C1.1" in message and "type incorrect" in message
    assert "min_rowz" in message
    assert "en double" in message


def test_texts_must_equal_reference(tmp_path):
    folder = _write(tmp_path, GOOD)
    (folder / "criteres.tsv").write_text(
        "id\tbloc\tcompetence\ttexte\tnote\nB1.C1.1\t1\tB1.C1\tAutre texte.\t\n"
        "B1.C1.2\t1\tB1.C1\tEncore.\t\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError) as info:
        load_ruleset(folder)
    assert "diffère du référentiel" in info.value.message
    assert "B1.C1.2 absent" in info.value.message


def test_invalid_yaml_names_file_and_line(tmp_path):
    with pytest.raises(RuleFileError) as info:
        load_ruleset(_write(tmp_path, "bloc: 1\ncriteria: [\n"))
    assert "b1.yaml" in info.value.message and "YAML invalide" in info.value.message


def test_unchanged_rules_are_parsed_once_and_edits_are_seen(tmp_path):
    import os
    import shutil

    folder = tmp_path / "regles"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    first = load_ruleset(folder)
    assert load_ruleset(folder) is first  # same folder, same files: not parsed again
    path = folder / "referentiel.yaml"
    text = path.read_text(encoding="utf-8").replace("version:", "version: '9.9'  #", 1)
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    second = load_ruleset(folder)
    assert second is not first
    assert second.version == "9.9"
