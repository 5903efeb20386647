"""Resource limits applied to every candidate file, and the caps that use them.

Candidates' files are untrusted: a file may be huge, a ZIP may be a bomb, a
PDF may hold thousands of pages or one page of millions of characters. The
``Limits`` below bound what is read; each limit can be overridden through an
environment variable ``RNCP_CHECK_<FIELD>`` (``RNCP_CHECK_MAX_PAGES=800``,
``RNCP_CHECK_MAX_FILE_BYTES=100M``, ``RNCP_CHECK_TIMEOUT_S=120``...), and later
from the command line through ``Limits.with_changes``.

Invalid environment values are ignored (the default stays): a typo in a
variable must not stop a jury's run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from . import messages as msg
from .model import BODY_KINDS, Block, BlockKind, Document

MIB = 1024 * 1024

#: Entries whose declared size stays under this are never "bombs", whatever
#: their compression ratio (a 200 KB run of spaces is harmless).
RATIO_FLOOR_BYTES = 1 * MIB

_SUFFIXES = {"": 1, "K": 1024, "M": MIB, "G": 1024 * MIB}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMG]?)(?:I?B|O)?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps applied to one file (and, for ``max_nlp_chars``, one candidate)."""

    #: Files larger than this are refused before anything is read.
    max_file_bytes: int = 50 * MIB
    #: ZIP packages (DOCX, ODT) with more entries are refused.
    max_zip_entries: int = 10_000
    #: Sum of the declared uncompressed sizes of a ZIP package.
    max_uncompressed: int = 200 * MIB
    #: Declared uncompressed / compressed size of one entry (above 1 MiB).
    max_ratio: int = 200
    #: Pages read at most (PDF); the rest is dropped with a W306 warning.
    max_pages: int = 500
    #: Characters kept per page; the rest of the page is dropped (W306).
    max_chars_per_page: int = 100_000
    #: Characters of one candidate handed to the French NLP pipeline.
    max_nlp_chars: int = 2_000_000
    #: Wall-clock seconds allowed to read one file.
    timeout_s: float = 60.0
    #: Memory (MiB) a reading process may add to what it inherited.
    memory_mb: int = 1_500

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise ValueError(f"{item.name} must be a positive number, got {value!r}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """Defaults overridden by ``RNCP_CHECK_*`` environment variables."""
        environ = os.environ if environ is None else environ
        # field name -> value; the types are checked by __post_init__
        changes: dict[str, Any] = {}
        for item in fields(cls):
            for var in env_names(item.name):
                raw = environ.get(var)
                if raw is None:
                    continue
                value = _parse(raw, float if item.name == "timeout_s" else int)
                if value is not None:
                    changes[item.name] = value
                break
        return cls(**changes)

    def with_changes(self, **changes: int | float | None) -> Limits:
        """A copy with the given fields changed (``None`` values are ignored)."""
        kept: dict[str, Any] = {k: v for k, v in changes.items() if v is not None}
        return replace(self, **kept)


def env_names(field_name: str) -> tuple[str, ...]:
    """Environment variables read for a field, first one wins."""
    main = f"RNCP_CHECK_{field_name.upper()}"
    if field_name.startswith("max_"):
        return (main,)
    return (main, f"RNCP_CHECK_MAX_{field_name.upper()}")


def _parse(raw: str, kind: type) -> int | float | None:
    match = _SIZE.match(raw)
    if not match:
        return None
    number = float(match.group(1)) * _SUFFIXES[match.group(2).upper()]
    if number <= 0:
        return None
    return number if kind is float else int(number)


def current() -> Limits:
    """The limits in force in this process (environment, or set by ``use``)."""
    return _OVERRIDE[-1] if _OVERRIDE else Limits.from_env()


_OVERRIDE: list[Limits] = []


def use(limits: Limits) -> None:
    """Make ``limits`` the ones ``current()`` returns (used in reading children)."""
    _OVERRIDE[:] = [limits]


# -- caps on extracted text ------------------------------------------------------


def _cut(text: str, keep: int) -> str:
    """``text`` cut to at most ``keep`` characters, at a word boundary if possible."""
    if len(text) <= keep:
        return text
    head = text[:keep]
    space = head.rfind(" ")
    return (head[:space] if space > keep // 2 else head).rstrip() + " […]"


def _words(text: str) -> int:
    return len(text.split())


def _shrink(document: Document, blocks: list[Block], dropped_words: int, warning: str) -> Document:
    health = document.health
    health = replace(
        health,
        words=max(0, health.words - dropped_words),
        warnings=(*health.warnings, warning),
    )
    return replace(document, blocks=tuple(blocks), health=health)


def cap_page_chars(document: Document, max_chars: int) -> Document:
    """Keep at most ``max_chars`` characters per page (W306 names the pages cut)."""
    used: dict[int, int] = {}
    kept: list[Block] = []
    cut_pages: set[int] = set()
    dropped = 0
    for block in document.blocks:
        page = block.location.page
        if page is None:  # no page to count on: only the NLP cap applies
            kept.append(block)
            continue
        room = max_chars - used.get(page, 0)
        size = len(block.text)
        if size <= room:
            used[page] = used.get(page, 0) + size
            kept.append(block)
            continue
        cut_pages.add(page)
        dropped += _words(block.text)
        if room > 200 and block.kind is not BlockKind.TABLE:
            text = _cut(block.text, room)
            dropped -= _words(text)
            kept.append(replace(block, text=text))
        used[page] = max_chars
    if not cut_pages:
        return document
    pages = ", ".join(str(p) for p in sorted(cut_pages))
    shown = f"{max_chars:,}".replace(",", " ")
    warning = msg.W306.format(detail=f"au plus {shown} caractères lus par page (page(s) : {pages})")
    return _shrink(document, kept, dropped, warning)


def cap_nlp_chars(documents: Sequence[Document], max_chars: int) -> list[Document]:
    """Keep at most ``max_chars`` characters of body text over all ``documents``.

    Blocks past the budget are dropped (hidden and page furniture blocks do
    not count); the document that is cut gets a W306 warning.
    """
    budget = max_chars
    out: list[Document] = []
    for document in documents:
        kept: list[Block] = []
        dropped = 0
        cut = False
        for block in document.blocks:
            if block.hidden or block.kind not in BODY_KINDS:
                kept.append(block)
                continue
            size = len(block.text)
            if size <= budget:
                budget -= size
                kept.append(block)
                continue
            cut = True
            dropped += _words(block.text)
            if budget > 200 and block.kind is not BlockKind.TABLE:
                text = _cut(block.text, budget)
                dropped -= _words(text)
                kept.append(replace(block, text=text))
            budget = 0
        if cut:
            shown = f"{max_chars:,}".replace(",", " ")
            warning = msg.W306.format(
                detail=f"seuls les {shown} premiers caractères du candidat sont analysés"
            )
            document = _shrink(document, kept, dropped, warning)
        out.append(document)
    return out


__all__ = [
    "RATIO_FLOOR_BYTES",
    "Limits",
    "cap_nlp_chars",
    "cap_page_chars",
    "current",
    "env_names",
    "use",
]
