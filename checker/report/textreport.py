"""Text report in French, for a person at a terminal."""

from __future__ import annotations

from ..messages import FILE_STATUS, STATUS_LABELS, STATUS_SYMBOLS
from ..model import CandidateReport, CriterionResult, Status
from .common import (
    bar,
    document_symbol,
    evidence_place,
    place_for,
    priorities,
    several_documents,
    unreadable_summary,
)

PLURALS = {
    Status.COVERED: "couvert(s)",
    Status.PARTIAL: "partiel(s)",
    Status.MISSING: "manquant(s)",
    Status.JURY: "pour le jury",
    Status.UNVERIFIABLE: "invérifiable(s)",
}


def _number(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _criterion_lines(result: CriterionResult, verbose: bool, several: bool) -> list[str]:
    symbol = STATUS_SYMBOLS[result.status]
    label = STATUS_LABELS[result.status]
    lines = [f"  {symbol} {result.id} [{label}] {result.text}"]
    if result.status is Status.JURY:
        lines.append(f"      Le jury regardera : {result.jury_focus}")
        return lines
    shown = [e for e in result.evidence if not e.supporting] or list(result.evidence)
    for evidence in shown[: 3 if verbose else 1]:
        place = evidence_place(evidence, several)
        lines.append(f"      preuve : {place + ' : ' if place else ''}« {evidence.excerpt} »")
    if result.status is not Status.COVERED:
        lines.append(f"      {result.reason}")
        if result.hint:
            lines.append(f"      → Conseil : {result.hint}")
    return lines


def render(report: CandidateReport, verbose: bool = False) -> str:
    """The whole report as text."""
    out = [
        f"rncp-check {report.tool_version} — {report.rules_name} (règles {report.rules_version})",
        f"Candidat : {report.candidate}",
        "Documents :",
    ]
    several = several_documents(report)
    for doc in report.documents:
        symbol = document_symbol(doc)
        if doc.error:
            out.append(
                f"  {symbol} {doc.path} — {FILE_STATUS.get(doc.status, doc.status)} : {doc.error}"
            )
            continue
        extra = ""
        if doc.status in ("SCAN", "VIDE"):
            extra = f" — {FILE_STATUS[doc.status]}, non analysé"
        elif doc.health and doc.health.unreadable_pages:
            pages = ", ".join(map(str, doc.health.unreadable_pages))
            extra = f" — pages non lues : {pages}"
        out.append(
            f"  {symbol} {doc.path} — {doc.kind.upper()}, {doc.pages} "
            f"{'feuille(s)' if doc.kind in ('xlsx', 'ods') else 'page(s)'}, "
            f"{_number(doc.words)} mots{extra}"
        )
        if doc.health:
            out.extend(f"      avertissement : {w}" for w in doc.health.warnings)
    out.extend(f"  {w}" for w in report.warnings)
    scans = unreadable_summary(report)
    if scans:
        out.append(f"⚠ {scans}")
    blocs = "Blocs analysés : " + ", ".join(map(str, report.blocs))
    out.append(blocs + (f" — {report.bloc_reason}" if report.bloc_reason else ""))
    summary = report.summary()
    total = sum(summary.values())
    parts = [f"{summary[s.value]} {PLURALS[s]}" for s in Status if summary[s.value]]
    out += ["", f"Résumé : {', '.join(parts) or 'aucun critère'} (sur {total} critères)"]
    todo = priorities(report)
    if todo:
        out += ["", f"À faire en priorité ({len(todo)}) :"]
        for result in todo:
            symbol = STATUS_SYMBOLS[result.status]
            label = STATUS_LABELS[result.status]
            out.append(f"  {symbol} {result.id} [{label}] {result.text}")
            if result.hint:
                out.append(f"      → {result.hint}")
            place = place_for(result, several)
            if place:
                out.append(f"      où : {place}")
    per_bloc = report.bloc_summary()
    for bloc in report.blocs:
        results = [r for r in report.criteria if r.bloc == bloc]
        counts = per_bloc.get(bloc, {})
        auto = len([r for r in results if r.assessment == "auto"])
        covered = counts.get("covered", 0)
        out += ["", f"Bloc {bloc}  {bar(covered, auto)}  {covered}/{auto} couverts"]
        for status in (
            Status.COVERED,
            Status.PARTIAL,
            Status.MISSING,
            Status.UNVERIFIABLE,
            Status.JURY,
        ):
            for result in results:
                if result.status is status:
                    out.extend(_criterion_lines(result, verbose, several))
        livrables = [r for r in report.livrables if r.bloc == bloc]
        if livrables:
            out.append("  Livrables attendus :")
            for result in livrables:
                symbol = STATUS_SYMBOLS[result.status]
                out.append(f"    {symbol} {result.text} ({STATUS_LABELS[result.status]})")
    out.append("")
    return "\n".join(out)
