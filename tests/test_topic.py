"""Real but incomplete work: a part on the criterion's topic makes it partial, never covered."""

from __future__ import annotations

import pytest

from checker.model import Status
from checker.testing import docmark

CRITERION = "B1.C1.3"  # the benchmark

OWN_WORK = (
    "## Veille concurrentielle\n"
    "Nous suivons depuis janvier trois boutiques qui vendent des thés en vrac : Palais des "
    "Thés, Kusmi Tea et la Route du Thé. Chaque mois nous relevons leurs nouveautés et leurs "
    "opérations sur Instagram dans un fichier partagé avec Léa, notre gérante, qui décide "
    "ensuite des thés à mettre en avant sur notre page d'accueil pour la saison."
)
GENERIC = (
    "## Veille concurrentielle\n"
    "La veille est une activité utile à toute entreprise qui vend en ligne. Elle consiste à "
    "observer régulièrement ce que font les autres acteurs du marché, à repérer les tendances "
    "et les bonnes idées, puis à s'en inspirer avec prudence pour sa propre stratégie "
    "commerciale et pour la communication de la marque auprès de ses clients."
)


@pytest.fixture()
def with_topic(engine, monkeypatch):
    monkeypatch.setitem(engine.topics, CRITERION, ["veille concurrentielle"])
    return engine


def _status(engine, text):
    criterion = engine.ruleset.criterion(CRITERION)
    return engine.assess_one(criterion, engine.context([docmark(text)]), [])


def test_a_section_of_own_work_on_the_topic_is_partial(with_topic):
    result = _status(with_topic, OWN_WORK)
    assert result.status is Status.PARTIAL
    assert "Le sujet est traité" in result.reason
    assert any(e.requirement == "sujet-traite" for e in result.evidence)


def test_without_a_topic_the_same_section_is_missing(engine, monkeypatch):
    monkeypatch.setitem(engine.topics, CRITERION, [])
    assert _status(engine, OWN_WORK).status is Status.MISSING


def test_the_rules_give_the_criterion_a_topic(engine):
    # The benchmark's topic names « veille concurrentielle » through the lexicon.
    assert _status(engine, OWN_WORK).status is Status.PARTIAL


@pytest.mark.parametrize(
    "text",
    [
        GENERIC,  # a course, nothing of the company
        OWN_WORK.replace("## Veille concurrentielle", "## Veille concurrentielle : à compléter"),
        "Veille concurrentielle ........ 4\n\n" + OWN_WORK.split("\n", 1)[1],  # TOC line
        "## Veille concurrentielle\nNous suivons Kusmi Tea depuis 2024.",  # too short
        OWN_WORK.replace("## Veille concurrentielle", "## Glossaire\n### Veille concurrentielle"),
        # The author says the part is not done: a to-do, a promise, a note to self.
        OWN_WORK + " Les prix restent à définir.",
        OWN_WORK + " Une grille comparative sera établie en mars.",
        OWN_WORK + " Pour les tarifs, voir avec Karim.",
    ],
)
def test_no_partial_from_traps_or_thin_content(with_topic, text):
    assert _status(with_topic, text).status is Status.MISSING


MEASURED = (
    "## Veille concurrentielle\n"
    "Nous avons relevé en mars les prix de trois boutiques de thés en vrac : le sachet de "
    "100 g coûte 9,50 € chez Palais des Thés, 12 € chez Kusmi Tea et 8 € chez la Route du "
    "Thé ; notre prix de 7,90 € est le plus bas. Les frais de port vont de 4,90 € à 6 €."
)


def test_measured_work_with_the_rest_promised_is_partial(with_topic):
    # Amounts gathered, the rest announced: real work left incomplete.
    text = MEASURED + " La comparaison des services sera faite en avril avec Léa."
    assert _status(with_topic, text).status is Status.PARTIAL


def test_a_promise_beside_a_single_figure_is_still_no_work(with_topic):
    text = (
        "## Veille concurrentielle\n"
        "Nous suivrons trois boutiques de thés en vrac, dont Palais des Thés et Kusmi Tea, à "
        "partir du mois prochain. Un tableau de leurs prix et de leurs services sera établi "
        "avec Léa, notre gérante, qui y consacrera une demi-journée par mois. Le budget de "
        "l'abonnement à l'outil de suivi est de 30 €."
    )
    assert _status(with_topic, text).status is Status.MISSING


def test_a_definition_does_not_count_as_the_candidates_words_on_the_topic(with_topic):
    defined = (
        "## Veille concurrentielle\n"
        "Définition : la veille concurrentielle est une démarche qui consiste à surveiller "
        "les offres, les prix et la communication des concurrents afin d'anticiper leurs "
        "mouvements et d'adapter sa propre stratégie commerciale en conséquence. "
        "Chez Thé Brumes, le devis de l'outil Digimind (90 € par mois) attend l'accord de Léa."
    )
    assert _status(with_topic, defined).status is Status.MISSING
    # The same words with the company's own work beside them stay partial.
    assert _status(with_topic, OWN_WORK + "\n\n" + defined.split("\n", 1)[1]).status is (
        Status.PARTIAL
    )


def test_a_filled_table_named_by_the_topic_is_partial(with_topic):
    table = (
        "| Veille concurrentielle | Janvier | Février |\n"
        "| Palais des Thés | coffret Saint-Valentin | soldes -20 % |\n"
        "| Kusmi Tea | nouveau thé glacé | livraison offerte |\n"
    )
    assert _status(with_topic, table).status is Status.PARTIAL
    empty = "| Veille concurrentielle | Janvier | Février |\n| Palais | | |\n| Kusmi | | |\n"
    assert _status(with_topic, empty).status is Status.MISSING


def test_one_row_on_the_topic_does_not_make_the_table_about_it(with_topic):
    # An action plan with a « veille concurrentielle » line is about the actions.
    plan = (
        "| Action | Responsable | Échéance |\n"
        "| Refaire les fiches produits | Léa | mars 2026 |\n"
        "| Veille concurrentielle | Hugo | avril 2026 |\n"
        "| Lancer la newsletter | Léa | mai 2026 |\n"
    )
    assert _status(with_topic, plan).status is Status.MISSING


DECK = (
    "## 1. Qui sommes-nous\nThé Brumes vend des thés en vrac depuis 2019 à Nantes.\n"
    "## 3. Benchmark\nTrois boutiques comparées en mars 2026.\n"
    "|  | Thé Brumes | Palais des Thés | Kusmi Tea |\n"
    "| Prix d'entrée | 6 € | 9 € | 12 € |\n"
    "| Livraison | 48 h | 72 h | 48 h |\n"
    "| Note Google | 4,7 | 4,5 | 4,2 |\n"
    "| Instagram | 3 200 | 120 000 | 600 000 |\n"
)
REPORT = (
    "## 1. Présentation\nThé Brumes est une boutique nantaise de thés en vrac.\n"
    "## 2. La concurrence\nNous avons comparé nos prix, nos délais et nos avis à ceux de deux "
    "grandes marques. Ce qui ressort : nous sommes moins chers que Palais des Thés et Kusmi "
    "Tea, mais bien moins visibles sur Instagram ; notre avantage concurrentiel est le conseil "
    "en boutique, que nous devons mettre en avant en ligne.\n"
    "## 4. Budget\nLe budget 2026 est de 4 000 €.\n"
)


def test_pieces_in_two_files_each_in_a_part_on_the_topic_go_together(engine):
    from checker.testing import docmark

    criterion = engine.ruleset.criterion(CRITERION)
    ctx = engine.context([docmark(REPORT, "dossier"), docmark(DECK, "soutenance")])
    assert engine.assess_one(criterion, ctx, []).status is Status.COVERED
    # The table under a heading that does not name the topic: the pieces stay apart.
    other = DECK.replace("## 3. Benchmark", "## 3. Nos prix et les leurs")
    ctx = engine.context([docmark(REPORT, "dossier"), docmark(other, "soutenance")])
    assert engine.assess_one(criterion, ctx, []).status is not Status.COVERED
