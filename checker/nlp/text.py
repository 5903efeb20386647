"""Folding and tokenising helpers shared by the NLP layer and the matchers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Words skipped inside phrases on both sides (articles, "de", "et", "à").
STOPWORDS = frozenset(
    ["le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "a", "et"]
)

_WORD = re.compile(r"[0-9a-z]+(?:['’][0-9a-z]+)*")


#: Subscript digits as digits (« CO₂ » is « co2 », as the readers write it).
_SUBSCRIPTS = str.maketrans({chr(0x2080 + d): str(d) for d in range(10)})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase and strip accents: "Opportunités" -> "opportunites"."""
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return text.replace("œ", "oe").replace("æ", "ae").replace("’", "'").translate(_SUBSCRIPTS)


def simple_words(text: str) -> list[str]:
    """Folded words of ``text`` (no NLP), split on hyphens and apostrophes."""
    words = []
    for match in _WORD.finditer(fold(text)):
        for part in re.split(r"'", match.group()):
            if part:
                words.append(part)
    return words


def split_parts(form: str) -> list[str]:
    """Split a folded token on hyphens, apostrophes and slashes."""
    return [p for p in re.split(r"[-'/.]+", form) if p]
