"""Which evidence a report shows first, and which it never shows.

The matchers find every passage that meets a requirement; a person reads
the first one. This module orders them by how well they answer the
criterion: a required piece before a supporting one, a passage in a part
of the document whose title names the criterion's topic before one found
elsewhere, figures and content before a bare heading. A table that is
empty or still « à renseigner » is never shown, and a table about
something else (the persona table cited for the benchmark) only when
nothing better exists. The same text is shown once.

It never changes a verdict: only the order and the selection of what is
shown. Excerpts are cleaned here too (bullets from symbol fonts, empty
list items).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from .model import Block, BlockKind, Evidence
from .nlp.text import fold

#: Words too common in the référentiel to say what a passage is about.
_STOP_TEXT = """
    les des une est sont dans pour par avec aux sur ses son leur leurs qui que
    cette ces elle ils entre plus selon afin ainsi être fait faite faits
    mise mises place présenté présentée présentés présentées identifiés
    identifiées identifié identifiée définis définies défini définie démontré
    démontrée démontrés établi établis établie réalisé réalisée réalisés
    adapté adaptée adaptés adaptées compte tenu regard fonction nature
    ensemble chaque toute tous toutes action actions mesure mesures
"""
_STOPWORDS = frozenset(_STOP_TEXT.split())

#: A cell still to fill in: « à renseigner », « TBD », « XX », « … », « - ».
_PLACEHOLDER_CELL = re.compile(r"^(?:tbd|todo|x+|n/?a|\?+|…|\.{2,}|[-–—_]+|0|0 ?€|0 ?%)$", re.I)
_PLACEHOLDER_WORDS = re.compile(
    r"\b[àa] (?:renseigner|compl[ée]ter|d[ée]finir|venir|remplir)\b", re.I
)


#: Unicode private-use area: bullets of symbol fonts (Symbol, Wingdings).
_PRIVATE = re.compile("[\ue000-\uf8ff]")
_EMPTY_ITEMS = re.compile(r"(?:\s*;\s*){2,}")


def clean_excerpt(text: str) -> str:
    """An excerpt without symbol-font bullets or empty list items (« ; ; »)."""
    text = _PRIVATE.sub("", text)
    text = _EMPTY_ITEMS.sub(" ; ", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return text.strip(" ;\t")


def topic_stems(texts: Iterable[str]) -> frozenset[str]:
    """Stems (first 5 letters) of the telling words of ``texts``."""
    return frozenset().union(*(_text_stems(text) for text in texts))


@lru_cache(maxsize=16384)
def _text_stems(text: str) -> frozenset[str]:
    return frozenset(
        fold(word)[:5]
        for word in re.findall(r"[a-zà-ÿœæ]{4,}", text.lower())
        if word not in _STOPWORDS
    )


@lru_cache(maxsize=16384)
def _stems_of(text: str) -> frozenset[str]:
    """The five-letter stems of the words of four letters or more of ``text``."""
    return frozenset(word[:5] for word in re.findall(r"[a-z]{4,}", fold(text)))


def _mentions(text: str, stems: frozenset[str]) -> bool:
    return not _stems_of(text).isdisjoint(stems)


def empty_table(block: Block) -> bool:
    """A table whose body is mostly empty or still to fill in."""
    rows = [row for row in block.rows if any(cell.strip() for cell in row)]
    body = rows[1:] if len(rows) > 1 else rows
    cells = [cell.strip() for row in body for cell in row[1:]] or [
        cell.strip() for row in body for cell in row
    ]
    if not cells:
        return True
    blank = [
        cell
        for cell in cells
        if not cell or _PLACEHOLDER_CELL.match(cell) or _PLACEHOLDER_WORDS.search(cell)
    ]
    return len(blank) / len(cells) >= 0.5


def _score(
    evidence: Evidence, block: Block | None, core: frozenset[str], terms: frozenset[str]
) -> float:
    score = evidence.score
    if evidence.supporting:
        score -= 2.0
    section = " ".join(evidence.location.section)
    if _mentions(section, core):
        score += 1.0  # a part whose title names the criterion's topic
    elif _mentions(section, terms):
        score += 0.4
    if block is not None and block.kind is BlockKind.TABLE:
        header = " ".join(block.rows[0]) if block.rows else evidence.excerpt[:200]
        if (core or terms) and not _mentions(section + " " + header, core | terms):
            score -= 1.5  # a table about something else
    elif _mentions(evidence.excerpt, core):
        score += 0.3
    if block is not None and block.kind is BlockKind.HEADING:
        score -= 0.5  # a title alone says less than its content
    if re.search(r"\d", evidence.excerpt):
        score += 0.2
    return score


def rank_evidence(
    evidence: Sequence[Evidence],
    blocks: Mapping[tuple[str, int], Block],
    topic: Iterable[str],
    terms: Iterable[str] = (),
) -> list[Evidence]:
    """``evidence`` best first, cleaned, without empty tables or repeats.

    ``blocks`` maps (document, block index) to the block; ``topic`` is the
    criterion's wording, ``terms`` its requirements' terms (a weaker sign
    of the topic). Nothing is dropped when it would leave nothing.
    """
    core = topic_stems(topic)
    extra = topic_stems(terms) - core
    scored = []
    seen: set[str] = set()
    for position, item in enumerate(evidence):
        block = blocks.get((item.document, item.location.index))
        if block is not None and block.kind is BlockKind.TABLE and empty_table(block):
            continue
        cleaned = clean_excerpt(item.excerpt)
        key = fold(re.sub(r"\W+", " ", cleaned)).strip()
        if key in seen:
            continue
        seen.add(key)
        if cleaned != item.excerpt:
            item = replace(item, excerpt=cleaned)
        scored.append((-_score(item, block, core, extra), position, item))
    if not scored:
        return [replace(e, excerpt=clean_excerpt(e.excerpt)) for e in evidence[:1]]
    scored.sort(key=lambda entry: (entry[0], entry[1]))
    return [item for _, _, item in scored]


__all__ = ["clean_excerpt", "empty_table", "rank_evidence", "topic_stems"]
