"""The cohort outputs of ``batch``: the candidates x criteria matrix
(``cohorte.csv``) and the overview page (``cohorte.html``).

Every figure comes from ``checker.cohort``; this module only lays them out.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from .. import __version__
from ..cohort import Candidate, CohortResult
from ..messages import STATUS_LABELS, STATUS_SYMBOLS
from ..model import STATUS_ORDER, Status
from .common import without_code
from .csvreport import write_rows
from .htmlreport import environment


def cohort_csv(result: CohortResult) -> str:
    """Candidates x criteria matrix of status tokens, with per-candidate counts."""
    header: list[object] = [
        "candidat",
        "rapport",
        "couverts",
        "partiels",
        "manquants",
        "jury",
        "inverifiables",
        "fichiers_illisibles",
        "blocs",
        *[col.id for col in result.criteria],
    ]
    rows: list[list[object]] = [header]
    for outcome in result.outcomes:
        counts = outcome.counts
        statuses = result.status_of(outcome)
        rows.append(
            [
                outcome.candidate.name,
                f"{outcome.candidate.slug}.html",
                counts["covered"],
                counts["partial"],
                counts["missing"],
                counts["jury"],
                counts["unverifiable"],
                len(outcome.unreadable),
                " ".join(map(str, outcome.report.blocs)),
                *[statuses.get(col.id, "") for col in result.criteria],
            ]
        )
    return write_rows(rows)


def display_name(candidate: Candidate) -> str:
    """A candidate's name as a person reads it: no file extension for a loose
    file, spaces for underscores (« Dupont_Marie.pdf » -> « Dupont Marie »)."""
    name = candidate.name if candidate.is_folder else Path(candidate.name).stem
    name = re.sub(r"[_\s]+", " ", name).strip()
    return name or candidate.name


def cohort_view(result: CohortResult) -> dict[str, Any]:
    """What the cohort template shows (strings and numbers only)."""
    blocs: list[dict[str, Any]] = []
    for col in result.criteria:
        if not blocs or blocs[-1]["number"] != col.bloc:
            blocs.append({"number": col.bloc, "span": 0})
        blocs[-1]["span"] += 1
    rows = []
    for outcome in result.outcomes:
        statuses = result.status_of(outcome)
        cells = []
        for col in result.criteria:
            token = statuses.get(col.id, "")
            cells.append(
                {
                    "status": token,
                    "symbol": STATUS_SYMBOLS[Status(token)] if token else "",
                    "title": f"{col.id} : "
                    + (STATUS_LABELS[Status(token)] if token else "non évalué"),
                }
            )
        rows.append(
            {
                "name": display_name(outcome.candidate),
                "full_name": outcome.candidate.name,
                "href": f"{outcome.candidate.slug}.html",
                "counts": outcome.counts,
                "blocs": ", ".join(map(str, outcome.report.blocs)),
                "unreadable": len(outcome.unreadable),
                "error": outcome.error or "",
                "cached": outcome.cached,
                "cells": cells,
            }
        )
    n = len(result.outcomes)
    per_bloc: dict[int, Counter[str]] = {}
    assessed: dict[int, set[str]] = {}
    for outcome in result.outcomes:
        for verdict in outcome.report.criteria:
            per_bloc.setdefault(verdict.bloc, Counter())[verdict.status.value] += 1
            assessed.setdefault(verdict.bloc, set()).add(outcome.candidate.slug)
    bloc_totals: list[dict[str, Any]] = [
        {
            "number": bloc,
            "candidates": len(assessed[bloc]),
            "counts": {s.value: per_bloc[bloc].get(s.value, 0) for s in STATUS_ORDER},
            "auto": sum(per_bloc[bloc].get(s.value, 0) for s in STATUS_ORDER if s.value != "jury"),
        }
        for bloc in sorted(per_bloc)
    ]
    for row in bloc_totals:
        row["covered_share"] = (
            round(100 * row["counts"]["covered"] / row["auto"]) if row["auto"] else 0
        )
    return {
        "n": n,
        "documents": sum(len(o.report.documents) for o in result.outcomes),
        "totals": result.totals,
        "bloc_totals": bloc_totals,
        "blocs": blocs,
        "criteria": [{"id": col.id, "text": col.text} for col in result.criteria],
        "rows": rows,
        "most_missed": [
            {
                "id": col.id,
                "bloc": col.bloc,
                "text": col.text,
                "missing": col.counts["missing"],
                "partial": col.counts["partial"],
                "share": round(100 * col.missing_share),
                "evaluated": col.candidates,
            }
            for col in result.most_missed
        ],
        "attention": [
            {
                "name": display_name(o.candidate),
                "href": f"{o.candidate.slug}.html",
                "missing": o.counts["missing"],
                "partial": o.counts["partial"],
                "auto": o.auto,
                "missing_share": round(100 * o.share("missing")),
                "blocs": ", ".join(map(str, o.report.blocs)),
                "unreadable": len(o.unreadable),
                "error": bool(o.error),
            }
            for o in result.attention
        ],
        "unreadable": [
            {"candidate": cand, "path": path, "reason": without_code(reason)}
            for cand, path, reason in result.unreadable
        ],
        "ignored": result.ignored,
        "tool_version": __version__,
        "rules_name": result.rules_name,
        "rules_version": result.rules_version,
        "generated": result.generated,
    }


def cohort_html(result: CohortResult) -> str:
    """The cohort overview page (self-contained HTML, French)."""
    return environment().get_template("cohort.html.j2").render(c=cohort_view(result))
