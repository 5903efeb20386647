"""The detector registry: complete, documented, validated in one place, docs up to date."""

from __future__ import annotations

import dataclasses
import re
import warnings
from pathlib import Path

import pytest
import yaml

from checker.errors import RuleFileError
from checker.match.detectors import REGISTRY, UnknownDetectorError, get
from checker.match.detectors.docs import COMMAND, updated
from checker.ruleset import RuleFileWarning, load_bloc_file

ROOT = Path(__file__).resolve().parent.parent
DETECTOR_NAMES = {
    "terms",
    "section",
    "table",
    "list",
    "number",
    "date",
    "link",
    "image",
    "calculation",
}


def test_registry_is_complete():
    assert set(REGISTRY) == DETECTOR_NAMES
    for name, detector in REGISTRY.items():
        assert detector.name == name
        assert detector.label and detector.scope and detector.doc
        assert dataclasses.is_dataclass(detector.options)


def test_unknown_detector_names_the_nearest():
    with pytest.raises(UnknownDetectorError) as error:
        get("tabel")
    assert "détecteur inconnu 'tabel'" in str(error.value)
    assert "vouliez-vous dire « table » ?" in str(error.value)


@pytest.mark.parametrize("name", sorted(DETECTOR_NAMES))
def test_docstring_documents_every_option(name):
    detector = REGISTRY[name]
    for field in dataclasses.fields(detector.options):
        assert f"``{field.name}``" in detector.doc, f"{name}: option {field.name} non documentée"
    for old in detector.renamed:
        assert f"``{old}``" not in detector.doc.split("Example::")[1], f"{name}: ancien nom {old}"


def _bloc(tmp_path: Path, requirement: str) -> Path:
    body = f"""
bloc: 1
title: T
criteria:
  - id: B1.C1.1
    competency: B1.C1
    text: Texte.
    assessment: auto
    hint: Ajoutez.
    requires:
      - {requirement}
"""
    path = tmp_path / "b1.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def _load(tmp_path: Path, requirement: str):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bloc = load_bloc_file(_bloc(tmp_path, requirement))
    messages = [str(w.message) for w in caught if issubclass(w.category, RuleFileWarning)]
    return bloc.criteria[0].requires[0], messages


def _errors(tmp_path: Path, requirement: str) -> str:
    with pytest.raises(RuleFileError) as error:
        load_bloc_file(_bloc(tmp_path, requirement))
    return error.value.message


@pytest.mark.parametrize("name", sorted(DETECTOR_NAMES))
def test_docstring_example_is_a_valid_rule(tmp_path, name):
    doc = REGISTRY[name].doc
    example = doc.split("Example::")[1]
    data = yaml.safe_load(re.sub(r"(?m)^    ", "", example))[0]
    data.setdefault("label", "exemple")
    req, warned = _load(tmp_path, yaml.safe_dump(data, allow_unicode=True, default_flow_style=True))
    assert req.detector == name and not warned


def test_defaults_and_default_scope(tmp_path):
    req, _ = _load(tmp_path, "{id: a, label: A, detector: table}")
    assert req.options == REGISTRY["table"].options()
    assert {k.value for k in req.scope} == {"table"}


def test_wrong_type_is_a_french_error(tmp_path):
    message = _errors(tmp_path, "{id: a, label: A, detector: table, min_rows: deux}")
    assert "clé « min_rows » : type incorrect : un nombre entier attendu" in message
    message = _errors(tmp_path, "{id: a, label: A, detector: terms, terms: [x], facts: 1}")
    assert "clé « facts » : type incorrect : vrai/faux attendu" in message


def test_unknown_option_names_the_nearest(tmp_path):
    message = _errors(tmp_path, "{id: a, label: A, detector: list, min_item: 3}")
    assert "clé « min_item » : clé inconnue pour le détecteur « list »" in message
    assert "vouliez-vous dire « min_items » ?" in message


def test_required_option_missing(tmp_path):
    message = _errors(tmp_path, "{id: a, label: A, detector: calculation}")
    assert "clé « terms » : option obligatoire manquante" in message


def test_per_detector_checks(tmp_path):
    message = _errors(tmp_path, "{id: a, label: A, detector: number, kinds: [euros]}")
    assert "type(s) de nombre inconnu(s) : euros" in message
    message = _errors(tmp_path, "{id: a, label: A, detector: table, filled: 2}")
    assert "clé « filled » : proportion entre 0 et 1 attendue" in message
    message = _errors(tmp_path, "{id: a, label: A, detector: table, header_filled: -0.5}")
    assert "clé « header_filled » : proportion entre 0 et 1 attendue" in message
    message = _errors(tmp_path, "{id: a, label: A, detector: list, terms: [x], per_item: 1.5}")
    assert "clé « per_item » : proportion entre 0 et 1 attendue" in message
    message = _errors(tmp_path, "{id: a, label: A, detector: list, per_item: 0.5}")
    assert "clé « per_item » : demande des termes" in message


OLD_AND_NEW = [
    (
        "{id: a, label: A, detector: terms, terms: [x], min: 2, with: [y], numbers: 1}",
        "{id: a, label: A, detector: terms, terms: [x], min_terms: 2, near: [y], min_numbers: 1}",
    ),
    (
        "{id: a, label: A, detector: table, numbers: 2, dates: 1}",
        "{id: a, label: A, detector: table, min_numbers: 2, min_dates: 1}",
    ),
    (
        "{id: a, label: A, detector: list, terms: [x], min: 2}",
        "{id: a, label: A, detector: list, terms: [x], min_terms: 2}",
    ),
    (
        "{id: a, label: A, detector: number, min: 3}",
        "{id: a, label: A, detector: number, min_numbers: 3}",
    ),
    (
        "{id: a, label: A, detector: date, min: 3}",
        "{id: a, label: A, detector: date, min_dates: 3}",
    ),
    (
        "{id: a, label: A, detector: link, min: 2}",
        "{id: a, label: A, detector: link, min_links: 2}",
    ),
    (
        "{id: a, label: A, detector: image, min: 2}",
        "{id: a, label: A, detector: image, min_images: 2}",
    ),
]


@pytest.mark.parametrize(("old", "new"), OLD_AND_NEW)
def test_former_option_names_load_the_same_with_a_warning(tmp_path, old, new):
    old_req, warned = _load(tmp_path, old)
    new_req, none = _load(tmp_path, new)
    assert old_req == new_req
    assert not none
    assert warned
    for line in warned:
        assert line.startswith("[W330] b1.yaml, critère B1.C1.1, requires, exigence « a », clé « ")
        assert "ancien nom d'option" in line and "au lieu de" in line


def test_former_and_new_name_together_is_an_error(tmp_path):
    message = _errors(tmp_path, "{id: a, label: A, detector: number, min: 1, min_numbers: 2}")
    assert "« min » est l'ancien nom de « min_numbers », déjà donné" in message


def test_bundled_rules_use_the_new_names():
    from checker.ruleset import DEFAULT_RULES_DIR, _load_ruleset

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuleFileWarning)
        ruleset = _load_ruleset(DEFAULT_RULES_DIR)
    assert not ruleset.warnings


def test_docs_are_up_to_date():
    path = ROOT / "docs" / "rules.md"
    text = path.read_text(encoding="utf-8")
    assert updated(text, REGISTRY) == text, f"docs/rules.md est périmé : lancez `{COMMAND}`"
