"""Text for ``rules show`` (what a criterion asks) and ``explain`` (why a verdict)."""

from __future__ import annotations

from ..match.detectors import label as detector_label
from ..messages import GUARD_LABELS, STATUS_LABELS
from ..model import satisfied
from ..ruleset import Criterion, Requirement
from .common import evidence_place


def _requirement_lines(req: Requirement, indent: str) -> list[str]:
    if req.detector is None:
        mode = {"all": "toutes", "any": "l'une de", "at_least": f"au moins {req.at_least} de"}
        head = f"{indent}- {req.label} [{req.id}] : {mode[req.mode or 'all']} :"
        if req.same_section:
            head += " (dans une même partie)"
        if req.strict:
            head += " (ensemble ou rien : une partie seule ne compte pas)"
        lines = [head]
        for child in req.children:
            lines += _requirement_lines(child, indent + "    ")
        return lines
    lines = [f"{indent}- {req.label} [{req.id}] — {detector_label(req.detector)}"]
    for key, value in req.options.shown() if req.options is not None else ():
        if value in (None, (), [], 0):
            continue
        if isinstance(value, list | tuple):
            value = ", ".join(map(str, value))
        lines.append(f"{indent}    {key} : {value}")
    contains = getattr(req.options, "contains", None)
    if isinstance(contains, Requirement):
        lines.append(f"{indent}    contenant :")
        lines += _requirement_lines(contains, indent + "      ")
    scope = ", ".join(sorted(k.value for k in req.scope))
    lines.append(f"{indent}    cherché dans : {scope}")
    return lines


def render_rule(criterion: Criterion) -> str:
    """Everything a criterion asks for, with its examples."""
    out = [
        f"{criterion.id} (bloc {criterion.bloc}, compétence {criterion.competency})",
        f"  {criterion.text}",
        f"  Évaluation : {'jury' if criterion.assessment == 'jury' else 'automatique'}",
    ]
    if criterion.assessment == "jury":
        out.append(f"  Le jury regardera : {criterion.jury_focus}")
    else:
        out.append("  Exigé (tout présent : couvert ; une partie : partiel) :")
        for req in criterion.requires:
            out += _requirement_lines(req, "    ")
        if criterion.supports:
            out.append("  Montré en appui (jamais suffisant seul) :")
            for req in criterion.supports:
                out += _requirement_lines(req, "    ")
        if criterion.caveats:
            out.append(
                "  Partiel si la partie dit que le travail n'est pas entier : "
                + ", ".join(criterion.caveats)
            )
        if criterion.spread:
            out.append("  Les éléments peuvent être dans des chapitres différents du dossier.")
        out.append(f"  Conseil au candidat : {criterion.hint}")
    for kind, examples in criterion.examples.items():
        label = STATUS_LABELS.get(kind, kind)  # type: ignore[call-overload]
        for number, text in enumerate(examples, start=1):
            out.append(f"  Exemple {label} n° {number} :")
            out += [f"    | {line}" for line in text.rstrip().splitlines()]
    return "\n".join(out) + "\n"


def fr_decimal(value: float) -> str:
    """ "0,75", "1", "0" : a score the French way."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def render_explain(criterion, result, traces, ctx) -> str:
    """Per requirement: score, accepted evidence, rejected hits and their guard."""
    out = [
        f"{criterion.id} — {criterion.text}",
        f"Verdict : {STATUS_LABELS[result.status]}"
        + ("" if criterion.assessment == "jury" else f" (score {fr_decimal(result.score)})"),
        f"Raison : {result.reason}",
        "Documents : " + ", ".join(d.document.path for d in ctx.docs),
    ]
    if criterion.assessment == "jury":
        out.append(f"Le jury regardera : {criterion.jury_focus}")
    for trace in traces:
        role = "appui" if trace.supporting else "exigé"
        state = (
            "satisfait"
            if satisfied(trace.score)
            else ("en partie" if trace.score > 0 else "non trouvé")
        )
        out.append("")
        out.append(
            f"[{role}] {trace.requirement.label} ({trace.requirement.id}) : {state} "
            f"(score {fr_decimal(trace.score)}, seuil 1)"
        )
        shown: set[tuple[str, int, str, str | None]] = set()
        for ev in trace.evidence:
            # Two terms of one requirement often find the same block: shown once.
            here = (ev.document, ev.location.index, ev.excerpt, ev.note)
            if here in shown:
                continue
            shown.add(here)
            note = f" — {ev.note}" if ev.note else ""
            out.append(f"   ✔ {evidence_place(ev)} : « {ev.excerpt} »{note}")
        seen: set[tuple[str, int, str | None, str | None]] = set()
        for ev in trace.rejected:
            key = (ev.document, ev.location.index, ev.rejected_by, ev.note)
            if key in seen or len(seen) >= 15:
                continue
            seen.add(key)
            guard = GUARD_LABELS.get(ev.rejected_by or "", ev.rejected_by)
            note = f" ({ev.note})" if ev.note else ""
            out.append(f"   ✘ écarté [{guard}]{note} : {evidence_place(ev)} : « {ev.excerpt} »")
    if result.hint:
        out += ["", f"Conseil : {result.hint}"]
    return "\n".join(out) + "\n"
