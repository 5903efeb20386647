"""Text normalisation, applied once, by every reader.

French typography brings non-breaking and narrow spaces before ``: ; ! ?``,
typographic apostrophes, ligatures from PDF fonts and soft hyphens from word
processors; all of them would break matching if left in place.
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLATE = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space (French « » : ;)
        "\u2007": " ",  # figure space
        "\u2009": " ",  # thin space
        "\u200a": " ",  # hair space
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\t": " ",
        "\u2019": "'",  # right single quote (typographic apostrophe)
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u0153": "oe",  # keep œ matching "oe" spellings
        "\u0152": "Oe",
        # subscript digits (« CO₂ », « H₂O ») read as the digits they are
        **{chr(0x2080 + d): str(d) for d in range(10)},
    }
)
# Bidi controls are never text a candidate meant to write.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_SPACES = re.compile(r"[ \r\f\v]+")
_CID = re.compile(r"\(cid:\d+\)")


def normalize(text: str) -> str:
    """Return ``text`` in NFC with French typography and PDF artefacts fixed.

    Newlines are kept (tables use them); runs of other spaces collapse.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    text = _BIDI.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def normalize_line(text: str) -> str:
    """Like ``normalize`` but on one line (newlines become spaces)."""
    return normalize(text).replace("\n", " ")


def garbled_count(text: str) -> int:
    """Count ``(cid:NN)`` markers and replacement characters in ``text``."""
    return len(_CID.findall(text)) + text.count("\ufffd")


# A table-of-contents line: text, a run of leaders (dots, dashes, spaces), a
# page number at the end. "Analyse SWOT ........ 12" or "2.1 SWOT .... 4".
_TOC_LINE = re.compile(
    r"^(?P<title>.*?\S)\s*(?:[.\u2026·_\-]\s*){3,}\s*(?:p\.?|page)?\s*(?P<page>\d{1,3})$",
    re.IGNORECASE,
)
_TOC_TAB = re.compile(r"^(?P<title>\d+(?:\.\d+)*\.?\s+\S.*?)\s+(?P<page>\d{1,3})$")


#: Titles of a table of contents (« Sommaire », « Table des matières »…).
TOC_TITLES = frozenset(
    {
        "sommaire",
        "table des matières",
        "table des matieres",
        "plan du dossier",
        "contents",
        "table of contents",
    }
)
_TRAILING_PAGE = re.compile(r"\S\s+\d{1,3}$")


#: « Sommaire du dossier — Bloc 2 », « Table des matières (version 2) ».
_TOC_HEADING = re.compile(
    r"^(?:sommaire|table des mati[eè]res|plan du dossier)\s*(?:$|[:(–—-]|du |de la |des )"
)


def is_toc_heading(text: str) -> bool:
    """« Sommaire », « Table des matières : », « Sommaire du dossier — Bloc 2 »: the
    title of a table of contents."""
    lowered = text.lower().rstrip(" :").strip()
    return lowered in TOC_TITLES or bool(_TOC_HEADING.match(lowered))


def ends_in_page_number(line: str) -> bool:
    """A line ending in a page number after a space (« 3.1 Plan d'actions SEO 4 »)."""
    return bool(_TRAILING_PAGE.search(line.strip()))


def toc_title(line: str) -> str | None:
    """Return the title when ``line`` looks like a table-of-contents entry."""
    match = _TOC_LINE.match(line.strip())
    if match:
        return match.group("title").strip()
    return None


def is_numbered_toc_line(line: str) -> bool:
    """A numbered line ending in a page number ("2.1 Analyse SWOT 12")."""
    return bool(_TOC_TAB.match(line.strip()))
