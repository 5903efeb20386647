"""Render a Document as ``rncp-check extract`` shows it (text or JSON)."""

from __future__ import annotations

import json
from dataclasses import asdict

from ..model import BlockKind, Document, is_note
from .common import block_where

KIND_LABELS = {
    BlockKind.HEADING: "TITRE",
    BlockKind.PARAGRAPH: "PARAGRAPHE",
    BlockKind.LIST_ITEM: "LISTE",
    BlockKind.TABLE: "TABLEAU",
    BlockKind.CAPTION: "LÉGENDE",
    BlockKind.IMAGE: "IMAGE",
    BlockKind.TOC_ENTRY: "SOMMAIRE",
    BlockKind.HEADER: "EN-TÊTE",
    BlockKind.FOOTER: "PIED DE PAGE",
}


def render_document_text(document: Document) -> str:
    """Blocks with kinds and locations, then the health record, in French."""
    lines = [f"Document : {document.path} ({document.kind.upper()})", ""]
    for block in document.blocks:
        label = "NOTE" if is_note(block) else KIND_LABELS[block.kind]
        if block.kind is BlockKind.HEADING:
            label += f" {block.level}"
        if block.confidence < 1:
            label += " (?)"
        if block.hidden:
            label += " [invisible]"
        head = f"[{block.location.index:>4}] {label:<16} {block_where(block.location):<18}"
        if block.kind is BlockKind.TABLE:
            lines.append(f"{head} {len(block.rows)} ligne(s)")
            lines.extend(f"{'':>42}| " + " | ".join(row) + " |" for row in block.rows)
        else:
            lines.append(f"{head} {block.text}")
    health = document.health
    lines += [
        "",
        "Bilan de lecture :",
        f"  pages : {health.pages}, mots : {health.words}",
        "  blocs : " + (", ".join(f"{k} {v}" for k, v in health.blocks_by_kind.items()) or "aucun"),
        f"  tableaux : {health.tables}, images : {health.images}, liens : {health.links}",
    ]
    if health.scanned_pages:
        pages = ", ".join(map(str, health.scanned_pages))
        lines.append(f"  pages scannées (non analysées) : {pages}")
    if health.garbled_ratio:
        lines.append(f"  texte illisible : {health.garbled_ratio:.1%}")
    for what, count in health.skipped.items():
        lines.append(f"  ignoré : {what} × {count}")
    for warning in health.warnings:
        lines.append(f"  avertissement : {warning}")
    for link in document.links:
        lines.append(f"  lien : {link.url} « {link.text} »")
    return "\n".join(lines) + "\n"


def document_dict(document: Document) -> dict:
    """The JSON shape of a Document (documented in the README)."""
    data = asdict(document)
    for block in data["blocks"]:
        block["rows"] = [list(row) for row in block["rows"]]
        block["location"]["section"] = list(block["location"]["section"])
        if not block["rows"]:
            del block["rows"]
    for link in data["links"]:
        link["location"]["section"] = list(link["location"]["section"])
    return data


def render_document_json(document: Document) -> str:
    """Document as stable, indented JSON."""
    return json.dumps(document_dict(document), ensure_ascii=False, indent=2) + "\n"
