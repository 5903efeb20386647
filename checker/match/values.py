"""French numbers, amounts, percentages, dates and periods, and ROI checks.

Everything here works on folded text (lowercase, no accents): "1 234,56 €",
"12 %", "15 k€", "2,5 M€", "x3,2", "mars 2025", "T2", "S1 2025",
"semaine 12", "3 semaines".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NUM = r"\d{1,3}(?:[  .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
MONEY = re.compile(
    rf"(?P<n>{_NUM})\s*(?P<u>k€|m€|keur|meur|k ?euros?|€|euros?|eur\b)"
    rf"|(?:€|eur)\s*(?P<n2>{_NUM})"
)
PERCENT = re.compile(rf"(?P<n>[-+]?(?:{_NUM}))\s*(?:%|pour ?cent\b|points?\b)")
RATIO = re.compile(rf"\bx\s?(?:{_NUM})\b|\b(?:{_NUM})\s?x\b|\b(?:{_NUM})\s?:\s?1\b")
# Plain numbers, without years (2025) and the parts of dates (12/03); scores
# "4,3/5" and "8/10" count once.
# A figure glued to its period (« 800/mois », « 12/an ») counts too.
COUNT = re.compile(
    rf"(?<![\w/])(?:\d+(?:,\d+)?\s?/\s?(?:5|10|20|100)\b|(?!(?:19|20)\d\d\b)(?:{_NUM}))"
    r"(?:(?![\w/])|(?=/(?:mois|an|jour|j|semaine|sem|h|heure|trimestre)\b))"
)

#: Month names and their abbreviations, folded (shared with the guards).
MONTHS = (
    "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
    "|janv|fevr?|avr|juil|sept|oct|nov|dec"
)
DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"
    # A day and month without the year, both on two digits (« 06/01 », « 15/03 »): not
    # a score (« 4/5 », « 15/20 ») nor a fraction; « 10/10 » is a mark.
    # (Opening on a word boundary, checked behind afterwards: a branch opening on a
    # look-behind makes Python try the whole alternation at every position, 3× slower.)
    r"|\b[0-3]\d(?<!00)(?<!3[2-9])(?<![\d/.,]..)/(?:0[1-9]|1[0-2])\b(?![/.,]?\d)"
    r"(?<!10/10)"
    rf"|\b(?:\d{{1,2}}(?:er)?\s+)?(?:{MONTHS})\.?\s+(?:20\d\d|\d{{2}})\b"
    rf"|\b\d{{1,2}}(?:er)?\s+(?:{MONTHS})\b"
    r"|\bsemaines?\s+(?:n°\s*)?\d{1,2}\b|\bs\d{1,2}\b(?!\s*20)|\bsem\.?\s*\d{1,2}\b"
    r"|\b20[2-3]\d-\d{2}-\d{2}\b"
)
PERIOD = re.compile(
    r"\b[tq][1-4]\b(?:\s*20\d\d)?|\b[1-4](?:er|e|eme)\s+trimestre\b|\btrimestre\s+[1-4]\b"
    r"|\bs[12]\s*20\d\d\b|\b(?:1er|premier|2e|second|deuxieme)\s+semestre\b"
    rf"|\b(?:{MONTHS})\b\s*(?:a|-|–|au|→|>)\s*(?:{MONTHS})\b"
    rf"|\b(?:de|d')\s*(?:{MONTHS})\s+a\s+(?:{MONTHS})\b"
    rf"|\ben\s+(?:{MONTHS})\b|\b(?:{MONTHS})\b"
    r"|\b(?:noel|fete des (?:meres|peres)|black friday|cyber monday|saint[- ]valentin|soldes"
    r"|rentree|paques|ete|hiver|printemps|automne|fetes de fin d'annee|haute saison|basse saison)\b"
    r"|\bmois\s+(?:[1-9]|1[0-2])\b|\bm\+?\d{1,2}\b|\bj\+\d+\b"
    # A deadline year: « fin 2026 », « début 2027 », « d'ici 2027 », « horizon 2028 ».
    r"|\b(?:fin|debut|mi|courant|d'ici|d'ici fin|d'ici a|horizon|avant fin)\s*-?\s*20[2-4]\d\b"
)
DURATION = re.compile(
    rf"\b(?:{_NUM}|un|une|deux|trois|quatre|cinq|six|huit|dix|quinze)\s*"
    r"(?:jours?|j\b|semaines?|sem\b|mois|heures?|h\b|ans?|annees?|trimestres?)\b"
    r"|\bj\+\d+\b|\bm\+\d+\b"
)


def parse_number(raw: str) -> float | None:
    """ "1 234,56" -> 1234.56, "2.5" -> 2.5, "1.234" -> 1234 (French grouping)."""
    raw = raw.replace(" ", "").replace(" ", "").strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        raw = raw.replace(".", "")
    raw = raw.replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        return None


def money_values(text: str) -> list[float]:
    """Amounts in euros found in folded ``text`` (k€ and M€ scaled)."""
    out = []
    for match in MONEY.finditer(text):
        value = parse_number(match.group("n") or match.group("n2") or "")
        if value is None:
            continue
        unit = (match.group("u") or "").replace(" ", "")
        if unit.startswith("k"):
            value *= 1_000
        elif unit.startswith("m"):
            value *= 1_000_000
        out.append(value)
    return out


def count_numbers(text: str, kinds: tuple[str, ...] | list[str]) -> int:
    """How many numbers of the given kinds occur in folded ``text``."""
    return _count_numbers(text, tuple(kinds))


@lru_cache(maxsize=16384)
def _count_numbers(text: str, kinds: tuple[str, ...]) -> int:
    total = 0
    if "money" in kinds:
        total += len(MONEY.findall(text))
    if "percent" in kinds:
        total += len(PERCENT.findall(text))
    if "ratio" in kinds:
        total += len(RATIO.findall(text))
    if "count" in kinds or "any" in kinds:
        total += len(COUNT.findall(_REFERENCE.sub(" ", text)))
        if _RANK_CONTEXT.search(text):
            total += len(RANK.findall(text))
    return total


_ORDINAL = rf"\d{{1,3}}(?:e|eme|er|ere)\b(?!\s*(?:{MONTHS}|trimestre|semestre|siecle)\b)"
#: A rank is a figure where the text speaks of positions (« 27e → 9e », « de la 27e à la
#: 9e place », « position 4e »); « le 1er mars », « le 3e trimestre » are no ranks.
RANK = re.compile(
    rf"\b{_ORDINAL}(?=\s*(?:positions?|places?|rangs?)\b|\s*(?:→|->|=>|➜|a la|au|a)\s*{_ORDINAL})"
    rf"|(?:→|->|=>|➜|\ba la|\bau)\s*{_ORDINAL}"
    rf"|\b(?:positions?|places?|rangs?|classee?s?)\s+(?:n°\s*)?{_ORDINAL}"
)
_RANK_CONTEXT = re.compile(
    r"\b(?:positions?|positionnee?s?|places?|rangs?|classements?|classee?s?|serp|google)\b"
)


# Numbers that point somewhere in the dossier, not figures of the company: a part,
# page, annex, table or question (« voir la partie 3.1 », « cf. annexe 2 », « p. 12 »,
# « Q4.2 ») and a heading's outline number at the start of a line (« 3.1.2 Nos cibles »).
_REFERENCE = re.compile(
    r"\b(?:parties?|sections?|chapitres?|sous-parties?|annexes?|pages?|p\.|pp\.|§|cf\.?"
    r"|figures?|fig\.|tableaux?|questions?|q|slides?|diapositives?|etapes? n°|n°)"
    r"\s*\d+(?:[.,]\d+)*\b"
    r"|(?:^|(?<=\n))\s*\d+(?:\.\d+)+\.?(?=\s)"
)


# A target, not a measure: a clause that sets a goal (« Augmenter le taux de
# conversion de 1,6 % à 2,2 % », « Objectif : 300 commandes », « viser 2 % »),
# up to the end of its sentence, line or list item.
_GOAL = re.compile(
    r"(?:^|(?<=[.;!?\n•:]))[\s\-–•*]*(?:\d+[.)]\s*)?"
    r"(?:(?:nos |notre |nouvel(?:le)?s? |mes |mon )?objectifs?\b|cibles? (?:visee?s?|a atteindre)\b"
    r"|(?:nous visons|on vise|je vise|nous voulons|nous souhaitons|nous esperons)\b"
    r"|(?:augmenter|atteindre|viser|doubler|tripler|reduire|diminuer|baisser|gagner|ameliorer"
    r"|porter|faire passer|passer|depasser|obtenir|generer|realiser|conquerir|recruter)\b)"
    r"[^.;!?\n]*"
)


def without_goals(text: str) -> str:
    """``text`` (folded) without its goal clauses: what remains is measured."""
    return _GOAL.sub(" ", text)


# A sentence that sets a target: a goal word anywhere in it (« L'objectif est de
# vendre 40 forfaits », « 300 commandes visées d'ici juin », « Porter le CA à… »).
_GOAL_MARKER = re.compile(
    r"\b(?:objectifs?|visee?s?|visons|viser|vise a|cibles? (?:de|a|visee?s?|fixee?s?)|a atteindre"
    r"|atteindre|augmenter|porter|doubler|tripler|faire passer|passer de|reduire|gagner|recruter"
    r"|generer|conquerir|d'ici|horizon|ambitions?|prevue?s?|attendue?s?|esperee?s?)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.;!?\n•])")
#: Column headers of a table of targets.
_GOAL_COLUMN = re.compile(
    r"\b(?:objectifs?|cibles?|visee?s?|a atteindre|ambitions?|prevue?s?|previsions?|attendue?s?"
    r"|esperee?s?|horizon|echeances?|pour quand|delais?|date cible"
    # English headers of a goals or OKR table.
    r"|targets?|goals?|deadline|due date)\b"
)


def only_goals(text: str) -> str:
    """``text`` (folded) reduced to its targets: the sentences that set a goal and,
    in a table (« a | b \\n c | d »), the columns headed by a goal word
    (« Objectif », « Cible 2026 », « Visé ») and the rows labelled by one
    (« Recettes attendues »)."""
    if " | " in text and " \n " in text:
        rows = [row.split(" | ") for row in text.split(" \n ")]
        header = rows[0]
        columns = [i for i, cell in enumerate(header) if _GOAL_COLUMN.search(cell)]
        # A goal column's own header may carry its deadline (« Cible fin 2026 »).
        kept = [header[i] for i in columns]
        kept += [row[i] for row in rows[1:] for i in columns if i < len(row)]
        kept += [cell for row in rows[1:] for cell in row if _GOAL_MARKER.search(cell)]
        # A goal row: its label names the goal (« Recettes attendues | 15 000 € | … »).
        kept += [cell for row in rows[1:] if _GOAL_COLUMN.search(row[0]) for cell in row[1:]]
        return " ; ".join(kept)
    return " ".join(
        part for part in _SENTENCE_END.split(text) if part and _GOAL_MARKER.search(part)
    )


_GOAL_YEAR = re.compile(r"\b(?:pour|en|au cours de|sur l'annee)\s+(20[2-4]\d)\b")


def goal_deadlines(goals: str) -> str:
    """In goal sentences (see ``only_goals``), a year after « pour » or « en » is
    the deadline (« les objectifs fixés pour 2026 »): spelt « d'ici 2026 »."""
    return _GOAL_YEAR.sub(r"d'ici \1", goals)


def count_dates(text: str, kinds: tuple[str, ...] | list[str]) -> int:
    """How many dates, periods or durations occur in folded ``text``."""
    return _count_dates(text, tuple(kinds))


@lru_cache(maxsize=16384)
def _count_dates(text: str, kinds: tuple[str, ...]) -> int:
    total = 0
    if "date" in kinds:
        total += len(DATE.findall(text))
    if "period" in kinds:
        total += len(PERIOD.findall(text))
    if "duration" in kinds:
        total += len(DURATION.findall(text))
    return total


# -- ROI / ROAS ------------------------------------------------------------
FORMULA = re.compile(
    r"[=÷]|\(\s*[^()]*[-−–]\s*[^()]*\)\s*/|\d\s*[/x×*]\s*\d|\bdivise par\b|\brapporte a\b"
)
_GAIN = re.compile(
    r"\b(?:gains?|ca\b|chiffre d'affaires|revenus?|recettes?|ventes? generees?|marge)\b"
)
_COST = re.compile(r"\b(?:couts?|depenses?|investissements?|budget|invest[ie]s?)\b")


@dataclass(frozen=True, slots=True)
class RoiCheck:
    """Result of recomputing a stated ROI/ROAS from the amounts given."""

    consistent: bool | None  # None: not enough figures to recompute
    detail: str = ""


# An amount, possibly followed by a few words ("9 800 € de marge brute").
_AMOUNT = rf"({_NUM})\s*(?:k€|€|euros?|eur)?(?:\s+(?:de|d'|du|des)\s*[a-z' ]{{0,30}}?)?"
_ROI_FORMULA = re.compile(
    rf"\(\s*{_AMOUNT}\s*[-−–]\s*{_AMOUNT}\s*\)\s*[/÷]\s*{_AMOUNT}\s*(?:[x×*]\s*100\s*)?"
    rf"=\s*([-+]?(?:{_NUM}))\s*(%)?"
)
_RATIO_FORMULA = re.compile(rf"{_AMOUNT}\s*[/÷]\s*{_AMOUNT}\s*=\s*x?\s*({_NUM})\s*(%)?")


def _check_formula(text: str) -> RoiCheck:
    """Recompute a written formula: "(A - B) / B = X %" or "A / B = X"."""
    match = _ROI_FORMULA.search(text)
    if match:
        a, b, c, stated = (parse_number(match.group(i)) for i in (1, 2, 3, 4))
        if a is not None and b is not None and c is not None and stated is not None and c:
            value = (a - b) / c
            expected = value * 100 if match.group(5) or abs(stated) > 20 else value
            ok = abs(stated - expected) <= max(1.0, abs(expected) * 0.03)
            return RoiCheck(ok, f"recalcul : ({a:g} - {b:g}) / {c:g} = {expected:.1f}")
    match = _RATIO_FORMULA.search(text)
    if match:
        a, b, stated = (parse_number(match.group(i)) for i in (1, 2, 3))
        if a is not None and b is not None and stated is not None and b:
            value = a / b
            expected = value * 100 if match.group(4) else value
            ok = abs(stated - expected) <= max(0.05, abs(expected) * 0.03)
            return RoiCheck(ok, f"recalcul : {a:g} / {b:g} = {expected:.2f}")
    return RoiCheck(None)


def check_roi(text: str) -> RoiCheck:
    """Recompute a ROI or ROAS stated in ``text`` from the gain and cost in it.

    Only when exactly one gain amount, one cost amount and one stated value
    (percentage or ratio) can be told apart; otherwise nothing is claimed.
    A written formula ("(A - B) / B = X %") is recomputed first.
    """
    formula = _check_formula(text)
    if formula.consistent is not None:
        return formula
    gains, costs = [], []
    for match in MONEY.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 25]
        value = money_values(match.group(0))
        if not value:
            continue
        # French puts the label before ("un coût de 2 450 €") or after
        # ("9 800 € de marge"); the nearer one wins.
        after_gain = (
            _GAIN.match(after.lstrip(" de'u")) if after.lstrip().startswith(("de", "d'")) else None
        )
        after_cost = (
            _COST.match(after.lstrip(" de'u")) if after.lstrip().startswith(("de", "d'")) else None
        )
        if after_gain or after_cost:
            if after_gain:
                gains.append(value[0])
            else:
                costs.append(value[0])
            continue
        is_gain = _GAIN.search(before)
        is_cost = _COST.search(before)
        if is_gain and (not is_cost or is_gain.end() > is_cost.end()):
            gains.append(value[0])
        elif is_cost:
            costs.append(value[0])
    numbers = (parse_number(m.group("n")) for m in PERCENT.finditer(text))
    stated = [s for s in numbers if s is not None]
    ratio = re.findall(
        r"\b(?:roas|roi)\s*(?:=|:|de|est de)?\s*x?\s*(\d+(?:[.,]\d+)?)\s*(?!%)", text
    )
    if len(set(gains)) != 1 or len(set(costs)) != 1 or costs[0] == 0:
        return RoiCheck(None)
    gain, cost = gains[0], costs[0]
    roi = (gain - cost) / cost * 100
    roas = gain / cost
    candidates = [roi, roas * 100]
    if len(stated) == 1:
        percent = stated[0]
        ok = any(abs(percent - c) <= max(1.5, abs(c) * 0.05) for c in candidates)
        return RoiCheck(ok, f"recalcul : ROI = {roi:.0f} %, ROAS = {roas:.2f}")
    if not stated and len(ratio) == 1:
        stated_ratio = parse_number(ratio[0]) or 0
        ok = (
            abs(stated_ratio - roas) <= max(0.1, roas * 0.05)
            or abs(stated_ratio - roi / 100) <= 0.1
        )
        return RoiCheck(ok, f"recalcul : ROAS = {roas:.2f}")
    return RoiCheck(None)
