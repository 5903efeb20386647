"""Reporters: one module per format behind one protocol, and one way to write.

The model is coverage.py's ``report_core``: every reporter receives a
finished ``CandidateReport`` and returns its text, never recomputing a
verdict; ``REPORTERS`` is the explicit registry (format name -> reporter);
``render_report`` renders a report and writes it with ``write_report``:
to stdout for « - », else atomically to a file (``checker.output``: missing
folders created and said, the temporary file removed on every failure).

Options such as ``verbose`` (text) or ``compact`` (HTML) go through
``ReportOptions``: a reporter reads those it knows and ignores the others.
Reporter modules are imported when first used (Jinja2 only for HTML).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TextIO

from ..model import CandidateReport
from ..output import write_atomic


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What a person may ask of a report besides its format."""

    verbose: bool = False  # text: more evidence per criterion
    compact: bool = False  # html: the printable jury sheet


class Reporter(Protocol):
    """Renders a finished report in one format (text, JSON, HTML, CSV)."""

    @property
    def format(self) -> str: ...

    def render(self, report: CandidateReport, options: ReportOptions) -> str: ...


class TextReporter:
    format = "text"

    def render(self, report: CandidateReport, options: ReportOptions) -> str:
        from .textreport import render

        return render(report, verbose=options.verbose)


class JsonReporter:
    format = "json"

    def render(self, report: CandidateReport, options: ReportOptions) -> str:
        from .jsonreport import render

        return render(report)


class HtmlReporter:
    format = "html"

    def render(self, report: CandidateReport, options: ReportOptions) -> str:
        from .htmlreport import render

        return render(report, compact=options.compact)


class CsvReporter:
    format = "csv"

    def render(self, report: CandidateReport, options: ReportOptions) -> str:
        from .csvreport import render

        return render(report)


#: Format name -> reporter, in the order ``--format`` lists them.
REPORTERS: dict[str, Reporter] = {
    reporter.format: reporter
    for reporter in (TextReporter(), JsonReporter(), HtmlReporter(), CsvReporter())
}


def get_reporter(fmt: str) -> Reporter:
    """The reporter of format ``fmt``; ``ValueError`` for an unknown one."""
    try:
        return REPORTERS[fmt]
    except KeyError:
        raise ValueError(f"no such report format: {fmt!r}") from None


def render(report: CandidateReport, fmt: str, options: ReportOptions | None = None) -> str:
    """The text of ``report`` in format ``fmt``."""
    return get_reporter(fmt).render(report, options or ReportOptions())


Say = Callable[[str], None]


def write_report(
    text: str,
    output: str | os.PathLike[str],
    *,
    say: Say | None = None,
    stdout: TextIO | None = None,
) -> list[Path]:
    """Write ``text`` to ``stdout`` for « - », else atomically to the file ``output``.

    ``say`` receives the French lines « Dossier créé : … » (each folder made
    on the way) and « Rapport écrit : … ». Raises ``OutputError`` (French
    message) when the file cannot be written; no temporary file is left.
    Returns the folders created.
    """
    if os.fspath(output) == "-":
        stream = stdout or sys.stdout
        stream.write(text)
        stream.flush()
        return []
    created = write_atomic(os.fspath(output), text)
    if say is not None:
        for folder in created:
            say(f"Dossier créé : {folder}")
        say(f"Rapport écrit : {os.fspath(output)}")
    return created


def render_report(
    report: CandidateReport,
    fmt: str,
    output: str | os.PathLike[str],
    *,
    say: Say | None = None,
    stdout: TextIO | None = None,
    verbose: bool = False,
    compact: bool = False,
) -> list[Path]:
    """Render ``report`` in format ``fmt`` and write it (see ``write_report``)."""
    text = render(report, fmt, ReportOptions(verbose=verbose, compact=compact))
    return write_report(text, output, say=say, stdout=stdout)


__all__ = [
    "REPORTERS",
    "ReportOptions",
    "Reporter",
    "get_reporter",
    "render",
    "render_report",
    "write_report",
]
