"""A point of the criterion named and left blank makes the work unfinished."""

from __future__ import annotations

from checker.model import Status
from checker.testing import docmark

BENCHMARK = (
    "## Benchmark concurrentiel\n"
    "| Critère | Atelier Lune | Thés Brumes | Kusmi Tea |\n"
    "| Prix du sachet de 100 g | 8 € | 9,50 € | 12 € |\n"
    "| Livraison | 48 h | 72 h | 24 h |\n"
    "| Avis clients | 4,7/5 | 4,4/5 | 4,1/5 |\n"
    "Kusmi Tea est le plus rapide, mais le plus cher. À retenir : Atelier Lune peut se "
    "démarquer par la fraîcheur de ses récoltes ; en revanche nos délais de 48 h sont un point "
    "faible à corriger avec un second transporteur.\n"
)


def _status(engine, text):
    criterion = engine.ruleset.criterion("B1.C1.3")
    return engine.assess_one(criterion, engine.context([docmark(text)]), [])


def test_a_blank_item_of_the_criterion_in_its_part_makes_it_partial(engine):
    assert _status(engine, BENCHMARK).status is Status.COVERED
    blank = _status(engine, BENCHMARK + "- Frais de port :\n")
    assert blank.status is Status.PARTIAL
    assert "laisse un point vide (« Frais de port : »)" in blank.reason
    todo = _status(engine, BENCHMARK + "- Service client : à compléter\n")
    assert todo.status is Status.PARTIAL


def test_a_blank_item_of_another_topic_or_part_changes_nothing(engine):
    # Not a point of the benchmark: a blank « Équipe : » says nothing of it.
    assert _status(engine, BENCHMARK + "- Équipe :\n").status is Status.COVERED
    # A blank point in another part of the dossier.
    other = BENCHMARK + "## Annexe : fiche de poste\n- Livraison :\n"
    assert _status(engine, other).status is Status.COVERED
    # A label followed by its value is no blank.
    assert _status(engine, BENCHMARK + "- Frais de port : 4,90 €\n").status is Status.COVERED


def test_a_list_with_an_item_left_blank_is_unfinished(engine):
    from checker.match import evaluate
    from checker.match.context import Context
    from checker.match.guards import EchoGuard
    from tests.test_match import requirement

    req = requirement(detector="list", min_items=3)
    done = "## KPI\n- Trafic : 12 000 visites\n- Rebond : 48 %\n- Panier moyen : 41 €\n"
    for text, expected in ((done, 1.0), (done + "- Temps de chargement :\n", 0.5)):
        ctx = Context(engine.context([docmark(text)]).docs, engine.patterns, EchoGuard([]))
        assert evaluate(req, ctx).score == expected, text


def test_a_table_row_of_the_criterion_left_blank_makes_it_partial(engine):
    row = "| Frais de port | | | |\n"
    table_end = BENCHMARK.index("Kusmi Tea est")
    blank = BENCHMARK[:table_end] + row + BENCHMARK[table_end:]
    result = _status(engine, blank)
    assert result.status is Status.PARTIAL
    assert "« Frais de port »" in result.reason
    # « à mesurer » left in the row's cells is the same blank.
    todo = blank.replace(row, "| Frais de port | à mesurer | à mesurer | — |\n")
    assert _status(engine, todo).status is Status.PARTIAL
    # Dashes say « not applicable », and a Gantt chart's « X » marks are content.
    for cells in ("| — | — | — |", "| X | | |"):
        assert _status(engine, blank.replace("| | | |", cells)).status is Status.COVERED, cells
    # A row of another topic left blank says nothing of the benchmark.
    other = blank.replace("Frais de port", "Équipe")
    assert _status(engine, other).status is Status.COVERED


def test_a_blank_row_counts_in_a_table_filled_more_than_half(engine):
    """A table more than half filled is no sparse grid (a Gantt chart's empty
    cells): a point of the criterion left blank in it leaves the work unfinished."""
    rows = "| Frais de port | | | |\n| Paiement | CB | | |\n| Retours | | | |\n"
    table_end = BENCHMARK.index("Kusmi Tea est")
    half = BENCHMARK[:table_end] + rows + BENCHMARK[table_end:]  # 10 of 18 cells filled
    result = _status(engine, half)
    assert result.status is Status.PARTIAL
    assert "« Frais de port »" in result.reason


def test_a_row_heading_enumerated_rows_under_it_is_not_left_blank(engine):
    """An empty row whose next rows enumerate under it (« Frais de port, par offre | | »
    then « 1. Colissimo | … », « 2. Relais | … ») groups them; it leaves nothing blank."""
    group = (
        "| Frais de port, par offre | | | |\n"
        "| 1. Colissimo | 6,90 € | 7,50 € | 5,90 € |\n"
        "| 2. Point relais | 3,90 € | 4,20 € | offert |\n"
    )
    table_end = BENCHMARK.index("Kusmi Tea est")
    grouped = BENCHMARK[:table_end] + group + BENCHMARK[table_end:]
    assert _status(engine, grouped).status is Status.COVERED
    # Rows that do not enumerate under it: the point is left blank.
    flat = grouped.replace("| 1. Colissimo", "| Colissimo").replace("| 2. Point", "| Point")
    assert _status(engine, flat).status is Status.PARTIAL
