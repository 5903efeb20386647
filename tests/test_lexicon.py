"""The shared concept lexicon (rules/lexique.yaml) and proximity terms (« A ~N B »)."""

from __future__ import annotations

import shutil

import pytest

from checker.errors import RuleFileError
from checker.ruleset import DEFAULT_RULES_DIR, _Problems, _requirement, load_ruleset
from checker.ruleset.lexicon import Concept, Lexicon, load_lexicon, parse_proximity

from .test_match import satisfied


def _lexicon() -> Lexicon:
    return Lexicon(
        {
            "veille": Concept("veille", "veille", ("benchmark", "étalonnage")),
            "moteur": Concept("moteur", "moteur", ("seo", "référencement")),
            "cles": Concept("cles", "mots-clés", ("mots-clés ~6 @moteur", "keywords")),
        }
    )


def _terms_req(terms, lexicon=None):
    problems = _Problems(lexicon or _lexicon())
    req = _requirement(
        {"id": "r", "label": "r", "detector": "terms", "terms": terms}, "test", problems
    )
    return req, problems.lines


def test_concept_reference_expands_to_its_forms():
    req, errors = _terms_req(["@veille", "analyse comparative"])
    assert not errors
    assert req.options.terms == ("benchmark", "étalonnage", "analyse comparative")


def test_concept_inside_proximity_becomes_alternatives():
    req, errors = _terms_req(["@cles"])
    assert not errors
    assert req.options.terms == ("mots-clés ~6 seo|référencement", "keywords")


def test_unknown_concept_is_a_french_error_with_a_suggestion():
    _req, errors = _terms_req(["@veile"])
    assert errors and "concept inconnu « @veile »" in errors[0]
    assert "« @veille »" in errors[0]


@pytest.mark.parametrize(
    ("term", "message"),
    [
        ("mots-clés ~0 seo", "distance entre 1"),
        ("mots-clés ~5 seo ~6 sea", "une seule distance"),
        ("mots-clés ~5 re:seo", "pas d'expression régulière"),
    ],
)
def test_malformed_proximity_terms_are_refused(term, message):
    with pytest.raises(ValueError, match=message):
        parse_proximity(term)
    _req, errors = _terms_req([term])
    assert errors and message in errors[0]


def test_circular_concepts_are_reported(tmp_path):
    (tmp_path / "lexique.yaml").write_text(
        "concepts:\n  a: {label: A, forms: ['@b']}\n  b: {label: B, forms: ['@a']}\n",
        encoding="utf-8",
    )
    problems = _Problems()
    load_lexicon(tmp_path, problems)
    assert any("référence circulaire" in line for line in problems.lines)


def test_rule_folder_with_unknown_concept_fails_to_load(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    text = (rules / "b1.yaml").read_text(encoding="utf-8")
    (rules / "b1.yaml").write_text(text.replace('"@benchmark"', '"@benchmarc"', 1), "utf-8")
    with pytest.raises(RuleFileError) as error:
        load_ruleset(rules)
    assert "concept inconnu « @benchmarc »" in str(error.value)


def test_bundled_lexicon_is_used_by_rules(ruleset):
    problems = _Problems()
    lexicon = load_lexicon(DEFAULT_RULES_DIR, problems)
    assert not problems.lines
    for name in ("swot", "benchmark", "processus-achat", "roi", "mots-cles", "partenaire"):
        assert name in lexicon
    rule_text = "".join(p.read_text("utf-8") for p in DEFAULT_RULES_DIR.glob("b*.yaml"))
    assert "@swot" in rule_text and "@benchmark" in rule_text


# -- matching -----------------------------------------------------------------------
def _req(terms):
    req, errors = _terms_req(terms)
    assert not errors
    return req


def test_proximity_finds_words_within_the_window(engine):
    req = _req(["mots-clés ~6 seo|référencement"])
    assert satisfied(engine, req, "Nous avons choisi 40 mots-clés pour le référencement du site.")
    assert satisfied(engine, req, "Le SEO de la boutique repose sur 40 mots-clés de longue traîne.")


def test_proximity_fails_beyond_the_window_or_across_blocks(engine):
    req = _req(["mots-clés ~6 seo|référencement"])
    far = (
        "Les mots-clés servent à ranger les fiches du catalogue par couleur, matière, "
        "taille, saison et usage depuis des années, bien avant tout travail de référencement."
    )
    assert not satisfied(engine, req, far)
    assert not satisfied(engine, req, "Mots-clés des fiches produits.\n\nLe SEO viendra plus tard.")


def test_false_friend_needs_its_context(engine):
    req = _req(["@cles"])
    # CMS product tags: « mots-clés » with no search word near it.
    assert not satisfied(
        engine, req, "Chaque produit reçoit des mots-clés dans Shopify : bleu, coton, été."
    )
    assert satisfied(engine, req, "Liste de mots-clés SEO retenus avec leur volume mensuel.")


def test_a_person_introduced_with_a_role_is_found_by_first_name(engine):
    """« alias: »: the people the document introduces with one of the roles, found again
    by their name as written; a person introduced with another role, a capitalised word
    that starts a sentence, or the same word in lower case are not found."""
    req = _req(["alias:gérant,gérante,dirigeante ~4 consignes|règles"])
    intro = "## L'entreprise\nHervé Mignot, le gérant, a repris la cave en 2012.\n"
    assert satisfied(engine, req, intro + "## Le site\nLes règles de Hervé pour le site.")
    assert satisfied(engine, req, intro + "## Le site\nLes consignes de Hervé Mignot.")
    before = "## L'équipe\nLa dirigeante, Inès Morel, suit le projet.\n"
    assert satisfied(engine, req, before + "## Le site\nLes consignes d'Inès.")
    both = "Antoine et Sophie Wendling, co-gérants de la ferme.\n\n"
    assert satisfied(engine, req, both + "Les règles de Sophie pour les paniers.")
    # another role, no introduction, a sentence's first word, a lower-case word
    client = "Pierre Durand, notre client, commande chaque mois.\n\n"
    assert not satisfied(engine, req, client + "Les consignes de Pierre pour commander.")
    assert not satisfied(engine, req, "Les consignes de Hervé pour le site.")
    assert not satisfied(engine, req, "Le gérant, Le Site, consignes.\n\nLes consignes de Le.")
    rose = "Rose Martin, la gérante, tient la boutique.\n\n"
    assert not satisfied(engine, req, rose + "Les consignes rose du catalogue.")
    assert satisfied(engine, req, rose + "Les consignes de Rose.")


def test_alias_terms_are_checked(tmp_path):
    assert _terms_req(["alias:gérant,gérante"])[1] == []
    assert any("rôle attendu" in line for line in _terms_req(["alias: ,"])[1])
