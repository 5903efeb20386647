"""Detectors on links and images."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..model import BlockKind, Document
from ..nlp.text import fold
from ..ruleset import Requirement
from .context import Context, Outcome, excerpt


def _mentions(text: str, terms: list[str]) -> bool:
    folded = fold(text)
    return any(fold(term) in folded for term in terms if not term.startswith("re:"))


_DOMAIN_IN_TEXT = re.compile(
    r"(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\b", re.I
)
_OWN_SITE_WORDS = re.compile(r"\bnotre (?:site|boutique|e-shop|eshop)\b|\bnos pages\b", re.I)


def _domain(url: str) -> str:
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
            found.add(_domain(link.url))
    return frozenset(d for d in found if "." in d)


def detect_link(req: Requirement, ctx: Context) -> Outcome:
    """Enough hyperlinks (to the given domains, near the given terms). A link
    to the candidate's own site is no source (« sources du benchmark »)."""
    opts = req.options
    outcome = Outcome()
    found = []
    for doc in ctx.docs:
        blocks = doc.document.blocks
        own = own_domains(doc.document) if not opts["domains"] else frozenset()
        for link in doc.document.links:
            if own and _domain(link.url) in own:
                continue
            index = link.location.index
            block = blocks[index] if index < len(blocks) else None
            if block is not None and not ctx.candidate(doc, block):
                continue
            if block is not None and block.kind in {
                BlockKind.TOC_ENTRY,
                BlockKind.HEADER,
                BlockKind.FOOTER,
            }:
                continue
            if not link.url.lower().startswith(("http://", "https://", "www.")):
                continue
            if opts["domains"] and not any(d.lower() in link.url.lower() for d in opts["domains"]):
                continue
            if opts["near"]:
                context = " ".join(
                    [link.text, link.url, *link.location.section, block.text if block else ""]
                )
                if not _mentions(context, opts["near"]):
                    continue
            found.append((doc, link, block))
    urls = {link.url for _, link, _ in found}
    if len(urls) >= opts["min"]:
        outcome.score = 1.0
        for doc, link, block in found[:3]:
            target = block or doc.document.blocks[0]
            outcome.evidence.append(
                ctx.evidence(
                    req,
                    doc,
                    target,
                    excerpt(f"{link.text} → {link.url}"),
                    note=f"{len(urls)} lien(s)",
                )
            )
    return outcome


def detect_image(req: Requirement, ctx: Context) -> Outcome:
    """Enough images (in a section, caption or alt text matching ``near``)."""
    opts = req.options
    outcome = Outcome()
    found = []
    for doc, block in ctx.blocks([BlockKind.IMAGE]):
        if opts["near"]:
            blocks = doc.document.blocks
            index = block.location.index
            around = [
                b.text
                for b in blocks[max(0, index - 2) : index + 3]
                if b.kind in {BlockKind.CAPTION, BlockKind.PARAGRAPH}
            ]
            context = " ".join([block.text, *block.location.section, *around])
            if not _mentions(context, opts["near"]):
                continue
        found.append((doc, block))
    if len(found) >= opts["min"]:
        outcome.score = 1.0
        for doc, block in found[:2]:
            outcome.evidence.append(
                ctx.evidence(
                    req, doc, block, f"image : {block.text}", note=f"{len(found)} image(s)"
                )
            )
    return outcome
