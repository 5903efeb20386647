"""Small formatting helpers shared by the reporters (no verdict logic here)."""

from __future__ import annotations

from ..model import Evidence, Location


def page_label(location: Location) -> str:
    """ "p. 3", "p. ~3 (estimée)" or "" when unknown."""
    if location.page is None:
        return ""
    if location.page_estimated:
        return f"p. ~{location.page} (estimée)"
    return f"p. {location.page}"


def evidence_place(evidence: Evidence) -> str:
    """ "dossier.docx, p. ~3 (estimée), « 2. Analyse > 2.1 SWOT »"."""
    parts = [evidence.document]
    page = page_label(evidence.location)
    if page:
        parts.append(page)
    if evidence.location.section:
        parts.append("« " + " > ".join(evidence.location.section[-2:]) + " »")
    return ", ".join(parts)


def bar(done: int, total: int, width: int = 20) -> str:
    """A text progress bar: ██████░░░░."""
    if total <= 0:
        return "░" * width
    filled = round(width * done / total)
    return "█" * filled + "░" * (width - filled)
