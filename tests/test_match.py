"""Unit tests per evidence kind (detector), per guard, and for French figures."""

from __future__ import annotations

import re

import pytest

from checker.match import evaluate
from checker.match.guards import EchoGuard, is_placeholder
from checker.match.values import (
    check_roi,
    count_dates,
    count_numbers,
    goal_deadlines,
    money_values,
    only_goals,
    without_goals,
)
from checker.nlp.text import fold
from checker.ruleset import _Problems, _requirement
from checker.testing import docmark


def requirement(**data):
    problems = _Problems()
    req = _requirement({"id": "r", "label": "r", **data}, "test", problems)
    assert not problems.lines, problems.lines
    return req


def outcome(engine, req, text: str):
    from checker.match.context import Context
    from checker.match.index import compile_term
    from checker.nlp.pipeline import lemmatize_terms

    terms = req.terms()
    analysed = lemmatize_terms(terms)
    patterns = {t: compile_term(t, analysed) for t in terms}
    base = engine.context([docmark(text)])
    ctx = Context(base.docs, patterns, EchoGuard([]))
    return evaluate(req, ctx)


def satisfied(engine, req, text: str) -> bool:
    return outcome(engine, req, text).satisfied


# -- French figures --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kinds", "count"),
    [
        ("Budget : 1 234,56 € et 15 k€", ["money"], 2),
        ("Taux de rebond 42,5 % contre 38 %", ["percent"], 2),
        ("ROAS x3,2", ["ratio"], 1),
        ("412 répondants en avril 2025", ["count"], 1),
        ("Note moyenne 4,3/5", ["count"], 1),
        # A pointer into the dossier is no figure of the company.
        ("Voir la partie 3.1 et l'annexe 2, p. 12", ["count"], 0),
        ("3.1.2 Nos cibles", ["any"], 0),
        ("Nous avons 3 boutiques (voir section 2)", ["count"], 1),
        # A figure glued to its period; a date or a score is not one.
        ("Recherches : 800/mois → 1 750/mois", ["count"], 2),
        ("Relevé du 12/03, note 8/10", ["count"], 1),
        # A rank where positions are spoken of; an ordinal date or period is not one.
        ("Requête « canne carpe » : de la 14e à la 3e position", ["count"], 2),
        ("Sur Google, « vélo cargo » 31e → 6e", ["count"], 2),
        ("Classement : du 1er avril au 3e trimestre, aucune page suivie", ["count"], 0),
        ("Le 2e atelier a réuni 8 clients", ["count"], 1),
    ],
)
def test_count_numbers(text, kinds, count):
    assert count_numbers(fold(text), kinds) == count


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        ("• Augmenter le panier moyen de 42 € à 50 €.", 0),
        ("Nous visons un temps passé de 60 s contre 40 s aujourd'hui.", 0),
        ("Objectif : 300 inscrits. En mai : 212 inscrits, 4 % de désabonnés.", 2),
        ("Le panier moyen est passé de 42 € à 50 € en mai.", 2),
        ("Visites | 9 200 | +12 %", 2),
    ],
)
def test_goal_clauses_are_not_measures(text, measured):
    assert count_numbers(without_goals(fold(text)), ["any"]) == measured


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("En 2025, le site a réalisé 210 000 € de chiffre d'affaires.", 0),
        ("L'objectif est de vendre 40 box avant juin. Le CA 2025 était de 90 k€.", 1),
        ("Porter le panier moyen de 42 € à 50 € d'ici décembre.", 2),
        ("Indicateur | Aujourd'hui | Visé \n Commandes | 310 | 380", 1),
        # A row labelled by a goal word (a transposed table), a hoped-for column.
        ("Poste | SEO | SEA \n Outils | 300 € | 0 € \n Recettes attendues | 9 000 € | 12 000 €", 2),
        ("Canal | Coût | Recettes espérées \n Emailing | 400 € | 5 000 €", 1),
        # An OKR table's English headers.
        ("Metric | Baseline | Target \n Trial signups | 120 | 200", 1),
        ("KPI | Now | Goal \n Churn | 6 % | 4 %", 1),
    ],
)
def test_only_goal_sentences_and_columns_are_targets(text, targets):
    assert count_numbers(only_goals(fold(text)), ["any"]) == targets


def test_a_deadline_year_is_a_date_in_goals_only():
    kinds = ("date", "period", "duration")
    assert count_dates(fold("Cible fin 2026, horizon 2028"), kinds) == 2
    goals = only_goals(fold("Nous avons fixé les objectifs suivants pour 2026 : 40 box."))
    assert count_dates(goal_deadlines(goals), kinds) == 1
    assert count_dates(fold("Créée en 2019, la boutique vend des box."), kinds) == 0


def test_money_scales_k_and_m():
    assert money_values(fold("15 k€ puis 2,5 M€ et 1 200 €")) == [15_000, 2_500_000, 1_200]


@pytest.mark.parametrize(
    ("text", "kinds", "minimum"),
    [
        ("Lancement le 12/03/2025", ["date"], 1),
        ("Campagne en mars 2025, semaine 12", ["date"], 2),
        ("Au T2 puis S1 2026 et au 1er trimestre", ["period"], 3),
        ("Soldes d'été et Black Friday", ["period"], 2),
        ("Rédaction : 3 semaines, intégration 10 jours", ["duration"], 2),
    ],
)
def test_count_dates(text, kinds, minimum):
    assert count_dates(fold(text), kinds) >= minimum


def test_a_day_and_month_without_the_year_is_a_date_but_a_mark_is_not():
    assert count_dates(fold("Rédaction du 06/01 au 20/01, mise en ligne le 15/03"), ["date"]) == 3
    for mark in ("Note 4/5", "Moyenne 15/20", "Service 10/10", "Support 24/7", "1/3 des avis"):
        assert count_dates(fold(mark), ["date"]) == 0, mark


@pytest.mark.parametrize(
    ("text", "consistent"),
    [
        ("ROI = (12 000 € - 4 000 €) / 4 000 € = 200 %", True),
        ("ROI = (12 000 € - 4 000 €) / 4 000 € = 350 %", False),
        ("ROAS = 8 400 € / 2 100 € = 4", True),
        ("(9 800 € de marge brute - 2 450 € de dépenses) / 2 450 € = 3, soit 300 %", True),
        ("CA généré 12 000 €, coût 4 000 €, soit un ROI de 200 %", True),
        ("CA généré 12 000 €, coût 4 000 €, soit un ROI de 350 %", False),
        ("Le ROI est excellent", None),
    ],
)
def test_roi_is_recomputed(text, consistent):
    assert check_roi(fold(text)).consistent is consistent


# -- guards ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Nous n'avons pas encore réalisé de SWOT pour l'entreprise.",
        "Aucun benchmark n'a été mené sur la concurrence.",
        "SWOT : à compléter.",
        "TODO : SWOT de l'entreprise.",
        "Le SWOT sera réalisé plus tard.",
        "Nous ferons le SWOT plus tard, quand les ventes de l'année seront connues.",
        "Le SWOT de l'entreprise sera présenté dans une prochaine version.",
        "Les forces (notoriété, prix) ne sont pas encore identifiées dans un SWOT.",
        "Un manque de SWOT fragilise le dossier.",
        "Statut du SWOT : « non réalisé ».",
        "SWOT de la boutique (« pas encore fait »).",
        # A contrast after a comma stays with its own words; « X, pas encore fait » is a
        # status, not a contrast.
        "Le SWOT, pas encore fait faute de données.",
        "Les concurrents sont listés, pas de benchmark.",
        "SWOT « pas encore fait » pour la boutique.",
        # A noun's negation right after the hit is about the hit.
        "Le SWOT : pas de données chiffrées.",
        "SWOT de la boutique, aucune analyse.",
        # A limit or a share that is not a finding keeps its negation.
        "Nous ne voulons pas de SWOT cette année.",
        # An elided pronoun before the verb; a negated main clause before its cause.
        "Le SWOT a été commencé, je ne l'ai pas terminé.",
        "Pas de SWOT pour l'instant, parce que les chiffres de vente manquent.",
        "Le SWOT n'est pas prêt car la gérante doit encore le relire.",
        # A negated consequence keeps its negation.
        "Pas de budget cette année, donc pas de SWOT.",
        # Left to decide with someone; fixed only in the future.
        "Axes du SWOT : à définir avec la gérante en janvier.",
        "Les axes du SWOT seront fixés à la rentrée.",
        # Work still owed, in the passive of obligation.
        "Les axes du SWOT devront être définis et classés au printemps.",
        "Un benchmark devra encore être mené avant la refonte.",
        # The author's own work denied after a comma, or its state told with être.
        "Le SWOT est prévu, nous n'avons pas eu le temps de le faire.",
        "Le SWOT a été lancé, les entretiens ne sont pas encore analysés.",
        # Left to decide later, a decision still to take, a point left to check.
        "Nous hésitons encore entre deux outils pour le SWOT : Miro ou un tableur.",
        "Axes du SWOT : à définir en juin.",
        "Nous définirons les axes du SWOT après les fêtes.",
        "Benchmark des concurrents : à vérifier.",
        # A template's slot left as written, whatever its words.
        "[Présentez ici le SWOT de l'entreprise et le benchmark de trois concurrents. "
        "Une page au plus.]",
        "(Complétez le SWOT : forces, faiblesses, opportunités, menaces.)",
    ],
)
def test_guarded_sentences_are_not_evidence(engine, text):
    req = requirement(detector="terms", terms=["swot", "benchmark"])
    assert not satisfied(engine, req, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le SWOT montre une forte notoriété locale.",
        # An obligation on something else than work owed; a bracketed aside of the writer's.
        "Le SWOT conclut que le site devra être plus rapide sur mobile.",
        # Another subject, named, that does not do something: a clause of its own.
        "Selon notre SWOT, on garde la préparation en interne, le prestataire ne peut pas suivre.",
        "Le SWOT retient Colissimo, le concurrent ne livre pas en point relais.",
        # The reason for a choice, « et pas d'autres »: no absence.
        "Pourquoi ces trois concurrents dans le SWOT et pas d'autres ? Ils vendent en ligne.",
        # A hesitation told in the past, then the choice: a decision made.
        "Nous avons hésité entre deux outils, puis retenu Miro pour le SWOT.",
        # A schedule of actions in the future is a plan, not work put off.
        "Nous lancerons la campagne le 3 mars, comme le SWOT le recommande.",
        # A specification states what a provider will build in the future of obligation.
        "Cahier des charges issu du SWOT : le module de paiement devra être intégré à "
        "Shopify et testé avant l'ouverture.",
        "Notre SWOT (présenté en réunion le 3 mars) a fixé trois priorités.",
        "[1] SWOT réalisé avec l'équipe en mars : trois forces, deux menaces.",
        "L'objectif de 2 % n'est pas atteint : le SWOT explique l'écart.",
        "Nous livrerons au plus tard le 3 mars, comme le montre le SWOT.",
        # A delay in a story of what happened, not work put off.
        "Trois mois plus tard, le SWOT a montré que la boutique avait gagné des clientes.",
        "Nous avons manqué de temps en décembre, comme le montre le SWOT.",
        "Le blog « Les Petits Pas de Lou » figure dans notre SWOT.",
        "Notre boutique « Ni Vu Ni Connu » a réalisé son SWOT en mars.",
        # An audit's finding on the state before the work, a comparison.
        "Avant notre SWOT, les CGV n'indiquaient pas le délai de rétractation.",
        "Selon notre SWOT, Colissimo n'est pas le moins cher, mais il est le plus fiable.",
        "Le taux de rebond n'atteint pas l'objectif de 40 %, comme le SWOT l'annonçait.",
        # A contrast after a comma is a clause of its own.
        "Le SWOT a guidé nos choix, jamais l'intuition du moment.",
        "Le SWOT tranche : on coupe la ligne d'affichage, pas de rallonge budgétaire.",
        "Nous avons retenu le SWOT comme base, et non une simple liste d'idées.",
        # A noun's negation far after the hit qualifies its own noun.
        "Le SWOT retient nos atouts : recettes maison, circuit court, absence de sel ajouté.",
        # A quoted label or customer's words far from the hit do not negate it.
        "Le SWOT a conduit à afficher sur chaque fiche le bandeau "
        "« Aucun frais de retour sous 30 jours ».",
        "Le SWOT relève ce verbatim d'une cliente interrogée : "
        "« je ne retrouve jamais mon panier ».",
        # A quote announced as a text shown (« la mention « … » ») is a label, however
        # close or long: not the hit's status.
        "Nous affichons le SWOT et la mention « Vos données ne sont jamais revendues ».",
        "Le SWOT a conduit au bandeau « Vos données bancaires ne sont jamais stockées sur "
        "notre site ni transmises à des tiers » sous le bouton.",
        # Adding, not denying; a ceiling; what a measured share did not do.
        "Notre SWOT ne se limite pas aux ventes : il couvre aussi la logistique.",
        "Le SWOT fixe une règle : la refonte ne doit pas dépasser 8 000 €.",
        "Le SWOT impose que la refonte ne dépasse pas 8 000 € et n'excède pas six semaines.",
        "Le SWOT le confirme : 7/10 testeurs n'avaient jamais vu le bouton de paiement.",
        "Le SWOT le confirme : 62 % des visiteurs mobiles ne vont pas au-delà du panier.",
        # A cause is a clause of its own; a hedge qualifies, it does not deny.
        "Nous suivons le SWOT parce que la concurrence ne baisse pas ses prix.",
        "Le SWOT guide nos choix, car une erreur de prix ne pardonne pas en décembre.",
        "Le SWOT a été présenté à la gérante, puisqu'elle ne connaissait pas la méthode.",
        "Le SWOT montre que le prix n'est pas forcément le frein principal.",
        # A consequence after a comma is a clause of its own: the next step, done.
        "Un total ne dit pas grand-chose, alors le SWOT a été fait rayon par rayon.",
        "La moyenne ne suffisait pas, donc nous avons repris le SWOT pour chaque boutique.",
        # Decided, not left to decide.
        "Le SWOT a fixé trois axes, définis avec la gérante en janvier.",
    ],
)
def test_plain_sentences_are_evidence(engine, text):
    req = requirement(detector="terms", terms=["swot"])
    assert satisfied(engine, req, text)


def test_a_relative_clause_ends_at_its_comma(engine):
    """A relative clause's negation stays in it; the main clause goes on after its comma."""
    req = requirement(detector="terms", terms=["hotjar"])
    assert satisfied(
        engine,
        req,
        "J'ai installé Hotjar en mai pour voir où les clientes ne trouvent pas le bouton, "
        "et nous l'avons déplacé.",
    )
    assert not satisfied(
        engine,
        req,
        "J'ai installé Hotjar en mai pour voir où les clientes bloquent, les enregistrements "
        "ne sont pas encore analysés.",
    )


def test_terms_with_numbers_need_figures_in_the_block(engine):
    req = requirement(detector="terms", terms=["taux de clic"], numbers=2)
    assert satisfied(engine, req, "Le taux de clic passe de 2,1 % à 3,4 % en avril.")
    assert not satisfied(engine, req, "Le taux de clic mesure l'attrait d'une annonce.")
    # years are not figures of a reading; a negated sentence's figures do not count
    assert not satisfied(engine, req, "En 2024 puis en 2025, le taux de clic a été suivi.")
    assert not satisfied(engine, req, "Le taux de clic de 3 % est notre repère.")  # one figure
    assert not satisfied(
        engine,
        req,
        "Le taux de clic est notre indicateur principal. "
        "Nous ne connaissons pas encore ses valeurs, ni 2 % ni 3 %.",
    )


def test_hidden_link_is_not_evidence(engine):
    """A link in white or invisible text is no more evidence than the text itself."""
    from dataclasses import replace

    from checker.match.context import Context

    req = requirement(detector="link", near=["analytics"])
    doc = docmark("Notre suivi : [GA4](https://analytics.google.com).")
    hidden = replace(doc, blocks=tuple(replace(b, hidden=True) for b in doc.blocks))
    for document, expected in ((doc, True), (hidden, False)):
        ctx = Context(engine.context([document]).docs, engine.patterns, EchoGuard([]))
        assert evaluate(req, ctx).satisfied is expected


def test_glossary_is_not_evidence(engine):
    """A glossary defines words: its KPI list shows no chosen indicator."""
    kpis = requirement(
        detector="list",
        min_items=3,
        min=3,
        terms=["taux de conversion", "panier moyen", "taux de rebond"],
    )
    terms = requirement(detector="terms", terms=["taux de conversion"])
    glossary = (
        "## 7. Glossaire\n"
        "- Taux de conversion : part des visites qui aboutissent à une commande.\n"
        "- Panier moyen : montant moyen d'une commande.\n"
        "- Taux de rebond : part des visites d'une seule page.\n"
    )
    assert not satisfied(engine, kpis, glossary)
    assert not satisfied(engine, terms, glossary)
    chosen = glossary.replace("7. Glossaire", "7. Indicateurs retenus")
    assert satisfied(engine, kpis, chosen)
    assert satisfied(engine, terms, chosen)


@pytest.mark.parametrize(
    "heading",
    [
        "Annexe 2 – Sites consultés",
        "8. Bibliographie",
        "Webographie et sources",
        "Sources",
        "Sources :",
    ],
)
def test_a_bibliography_is_not_evidence(engine, heading):
    """Sources name what was read (« le site de la CNIL, consulté pour… »), not what
    was done; « Références clients » is the candidate's own portfolio."""
    req = requirement(detector="terms", terms=["mise en conformité"], near=["CNIL"])
    sources = f"## {heading}\n- Guide de la CNIL, consulté pour préparer la mise en conformité.\n"
    assert not satisfied(engine, req, sources)
    assert satisfied(engine, req, sources.replace(heading, "Références clients"))
    assert satisfied(engine, req, sources.replace(heading, "Sources de trafic"))
    # A line naming where a table's figures come from is no list of readings.
    data = sources.replace(heading, "Sources : Keyword Planner + Search Console + Ubersuggest")
    assert satisfied(engine, req, data)


@pytest.mark.parametrize(
    "line",
    [
        "→ à rédiger",
        "=> à compléter",
        "Budget : à définir",
        "À évaluer",
        "Charge : à estimer",
        "À déterminer avec l'agence",
    ],
)
def test_arrowed_to_do_lines_are_placeholders(line):
    assert is_placeholder(line)


@pytest.mark.parametrize(
    ("line", "left_to_the_oral"),
    [
        ("(captures présentées à l'oral)", True),
        ("Démonstration en soutenance.", True),
        ("Voir à l'oral", True),
        ("Les paramétrages seront montrés lors de la soutenance", True),
        # A report presented orally to someone is a fact, not a part left out.
        ("Le bilan a été présenté à l'oral au comité de direction le 12 mars", False),
        ("Je prépare l'oral de soutenance avec ma tutrice", False),
    ],
)
def test_content_left_to_the_oral_is_a_to_do(line, left_to_the_oral):
    from checker.match.structure import is_todo

    assert is_todo(line) is left_to_the_oral


def test_toc_line_header_and_echo_are_not_evidence(engine):
    req = requirement(detector="terms", terms=["tableau des alliances"])
    assert not satisfied(engine, req, "Tableau des alliances ........ 12")
    assert not satisfied(engine, req, "@header Tableau des alliances — Dossier 2025")
    echo = EchoGuard(["Un tableau des alliances stratégiques est présenté."])
    assert echo.is_echo("Un tableau des alliances stratégiques est présenté")
    assert not echo.is_echo("Le tableau des alliances retient trois partenaires locaux.")


def test_a_grid_copying_the_criteria_into_its_cells_is_an_echo(engine):
    from checker.match import evaluate
    from checker.match.context import Context
    from checker.match.index import compile_term
    from checker.nlp.pipeline import lemmatize_terms

    req = requirement(detector="terms", terms=["alliances stratégiques"])
    terms = req.terms()
    analysed = lemmatize_terms(terms)
    patterns = {t: compile_term(t, analysed) for t in terms}
    echo = EchoGuard(["Un tableau des alliances stratégiques est présenté."])

    def found(text: str) -> bool:
        ctx = Context(engine.context([docmark(text)]).docs, patterns, echo)
        return evaluate(req, ctx).satisfied

    grid = (
        "| Critère | Auto-évaluation |\n"
        "| Un tableau des alliances stratégiques est présenté | Fait |\n"
        "| Les objectifs sont chiffrés | Fait |"
    )
    assert not found(grid)
    assert found(
        grid.replace(
            "Un tableau des alliances stratégiques est présenté",
            "Nos alliances stratégiques : 3 cavistes",
        )
    )


def test_placeholders():
    assert is_placeholder("à compléter")
    assert is_placeholder(" … ")
    assert is_placeholder("")
    assert not is_placeholder("Notoriété locale")
    # A value that was evaluated is no placeholder.
    assert not is_placeholder("3 jours, à évaluer de nouveau en juin")
    # A spreadsheet's error value is a result never computed (« #DIV/0! » where a cost
    # was never entered); a rank or a hashtag is not.
    for error in ("#DIV/0!", "#VALEUR!", "#N/A", "#REF!", "#NOM?", "#VALUE!"):
        assert is_placeholder(error)
    assert not is_placeholder("#1 des ventes")
    assert not is_placeholder("#MonPullTricoté")


def test_typos_and_inflections_match(engine):
    req = requirement(detector="terms", terms=["tunnel de conversion", "mot-clé"])
    assert satisfied(engine, req, "Les tunels de conversion sont mesurés chaque semaine.")
    assert satisfied(engine, req, "Nos mots clés principaux sont listés ci-dessous.")


def test_a_masculine_participle_matches_its_verb(engine):
    # « classé », « ciblés », « fixé » are nouns or adjectives to the lemma tables, while
    # « classée » is « classer »: a term written with the verb finds every form.
    req = requirement(detector="terms", terms=["classer", "cibler", "fixer"], min_terms=2)
    assert satisfied(engine, req, "Chaque levier est classé par coût et les segments ciblés.")
    assert satisfied(engine, req, "La liste est classée par coût et l'objectif fixé à 12 %.")
    # A noun that only looks like a participle keeps its one reading.
    relay = requirement(detector="terms", terms=["relayer"])
    assert not satisfied(engine, relay, "Livraison en point relais sous 48 h.")


# -- detectors ---------------------------------------------------------------------
SWOT = """## Diagnostic
| Forces | Faiblesses |
| Notoriété locale | Site lent |
| Opportunités | Menaces |
| Marché en croissance | Marketplaces |"""


def test_table_detector(engine):
    req = requirement(
        detector="table", header=["forces", "faiblesses", "opportunités", "menaces"], min_header=3
    )
    assert satisfied(engine, req, SWOT)
    empty = SWOT.replace("Notoriété locale | Site lent", "à compléter | ").replace(
        "Marché en croissance | Marketplaces", " | "
    )
    assert not satisfied(engine, req, empty)
    assert not satisfied(engine, req, "Nos forces et faiblesses, opportunités et menaces.")


def test_list_detector(engine):
    req = requirement(detector="list", min_items=3, under=["leviers"])
    text = "## Nos leviers\n- SEO local\n- Google Ads\n- Emailing mensuel"
    assert satisfied(engine, req, text)
    assert not satisfied(engine, req, "## Nos leviers\n- SEO local\n- Google Ads")
    assert not satisfied(engine, req, "## Équipe\n- Anne\n- Paul\n- Zoé")
    # The intro line's own sentence decides: a negation in another sentence of the
    # paragraph does not undo it; a negated intro still does.
    items = "\n- SEO local\n- Google Ads\n- Emailing"
    intro = "## Acquisition\nOn ne peut pas tout faire. Voici nos leviers :" + items
    assert satisfied(engine, req, intro)
    negated = "## Acquisition\nNous n'avons pas encore choisi nos leviers :" + items
    assert not satisfied(engine, req, negated)
    # A table's caption between the intro line and the table: the intro still heads it.
    rows = (
        "\n| Levier | Budget |\n| SEO local | 200 € |\n| Google Ads | 900 € |\n| Emailing | 50 € |"
    )
    caption = "\nTableau 2 : le budget"
    assert satisfied(engine, req, "## Acquisition\nVoici nos leviers :" + caption + rows)
    assert not satisfied(engine, req, "## Acquisition\nVoici le budget :" + caption + rows)
    # A page break between the intro line and its list: the footer and the next page's
    # header do not part them.
    broken = "## Acquisition\nVoici nos leviers :\n@footer Page 6\n@page 7\n@header Dossier"
    assert satisfied(engine, req, broken + items)
    assert not satisfied(engine, req, broken.replace("nos leviers", "le budget") + items)
    # A negation in an aside between parentheses does not undo the intro; one outside does.
    aside = "## Acquisition\nVoici nos leviers (la radio ne nous rapporte pas assez) :"
    assert satisfied(engine, req, aside + items)
    assert not satisfied(engine, req, aside.replace("Voici", "Nous n'avons pas encore") + items)


def test_section_detector(engine):
    req = requirement(detector="section", terms=["benchmark"], min_words=10)
    full = "## Benchmark\nNous comparons trois concurrents sur le prix, la livraison et la gamme."
    assert satisfied(engine, req, full)
    assert not satisfied(engine, req, "## Benchmark\n## Planning\nLe planning suit.")


def test_section_detector_gives_every_part_that_qualifies(engine):
    """Co-location picks the part that sits with the criterion's other pieces: the
    detector names every qualifying part, not only the first in the file."""
    from checker.match.context import Context
    from checker.match.index import compile_term
    from checker.nlp.pipeline import lemmatize_terms

    req = requirement(detector="section", terms=["étalonnage"], min_words=8)
    text = (
        "## Étalonnage du marché\nTrois boutiques de thé comparées sur le prix et la gamme.\n"
        "## Étalonnage\n\n## Étalonnage des campagnes\n"
        "Nos emailings comparés à ceux de deux concurrents sur le rythme et les offres."
    )
    terms = req.terms()
    patterns = {t: compile_term(t, lemmatize_terms(terms)) for t in terms}
    ctx = Context(engine.context([docmark(text)]).docs, patterns, EchoGuard([]))
    outcome = evaluate(req, ctx)
    assert outcome.satisfied
    assert [e.excerpt for e in outcome.evidence] == [
        "Étalonnage du marché",
        "Étalonnage des campagnes",
    ]
    assert [e.rejected_by for e in outcome.rejected] == ["empty-heading"]


def test_number_and_date_detectors(engine):
    number = requirement(detector="number", kinds=["money"], min=2, near=["budget"])
    assert satisfied(engine, number, "Le budget SEA est de 1 500 € par mois, soit 4 500 €.")
    assert not satisfied(engine, number, "Le budget sera défini plus tard.")
    date = requirement(detector="date", min=2, near=["campagne"])
    assert satisfied(engine, date, "La campagne court du 3 mars au 30 avril 2025.")


def test_terms_not_near_rule_out_a_block_in_the_other_sense(engine):
    """« mots-clés » beside « étiquettes » or « catégories » are a CMS's labels."""
    keywords = requirement(
        detector="terms", terms=["mots-clés"], not_near=["étiquettes", "catégories"]
    )
    assert satisfied(
        engine,
        keywords,
        "J'ai retenu les mots-clés « cidre brut bio » et « cidre fermier » avec Ubersuggest.",
    )
    assert not satisfied(
        engine,
        keywords,
        "Dans Shopify, les mots-clés servent d'étiquettes pour trier les produits du catalogue.",
    )
    # Another block of the document may name the other sense: only the block's own
    # context counts.
    assert satisfied(
        engine,
        keywords,
        "Les catégories du site sont au nombre de six.\n\nJ'ai retenu les mots-clés « cidre "
        "brut bio » et « cidre fermier » avec Ubersuggest.",
    )


def test_table_not_header_rules_out_the_table_of_another_subject(engine):
    matrix = requirement(
        detector="table", header=["mots-clés", "volume"], min_header=2, not_header=["catégorie"]
    )
    assert satisfied(
        engine,
        matrix,
        "| Mots-clés | Volume | Difficulté |\n| cidre brut bio | 880 | 22 |\n"
        "| cidre fermier | 590 | 18 |\n| poiré | 320 | 12 |",
    )
    assert not satisfied(
        engine,
        matrix,
        "| Catégorie | Mots-clés | Volume de stock |\n| Cidres | brut, doux | 120 |\n"
        "| Poirés | fermier | 40 |\n| Calvados | hors d'âge | 35 |",
    )


def test_figures_near_a_term_are_in_its_sentence_or_the_next(engine):
    """A paragraph's other figures speak of something else: a sales split is no
    rate per step because the paragraph later mentions cart abandonment."""
    rates = requirement(detector="number", kinds=["percent"], min=2, near=["abandon"])
    assert satisfied(
        engine,
        rates,
        "Le taux d'abandon atteint 38 % au panier. Il tombe à 12 % à l'étape du paiement.",
    )
    assert not satisfied(
        engine,
        rates,
        "Nos ventes se répartissent ainsi : 52 % en boutique, 31 % sur la marketplace et "
        "17 % sur le site. L'atelier ferme en août. Nous voulons réduire l'abandon de panier "
        "grâce à une relance par e-mail.",
    )
    # A table is read whole: its figures sit under their column's label.
    assert satisfied(
        engine, rates, "| Étape | Taux d'abandon |\n| Panier | 38 % |\n| Paiement | 12 % |"
    )


def test_an_empty_grid_is_a_template_not_evidence(engine):
    """Row labels of a grid left three-quarters blank are a template, not the
    candidate's chosen indicators; the same grid filled in is evidence."""
    req = requirement(detector="terms", terms=["taux de rebond", "panier moyen"], min=2)
    empty = (
        "| Indicateur | Valeur | Cible | Commentaire |\n"
        "| Taux de rebond |  |  |  |\n"
        "| Panier moyen | 54 € |  |  |\n"
        "| Visites par mois |  |  |  |"
    )
    filled = (
        "| Indicateur | Valeur | Cible | Commentaire |\n"
        "| Taux de rebond | 61 % | 50 % | trop de sorties sur mobile |\n"
        "| Panier moyen | 54 € | 60 € | lots à pousser |\n"
        "| Visites par mois | 3 900 |  |  |"
    )
    assert not satisfied(engine, req, empty)
    assert satisfied(engine, req, filled)


def test_a_table_of_column_heads_only_or_said_to_be_filled_later_is_not_evidence(engine):
    req = requirement(detector="terms", terms=["clientèle commune"])
    heads = "| Allié | Clientèle commune | Moments d'achat | Verdict |"
    assert not satisfied(engine, req, heads)
    # A one-row table holding the candidate's findings is content, not a head row.
    assert satisfied(
        engine, req, "| Clientèle commune avec la cave Morin : 70 % de nos acheteurs | Oui |"
    )
    rows = heads + "\n| Cave Morin | couples 35-50 ans | week-end | oui |"
    assert satisfied(engine, req, rows)
    # The line beside the table says it is still to fill: a to-do, whatever its cells.
    assert not satisfied(engine, req, rows + "\n\nCe tableau reste à compléter avec la gérante.")
    assert not satisfied(engine, req, "(Grille à remplir après le salon)\n\n" + rows)


def test_calculation_detector(engine):
    req = requirement(detector="calculation", terms=["roi", "retour sur investissement"])
    assert satisfied(
        engine, req, "Retour sur investissement : (12 000 € - 4 000 €) / 4 000 € = 200 %."
    )
    assert not satisfied(engine, req, "Le ROI de la campagne est excellent.")
    assert not satisfied(engine, req, "ROI = (12 000 € - 4 000 €) / 4 000 € = 350 %.")


def test_a_later_sentence_of_a_paragraph_may_hold_the_calculation(engine):
    req = requirement(detector="calculation", terms=["roi"])
    text = (
        "Le ROI est l'indicateur que suit la gérante. Elle le relit chaque mois avec "
        "l'expert-comptable. Pour la campagne de mars : ROI = (9 000 € − 3 000 €) / 3 000 € "
        "= 200 %."
    )
    assert satisfied(engine, req, text)
    assert not satisfied(engine, req, text.split(" Pour la campagne")[0])


def test_a_value_aimed_at_is_no_calculation(engine):
    req = requirement(detector="calculation", terms=["roi", "roas"])
    for target in (
        "Objectif du trimestre : un ROI de 150 % sur 5 000 € de budget publicitaire.",
        "Nous visons un ROAS de 4 pour les 2 000 € engagés sur Meta.",
    ):
        assert not satisfied(engine, req, target), target
    # A forecast worked out from its amounts, or a value with both amounts, is one.
    for worked in (
        "ROI visé : (6 000 € de marge − 2 000 € de coût) / 2 000 € = 200 %.",
        "Le ROI atteint 300 % : 4 000 € de marge pour 1 000 € investis.",
    ):
        assert satisfied(engine, req, worked), worked
    # A report against objectives, in a table, holds the results too.
    table = (
        "## Bilan par rapport aux objectifs\n"
        "| Indicateur | Objectif | Réalisé |\n"
        "| ROI Google Ads | 150 % | 210 % (3 100 € de marge pour 1 000 € dépensés) |"
    )
    assert satisfied(engine, req, table)


def test_link_and_image_detectors(engine):
    link = requirement(detector="link", min=2)
    text = (
        "Voir [GA4](https://analytics.google.com) et [Search Console](https://search.google.com)."
    )
    assert satisfied(engine, link, text)
    assert not satisfied(engine, link, "Voir [GA4](https://analytics.google.com).")
    image = requirement(detector="image", near=["retouche"])
    assert satisfied(engine, image, "## Retouche photo\n[image] avant/après")
    assert not satisfied(engine, image, "## Équipe\n[image] portrait")


def test_groups_and_same_section(engine):
    req = requirement(
        all_of=[
            {"id": "a", "detector": "terms", "terms": ["persona"]},
            {"id": "b", "detector": "terms", "terms": ["freins"]},
        ],
        same_section=True,
    )
    assert satisfied(engine, req, "## Cible\nNotre persona Léa.\n\nSes freins : le prix.")
    assert not satisfied(
        engine, req, "## Cible\nNotre persona Léa.\n## Offre\nSes freins : le prix."
    )


def test_a_group_whose_pieces_stand_beside_each_other(engine):
    """``beside``: the comment under its figures, not elsewhere in the chapter."""

    def score(req, text):
        return outcome(engine, req, text).score

    children = [
        {"id": "a", "detector": "terms", "terms": ["persona"]},
        {"id": "b", "detector": "terms", "terms": ["freins"]},
    ]
    chapter = requirement(all_of=children, same_section=True)
    beside = requirement(all_of=children, same_section=True, beside=True)
    end = "\n# Offre\nLe catalogue compte 40 produits."
    apart = "# Cible\n## Qui\nNotre persona Léa.\n## Prix\nSes freins : le prix." + end
    assert score(chapter, apart) == 1.0
    assert score(beside, apart) == 0.5
    nested = "# Cible\nNotre persona Léa.\n## Détail\nSes freins : le prix." + end
    assert score(beside, nested) == 1.0
    filler = "".join(f"Paragraphe {i} sur la boutique.\n\n" for i in range(8))
    far = "# Cible\nNotre persona Léa.\n\n" + filler + "Ses freins : le prix." + end
    assert score(chapter, far) == 1.0
    assert score(beside, far) == 0.5
    same_block = outcome(engine, beside, "# Cible\nNotre persona Léa. Ses freins : le prix." + end)
    assert same_block.score == 1.0 and len(same_block.evidence) == 2


def test_a_strict_group_met_in_part_counts_for_nothing(engine):
    def score(req, text):
        return outcome(engine, req, text).score

    children = [
        {"id": "a", "detector": "terms", "terms": ["persona"]},
        {"id": "b", "detector": "terms", "terms": ["freins"]},
    ]
    loose = requirement(all_of=children)
    strict = requirement(all_of=children, strict=True)
    half = "## Cible\nNotre persona Léa, 34 ans, vit à Tours."
    assert score(loose, half) == 0.5
    assert score(strict, half) == 0.0
    both = half + " Ses freins : le prix."
    assert score(strict, both) == 1.0


def test_stop_word_term_keeps_its_accent(engine):
    """« dès » folds to the article « des »: it must match only as written."""
    req = requirement(detector="terms", terms=["dès"])
    assert satisfied(engine, req, "Les remises commencent dès le mois de mars.")
    assert satisfied(engine, req, "Dès septembre, la boutique ouvre.")
    assert not satisfied(engine, req, "Nous vendons des thés et des coffrets.")
    assert satisfied(engine, requirement(detector="terms", terms=["à"]), "Livraison à domicile.")
    assert not satisfied(engine, requirement(detector="terms", terms=["à"]), "Elle a livré.")
    plain = requirement(detector="terms", terms=["du"])  # no accent: folded text, as before
    assert satisfied(engine, plain, "Le prix DU coffret.")


# --- required literals of regex terms (pre-filter) ---------------------------------


@pytest.mark.parametrize(
    ("pattern", "samples"),
    [
        (r"\bswot\b", ["un swot complet"]),
        (r"\b(?:forces|faiblesses)\b", ["nos forces", "ses faiblesses"]),
        (
            r"(?:chiffre d'affaires|\bca\b)[^.;]{0,50}?\d+\s?(?:€|euros?)",
            ["chiffre d'affaires de 12 €", "un ca de 3 euros"],
        ),
        (r"\d+ ?(?:€|k€)", ["12 €", "3k€"]),
        (r"(?:foo|)bar", ["bar", "foobar"]),
    ],
)
def test_every_match_holds_a_required_literal(pattern, samples):
    from checker.match.literals import required_literals

    def holds(need, contains) -> bool:
        if isinstance(need, str):
            return contains(need)
        kind, children = need
        return (all if kind == "and" else any)(holds(child, contains) for child in children)

    need = required_literals(pattern)
    assert need
    for sample in samples:
        match = re.search(pattern, sample)
        assert match, sample
        assert holds(need, lambda s, m=match: s in m.group()), (sample, need)


@pytest.mark.parametrize(
    ("pattern", "need"),
    [
        (r"\bswot\b", "swot"),
        (r"\b[a-z]+\.(?:fr|com)\b", ("or", (".com", ".fr"))),
        (
            r"(?:ca|ventes)[^.;]{0,9}\d+ ?(?:€|euros?)",
            ("and", (("or", ("ventes", "ca")), ("or", ("euro", "€")))),
        ),
        # small ranges and optional pieces stay fixed: « 3x », « 3 x »
        (r"\b[2-3] ?x\b", ("or", ("2 x", "3 x", "2x", "3x"))),
        (r"(?:a|b\d)x", ("and", (("or", ("a", "b")), "x"))),
    ],
)
def test_required_literals_tree(pattern, need):
    """Fixed pieces are joined (\\b does not break them), and every required
    part is kept so the rarest narrows the search."""
    from checker.match.literals import required_literals

    assert required_literals(pattern) == need


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:abc)?\d+",  # the only literal is optional
        r"(?:foo|\d+)",  # one alternative has no literal
        r"(?i)swot",  # case-insensitive: not a plain literal
        r"[a-z]+",
        r"(",  # invalid
    ],
)
def test_no_required_literal(pattern):
    from checker.match.literals import required_literals

    assert required_literals(pattern) is None


def _prefilter_sources(engine):
    """Texts to check the pre-filter on: a dense sample, every rule example, the
    corpus DOCX files."""
    from pathlib import Path

    from checker.extract import extract
    from checker.testing import docmark

    yield docmark(
        "## Résultats\n"
        "Le chiffre d'affaires atteint 12 400 € en mars, soit un CA de 3 k€ par semaine.\n"
        "- Paiement en 3x sans frais ; taux de clic (CTR) de 2,4 % ; 120 visites par jour.\n"
        "| Levier | Budget | Coût |\n| SEA | 1 200 € | 0,40 € par clic |\n"
        "Temps de chargement : 2,1 s mesuré avec PageSpeed ; 35 backlinks selon Ahrefs.\n"
        "Dès le lancement, DÈS MARS ; retard dû à la grève.\n"
    )
    examples = [
        text
        for criterion in engine.ruleset.criteria
        for texts in criterion.examples.values()
        for text in texts
    ]
    yield docmark("\n\n".join(examples))
    root = Path(__file__).resolve().parent.parent / "corpora"
    for path in sorted(root.glob("*/*.docx")):
        yield extract(path)


def test_regex_terms_match_as_without_prefilter(engine):
    """Every regex term of the bundled rules (and the accented stop-word terms)
    finds, through the pre-filter, exactly what the expression finds unit by
    unit, on the rule examples and the corpus."""
    from checker.match.index import DocIndex, compile_term

    regexes = sorted(t for t in engine.patterns if engine.patterns[t].regex is not None)
    assert len(regexes) > 50
    assert "dès" in regexes  # accented: run on the text as written
    found = set()
    for document in _prefilter_sources(engine):
        index = DocIndex(document)
        for term in regexes:
            pattern = engine.patterns[term]
            brute = [
                (u.id, m.start(), m.end())
                for u in index.units
                for m in pattern.regex.finditer(u.text if pattern.accented else u.folded)
            ]
            assert [(h.unit, h.start, h.end) for h in index.find(pattern)] == brute, term
            if brute:
                found.add(term)
    assert len(found) > len(regexes) * 3 // 4
    assert sum(compile_term(t, {}).literals is not None for t in regexes) > len(regexes) // 2


# -- not the candidate's work ----------------------------------------------------------
def test_course_definition_is_not_evidence_but_applied_sentences_are(engine):
    req = requirement(detector="terms", terms=["benchmark"])
    assert not satisfied(
        engine, req, "Le benchmark est une méthode qui consiste à comparer les concurrents."
    )
    assert not satisfied(engine, req, "Définition du benchmark : analyse des concurrents.")
    fifo = requirement(detector="terms", terms=["FIFO"])
    assert not satisfied(
        engine,
        fifo,
        "La méthode FIFO (premier entré, premier sorti) consiste à expédier les plus anciens.",
    )
    # The company's facts (a figure, a first person, a name) make it the candidate's work.
    assert satisfied(engine, req, "Le benchmark est une comparaison de nos 4 concurrents directs.")
    assert satisfied(
        engine, req, "Le benchmark est une étape que Laine & Co a menée sur trois rivaux."
    )
    # The defined word must be the hit: « Un vélo est un achat cher » defines no benchmark.
    assert satisfied(
        engine, req, "Un vélo est un achat cher : le benchmark compare garanties et délais."
    )


def test_an_acronym_spelt_out_is_no_name_of_the_company(engine):
    req = requirement(detector="terms", terms=["KPI"])
    # The capitals of « Key Performance Indicator » are the course's words, not a name.
    assert not satisfied(
        engine, req, "Un KPI (Key Performance Indicator) est un indicateur qui mesure un résultat."
    )
    seo = requirement(detector="terms", terms=["SEO"])
    assert not satisfied(
        engine, seo, "Le SEO (Search Engine Optimization) désigne le travail du référencement."
    )
    # A name of the company's world still makes it the candidate's work.
    assert satisfied(
        engine, req, "Le KPI (Key Performance Indicator) suivi chez Rando Verte est le panier."
    )


def test_a_decided_subject_states_a_choice_not_a_definition(engine):
    req = requirement(detector="terms", terms=["objectif"], near=["taux de conversion"])
    # « L'objectif fixé est de… »: the candidate's own objective, not a course.
    assert satisfied(engine, req, "L'objectif fixé est d'améliorer le taux de conversion.")
    assert satisfied(engine, req, "L'objectif retenu est de relever le taux de conversion.")
    # Undecided, it still reads as a course.
    assert not satisfied(
        engine, req, "L'objectif est de mesurer le taux de conversion des visiteurs."
    )


def test_a_tool_defined_as_in_a_course_is_not_evidence(engine):
    req = requirement(detector="terms", terms=["Matomo"], near=["audience", "trafic"])
    assert not satisfied(
        engine, req, "Matomo est un logiciel libre de mesure d'audience édité par InnoCraft."
    )
    # The candidate's own use (first person, a figure) is work.
    assert satisfied(
        engine, req, "Matomo est un outil que nous avons installé pour suivre le trafic."
    )
    assert satisfied(engine, req, "Matomo est un outil à 19 € par mois : trafic suivi depuis mai.")


def test_a_rule_stated_for_every_company_is_not_evidence(engine):
    req = requirement(detector="terms", terms=["registre"], near=["données"])
    for sentence in (
        "Les entreprises doivent tenir un registre des traitements de données.",
        "Toute société qui collecte des données est tenue de tenir un registre.",
        "Un site marchand doit consigner ses traitements de données dans un registre.",
        "Le RGPD impose un registre des traitements de données.",
    ):
        assert not satisfied(engine, req, sentence), sentence
    # The company's own facts, or its own specification (« Le site doit… »), count.
    assert satisfied(
        engine,
        req,
        "Les entreprises doivent tenir un registre des données : nous avons ouvert le nôtre.",
    )
    assert satisfied(
        engine,
        req,
        "Toute boutique doit tenir un registre ; Perle d'Argile y recense ses données.",
    )
    assert satisfied(engine, req, "Le site doit générer le registre des traitements de données.")
    assert satisfied(engine, req, "Registre des traitements de données tenu depuis 2024.")


def test_what_every_legal_document_must_say_is_a_course(engine):
    """« Les CGU doivent indiquer… », « Elles doivent notamment mentionner le délai de
    14 jours »: the law's own figures say nothing of the company."""
    req = requirement(detector="terms", terms=["rétractation"], near=["délai", "jours"])
    for sentence in (
        "Les CGU doivent indiquer le délai de rétractation de 14 jours.",
        "Elles doivent notamment mentionner la rétractation et son délai de 14 jours.",
        "Les mentions légales doivent préciser le délai de rétractation.",
    ):
        assert not satisfied(engine, req, sentence), sentence
    assert satisfied(
        engine, req, "Nos CGV doivent préciser le délai de rétractation : il manque les 14 jours."
    )
    assert satisfied(
        engine, req, "Les CGV de Lune Rousse indiquent un délai de rétractation de 30 jours."
    )


def test_a_paragraph_describing_a_law_or_a_ratio_in_general_is_a_course(engine):
    """A law described as in a course (its dates and rates are the law's), or a ratio
    defined (« correspond au rapport entre… »), with nothing of the company."""
    req = requirement(detector="terms", terms=["consentement", "taux de rebond"])
    for paragraph in (
        "La loi pour la confiance dans l'économie numérique, en vigueur depuis 2004, encadre "
        "la prospection par e-mail. Le consentement préalable est la règle et les amendes "
        "peuvent atteindre 75 000 €.",
        "En France, la CNIL contrôle le respect du consentement aux cookies. Elle publie des "
        "lignes directrices et a sanctionné plusieurs sites en 2022.",
        "Le taux de rebond correspond au rapport entre les visites d'une seule page et "
        "l'ensemble des visites. Un taux élevé signale souvent une page peu engageante.",
    ):
        assert not satisfied(engine, req, paragraph), paragraph
    # The candidate applying the law speaks in the first person.
    assert satisfied(
        engine,
        req,
        "La loi encadre la prospection par e-mail. Nous recueillons donc le consentement "
        "par une case non cochée depuis mars 2025.",
    )
    assert satisfied(
        engine,
        req,
        "Notre taux de rebond correspond au rapport des visites d'une page sur le total : "
        "il est passé de 61 % à 48 %.",
    )


def test_a_passive_future_is_a_promise_not_a_result(engine):
    req = requirement(detector="terms", terms=["questionnaire"], near=["livraison"])
    for verb in ("envoyé", "lancé", "diffusé", "organisé", "publié", "classé", "hiérarchisé"):
        sentence = f"Un questionnaire sur la livraison sera {verb} aux clients."
        assert not satisfied(engine, req, sentence), sentence
    assert satisfied(engine, req, "Un questionnaire sur la livraison a été envoyé à 300 clients.")


def test_a_production_promised_in_the_passive_future_is_not_made(engine):
    req = requirement(detector="terms", terms=["sous-titres"], near=["capcut"])
    assert not satisfied(engine, req, "La vidéo sera montée sur CapCut avec des sous-titres.")
    clips = "Les clips seront filmés puis mis en sous-titres dans CapCut."
    assert not satisfied(engine, req, clips)
    photo = requirement(detector="terms", terms=["détourage"], near=["gimp"])
    assert not satisfied(engine, photo, "Les photos seront retouchées sous GIMP (détourage).")
    assert satisfied(engine, req, "La vidéo a été montée sur CapCut avec des sous-titres.")
    assert satisfied(engine, photo, "Les photos sont retouchées sous GIMP (détourage).")


def test_a_choice_left_to_make_is_not_evidence(engine):
    req = requirement(detector="terms", terms=["wordpress"], near=["blog"])
    assert not satisfied(engine, req, "Il faudra choisir entre le blog de Wix et WordPress.")
    assert not satisfied(engine, req, "Pour le blog, reste à décider : WordPress ou Ghost.")
    assert satisfied(engine, req, "Nous avons choisi WordPress pour le blog, hébergé chez OVH.")


def test_notes_to_self_and_open_questions_are_not_evidence(engine):
    req = requirement(detector="terms", terms=["google ads"])
    assert not satisfied(engine, req, "Google Ads : je ne sais pas si c'est utile.")
    assert not satisfied(engine, req, "Faut-il lancer Google Ads avant Noël ?")
    assert not satisfied(engine, req, "Budget Google Ads : demander à Karim.")
    assert not satisfied(engine, req, "- Google Ads ?")
    # A wish or a leaning is not a decision.
    assert not satisfied(engine, req, "On aimerait tester Google Ads au printemps.")
    assert not satisfied(engine, req, "Je pense utiliser Google Ads parce que c'est rapide.")
    assert not satisfied(engine, req, "Entre Google Ads et Bing, je pencherais pour Google Ads.")
    # A planned task with a colleague, or a client's question in a chat, is work.
    assert satisfied(engine, req, "Campagne Google Ads validée avec Julie le 12 mars : 300 €.")
    chat = requirement(detector="terms", terms=["livraison"])
    assert satisfied(engine, chat, "Cliente (20:14) : la livraison en Belgique est-elle possible ?")
    assert satisfied(engine, chat, "Client : pouvez-vous assurer la livraison à Liège ?")
    # The work asked of someone else (an e-mail, a message) is not done.
    for request in (
        "Pourriez-vous nous faire une proposition pour la campagne Google Ads ?",
        "Google Ads : tu peux t'en occuper cette semaine ?",
        "Pour Google Ads, je te laisse choisir les mots-clés.",
        "Pouvez-vous prendre en charge la campagne Google Ads ?",
    ):
        assert not satisfied(engine, req, request), request
    # The part itself left to fill, by the candidate or a colleague's comment.
    for note in (
        "Il faudrait mettre ici les campagnes Google Ads de l'automne.",
        "Ok, je complète cette partie sur Google Ads après la réunion.",
        "Pense à mettre le budget Google Ads de mars.",
        "Montants Google Ads à définir avec le gérant.",
        "Les enchères Google Ads à fixer lors du point de lundi.",
    ):
        assert not satisfied(engine, req, note), note
    # A recommendation, or a decision made with someone, is work.
    for work in (
        "Il faut ajouter des extensions d'annonce à la campagne Google Ads.",
        "Nous complétons la campagne Google Ads par des annonces Shopping.",
        "Les enchères Google Ads ont été fixées avec le gérant : 0,40 € le clic.",
    ):
        assert satisfied(engine, req, work), work
    # The offer named first, one of its values left to settle: the offer is there.
    offer = requirement(detector="terms", terms=["oney"])
    assert satisfied(engine, offer, "Oney en 3x : tranche de paniers à fixer avec notre banque.")


@pytest.mark.parametrize(
    "sentence",
    [
        "[Insérer ici le tableau des concurrents]",
        "Tableau comparatif des concurrents à insérer.",
        "Comparatif des concurrents : en cours de réalisation.",
        "Le comparatif des concurrents est en cours.",
        "Comparatif des concurrents : néant pour le moment.",
        "Comparatif des concurrents : N/A",
        "Comparatif des concurrents à présenter à l'oral.",
        "Voir le comparatif des concurrents en annexe 2 (non jointe).",
        "Partie sur les concurrents laissée vide volontairement.",
        "Brouillon : comparatif des concurrents à reprendre.",
        "Le comparatif des concurrents est absent de ce dossier.",
        "Comparatif des concurrents à revoir avec ma tutrice.",
        "Le comparatif des concurrents, avec prix et délais, reste à faire.",
        "Comparatif des concurrents : sa rédaction est en cours chez Léa.",
        "Le comparatif des concurrents devrait aussi fonctionner sur mobile.",
        # A template's prompt left in place.
        "Présentez ici le comparatif de vos concurrents.",
        "Complétez le tableau ci-dessous avec vos concurrents.",
        "Décrivez dans cette partie les concurrents de votre entreprise.",
        "[Lister les concurrents directs : prix, délais, service.]",
        "Présenter ici les concurrents et leur positionnement.",
    ],
)
def test_slots_and_prompts_left_in_place_are_not_evidence(engine, sentence):
    req = requirement(detector="terms", terms=["concurrents"])
    assert not satisfied(engine, req, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous avons comparé nos trois concurrents ; 12 commandes sont en cours de livraison.",
        "Les concurrents livrent en 48 h ; nos 40 commandes en cours partent demain.",
        "Pour insérer une vidéo sur les fiches, nos concurrents utilisent YouTube.",
        "Indiquez votre adresse : c'est le bandeau d'inscription de nos concurrents.",
        "La fiche avis est absente chez 2 concurrents sur 3 : c'est notre avantage.",
        "Comparer les concurrents nous a pris deux semaines en mars.",
    ],
)
def test_ordinary_sentences_near_those_words_stay_evidence(engine, sentence):
    req = requirement(detector="terms", terms=["concurrents"])
    assert satisfied(engine, req, sentence)


def test_a_subjects_instructions_and_a_course_recalled_are_not_evidence(engine):
    req = requirement(detector="terms", terms=["persona"])
    for heading in (
        "Consignes – Partie 1.2 : le persona",
        "Épreuve E4 – Consigne pour la partie 1",
        "Rappel de cours : le persona",
        "Notions théoriques",
        "2. Cadre théorique",
        "Consignes au candidat",
        "Cours marketing – le persona",
        "Notes de cours",
        "Rappel : les notions de base",
        "Fiche révision : la cible",
        "Qu'est-ce qu'un persona ?",
        "Cours de Mme Leroy – la cible",
        "Support de cours : le persona",
        "Le persona : définition",
        "2.3 Qu'est-ce qu'un persona ?",
        "Annexe 2 – Fiche persona (modèle fourni par l'école)",
    ):
        text = f"## {heading}\nNotre persona, Léa, 34 ans, achète le soir sur mobile."
        assert not satisfied(engine, req, text), heading
    # A procedure of the company, a product named « cours », the candidate recalling
    # their own work: the candidate's own parts.
    for heading in (
        "Consignes de préparation des commandes",
        "Cours de piano – nos formules",
        "Rappel : nos cibles",
        "Définition de notre persona",
    ):
        text = f"## {heading}\nNotre persona, Léa, 34 ans, achète le soir sur mobile."
        assert satisfied(engine, req, text), heading


def test_a_third_partys_sales_document_quoted_is_not_evidence(engine):
    req = requirement(detector="terms", terms=["taux de clic"], near=["campagne"])
    claim = "La campagne a un taux de clic de 4,2 %, deux fois la moyenne du secteur."
    assert satisfied(engine, req, claim)
    for intro in (
        "Extrait de la plaquette de l'agence Pixel :",
        "Selon la brochure du prestataire :",
    ):
        assert not satisfied(engine, req, f"{intro}\n\n{claim}"), intro
        assert not satisfied(engine, req, f"{intro}\n- {claim}\n- Tarif : 900 €"), intro
    assert not satisfied(engine, req, f"## Extrait de la documentation commerciale\n{claim}")
    section = requirement(detector="section", terms=["taux de clic"], min_words=10)
    heading = "## Extrait de la plaquette : taux de clic de nos campagnes\n"
    assert not satisfied(engine, section, heading + claim + " " + claim)
    assert satisfied(engine, section, heading.replace("Extrait de la plaquette : ", "") + claim * 2)
    # The candidate's own page, a competitor's site: material of the analysis.
    assert satisfied(engine, req, f"Extrait de notre page d'accueil :\n\n{claim}")
    # After the quoted block, the candidate speaks again.
    after = f"Extrait de la plaquette de l'agence :\n\n« Résultats garantis. »\n\n{claim}"
    assert satisfied(engine, req, after)


def test_an_appraisal_of_the_candidate_is_not_evidence(engine):
    # A tutor's sheet, a trainer's comments: their words about the work, not the work.
    req = requirement(detector="terms", terms=["persona"])
    claim = "Le persona, Léa, 34 ans, achète le soir sur mobile : bien construit."
    assert satisfied(engine, req, claim)
    for heading in (
        "Fiche d'appréciation du tuteur",
        "Fiche d'évaluation de l'alternant",
        "Avis du maître d'apprentissage",
        "Commentaires de la formatrice",
        "Grille d'évaluation remplie par ma tutrice",
        "Annexe 4 – Appréciation de l'entreprise d'accueil",
        "Grille d'évaluation intermédiaire — remplie par le tuteur entreprise",
    ):
        assert not satisfied(engine, req, f"## {heading}\n{claim}"), heading
    assert not satisfied(engine, req, f"Retour de mon tuteur :\n\n{claim}")
    assert not satisfied(engine, req, f"Avis du jury :\n- {claim}\n- Oral clair.")
    swot = requirement(
        detector="table", header=["forces", "faiblesses", "opportunités", "menaces"], min_header=3
    )
    assert not satisfied(engine, swot, "## Appréciation du tuteur\n" + SWOT.split("\n", 1)[1])
    # The company's own evaluations, its customers' words: the candidate's material.
    for heading in ("Grille d'évaluation des prestataires", "Avis clients", "Avis de la direction"):
        assert satisfied(engine, req, f"## {heading}\n{claim}"), heading
    assert satisfied(
        engine, swot, "## Grille d'évaluation des prestataires\n" + SWOT.split("\n", 1)[1]
    )


def test_a_negated_item_of_a_grid_cell_does_not_hide_the_cell(engine):
    # A 2×2 grid whose cells list their items after the quadrant's name: one item
    # saying « absence de … » or « sans … » is content, not a negated cell.
    grid = requirement(
        detector="table",
        cells=["forces", "faiblesses", "opportunités", "menaces"],
        min_cells=4,
        min_rows=1,
    )
    cells = [
        "Forces (internes) – atelier à Thiers depuis 1952 – absence de sous-traitance",
        "Faiblesses (internes) – devis sans relance – site lent sur mobile",
        "Opportunités (externes) – 30 000 visiteurs au salon – cadeaux d'entreprise",
        "Menaces (externes) – lames importées moins chères – hausse de l'acier",
    ]
    rows = f"| {cells[0]} | {cells[1]} |\n| {cells[2]} | {cells[3]} |"
    text = "## Matrice — Coutellerie Aubry\n" + rows
    assert satisfied(engine, grid, text)
    # A cell whose only item is negated still names nothing.
    empty = text.replace(cells[3], "Menaces (externes) : aucune identifiée pour l'instant")
    assert not satisfied(engine, grid, empty)


def test_a_course_recalled_holds_no_table_or_list_of_the_candidate(engine):
    swot = requirement(
        detector="table", header=["forces", "faiblesses", "opportunités", "menaces"], min_header=3
    )
    assert not satisfied(engine, swot, "## Rappel de cours : la matrice\n" + SWOT.split("\n", 1)[1])
    assert satisfied(engine, swot, "## Rappel : nos forces\n" + SWOT.split("\n", 1)[1])
    levers = requirement(detector="list", min_items=3, under=["leviers"])
    items = "\n- SEO local\n- Google Ads\n- Emailing mensuel"
    assert not satisfied(engine, levers, "## Notions théoriques : les leviers" + items)
    assert satisfied(engine, levers, "## Nos leviers" + items)


def test_what_the_dossier_announces_is_not_the_work(engine):
    req = requirement(detector="terms", terms=["persona"])
    assert not satisfied(engine, req, "Dans la partie 3.1, je montrerai notre persona.")
    assert not satisfied(engine, req, "Nous verrons en partie 4 le persona de la cible.")
    assert satisfied(engine, req, "Nous avons montré le persona à la gérante en mars.")


def test_a_word_and_the_preposition_after_it_is_a_fixed_phrase(engine):
    """« due à » is found as written (« due », « dues »), not as any form of « devoir »;
    a phrase whose article comes first (« les concurrents ») keeps its lemmas."""
    req = requirement(detector="terms", terms=["due à"])
    assert satisfied(engine, req, "La hausse des abonnés est due à nos lives du jeudi.")
    assert satisfied(engine, req, "Les ventes dues à la newsletter ont doublé.")
    assert not satisfied(engine, req, "Nous filmons devant le pressoir de la ferme.")
    assert not satisfied(engine, req, "Nous devons répondre plus vite aux clients.")
    req = requirement(detector="terms", terms=["tous les"])
    assert not satisfied(engine, req, "Tout le monde connaît la marque.")
    req = requirement(detector="terms", terms=["les concurrents"])
    assert satisfied(engine, req, "Notre concurrent direct vend moins cher.")


def test_grading_instructions_are_not_evidence(engine):
    req = requirement(detector="terms", terms=["persona"])
    assert not satisfied(
        engine, req, "## Éléments attendus\nUn persona détaillé avec âge et habitudes d'achat."
    )
    assert not satisfied(engine, req, "Accepter toute réponse pertinente sur le persona.")
    assert not satisfied(engine, req, "Le candidat doit présenter un persona de la cible.")
    assert not satisfied(engine, req, "Vous préciserez le persona retenu et ses freins.")
    assert satisfied(engine, req, "Vous trouverez notre persona en annexe 2 : Léa, 34 ans.")
    assert satisfied(
        engine, req, "## Q1.2 Persona\nNotre persona, Léa, 34 ans, achète le soir sur mobile."
    )


def test_a_self_assessment_grid_is_not_evidence(engine):
    """The school's grid the candidate ticks restates the criteria: not work."""
    req = requirement(detector="terms", terms=["persona"])
    for heading in ("Grille d'auto-évaluation (école)", "Annexe 3 – Grille d'autoévaluation"):
        assert not satisfied(
            engine,
            req,
            f"## {heading}\n| Critère | Fait |\n| Un persona de la cible est décrit | oui |",
        )
    assert satisfied(
        engine,
        req,
        "## Évaluation de la cible\nNotre persona, Léa, 34 ans, achète le soir sur mobile.",
    )


def test_an_answer_sheet_question_is_named_by_its_answer_opening(engine):
    """« Q1.10 » names no topic: the answer's first sentence does (its other sentences
    do not: a word met further down names nothing)."""
    req = requirement(
        detector="section",
        terms=["paiement"],
        min_words=10,
        contains={"id": "x", "detector": "terms", "terms": ["3D Secure"]},
    )
    answer = (
        "## Q1.10\nLe paiement passe par Stripe, avec 3D Secure, depuis mars 2026 ; "
        "les logos des cartes sont affichés sous le bouton de commande.\n"
    )
    assert satisfied(engine, req, answer)
    later = (
        "## Q1.10\nStripe est branché depuis mars 2026, avec 3D Secure, et les logos des "
        "cartes sont affichés. Le paiement en trois fois viendra ensuite.\n"
    )
    assert not satisfied(engine, req, later)
    titled = answer.replace("## Q1.10", "## Q1.10 Nos fournisseurs")
    assert not satisfied(engine, req, titled)


def test_a_list_announced_by_a_to_do_is_what_is_left_to_do(engine):
    req = requirement(detector="terms", terms=["budget"])
    todo = "## Cahier des charges\nRubriques à compléter :\n\n- Contexte\n- Budget\n- Planning\n"
    assert not satisfied(engine, req, todo)
    done = todo.replace("Rubriques à compléter :", "Rubriques du cahier des charges :")
    assert satisfied(engine, req, done)


def test_a_task_card_not_begun_is_what_is_left_to_do(engine):
    req = requirement(detector="terms", terms=["google ads"])
    card = (
        "## Carte — Tableau de suivi des campagnes\n"
        "Statut : {status}\n\nMembres : Julien, Maëlle\n\n"
        "Description : suivre chaque semaine les clics et le coût de Google Ads et de Meta.\n"
        "## Autre carte\nLes annonces Google Ads tournent depuis mars."
    )
    for status in ("À faire", "Backlog", "Pas commencé", "« To do »"):
        text = card.format(status=status)
        result = outcome(engine, req, text)
        excerpts = [e.excerpt for e in result.evidence]
        assert excerpts and all("tournent depuis mars" in e for e in excerpts), status
    # A card done or under way holds work; so does a board's column named in its text.
    for status in ("Fait", "En cours", "Terminé"):
        assert satisfied(engine, req, card.format(status=status).split("## Autre")[0]), status
    column = "## Trello — colonne À faire\nCarte : suivre les coûts Google Ads et Meta."
    assert not satisfied(engine, req, column)
    assert satisfied(engine, req, column.replace("À faire", "Terminé"))


def test_a_list_can_ask_each_item_for_its_terms(engine):
    # « Each partner with the visits it brings »: given for one partner in three, the
    # work is begun (half the score), not done.
    req = requirement(
        detector="list", min_items=3, under=["partenaires"], terms=["visites"], per_item=0.67
    )
    each = (
        "## Nos partenaires\n- Club de rando : 120 visites en mai\n"
        "- Office de tourisme : 85 visites\n- Blog Sentiers : 40 visites"
    )
    assert satisfied(engine, req, each)
    one = (
        "## Nos partenaires\n- Club de rando : 120 visites en mai\n"
        "- Office de tourisme : lien en page d'accueil\n- Blog Sentiers : article invité"
    )
    assert outcome(engine, req, one).score == 0.5
    # Rows of a table read as a list, the same way.
    rows = (
        "## Nos partenaires\n| Partenaire | Apport |\n"
        "| Club | 120 visites |\n| Office | lien |\n| Blog | article |"
    )
    assert outcome(engine, req, rows).score == 0.5
    assert satisfied(
        engine,
        req,
        rows.replace("| lien |", "| 85 visites |").replace("| article |", "| 40 visites |"),
    )
    # Without the option, one item naming the term is enough.
    loose = requirement(detector="list", min_items=3, under=["partenaires"], terms=["visites"])
    assert satisfied(engine, loose, one)


def test_etc_item_does_not_count_in_a_list(engine):
    req = requirement(detector="list", min_items=3)
    assert not satisfied(engine, req, "## Actions\n- Refaire les fiches\n- Newsletter\n- Etc.")
    assert satisfied(engine, req, "## Actions\n- Fiches\n- Newsletter\n- Soldes\n- Etc.")


def test_an_item_introducing_its_own_sub_items_is_not_left_blank(engine):
    req = requirement(detector="list", min_items=3)
    blank = "## Suivi\n- Outil : Matomo\n- Fréquence :\n- Responsable : Inès\n- Alerte : mail"
    assert not satisfied(engine, req, blank)
    nested = (
        "## Suivi\n- Outil : Matomo\n- Justificatifs :\n  - export de mars\n"
        "  - capture du tableau\n- Responsable : Inès"
    )
    assert satisfied(engine, req, nested)
    # The last item introduces the table right after it: filled by the table.
    table = (
        "## Suivi\n- Outil : Matomo\n- Responsable : Inès\n- Taux par étape :\n"
        "| Étape | Taux |\n| Panier | 62 % |\n| Paiement | 81 % |"
    )
    assert satisfied(engine, req, table)
    assert not satisfied(engine, req, table.split("\n|")[0] + "\n\nFin du suivi.")


def test_a_paragraph_numbering_its_items_inline_is_a_list(engine):
    from checker.match.detectors.lists import inline_items

    req = requirement(
        detector="list", min_items=3, terms=["atelier", "stock", "devis"], min_terms=2
    )
    assert satisfied(
        engine,
        req,
        "## Priorités\nNos priorités : (1) ranger le stock ; (2) ouvrir l'atelier le samedi ; "
        "(3) répondre aux devis sous 48 h.",
    )
    assert satisfied(
        engine, req, "## Priorités\nTrois chantiers : 1) le stock, 2) l'atelier, 3) les devis."
    )
    # Two numbers make no list; numbers out of order or inside a reference are not items.
    assert not satisfied(engine, req, "## Priorités\nD'abord (1) le stock, puis (2) l'atelier.")
    assert inline_items("Voir les pages 2) et 3) du devis (1) joint.") == []
    assert inline_items("En 2024 (1) seul atelier, (3) ventes.") == []
    # Items are filtered like list items: to-dos are not real items.
    assert not satisfied(
        engine,
        req,
        "## Priorités\nNos priorités : (1) le stock ; (2) l'atelier : à compléter ;"
        " (3) devis : TODO.",
    )


def test_one_word_found_by_two_terms_counts_once(engine):
    # « cause » and « à cause » (its stop word dropped) hit the same word; so do a
    # singular and its plural through their lemma.
    req = requirement(detector="terms", terms=["à cause", "cause", "retard"], min_terms=2)
    assert not satisfied(engine, req, "Objectif manqué à cause d'une rupture de stock.")
    assert satisfied(engine, req, "Objectif manqué à cause d'un retard de livraison.")
    plural = requirement(detector="terms", terms=["campagne", "campagnes"], min_terms=2)
    assert not satisfied(engine, plural, "Nos campagnes de l'été ont bien marché.")
    assert satisfied(engine, plural, "La campagne d'été puis les campagnes d'hiver.")


def test_a_labelled_run_in_a_sentence_is_a_list_under_its_label(engine):
    from checker.match.detectors.lists import labelled_runs

    req = requirement(detector="list", min_items=2, under=["freins", "obstacles"])
    run = (
        "## Nos clients\nNous avons interrogé 40 clientes. Les freins relevés : le prix des "
        "coffrets, la peur d'une erreur de taille (« et si ça ne va pas ? »), le délai de "
        "livraison en période de fêtes."
    )
    assert satisfied(engine, req, run)
    # The label must name what is listed: other labels, or none, do not count.
    assert not satisfied(engine, req, run.replace("Les freins relevés", "Les atouts relevés"))
    assert not satisfied(engine, req, "## Nos clients\nLe prix, la taille, le délai.")
    # A clause is no label; one item is no list; to-dos are not items.
    assert labelled_runs("Une fiche chez nous, c'est : le nom, le prix, une photo.") == []
    assert labelled_runs("Les freins : le prix des coffrets.") == []
    assert not satisfied(
        engine, req, "## Nos clients\nLes freins : à compléter, à définir avec l'équipe."
    )
    # Commas inside brackets or quotes do not split an item.
    (_start, _end, items), *_ = labelled_runs("Obstacles : le prix (élevé, 40 €), la météo.")
    assert items == ["le prix (élevé, 40 €)", "la météo"]


def test_a_labelled_run_must_name_the_terms_a_list_must_name(engine):
    """« Objectifs de la réunion : 1) …, 2) …, 3) … » is a list under « objectifs », but
    not a list of objectives by level: the terms the list must name count in a run too."""
    req = requirement(
        detector="list",
        under=["objectifs"],
        min_items=3,
        terms=["niveau ~2 stratégique|global", "niveau ~2 technique|informatique"],
        min_terms=2,
    )
    meeting = (
        "Objectifs de la réunion : 1) faire le point sur les retours de la semaine ; "
        "2) préparer la vente privée de juin ; 3) caler le tournage des vidéos."
    )
    levels = (
        "Objectifs : 1) niveau stratégique, doubler les ventes en ligne ; 2) niveau métier, "
        "120 commandes par mois ; 3) niveau technique, export des commandes vers la caisse."
    )
    assert not satisfied(engine, req, meeting)
    assert satisfied(engine, req, levels)


# -- co-location -------------------------------------------------------------------------
def _ev(document: str, *section: str, index: int = 0):
    from checker.model import Evidence, Location

    return Evidence("r", document, Location(index, section=tuple(section)), "x")


def test_pieces_in_two_chapters_are_not_co_located():
    from checker.match import co_located

    a = _ev("dossier.docx", "2. Diagnostic")
    b = _ev("dossier.docx", "5. Budget")
    assert co_located([[a], [b]]) is None
    assert co_located([[a], [_ev("dossier.docx", "2. Diagnostic", "2.3 SWOT")]]) is not None


def test_a_chapter_goes_with_its_annex_chapter_or_annex_file():
    from checker.match import co_located

    chapter = _ev("dossier.docx", "2. Diagnostic")
    annex_chapter = _ev("dossier.docx", "Annexes", "Annexe 2 : tableau")
    annex_file = _ev("annexes.pdf", "Annexe 2")
    other = _ev("dossier.docx", "5. Budget")
    assert co_located([[chapter], [annex_chapter]]) == [chapter, annex_chapter]
    assert co_located([[annex_file], [chapter]]) == [annex_file, chapter]
    # The annex joins one chapter; two other chapters still do not go together.
    assert co_located([[chapter], [annex_file], [other]]) is None
    assert co_located([[annex_file], [chapter], [other]]) is None
    # An annex in English: a file « …-appendix.pdf », a chapter « Appendix B — … ».
    appendix_file = _ev("plan-appendix.pdf", "B — Teardown")
    appendix_chapter = _ev("deck.pptx", "Appendix B — Teardown")
    assert co_located([[appendix_file], [chapter]]) == [appendix_file, chapter]
    assert co_located([[chapter], [appendix_chapter]]) == [chapter, appendix_chapter]
    assert co_located([[_ev("plan.pdf", "B — Teardown")], [chapter]]) is None


def test_a_slide_goes_with_its_speaker_notes_and_the_next_slide():
    """Each slide is a section: its speaker notes (a later part, on the slide's
    number) and the slide next to it belong to the same part of the talk."""
    from dataclasses import replace

    from checker.match import co_located

    def slide(number: int, *section: str, document: str = "soutenance.pptx"):
        ev = _ev(document, *section)
        return replace(ev, location=replace(ev.location, page=number))

    table = slide(12, "Trois outils comparés")
    notes = slide(12, "Notes de l'orateur", "Diapositive 12 — Trois outils comparés")
    next_one = slide(13, "Pourquoi Matomo")
    far = slide(20, "Budget")
    assert co_located([[table], [notes]]) == [table, notes]
    assert co_located([[table], [next_one]]) == [table, next_one]
    assert co_located([[table], [far]]) is None
    # A document's pages are no slides: chapters still decide.
    page_a = slide(3, "2. Diagnostic", document="dossier.docx")
    page_b = slide(3, "5. Budget", document="dossier.docx")
    assert co_located([[page_a], [page_b]]) is None


def test_a_list_continued_after_a_page_break_is_one_list(engine):
    req = requirement(detector="list", min_items=4, under=["actions correctives"])
    split = (
        "## Actions correctives\n"
        "1. Réécrire les 40 fiches produits\n2. Relancer les paniers abandonnés\n"
        "3. Réduire le délai d'expédition à 48 h\n"
        "Cuir & Sens – dossier 2026 – page 4\n"
        "@page 5\n"
        "Chef de projet e-commerce – Session 2026\n"
        "4. Former Léa au service client\n5. Publier un avis client par semaine\n"
    )
    assert satisfied(engine, req, split)
    # Two lists on one page, or a new list opened by its own intro line, stay apart.
    apart = split.replace("Cuir & Sens – dossier 2026 – page 4\n@page 5\n", "")
    assert not satisfied(engine, req, apart)
    opened = split.replace("Chef de projet e-commerce – Session 2026", "Idées écartées :")
    assert not satisfied(engine, req, opened)


def test_a_list_cut_by_the_footnotes_of_its_page_is_one_list(engine):
    """A PDF's footnotes sit between a list's items on either side of a page break;
    the list steps over them, and a note still counts as evidence."""
    req = requirement(detector="list", min_items=3, under=["mise en rayon"])
    split = (
        "## Mise en rayon des nouveautés\n"
        "1. Photographier chaque article sur fond neutre, face et profil\n"
        "@note Le studio photo est prêté par la chambre de métiers deux jours par mois, "
        "ce qui fixe le rythme des mises en ligne pendant toute la saison.\n"
        "@footer Page 6\n"
        "@page 7\n"
        "@header Maison Verdier — dossier professionnel\n"
        "2. Rédiger la fiche avec les dimensions et l'entretien\n"
        "3. Publier le jeudi, jour où les abonnés reçoivent la lettre\n"
    )
    assert satisfied(engine, req, split)
    # The same text as a paragraph of the body is no page furniture: two lists.
    body = split.replace("@note ", "")
    assert not satisfied(engine, req, body)
    roi = requirement(detector="terms", terms=["chambre de métiers"])
    assert satisfied(engine, roi, split)
    # A Word footnote follows the item that calls it, on the same page.
    same_page = split.replace(
        "@footer Page 6\n@page 7\n@header Maison Verdier — dossier professionnel\n", ""
    )
    assert satisfied(engine, req, same_page)
    assert not satisfied(engine, req, same_page.replace("@note ", ""))


def test_a_heading_whose_only_text_is_its_footnote_is_empty(engine):
    req = requirement(detector="terms", terms=["analyse SWOT"], scope=["heading"])
    empty = (
        "## Analyse SWOT\n"
        "@note Méthode vue en cours avec le formateur, appliquée plus loin au magasin.\n"
        "## Budget\nLe budget annuel est de 12 000 € pour les trois leviers retenus.\n"
    )
    assert not satisfied(engine, req, empty)
    filled = empty.replace(
        "@note Méthode", "Nos forces : 40 ans de métier, 2 000 clients fidèles. Méthode"
    )
    assert satisfied(engine, req, filled)


def test_a_required_label_left_empty_is_a_table_in_part(engine):
    """A quadrant with nothing in it (a grid's label over a blank cell, or a header
    over a blank column) leaves the table in part: real work, one dimension not done."""
    req = requirement(
        detector="table",
        header=["forces", "faiblesses", "opportunités", "menaces"],
        min_header=3,
        min_rows=1,
    )
    grid = (
        "| Forces | Faiblesses |\n"
        "| Atelier de 300 m², 12 ans de métier | Aucune vente le dimanche |\n"
        "| Opportunités | Menaces |\n"
        "| Tourisme à vélo en hausse de 15 % | {threat} |\n"
    )
    assert outcome(engine, req, grid.format(threat="Deux enseignes sportives à 5 km")).score == 1.0
    assert outcome(engine, req, grid.format(threat="")).score == 0.5
    columns = (
        "| Forces | Faiblesses | Opportunités | Menaces |\n"
        "| Atelier de 300 m² | Aucune vente le dimanche | Tourisme à vélo | {threat} |\n"
        "| 12 ans de métier | Site ancien | Aides à l'achat | {threat} |\n"
    )
    assert outcome(engine, req, columns.format(threat="Enseignes sportives")).score == 1.0
    assert outcome(engine, req, columns.format(threat="")).score == 0.5


def test_swot_grid_without_header_row(engine):
    """Quadrant names at the start of each cell, no header row: two rows of content."""
    req = requirement(
        detector="table",
        header=["forces", "faiblesses", "opportunités", "menaces"],
        min_header=3,
        min_rows=2,
    )
    grid = (
        "| Forces : fromages AOP primés, 38 % de marge en ligne | "
        "Faiblesses : livraison limitée du mardi au jeudi |\n"
        "| Opportunités : marché du colis frais + 12 % par an | "
        "Menaces : Lidl vend un Comté 18 mois à 19,90 €/kg |\n"
    )
    assert satisfied(engine, req, grid)
    # Labels alone, or one content row under a header, are not a filled grid.
    labels = "| Forces | Faiblesses |\n| Opportunités | Menaces |\n"
    assert not satisfied(engine, req, labels)
    one_row = (
        "| Forces | Faiblesses | Opportunités | Menaces |\n"
        "| AOP primés | livraison lente | colis frais | Lidl |\n"
    )
    assert not satisfied(engine, req, one_row)
    # A term mid-cell is no label: « nos forces » inside a sentence.
    prose = (
        "| Nous misons sur nos forces et limitons nos faiblesses | Le marché offre des "
        "opportunités malgré les menaces |\n"
        "| Texte libre sur quatre mots | Autre texte libre ici |\n"
    )
    assert not satisfied(engine, req, prose)


def test_a_table_row_is_a_section_in_a_document_laid_out_as_a_table(engine):
    """« Rubrique | Contenu »: the row label plays the part of a heading."""
    req = requirement(
        detector="section",
        terms=["benchmark"],
        min_words=12,
        contains={"id": "prix", "detector": "terms", "terms": ["prix"]},
    )
    table = (
        "| Rubrique | Contenu |\n"
        "| Benchmark | Trois concurrents comparés : Kusmi Tea vend 20 % plus cher, Palais des "
        "Thés livre en 48 h, la Route du Thé a le prix le plus bas du marché. |\n"
        "| Planning | Lancement en mars, soldes en juin. |\n"
    )
    assert satisfied(engine, req, table)
    short = table.replace(
        "Trois concurrents comparés : Kusmi Tea vend 20 % plus cher, Palais des Thés livre en "
        "48 h, la Route du Thé a le prix le plus bas du marché.",
        "À compléter.",
    )
    assert not satisfied(engine, req, short)
    # A long first cell is content, not a row label.
    long_label = table.replace(
        "| Benchmark |", "| Notre benchmark de trois boutiques de thé en vrac en ligne |"
    )
    assert not satisfied(engine, req, long_label)


def test_table_each_group_must_appear(engine):
    """`each`: every group (a term or a concept's forms) must be in the table."""
    problems = _Problems()
    req = _requirement(
        {
            "id": "r",
            "label": "r",
            "detector": "table",
            "cells": ["forces", "faiblesses", "opportunités", "menaces"],
            "min_cells": 2,
            "each": ["forces", "menaces"],
        },
        "test",
        problems,
    )
    assert not problems.lines
    assert req.options.each == (("forces",), ("menaces",))
    both = (
        "| Forces | Menaces |\n| Atelier local | Marketplaces |\n| Avis 4,8/5 | Hausse du coton |\n"
    )
    internal = both.replace("Menaces", "Faiblesses")
    assert satisfied(engine, req, both)
    assert not satisfied(engine, req, internal)


def test_terms_facts_option_refuses_a_classification(engine):
    req = requirement(detector="terms", terms=["objectif général"], min_words=8, facts=True)
    assert not satisfied(
        engine, req, "Les objectifs se classent en objectif général, spécifiques et techniques."
    )
    assert satisfied(engine, req, "Notre objectif général est de vendre 30 % en ligne d'ici 2027.")
    assert satisfied(engine, req, "Objectif général fixé par Claire : le site, premier canal.")


def test_a_column_left_to_do_makes_the_table_unfinished(engine):
    req = requirement(detector="table", header=["objectif", "cible"], min_header=2)
    todo = (
        "| Objectif | Cible |\n| Vendre plus en ligne | à définir |\n"
        "| Fidéliser | |\n| Site plus rapide | à définir |\n"
    )
    assert not satisfied(engine, req, todo)
    done = todo.replace("| à définir |", "| +20 % |", 1).replace("| |", "| 35 % |")
    assert satisfied(engine, req, done)
    # An optional column left blank is not a to-do.
    blank = "| Objectif | Cible | Remarque |\n| Vendre | +20 % | |\n| Fidéliser | 35 % | |\n"
    assert satisfied(engine, req, blank)
    # Nor is a column of dashes (« not applicable »), next to the real values.
    dashes = (
        "| Objectif | Cible | Prime |\n| Vendre | +20 % | — |\n| Fidéliser | 35 % | — |\n"
        "| Site plus rapide | 2 s | 150 € |\n| Avis clients | 4,6/5 | — |\n"
    )
    assert satisfied(engine, req, dashes)
    # Two labelled columns blank in every row: a table started, not filled in
    # (70 % of its cells are filled, so the share alone would let it pass).
    started = (
        "| Objectif | Cible | Indicateur | Échéance | Pilote | Réalisé | Écart |\n"
        "| Vendre | +20 % | CA en ligne | juin 2026 | Léa | | |\n"
        "| Fidéliser | 35 % | réachat | déc. 2026 | Tom | | |\n"
        "| Site plus rapide | 2 s | LCP | mars 2026 | Léa | | |\n"
    )
    assert not satisfied(engine, req, started)
    measured = started.replace("| | |", "| 18 % | -2 pts |")
    assert satisfied(engine, req, measured)


def test_abbreviated_column_labels_stand_for_their_words(engine):
    """« Impr. », « Conv. »: a short cell's word cut by a full stop is the word it begins."""
    req = requirement(
        detector="table", header=["impressions", "clics", "conversions"], min_header=3
    )
    table = (
        "| Semaine | Impr. | Clics | Conv. |\n| S12 | 14 200 | 310 | 12 |\n"
        "| S13 | 15 900 | 355 | 17 |\n"
    )
    assert satisfied(engine, req, table)
    # Without the full stop it is another word; in a long cell, a sentence's end.
    assert not satisfied(engine, req, table.replace("Impr.", "Impr").replace("Conv.", "Conv"))
    prose = table.replace("| Impr. |", "| Vues sur la période impr. |")
    assert not satisfied(engine, req, prose)


def test_a_course_list_or_section_is_not_evidence(engine):
    """A model stated like a course, with nothing of the company, never counts."""
    steps = requirement(
        detector="list",
        min_items=4,
        min=4,
        terms=["besoin", "recherche d'information", "évaluation", "achat", "après-achat"],
    )
    course = (
        "## Le processus d'achat\n"
        "Le processus d'achat comporte cinq étapes :\n"
        "- la reconnaissance du besoin ;\n- la recherche d'information ;\n"
        "- l'évaluation des alternatives ;\n- la décision d'achat ;\n"
        "- le comportement après-achat.\n"
    )
    assert not satisfied(engine, steps, course)
    applied = course.replace(
        "- la reconnaissance du besoin ;", "- le besoin : Julie, 34 ans, casse sa théière ;"
    )
    assert satisfied(engine, steps, applied)
    section = requirement(detector="section", terms=["benchmark"], min_words=20)
    lesson = (
        "## Le benchmark\n"
        "Le benchmark est une méthode qui consiste à comparer les pratiques des concurrents "
        "afin de repérer les meilleures idées et de les adapter à sa propre entreprise, sur "
        "les prix, la livraison, le service et la communication."
    )
    assert not satisfied(engine, section, lesson)
    assert satisfied(engine, section, lesson + " Nous avons comparé trois boutiques de thé.")


def test_grading_notes_opened_by_a_marker_and_their_list_are_not_evidence(engine):
    req = requirement(detector="calculation", terms=["roi"])
    notes = (
        "## Q3.2 Rentabilité\n"
        "Éléments attendus – le ROI se calcule sur la marge :\n"
        "- ROI = (marge 8 800 € − coût 5 000 €) / 5 000 € = 76 %\n"
        "- accepter un calcul sur le chiffre d'affaires s'il est justifié\n"
    )
    assert not satisfied(engine, req, notes)
    own = "## Q3.2 Rentabilité\nROI = (marge 8 800 € − coût 5 000 €) / 5 000 € = 76 %."
    assert satisfied(engine, req, own)
    # The subject's orders, and the numbered questions under them.
    for opening in ("Consignes au candidat :", "Consigne : à partir de l'annexe 3,"):
        subject = (
            f"## Partie 2 : rentabilité (5 points)\n{opening}\n\n"
            "2.1 Calculez le ROI : (marge 8 800 € − coût 5 000 €) / 5 000 € = 76 %. (3 pts)"
        )
        assert not satisfied(engine, req, subject), opening
    # A numbered paragraph after another paragraph is the candidate's.
    answer = (
        "## Partie 2 : rentabilité\nVoici mon calcul.\n\n"
        "2.1 ROI = (marge 8 800 € − coût 5 000 €) / 5 000 € = 76 %."
    )
    assert satisfied(engine, req, answer)
    # « Corriger » opens an action, not a grading note (« Corrigé : »).
    fix = requirement(detector="terms", terms=["temps de chargement"])
    assert satisfied(engine, fix, "- corriger le temps de chargement mobile (5,2 s)")


def test_a_negated_relative_clause_does_not_negate_the_main_clause(engine):
    req = requirement(detector="terms", terms=["longue traîne"])
    assert satisfied(
        engine,
        req,
        "Nous visons la longue traîne sur les marques premium, où Vinted ne se positionne pas.",
    )
    # A negated main clause still reaches into its relative clause.
    legal = requirement(detector="terms", terms=["mentions légales"])
    assert not satisfied(
        engine, legal, "Nous n'avons pas de page où figurent les mentions légales."
    )
    assert not satisfied(engine, req, "Nous ne visons pas la longue traîne, qui coûte cher.")
    # A relative clause right after the hit describes it: its negation counts.
    swot = requirement(detector="terms", terms=["benchmark"])
    assert not satisfied(engine, swot, "Un benchmark qui n'a pas encore été réalisé.")
    assert not satisfied(engine, swot, "Le benchmark que nous n'avons pas terminé.")
    assert satisfied(
        engine,
        req,
        "Nous ciblons la longue traîne de quartier et les réparations express que les grandes "
        "enseignes ne proposent pas.",
    )


def test_a_paragraph_that_opens_like_a_course_is_not_the_candidates_work(engine):
    req = requirement(detector="terms", terms=["outil de mesure", "Matomo"])
    course = (
        "Le panier moyen est le rapport entre le chiffre d'affaires et le nombre de commandes. "
        "Il se suit avec un outil de mesure comme Matomo. Il atteint souvent 60 à 80 €."
    )
    assert not satisfied(engine, req, course)
    # The same opening followed by the company's own measures is its work.
    assert satisfied(
        engine,
        req,
        course.replace("Il se suit", "Nous le suivons").replace(
            "Il atteint", "Il atteint chez nous"
        ),
    )
    assert satisfied(engine, req, course.replace("Il se suit", "Chez Pousse Verte, il se suit"))


def test_a_paragraph_with_the_companys_address_or_dated_event_is_no_course(engine):
    """« Le magasin comprend… » opens like a model; an address or an event of the
    company's own, dated in the past, says it describes the company."""
    req = requirement(detector="terms", terms=["conditions générales", "médiateur"])
    opening = (
        "La boutique comprend un espace atelier et un espace vente. "
        "Ses conditions générales nomment un médiateur de la consommation."
    )
    assert not satisfied(engine, req, opening)
    assert satisfied(engine, req, opening + " Le siège est au 8 avenue Foch, 69006 Lyon.")
    assert satisfied(
        engine, req, opening + " Le médiateur a été ajouté en octobre 2025 après un litige."
    )
    # A law's own date stays the course's.
    law = opening + " La loi impose un médiateur depuis janvier 2016."
    assert not satisfied(engine, req, law)


def test_a_concept_credited_to_its_theorist_is_still_a_course(engine):
    # The theorist's name (« théorisé par … ») is the course's source, not a fact of
    # the company: the definition and the paragraph it opens are no evidence.
    req = requirement(detector="terms", terms=["page mère", "pages filles"])
    course = (
        "Le maillage en silo est une méthode de rangement des pages conceptualisée par "
        "Marie Dupré. Une page mère traite le sujet large et des pages filles les sous-sujets."
    )
    assert not satisfied(engine, req, course)
    own = (
        "Le maillage en silo de Quincaillerie Barrel est une méthode que j'ai appliquée en mars : "
        "une page mère « Outillage » et quatre pages filles."
    )
    assert satisfied(engine, req, own)


def test_a_model_stated_like_a_course_is_not_evidence_even_from_an_author(engine):
    req = requirement(detector="terms", terms=["prise de conscience", "comparaison des offres"])
    model = (
        "D'après Lendrevie, le parcours d'achat se décompose en étapes : prise de conscience, "
        "comparaison des offres, décision."
    )
    assert not satisfied(engine, req, model)
    # A body of knowledge cited as the author (« Selon la théorie classique… »).
    theory = requirement(detector="terms", terms=["motivations"])
    for source in ("Selon la théorie classique du consommateur", "D'après la littérature"):
        cited = f"{source}, les motivations sont des forces internes qui poussent à acheter."
        assert not satisfied(engine, theory, cited), source
    own = "Selon notre enquête, les motivations sont des cadeaux à 80 %."
    assert satisfied(engine, theory, own)
    assert not satisfied(
        engine, req, "La prise de conscience correspond à la découverte d'un besoin non satisfait."
    )
    freins = requirement(detector="terms", terms=["frais de port"])
    known = "Les principaux freins à l'achat en ligne sont connus : frais de port, délais, etc."
    assert not satisfied(engine, freins, known)
    assert satisfied(engine, freins, known.replace("en ligne", "chez Vélo Fil"))
    # The model applied to the company is its work.
    applied = (
        "Chez Tisanes du Vercors, le parcours d'achat se décompose en étapes : prise de "
        "conscience sur Instagram, comparaison des offres sur 3 sites, décision."
    )
    assert satisfied(engine, req, applied)


def test_a_rule_the_candidate_sets_is_no_absence(engine):
    req = requirement(detector="terms", terms=["maillage interne"])
    assert satisfied(
        engine, req, "Règle de maillage interne : ne jamais pointer vers la page des soldes."
    )
    assert satisfied(
        engine, req, "Maillage interne : toujours vers la fiche, jamais vers la catégorie."
    )
    assert satisfied(engine, req, "- ne pas changer le maillage interne avant la saison")
    # Two denials affirm.
    ctrl = requirement(detector="terms", terms=["contrôle qualité"])
    assert satisfied(engine, ctrl, "Aucun colis ne quitte l'atelier sans contrôle qualité.")
    assert not satisfied(engine, ctrl, "Aucun contrôle qualité n'est fait au départ des colis.")
    # An absence stays one.
    assert not satisfied(engine, req, "Nous n'avons jamais travaillé le maillage interne.")
    assert not satisfied(engine, req, "Pas de maillage interne pour le moment.")


def test_a_negation_in_a_bracketed_aside_stays_in_the_aside(engine):
    req = requirement(detector="terms", terms=["verse le montant"])
    aside = "Le prêteur verse le montant de chaque vente sur notre compte en 48 h (pas de retard)."
    assert satisfied(engine, req, aside)
    # Outside the brackets, the negation still reaches the whole sentence.
    assert not satisfied(
        engine, req, "Pas de garantie : il verse le montant sous 48 h (en théorie)."
    )
    # A bracket right after the hit qualifies the hit itself.
    swot = requirement(detector="terms", terms=["analyse swot"])
    assert not satisfied(engine, swot, "Notre analyse SWOT (pas encore faite) portera sur 2025.")
    assert not satisfied(engine, swot, "Analyse SWOT (aucune donnée disponible pour le moment).")


def test_a_cell_listing_several_items_counts_as_several_rows(engine):
    """« Motivations | Freins » with every motivation in one cell (line breaks
    lost by the reader): as many rows as items."""
    from checker.match.structure import cell_items

    req = requirement(detector="table", header=["motivations", "freins"], min_header=2)
    one_row = (
        "| Motivations | Freins |\n"
        "| Se détendre loin des écrans S'organiser (agenda, habitudes) Avoir du beau "
        "matériel | Prix plus élevé qu'en grande surface Frais de livraison sur les petits "
        "paniers Ne pas pouvoir toucher le papier |\n"
    )
    assert satisfied(engine, req, one_row)
    assert not satisfied(engine, req, "| Motivations | Freins |\n| Le prix | La livraison |\n")
    assert cell_items("Notre boutique Laine & Co vend à Lyon depuis 2019 des pelotes.") == 1
    assert cell_items("Livraison offerte dès 40 € ; retrait en boutique ; paiement en 3 fois") == 3


def test_the_candidates_own_site_is_no_benchmark_source(engine):
    req = requirement(detector="link", near=["concurrent", "benchmark"])
    doc = (
        "@header Thé des Brumes — www.thedesbrumes.fr\n"
        "## Benchmark\n"
        "Fiche concurrent : [Kusmi Tea](https://www.kusmitea.com/fr).\n\n"
        "Notre offre face aux concurrents : [catalogue](https://www.thedesbrumes.fr/thes).\n"
    )
    found = [e.excerpt for e in _evaluate(engine, req, doc).evidence]
    assert any("kusmitea" in e for e in found)
    assert not any("thedesbrumes" in e for e in found)
    own_only = doc.replace("Fiche concurrent : [Kusmi Tea](https://www.kusmitea.com/fr).\n\n", "")
    assert not satisfied(engine, req, own_only)


def _evaluate(engine, req, text):
    from checker.match import evaluate
    from checker.match.context import Context
    from checker.match.index import compile_term
    from checker.nlp.pipeline import lemmatize_terms

    terms = req.terms()
    analysed = lemmatize_terms(terms)
    patterns = {t: compile_term(t, analysed) for t in terms}
    base = engine.context([docmark(text)])
    return evaluate(req, Context(base.docs, patterns, EchoGuard([])))


def test_targets_and_measured_together_is_a_rule_error():
    problems = _Problems()
    _requirement(
        {"id": "r", "label": "r", "detector": "number", "targets": True, "measured": True},
        "test",
        problems,
    )
    assert any("incompatible avec targets" in line for line in problems.lines)


def test_a_lists_closing_etc_names_nobody():
    from checker.match.context import own_facts
    from checker.nlp.text import fold

    course = "Les indicateurs usuels sont le trafic, le taux de rebond, Etc."
    assert not own_facts(fold(course), course)
    assert own_facts(fold(course), course.replace("Etc.", "selon Julie"))


def test_terms_with_negative_read_a_negative_turn_as_the_friction_itself(engine):
    terms = ["frais de port", "création de compte", "paiement en plusieurs fois"]
    text = (
        "Le client ne voit pas les frais de port avant le paiement et il n'y a pas de "
        "paiement en plusieurs fois sans création de compte."
    )
    plain = requirement(detector="terms", terms=terms, min_terms=2)
    friction = requirement(detector="terms", terms=terms, min_terms=2, negative=True)
    assert not satisfied(engine, plain, text)
    assert satisfied(engine, friction, text)
    # A to-do stays a to-do.
    assert not satisfied(engine, friction, "Frais de port, création de compte : à compléter.")


def test_list_with_negative_counts_the_terms_of_negative_items(engine):
    """With ``negative``, a negated item is content: its terms count too (« aucun médiateur
    n'est désigné » names the mediation clause a review found missing)."""
    terms = ["rétractation", "garantie légale", "médiateur"]
    text = (
        "Nos remarques :\n- rétractation : le formulaire n'est pas joint ;\n"
        "- garantie légale : elle n'est pas citée ;\n- aucun médiateur n'est désigné."
    )
    plain = requirement(detector="list", min_items=3, terms=terms, min_terms=3)
    review = requirement(detector="list", min_items=3, terms=terms, min_terms=3, negative=True)
    assert not satisfied(engine, plain, text)
    assert satisfied(engine, review, text)
    # To-dos stay to-dos.
    todo = (
        "Nos remarques :\n- rétractation : à compléter\n"
        "- garantie légale : à compléter\n- médiateur : à compléter"
    )
    assert not satisfied(engine, review, todo)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # A quoted question stays inside its sentence.
        (
            "Chaque fiche a une rubrique « Pour qui ? » sous la photo. Le prix suit.",
            ["Chaque fiche a une rubrique « Pour qui ? » sous la photo.", "Le prix suit."],
        ),
        # After a quote closed on an end mark, a capital opens the next sentence.
        (
            "Le client écrit « Trop lent ! » Nous avons changé d'hébergeur.",
            ["Le client écrit « Trop lent ! »", "Nous avons changé d'hébergeur."],
        ),
        ("Un. Deux ? Trois !\nQuatre", ["Un.", "Deux ?", "Trois !", "Quatre"]),
    ],
)
def test_sentences_keep_quoted_questions_whole(text, sentences):
    from checker.match.index import DocIndex

    (unit,) = DocIndex(docmark(text, name="t")).units
    assert [unit.text[a:b] for a, b in unit.sentences] == sentences


def test_an_announced_calculation_is_one_calculation_not_two(engine):
    """« Calcul du ROI : » and the figures under it are one calculation: with
    ``min_blocks: 2`` (the metric compared from one object to the next) a second
    one is still needed."""
    req = requirement(detector="calculation", terms=["roi"], min_blocks=2)
    one = (
        "## Rentabilité des campagnes\n"
        "Calcul du ROI de la campagne de mars :\n\n"
        "Coût 1 000 €, marge 2 500 €, ROI = (2 500 − 1 000) / 1 000 = 150 %."
    )
    assert not satisfied(engine, req, one)
    two = one + "\n\nSur Meta : coût 800 €, marge 900 €, ROI = (900 − 800) / 800 = 12,5 %."
    assert satisfied(engine, req, two)


def test_a_calculation_worked_out_in_steps_before_its_result_is_one_calculation(engine):
    req = requirement(detector="calculation", terms=["roi", "pour 1 € investi"], min_numbers=3)
    steps = (
        "## Rentabilité du salon de Lyon\n"
        "- Marge par vase : 60 − 22 = 38 €.\n"
        "- Marge totale : 85 × 38 = 3 230 €.\n"
        "- Coût du stand et du voyage : 900 + 350 = 1 250 €.\n"
    )
    result = "\nEn clair, pour 1 € investi dans le salon, l'atelier Grès d'Ocre en récupère 2,58."
    assert satisfied(engine, req, steps + result)
    # Alone, the result is a claim; amounts listed without a computation, or
    # computations in another part, are not its steps.
    assert not satisfied(engine, req, result)
    listed = steps.replace(" = 38", "").replace(" = 3 230", "").replace(" = 1 250", "")
    assert not satisfied(engine, req, listed + result)
    assert not satisfied(engine, req, steps + "\n## Conclusion\n" + result)
    # The result of steps is not a second calculation to compare with.
    twice = requirement(detector="calculation", terms=["roi", "pour 1 € investi"], min_blocks=2)
    assert not satisfied(engine, twice, steps + result)


def test_a_return_per_euro_restating_the_sentence_before_is_a_calculation(engine):
    req = requirement(detector="calculation", terms=["roi", "chaque euro dépensé"], min_numbers=3)
    said = (
        "J'ai payé 1 500 € de publicité Facebook cette année, et elle m'a amené 4 800 € de "
        "commandes, soit 1 900 € de marge une fois le bois et l'envoi payés. Autrement dit, "
        "chaque euro dépensé m'est revenu avec 0,27 € de gain en plus."
    )
    assert satisfied(engine, req, said)
    # Without the amounts before it, or with a sentence that does not restate them.
    assert not satisfied(engine, req, said.split("payés. ")[1])
    assert not satisfied(engine, req, said.replace("Autrement dit, c", "L'an prochain, c"))
    assert not satisfied(
        engine, req, said.replace("m'est revenu avec 0,27 € de gain en plus", "compte")
    )
    # A return per euro stated as a norm is a threshold, not a result.
    norm = said.replace("m'est revenu avec", "doit rapporter au moins")
    assert not satisfied(engine, req, norm)


def test_a_lone_title_puts_chapters_one_level_down_but_a_lone_numbered_section_does_not():
    from checker.match.index import DocIndex

    titled = docmark(
        "# Dossier de certification\n\n## 1. Diagnostic\n\nTexte.\n\n## 2. Budget\n\nTexte."
    )
    assert DocIndex(titled).chapter_depth == 2
    # One numbered section with its subsections (an excerpt, one file per chapter): its
    # subsections are parts of that one chapter, not chapters of their own.
    for heading in ("1.2 Comprendre nos clientes", "II. Le diagnostic", "Partie 3 : budget"):
        lone = docmark(
            f"## {heading}\n\nTexte.\n\n### Ce qui les attire\n\nTexte.\n\n"
            "### Ce qui les freine\n\nTexte."
        )
        assert DocIndex(lone).chapter_depth == 1, heading


def test_a_wordmark_above_the_title_puts_chapters_two_levels_down():
    """A cover whose wordmark (« VERT TIGE », in large type) stands above the title: the
    title is the only heading of the second level, right under it; the chapters are the
    next level. With text between them, or several headings of the second level, the
    second level holds the chapters."""
    from checker.match.index import DocIndex

    covered = (
        "# VERT TIGE\n\n## Pépinière en ligne – Saint-Julien-de-Concelles\n\n"
        "### 1. Diagnostic\n\nTexte.\n\n### 2. Budget\n\nTexte."
    )
    assert DocIndex(docmark(covered)).chapter_depth == 3
    spaced = covered.replace("\n\n## Pépinière", "\n\nDossier professionnel.\n\n## Pépinière")
    assert DocIndex(docmark(spaced)).chapter_depth == 2
    parts = covered + "\n\n## Annexes\n\n### Annexe 1\n\nTexte."
    assert DocIndex(docmark(parts)).chapter_depth == 2


def test_a_contents_under_a_longer_title_with_page_marks_is_a_table_of_contents(engine):
    from checker.extract.normalize import is_toc_heading, toc_title

    assert is_toc_heading("Sommaire du dossier — Bloc 2")
    assert is_toc_heading("Table des matières (version 2)")
    assert not is_toc_heading("Sommes engagées par levier")
    assert toc_title("3.1 Objectifs de la campagne ........ p. 9") == "3.1 Objectifs de la campagne"
    req = requirement(detector="terms", terms=["objectifs de la campagne"])
    contents = (
        "## Sommaire du dossier — Bloc communication\n"
        "3.1 Objectifs de la campagne ........ p. 9\n\n"
        "3.2 Cibles ........ p. 11"
    )
    assert not satisfied(engine, req, contents)


def test_a_column_head_gives_its_bare_numbers_their_unit(engine):
    req = requirement(detector="number", kinds=["money"], min_numbers=3)
    table = "| Levier | Budget (€ HT) |\n| SEO | 1 200 |\n| Ads | 900 |\n| E-mailing | 300 |"
    assert satisfied(engine, req, table)
    assert not satisfied(engine, req, table.replace("Budget (€ HT)", "Budget"))
    rates = requirement(detector="number", kinds=["percent"], min_numbers=2)
    assert satisfied(engine, rates, "| Étape | Taux (%) |\n| Panier | 62 |\n| Paiement | 81 |")
    # A figure with words in its cell is not a bare number (« 3 salariés »).
    assert not satisfied(
        engine, req, table.replace("1 200", "3 salariés").replace("900", "2 postes")
    )
    # The line introducing the table may give the unit once for all its figures.
    bare = table.replace("Budget (€ HT)", "Budget")
    assert satisfied(engine, req, "Budget par levier (en € HT) :\n\n" + bare)
    assert not satisfied(engine, req, "Budget par levier :\n\n" + bare)
    # Years are no amounts.
    years = "Ventes par année (en €) :\n\n| Canal | 2024 | 2025 |\n| Site | 2024 | 2025 |"
    assert not satisfied(engine, req, years)


def test_subscript_digits_read_as_digits(engine):
    from checker.extract.normalize import normalize

    assert normalize("120 g de CO₂, de l'H₂O") == "120 g de CO2, de l'H2O"
    req = requirement(detector="terms", terms=["CO2"])
    assert satisfied(engine, req, "Nos transporteurs émettent 120 g de CO₂ par colis.")


def test_a_numbered_list_typed_by_hand_runs_across_a_page_footer_and_list_items():
    # A PDF reader may see some of the items as a list and not others, and a page's
    # footer may fall between two of them: « 1 Présentation », « 2 Périmètre »…
    from checker.testing import docmark

    text = (
        "1 Présentation du projet\n\n2 Périmètre du projet\n\n@footer Page 2\n\n"
        "- 3 Objectifs du projet\n\n4 Budget et calendrier\n\n5 ans de garantie offerts."
    )
    kinds = [b.kind.value for b in docmark(text).blocks]
    assert kinds == ["list_item", "list_item", "footer", "list_item", "list_item", "paragraph"]
    roman = "I. Diagnostic de la boutique\n\nII. Axes de la stratégie\n\nIII. Budget"
    assert {b.kind.value for b in docmark(roman).blocks} == {"list_item"}
    # A figure opening a paragraph is no item number without a run from 1.
    assert docmark("3 Fournisseurs ont répondu.\n\n4 Devis reçus.").blocks[0].kind.value == (
        "paragraph"
    )


def test_a_plan_typed_in_the_text_is_a_table_of_contents(engine):
    # Lines that repeat, in order, headings that come later (no page numbers): the
    # dossier's plan announces its parts, it is no work of theirs.
    from checker.testing import docmark

    req = requirement(detector="terms", terms=["SWOT"])
    body = (
        "## 2. Les concurrents\nTrois sites comparés sur les prix.\n\n"
        "## 3. SWOT\n| Forces | Faiblesses |\n| Atelier local | Site lent |\n\n"
        "## 4. Budget\n2 400 € sur l'année."
    )
    plan = "## Sommaire\n- 2. Les concurrents\n- 3. SWOT\n- 4. Budget\n\n"
    kinds = [b.kind.value for b in docmark(plan + body).blocks[:4]]
    assert kinds == ["heading", "toc_entry", "toc_entry", "toc_entry"]
    plan_only = plan + "## 2. Les concurrents\n## 3. SWOT\n## 4. Budget"
    assert not satisfied(engine, req, plan_only)
    # Two lines, or lines out of the headings' order, are a list of the text.
    two = "## Nos axes\n- Les concurrents\n- SWOT\n\n" + body
    assert [b.kind.value for b in docmark(two).blocks[1:3]] == ["list_item", "list_item"]
    shuffled = "## Nos axes\n- SWOT\n- Budget\n- Les concurrents\n\n" + body
    assert docmark(shuffled).blocks[1].kind.value == "list_item"


@pytest.mark.parametrize(
    "text",
    [
        "à faire",
        "  à faire",
        "Budget : à faire",
        "Budget :à faire",
        "(à faire)",
        "– à faire",
        "il reste à faire",
        "lala faire",
        "Budget:   à faire",
    ],
)
def test_a_word_opening_after_a_mark_is_found_as_by_the_plain_pattern(text):
    """``_opening`` writes « (?:^|[marks])\\s*word » word first (scanned fast): same matches."""
    import re

    from checker.match.guards import _opening
    from checker.nlp.text import fold

    plain = re.compile(r"(?:^|[:(\-–])\s*a faire")
    fast = re.compile(_opening("a", r":(\-–") + " faire")
    assert bool(plain.search(fold(text))) == bool(fast.search(fold(text)))


def test_an_acronym_spelt_out_with_commas_names_no_one():
    from checker.match.guards import names_someone, without_expansions

    course = "Le modèle MIF (Motivations, Inhibitions, Freins) classe les ressorts d'achat."
    assert not names_someone(without_expansions(course))
    swot = "La matrice SWOT (Strengths, Weaknesses, Opportunities and Threats) croise deux axes."
    assert not names_someone(without_expansions(swot))
    # A company named beside it still names someone.
    assert names_someone(without_expansions(course + " Chez nous, Léa l'applique aux paniers."))


def test_items_nested_under_an_item_that_introduces_them_are_a_list_of_their_own(engine):
    req = requirement(
        detector="list",
        min_items=2,
        under=["objectifs"],
        terms=["ventes", "commandes"],
        min_terms=2,
    )
    nested = (
        "## Cadrage\n"
        "- Objectifs business :\n"
        "  - 45 % des ventes en ligne fin 2026\n"
        "  - 1 200 commandes par mois\n"
        "- Contraintes :\n"
        "  - budget serré\n"
        "  - une seule personne\n"
    )
    assert satisfied(engine, req, nested)
    # Nested under another item, the same figures are not the objectives.
    other = nested.replace("Objectifs business", "Chiffres du marché").replace(
        "Contraintes", "Notre situation"
    )
    assert not satisfied(engine, req, other)


def test_a_heading_giving_a_choice_and_not_the_others_is_not_a_negation(engine):
    req = requirement(detector="section", terms=["partenaires"], min_words=15)
    body = (
        "\nLa cave Morin et le fromager Vidal touchent nos clientes de 35-50 ans ; ils vendent "
        "déjà des produits locaux et relaient nos coffrets depuis mars."
    )
    assert satisfied(engine, req, "## Pourquoi ces partenaires et pas d'autres ?" + body)
    assert not satisfied(engine, req, "## Partenaires : pas encore trouvés" + body)


def test_a_card_status_before_any_heading_holds_for_its_part_only(engine):
    req = requirement(detector="terms", terms=["google ads"])
    text = (
        "Statut : À faire\n\nSuivre les coûts Google Ads chaque semaine.\n\n"
        "## Bilan de mars\nLes annonces Google Ads ont coûté 420 € pour 31 commandes."
    )
    excerpts = [e.excerpt for e in outcome(engine, req, text).evidence]
    assert excerpts and all("420 €" in e for e in excerpts)


def test_a_table_row_whose_status_is_not_begun_is_a_to_do(engine):
    req = requirement(detector="terms", terms=["photoshop"])
    plan = (
        "| Tâche | Qui | Quand | Statut |\n"
        "| Retouche des photos (Photoshop) | moi | mars | {status} |\n"
        "| Montage de la vidéo | Léa | avril | fait |\n"
    )
    for status in ("à faire", "À venir", "non commencé"):
        assert not satisfied(engine, req, plan.format(status=status)), status
    for status in ("fait", "terminé", "en cours"):
        assert satisfied(engine, req, plan.format(status=status)), status
    # Without a status column, « à faire » in a cell is the task's own wording.
    assert satisfied(engine, req, plan.format(status="à faire").replace("Statut", "Note"))


@pytest.mark.parametrize(
    "sentence, todo",
    [
        ("Je dois encore classer les objectifs par niveau.", True),
        ("Il me reste à chiffrer le tunnel de commande.", True),
        ("Il nous reste encore à contacter les transporteurs.", True),
        ("Il reste 12 cartons en stock après la vente privée.", False),
        ("Il me reste 300 € de budget pour la campagne de juin.", False),
    ],
)
def test_work_the_author_still_owes_is_a_note_to_self(sentence, todo):
    from checker.match.guards import is_todo

    assert is_todo(sentence) is todo


def test_a_negated_clause_leaves_the_other_clauses_of_its_sentence_usable():
    from checker.match.context import usable_text
    from checker.match.index import DocIndex

    text = (
        "Pas de relance automatique pour l'instant, mais on a suivi chaque panier à la main : "
        "42 paniers abandonnés en mars.\n\n"
        "Pas de relance automatique ni de suivi des paniers pour l'instant."
    )
    index = DocIndex(docmark(text, name="t"))
    first, second = index.document.blocks
    kept = usable_text(index, first)
    assert "42 paniers abandonnes" in kept
    assert "relance automatique" not in kept
    # A sentence of one negated clause keeps nothing.
    assert usable_text(index, second) == ""


@pytest.mark.parametrize(
    "after, done",
    [
        ("", True),
        ("Je n'ai pas encore eu le temps de les paramétrer.", False),
        ("Aucune de ces pistes n'est en place à ce jour.", False),
        ("Elles ne sont pas encore activées sur la boutique.", False),
        ("Je ne les ai pas encore testées.", False),
        # The line speaks of something else: the list stands.
        ("Je n'ai pas encore les chiffres de décembre.", True),
        ("Les trois sont en place depuis mars.", True),
    ],
)
def test_a_list_followed_by_a_line_saying_it_is_not_done_is_a_to_do(engine, after, done):
    req = requirement(detector="list", min_items=3, terms=["produits"])
    text = (
        "## Mise en avant des produits\n"
        "- produits vedettes sur l'accueil (8 au plus)\n"
        "- produits associés en bas de fiche\n"
        "- étiquette « Nouveau » pendant vingt jours\n"
    ) + (f"\n{after}\n" if after else "")
    assert satisfied(engine, req, text) is done


@pytest.mark.parametrize(
    "sentence, reason",
    [
        # A grader's or a subject's description of what is assessed.
        ("Le candidat démontre sa capacité à choisir des partenaires.", "instructions"),
        ("Le candidat identifie les freins à l'achat de la cible.", "instructions"),
        # A tutor's feedback addressed to the candidate.
        ("Tu listes trois magasins mais tu ne dis jamais pourquoi.", "appraisal"),
        ("Il te manque les chiffres de fréquentation de l'été.", "appraisal"),
        ("Tu aurais pu comparer les délais de livraison.", "appraisal"),
        # The candidate's own words.
        ("Nous avons retenu trois magasins parce qu'ils touchent nos clientes.", None),
        ("Le candidat retenu par l'agence est arrivé en mars.", None),
        ("Je te transmets le tableau des ventes de mars : 412 commandes.", None),
    ],
)
def test_grading_text_and_feedback_to_the_candidate_are_not_its_work(sentence, reason):
    from checker.match.guards import _sentence_reason
    from checker.nlp.text import fold

    assert _sentence_reason(fold(sentence)) == reason


def test_a_list_under_a_bare_to_do_line_is_left_to_do(engine):
    req = requirement(detector="list", min_items=2, terms=["réunion"])
    text = (
        "## Management de l'équipe\n"
        "{intro}\n\n"
        "- une réunion d'équipe chaque lundi à 9 h (30 min)\n"
        "- une réunion mensuelle avec le transporteur\n"
    )
    assert satisfied(engine, req, text.format(intro="Rythme retenu :"))
    for intro in ("À faire :", "Reste à faire :", "To do :"):
        assert not satisfied(engine, req, text.format(intro=intro)), intro


@pytest.mark.parametrize(
    "heading, course",
    [
        ("Rappel méthodologique", True),
        ("2.1 Rappels méthodologiques", True),
        ("La méthode (cours de M. Roux)", True),
        ("Notre méthode de sélection", False),
        ("Cours de yoga en ligne (M. Roux, professeur)", False),
        ("Le tunnel de conversion — définition du syllabus", True),
        ("Extrait du syllabus : le tunnel", True),
        ("Le tunnel : définition du cours", True),
        ("Le tunnel de la boutique : définition des étapes", False),
    ],
)
def test_a_method_recalled_from_a_course_is_a_course(heading, course):
    from checker.match.guards import _COURSE_HEADING
    from checker.nlp.text import fold

    assert bool(_COURSE_HEADING.search(fold(heading).strip())) is course


def test_a_name_after_a_slash_is_a_fact():
    from checker.match.context import own_facts

    written = "logos CB / Visa sous le bouton de paiement"
    assert own_facts(fold(written), written)
    assert not own_facts(fold("logos des cartes sous le bouton"), "logos des cartes sous le bouton")


@pytest.mark.parametrize(
    "sentence, course",
    [
        (
            "Rappel de cours : la retouche désigne les opérations sur une photo (Photoshop).",
            True,
        ),
        ("D'après le cours du module 4, on cherche les volumes dans Semrush.", True),
        ("Comme vu en cours, le tunnel de commande compte cinq étapes.", True),
        # The candidate applying the course to the company.
        ("D'après le cours, j'ai classé nos 40 mots-clés par intention.", False),
        ("Nous avons retouché 48 photos dans Lightroom (préréglage maison).", False),
    ],
)
def test_a_sentence_that_recalls_a_course_is_a_course(sentence, course):
    from checker.match.guards import course_model

    assert course_model(fold(sentence), sentence) is course


def test_a_roi_stated_under_a_budget_table_is_checked_against_its_totals(engine):
    """« ROI ×3 » under a table whose spending and revenue columns add up to 12 000 €
    and 36 000 €: the value is worked out from the table (a forecast with its amounts)."""
    req = requirement(detector="calculation", terms=["roi"])
    table = (
        "## 2.3 Budget des leviers\n"
        "| Levier | Dépense | Recette attendue |\n"
        "| SEA | 5 000 € | 15 000 € |\n"
        "| Emailing | 3 000 € | 12 000 € |\n"
        "| Salons | 4 000 € | 9 000 € |\n\n"
    )
    assert satisfied(engine, req, table + "Avec ce plan, nous visons un ROI ×3 sur l'année.")
    assert satisfied(engine, req, table + "Le ROI attendu est de 200 % sur l'année.")
    # A value the table does not give, the same value with no table, or a table of
    # another part: no calculation.
    assert not satisfied(engine, req, table + "Avec ce plan, nous visons un ROI ×6 sur l'année.")
    assert not satisfied(engine, req, "Avec ce plan, nous visons un ROI ×3 sur l'année.")
    assert not satisfied(
        engine, req, table + "## 2.4 Bilan\nAvec ce plan, nous visons un ROI ×3 sur l'année."
    )


@pytest.mark.parametrize(
    "item, done",
    [
        ("[ ] Détourage des photos de la gamme dans GIMP", False),
        ("☐ Détourage des photos de la gamme dans GIMP", False),
        ("[x] Détourage des photos de la gamme dans GIMP", True),
        ("☑ Détourage des photos de la gamme dans GIMP", True),
        ("Détourage des photos de la gamme dans GIMP", True),
    ],
)
def test_an_unticked_box_of_a_checklist_is_work_still_to_do(engine, item, done):
    req = requirement(detector="terms", terms=["gimp"])
    text = f"## Visuels\n\n- {item}\n- Vidéo de présentation montée en mars\n"
    assert satisfied(engine, req, text) is done


def test_a_checklist_begun_is_unfinished_work_not_nothing(engine):
    """One box ticked, two left: a checklist short of its items but begun is half the
    score (the criterion partial); with no box ticked (a plan « à définir ») or without
    any item left to do, it is no list."""
    req = requirement(detector="list", min_items=2, under=["pages d'arrivée"])
    begun = (
        "## Pages d'arrivée des annonces\n\n"
        "- [x] Groupe « vélo cargo » → page /velo-cargo : prix, essai gratuit, avis\n"
        "- [ ] Groupe « vélo pliant » → page à choisir\n"
        "- [ ] Groupe « atelier » → renvoi vers l'accueil en attendant, à revoir\n"
    )
    result = outcome(engine, req, begun)
    assert not result.satisfied and result.score == 0.5
    alone = "## Pages d'arrivée des annonces\n\n- Groupe « vélo cargo » → page /velo-cargo\n"
    assert outcome(engine, req, alone).score == 0.0
    planned = (
        "## Pages d'arrivée des annonces\n\n"
        "- Groupe « vélo cargo » → page /velo-cargo : prix, essai gratuit, avis\n"
        "- Groupe « vélo pliant » : à définir\n"
        "- Groupe « atelier » : à définir\n"
    )
    assert outcome(engine, req, planned).score == 0.0


def test_a_column_saying_tous_on_every_row_tells_nothing_apart(engine):
    """A matrix of objectives, targets and channels whose « Cible » column says « tous »
    on every row crosses nothing; the same value on every row of a deadline column is a
    real value (every objective due the same day)."""
    req = requirement(detector="table", header=["objectif", "cible", "canal"], min_header=3)
    table = (
        "| Objectif | Cible | Canal |\n"
        "| 300 coffrets vendus | {a} | e-mail |\n"
        "| 1 000 abonnés | {b} | Instagram |\n"
        "| 40 avis Google | {c} | carte en boutique |\n"
    )
    assert satisfied(engine, req, table.format(a="anciens clients", b="18-30 ans", c="clients"))
    assert not satisfied(engine, req, table.format(a="tous", b="tous", c="Tous"))
    assert not satisfied(engine, req, table.format(a="idem", b="idem", c="idem"))
    dated = (
        "| Objectif | Cible | Échéance |\n"
        "| 300 coffrets vendus | anciens clients | 31 mars |\n"
        "| 1 000 abonnés | 18-30 ans | 31 mars |\n"
        "| 40 avis Google | clients de la boutique | 31 mars |\n"
    )
    req = requirement(detector="table", header=["objectif", "cible", "échéance"], min_header=3)
    assert satisfied(engine, req, dated)
