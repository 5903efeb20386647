"""Links and the candidate's own site: shared by the ``link`` and ``image`` detectors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from ..model import BlockKind, Document
from ..nlp.text import fold
from ..ruleset.lexicon import ALIAS_PREFIX


def mentions(text: str, terms: Sequence[str]) -> bool:
    """One of the plain ``terms`` (regular expressions and people skipped) is in ``text``."""
    folded = fold(text)
    return any(fold(term) in folded for term in terms if not term.startswith(("re:", ALIAS_PREFIX)))


_DOMAIN_IN_TEXT = re.compile(
    r"(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\b", re.I
)
_OWN_SITE_WORDS = re.compile(r"\bnotre (?:site|boutique|e-shop|eshop)\b|\bnos pages\b", re.I)


def domain(url: str) -> str:
    """The host of a URL, without « www. »."""
    url = url.strip().lower()
    if not url.startswith(("http://", "https://")):
        url = "http://" + url
    host = urlsplit(url).netloc.split("@")[-1].split(":")[0]
    return host[4:] if host.startswith("www.") else host


def own_domains(document: Document) -> frozenset[str]:
    """The candidate's own site: domains named on the cover page, in page
    headers and footers, or linked as « notre site » (never a benchmark source)."""
    found: set[str] = set()
    for block in document.blocks:
        cover = block.location.page in (None, 1) and block.location.index < 15
        if block.kind in {BlockKind.HEADER, BlockKind.FOOTER} or cover:
            found.update(m.group(1).lower() for m in _DOMAIN_IN_TEXT.finditer(block.text))
    for link in document.links:
        if _OWN_SITE_WORDS.search(link.text):
            found.add(domain(link.url))
    return frozenset(d for d in found if "." in d)
