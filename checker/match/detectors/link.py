"""``link``: enough hyperlinks (to the given domains, near the given terms).

Satisfied when the documents hold at least ``min_links`` distinct web links
(``http://``, ``https://`` or ``www.``), outside the table of contents, page
headers and footers. A link to the candidate's own site (named on the cover
page, in a header or footer, or linked as « notre site ») is no source, unless
``domains`` are given.

Options (defaults):

- ``min_links`` (1): distinct URLs.
- ``near`` (none): terms in the link text, its URL, its section headings or its block.
- ``domains`` (none): the URL must contain one of them.

Scope (default): ``paragraph, list_item, table, caption, heading``.

Example::

    - id: benchmark-sources
      label: "sources du benchmark"
      detector: link
      min_links: 2
      near: [benchmark, concurrent]
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import BlockKind
from ...ruleset import Requirement
from ...ruleset.options import DetectorOptions
from ..context import Context, Outcome, excerpt
from ..media import domain, mentions, own_domains
from .spec import Detector


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkOptions(DetectorOptions):
    """Options of the ``link`` detector."""

    min_links: int = 1
    near: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


def detect(req: Requirement, opts: LinkOptions, ctx: Context) -> Outcome:
    """Enough hyperlinks (to the given domains, near the given terms). A link
    to the candidate's own site is no source (« sources du benchmark »)."""
    outcome = Outcome()
    found = []
    for doc in ctx.docs:
        blocks = doc.document.blocks
        own = own_domains(doc.document) if not opts.domains else frozenset()
        for link in doc.document.links:
            if own and domain(link.url) in own:
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
            if opts.domains and not any(d.lower() in link.url.lower() for d in opts.domains):
                continue
            if opts.near:
                context = " ".join(
                    [link.text, link.url, *link.location.section, block.text if block else ""]
                )
                if not mentions(context, opts.near):
                    continue
            found.append((doc, link, block))
    urls = {link.url for _, link, _ in found}
    if len(urls) >= opts.min_links:
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


DETECTOR = Detector(
    name="link",
    label="liens",
    options=LinkOptions,
    scope=("paragraph", "list_item", "table", "caption", "heading"),
    detect=detect,
    doc=__doc__ or "",
    renamed={"min": "min_links"},
)
