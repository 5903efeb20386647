"""Write a DOCX from docmark-like text ('#' headings, '|' table rows, '-' items)."""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx


def write_docx(path: Path, text: str) -> Path:
    """Save ``text`` as a DOCX at ``path`` (real Word styles for headings and lists)."""
    document = new_docx()
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
        rows.clear()

    for raw in text.strip().splitlines():
        line = raw.strip()
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
            continue
        flush_table()
        if not line:
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            document.add_heading(line.lstrip("#").strip(), level=min(level, 9))
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        else:
            document.add_paragraph(line)
    flush_table()
    document.save(path)
    return path
