"""Detectors on links and images."""

from __future__ import annotations

from ..model import BlockKind
from ..nlp.text import fold
from ..ruleset import Requirement
from .context import Context, Outcome, excerpt


def _mentions(text: str, terms: list[str]) -> bool:
    folded = fold(text)
    return any(fold(term) in folded for term in terms if not term.startswith("re:"))


def detect_link(req: Requirement, ctx: Context) -> Outcome:
    """Enough hyperlinks (to the given domains, near the given terms)."""
    opts = req.options
    outcome = Outcome()
    found = []
    for doc in ctx.docs:
        blocks = doc.document.blocks
        for link in doc.document.links:
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
