"""For EVERY auto criterion, traps built from its own words are never "covered".

The four traps of the guide: a table-of-contents line, a negation, a to-do,
an empty heading (the criterion sentence or a rule term with nothing under
it); and what is not the candidate's work: a subject's grading instructions,
course definitions, notes to self. A false "covered" is the worst bug, so
this runs on every criterion.
"""

from __future__ import annotations

import pytest

from checker.model import Status
from checker.testing import docmark

from .conftest import loadable_blocs


def _words(criterion) -> list[str]:
    terms = []
    for req in (*criterion.requires, *criterion.supports):
        terms.extend(t for t in req.terms() if not t.startswith("re:"))
    seen = []
    for term in terms:
        if term not in seen:
            seen.append(term)
    return seen[:12]


def _traps(criterion) -> dict[str, str]:
    words = _words(criterion)
    title = criterion.text.rstrip(".")
    return {
        "toc": "\n".join(
            [
                f"{n}. {w.capitalize()} ........................ {n + 3}"
                for n, w in enumerate(words, start=1)
            ]
            + [f"{title} ........ 2"]
        ),
        "negation": "\n\n".join(f"Nous n'avons pas encore de {w} pour le moment." for w in words),
        "todo": "\n\n".join(f"{w.capitalize()} : à compléter." for w in words),
        "empty-heading": "\n".join(
            [f"## {title}", "## Annexes"]
            + [f"### {w.capitalize()}" for w in words]
            + ["## Conclusion"]
        ),
        "instructions": "\n".join(
            ["## Éléments attendus", "Accepter toute réponse pertinente."]
            + [f"- {w.capitalize()}" for w in words]
            + ["| Élément attendu | Points |"]
            + [f"| {w} | 1 |" for w in words]
        ),
        "definition": "\n\n".join(
            f"Le {w} est un élément qui permet de mieux vendre en ligne." for w in words
        ),
        "note": "\n\n".join(f"{w.capitalize()} : je ne sais pas, demander à Karim." for w in words),
    }


def _cases():
    cases = []
    for _name, bloc, _error in loadable_blocs():
        if bloc is None:
            continue
        for criterion in bloc.criteria:
            if criterion.assessment != "auto":
                continue
            for trap in (
                "toc",
                "negation",
                "todo",
                "empty-heading",
                "instructions",
                "definition",
                "note",
            ):
                cases.append(pytest.param(criterion.id, trap, id=f"{criterion.id}-{trap}"))
    return cases


@pytest.mark.parametrize(("criterion_id", "trap"), _cases())
def test_trap_is_never_covered(engine, criterion_id, trap):
    criterion = engine.ruleset.criterion(criterion_id)
    text = _traps(criterion)[trap]
    result = engine.assess_one(criterion, engine.context([docmark(text)]), [])
    assert result.status is not Status.COVERED, (
        f"{criterion_id} piège « {trap} » compté couvert : {result.reason}\n{text}"
    )


NEGATED_SENTENCES = [
    "nous n'avons pas encore de swot",
    "le benchmark n'est jamais mis a jour",
    "je ne l'ai pas termine",
    "aucune persona n'a ete definie",
    "absence de tableau de bord",
    "faute d'outil, rien n'est mesure",
    "manque d'indicateurs",
    "sans aucun calcul",
    "lance sans avoir fait de test",
    "ni budget ni planning",
    "objectifs non definis",
    "le swot est absent de ce dossier",
    "on ne le fait plus",
    "ce n'est point fini",
]


@pytest.mark.parametrize("sentence", NEGATED_SENTENCES)
def test_every_negation_holds_a_prefilter_word(sentence):
    # The sentence guard skips the clause analysis when no negation word is in the
    # sentence: that is only sound if every negation holds one.
    from checker.match.guards import _NEGATION, _NEGATION_WORD

    assert _NEGATION.search(sentence)
    assert _NEGATION_WORD.search(sentence)
    # The same words glued to others are no negation, and no pre-filter word.
    assert not _NEGATION_WORD.search("passage pointu plusieurs nippon nonobstant")


@pytest.mark.parametrize(
    "sentence",
    [
        # what a service spares its customer, not work left undone
        "commander en ligne sans avoir a se deplacer",
        "la cagette arrive chaque lundi sans avoir besoin de recommander",
    ],
)
def test_sans_avoir_a_describes_a_service(sentence):
    from checker.match.guards import _NEGATION

    assert not _NEGATION.search(sentence)
