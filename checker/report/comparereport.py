"""Render a ``Comparison`` of two drafts: text, JSON (versioned) or HTML.

The renderers only read the comparison; nothing is recomputed here.

FORMAT_VERSION history (JSON, ``"kind": "comparison"``):
1: first version (old, new, blocs, scores, counts, criteria).
"""

from __future__ import annotations

import json
from typing import Any

from ..messages import STATUS_LABELS, STATUS_SYMBOLS
from ..model import (
    CHANGE_ORDER,
    CandidateReport,
    Comparison,
    CriterionChange,
    EvidenceChange,
    Location,
    Place,
    Status,
)
from .common import place_label

FORMAT_VERSION = 1

#: French headings of the changes, in ``CHANGE_ORDER``.
CHANGE_TITLES = {
    "regression": "Régressions",
    "covered": "Nouvellement couverts",
    "improved": "Progrès (manquant → partiel)",
    "status": "Autres changements de statut",
    "evidence": "Preuves déplacées ou disparues (statut inchangé)",
    "unchanged": "Inchangés",
}
EVIDENCE_LABELS = {"lost": "disparue", "moved": "déplacée", "new": "nouvelle"}


def draft_place(place: Place | None) -> str:
    """ "dossier.docx, p. 3, « 2. Analyse > 2.1 SWOT »" (``common.place_label``)."""
    if place is None:
        return ""
    location = Location(
        index=0, page=place.page, page_estimated=place.page_estimated, section=place.section
    )
    return place_label(place.document, location)


def change_label(change: CriterionChange) -> str:
    """ "couvert → manquant (nouvellement manquant)"."""
    if change.old_status is change.new_status:
        return STATUS_LABELS[change.new_status]
    text = f"{STATUS_LABELS[change.old_status]} → {STATUS_LABELS[change.new_status]}"
    if change.change == "regression" and change.new_status is Status.MISSING:
        text += " (nouvellement manquant)"
    return text


def evidence_line(item: EvidenceChange) -> str:
    """One line about an excerpt that moved, disappeared or appeared."""
    label = EVIDENCE_LABELS[item.kind]
    if item.kind == "moved":
        where = f"{draft_place(item.old)} → {draft_place(item.new)}"
    else:
        where = draft_place(item.old if item.kind == "lost" else item.new)
    return f"preuve {label} : « {item.excerpt} » ({where})"


def _draft_line(label: str, report: CandidateReport) -> str:
    names = ", ".join(d.path for d in report.documents) or "aucun document"
    return f"{label} : {report.candidate} ({names})"


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("±0" if value == 0 else str(value))


# -- text ---------------------------------------------------------------------------


def render_text(comparison: Comparison) -> str:
    """The comparison as text, for a person at a terminal."""
    out = [
        "rncp-check — comparaison de deux versions",
        _draft_line("Avant", comparison.old),
        _draft_line("Après", comparison.new),
    ]
    for label, report in (("avant", comparison.old), ("après", comparison.new)):
        for doc in report.documents:
            if doc.error:
                out.append(f"  ✘ ({label}) {doc.error}")
    out += ["", "Critères couverts par bloc (avant → après) :"]
    for score in comparison.scores:
        delta = _signed(score.new_covered - score.old_covered)
        out.append(
            f"  Bloc {score.bloc}  {score.old_covered}/{score.auto} → "
            f"{score.new_covered}/{score.auto}  ({delta})"
        )
    for change in CHANGE_ORDER:
        items = comparison.changed(change)
        if change == "unchanged":
            out += ["", f"{CHANGE_TITLES[change]} : {len(items)} critère(s)."]
            continue
        if not items:
            continue
        out += ["", f"{CHANGE_TITLES[change]} ({len(items)}) :"]
        for item in items:
            symbol = STATUS_SYMBOLS[item.new_status]
            out.append(f"  {symbol} {item.id} [{change_label(item)}] {item.text}")
            out.extend(f"      {evidence_line(e)}" for e in item.evidence)
            if change in {"regression", "status"} and item.new_reason:
                out.append(f"      {item.new_reason}")
                if item.hint:
                    out.append(f"      → Conseil : {item.hint}")
    out.append("")
    return "\n".join(out)


# -- JSON ---------------------------------------------------------------------------


def _place_dict(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "document": place.document,
        "page": place.page,
        "page_estimated": place.page_estimated,
        "section": list(place.section),
    }


def _draft_dict(report: CandidateReport) -> dict[str, Any]:
    return {
        "candidate": report.candidate,
        "blocs": list(report.blocs),
        "documents": [
            {"path": d.path, "sha256": d.sha256, "status": d.status, "error": d.error}
            for d in report.documents
        ],
        "summary": report.summary(),
    }


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain data (stable keys, rule order within each change)."""
    new = comparison.new
    return {
        "format": FORMAT_VERSION,
        "kind": "comparison",
        "tool": {"name": "rncp-check", "version": new.tool_version},
        "rules": {"referentiel": new.rules_name, "version": new.rules_version},
        "old": _draft_dict(comparison.old),
        "new": _draft_dict(new),
        "blocs": list(comparison.blocs),
        "scores": [
            {
                "bloc": s.bloc,
                "auto": s.auto,
                "old_covered": s.old_covered,
                "new_covered": s.new_covered,
            }
            for s in comparison.scores
        ],
        "counts": comparison.counts(),
        "criteria": [
            {
                "id": c.id,
                "bloc": c.bloc,
                "text": c.text,
                "change": c.change,
                "old_status": c.old_status.value,
                "new_status": c.new_status.value,
                "evidence": [
                    {
                        "kind": e.kind,
                        "excerpt": e.excerpt,
                        "old": _place_dict(e.old),
                        "new": _place_dict(e.new),
                    }
                    for e in c.evidence
                ],
                "reason": c.new_reason,
                "hint": c.hint,
            }
            for c in comparison.criteria
        ],
    }


def render_json(comparison: Comparison) -> str:
    """Stable, indented JSON (same drafts, same bytes)."""
    return json.dumps(comparison_dict(comparison), ensure_ascii=False, indent=2) + "\n"


# -- HTML ---------------------------------------------------------------------------


def render_html(comparison: Comparison) -> str:
    """One self-contained HTML page (inline CSS, no script, autoescaped)."""
    from .htmlreport import environment

    sections = []
    for change in CHANGE_ORDER:
        items = comparison.changed(change)
        if not items or change == "unchanged":
            continue
        sections.append(
            {
                "change": change,
                "title": CHANGE_TITLES[change],
                "criteria": [
                    {
                        "id": c.id,
                        "text": c.text,
                        "status": c.new_status.value,
                        "symbol": STATUS_SYMBOLS[c.new_status],
                        "label": change_label(c),
                        "evidence": [evidence_line(e) for e in c.evidence],
                        "reason": c.new_reason if change in {"regression", "status"} else "",
                        "hint": c.hint if change in {"regression", "status"} else "",
                    }
                    for c in items
                ],
            }
        )
    template = environment().get_template("compare.html.j2")
    return template.render(
        c=comparison,
        old_line=_draft_line("Avant", comparison.old),
        new_line=_draft_line("Après", comparison.new),
        sections=sections,
        unchanged=len(comparison.changed("unchanged")),
        signed=_signed,
    )


RENDERERS = {"text": render_text, "json": render_json, "html": render_html}


def render(comparison: Comparison, fmt: str = "text") -> str:
    """Render ``comparison`` in ``fmt`` (text, json or html)."""
    return RENDERERS[fmt](comparison)


__all__ = [
    "CHANGE_TITLES",
    "FORMAT_VERSION",
    "comparison_dict",
    "render",
    "render_html",
    "render_json",
    "render_text",
]
