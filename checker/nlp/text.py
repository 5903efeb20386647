"""Folding and tokenising helpers shared by the NLP layer and the matchers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

#: Words skipped inside phrases on both sides (articles, "de", "et", "à").
STOPWORDS = frozenset(
    ["le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "a", "et"]
)

_WORD = re.compile(r"[0-9a-z]+(?:['’][0-9a-z]+)*")


class DropTable(dict[int, str | None]):
    """A ``str.translate`` table that drops the characters ``drop`` accepts and keeps
    every other one (``spelt`` aside, which it rewrites). Filled as characters are
    met, so a text costs one C-level pass instead of a Python test per character."""

    def __init__(self, drop: Callable[[str], bool], spelt: dict[int, str] | None = None):
        super().__init__(spelt or {})
        self._drop = drop

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        value = None if self._drop(char) else char
        self[code] = value
        return value


#: Once a text is decomposed (NFD): combining marks dropped, « œ », « æ », « ’ » and
#: subscript digits (« CO₂ » is « co2 », as the readers write it) spelt out.
_FOLD = DropTable(
    lambda char: unicodedata.category(char) == "Mn",
    {ord("œ"): "oe", ord("æ"): "ae", ord("’"): "'"} | {0x2080 + d: str(d) for d in range(10)},
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase and strip accents: "Opportunités" -> "opportunites"."""
    text = text.lower()
    if text.isascii():
        return text
    return unicodedata.normalize("NFD", text).translate(_FOLD)


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
