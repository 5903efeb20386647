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


def ocr_label(location: Location) -> str:
    """ "lu par OCR, confiance 87 %" for text read from a scanned page, else ""."""
    if location.ocr_confidence is None:
        return ""
    return f"lu par OCR, confiance {round(100 * location.ocr_confidence)} %"


def evidence_place(evidence: Evidence) -> str:
    """ "dossier.docx, p. ~3 (estimée), « 2. Analyse > 2.1 SWOT »"."""
    parts = [evidence.document]
    page = page_label(evidence.location)
    if page:
        parts.append(page)
    ocr = ocr_label(evidence.location)
    if ocr:
        parts.append(ocr)
    if evidence.location.section:
        parts.append("« " + " > ".join(evidence.location.section[-2:]) + " »")
    return ", ".join(parts)


def bar(done: int, total: int, width: int = 20) -> str:
    """A text progress bar: ██████░░░░."""
    if total <= 0:
        return "░" * width
    filled = round(width * done / total)
    return "█" * filled + "░" * (width - filled)
