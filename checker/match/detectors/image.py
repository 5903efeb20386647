"""``image``: enough images (in a section, caption or alt text matching ``near``).

Satisfied when the documents hold at least ``min_images`` images; with
``near``, only images whose alt text, section headings or neighbouring
captions and paragraphs (two blocks before, two after) mention a term count.

Options (defaults):

- ``min_images`` (1): images.
- ``near`` (none): terms in the section heading, caption or alt text
  (plain terms only: regular expressions are skipped).

Scope (default): ``paragraph, list_item, table, caption, heading``.

Example::

    - id: mockups
      label: "maquettes du site"
      detector: image
      min_images: 2
      near: [maquette, wireframe, zoning]
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import BlockKind
from ...ruleset import Requirement
from ...ruleset.options import DetectorOptions
from ..context import Context, Outcome
from ..media import mentions
from .spec import Detector


@dataclass(frozen=True, slots=True, kw_only=True)
class ImageOptions(DetectorOptions):
    """Options of the ``image`` detector."""

    min_images: int = 1
    near: tuple[str, ...] = ()


def detect(req: Requirement, opts: ImageOptions, ctx: Context) -> Outcome:
    """Enough images (in a section, caption or alt text matching ``near``)."""
    outcome = Outcome()
    found = []
    for doc, block in ctx.blocks([BlockKind.IMAGE]):
        if opts.near:
            blocks = doc.document.blocks
            index = block.location.index
            around = [
                b.text
                for b in blocks[max(0, index - 2) : index + 3]
                if b.kind in {BlockKind.CAPTION, BlockKind.PARAGRAPH}
            ]
            context = " ".join([block.text, *block.location.section, *around])
            if not mentions(context, opts.near):
                continue
        found.append((doc, block))
    if len(found) >= opts.min_images:
        outcome.score = 1.0
        for doc, block in found[:2]:
            outcome.evidence.append(
                ctx.evidence(
                    req, doc, block, f"image : {block.text}", note=f"{len(found)} image(s)"
                )
            )
    return outcome


DETECTOR = Detector(
    name="image",
    label="images",
    options=ImageOptions,
    scope=("paragraph", "list_item", "table", "caption", "heading"),
    detect=detect,
    doc=__doc__ or "",
    renamed={"min": "min_images"},
)
