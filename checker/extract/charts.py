"""The data of a chart drawn by Word or PowerPoint (DrawingML ``c:chartSpace``);
``chart_value`` also writes the figures of a LibreOffice chart (``odt_reader``).

A chart keeps a copy of its figures in its own XML (``c:strCache`` /
``c:numCache``), whatever the workbook it was made from. ``chart_table`` reads
them as a table: a header row (« Catégorie » then each series' name) and one row
per category, values written as the chart shows them (« 3,4 % » for a
percentage format, a decimal comma). A candidate's chart of conversion rates
before and after a redesign is then evidence like the table it was drawn from;
a chart without cached figures gives no table (its title stays an image).
"""

from __future__ import annotations

import math

from lxml import etree

C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"

#: Categories read at most per chart (a daily series over a year is not a table to read).
MAX_CATEGORIES = 60
#: Series read at most per chart.
MAX_SERIES = 12


def _c(local: str) -> str:
    return f"{{{C_NS}}}{local}"


_PLOT_AREA, _SER, _TX, _CAT, _VAL, _XVAL, _YVAL = map(
    _c, ("plotArea", "ser", "tx", "cat", "val", "xVal", "yVal")
)
_PT, _V, _FORMAT = map(_c, ("pt", "v", "formatCode"))


def _first(element: etree._Element, *tags: str) -> etree._Element | None:
    """The first child of ``element`` with one of ``tags``, in their order (a category
    axis, or a scatter chart's x values)."""
    for tag in tags:
        found = element.find(tag)
        if found is not None:
            return found
    return None


def _points(element: etree._Element | None) -> tuple[dict[int, str], str]:
    """The cached points of a ``c:cat``/``c:val``/``c:tx`` element: index → text,
    and the number format (``General`` when none)."""
    points: dict[int, str] = {}
    fmt = "General"
    if element is None:
        return points, fmt
    for node in element.iter(_FORMAT):
        fmt = node.text or fmt
        break
    for pt in element.iter(_PT):
        value = pt.find(_V)
        try:
            index = int(pt.get("idx") or "")
        except ValueError:
            continue
        if value is not None and value.text is not None:
            points[index] = value.text
    if not points:  # a literal name (« c:tx/c:v »)
        value = element.find(_V)
        if value is not None and value.text:
            points[0] = value.text
    return points, fmt


def chart_value(text: str, *, percent: bool = False) -> str:
    """A chart's figure as it shows it: a percentage × 100 with « % », a decimal
    comma, no float noise (« 0.034 » as a percentage gives « 3,4 % »)."""
    try:
        value = float(text)
    except ValueError:
        return text.strip()
    if not math.isfinite(value):
        return ""
    if percent:
        value *= 100
    rounded = round(value, 2)
    shown = (
        f"{rounded:.2f}".rstrip("0").rstrip(".") if rounded != int(rounded) else str(int(rounded))
    )
    shown = shown.replace(".", ",")
    return f"{shown} %" if percent else shown


def chart_table(space: etree._Element) -> list[list[str]]:
    """The chart's figures as rows (header first), or [] when it caches none."""
    plot = space.find(f"{_c('chart')}/{_PLOT_AREA}")
    if plot is None:
        return []
    names: list[str] = []
    columns: list[dict[int, str]] = []
    categories: dict[int, str] = {}
    for series in plot.iter(_SER):
        if len(columns) >= MAX_SERIES:
            break
        name, _ = _points(series.find(_TX))
        cats, _ = _points(_first(series, _CAT, _XVAL))
        values, fmt = _points(_first(series, _VAL, _YVAL))
        if not values:
            continue
        for index, text in cats.items():
            categories.setdefault(index, text.strip())
        names.append(name.get(0, "").strip() or f"Série {len(columns) + 1}")
        columns.append({i: chart_value(v, percent="%" in fmt) for i, v in values.items()})
    if not columns:
        return []
    indices = sorted(set(categories) | {i for column in columns for i in column})
    if len(indices) > MAX_CATEGORIES:
        return []
    rows = [["Catégorie", *names]]
    for index in indices:
        rows.append([categories.get(index, str(index + 1)), *(c.get(index, "") for c in columns)])
    return rows


__all__ = ["C_NS", "MAX_CATEGORIES", "MAX_SERIES", "chart_table", "chart_value"]
