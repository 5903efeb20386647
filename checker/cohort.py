"""Cohort statistics: the candidates of a cohort, what happened to each, and
the cohort-wide figures every cohort output shows (computed here, once; the
reporters in ``checker.report.cohortreport`` only lay them out).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .messages import FILE_STATUS
from .model import NOT_ANALYSED, STATUS_ORDER, CandidateReport, DocumentInfo

EXIT_OK = 0
EXIT_INPUT = 2
EXIT_RULES = 3
EXIT_UNREADABLE = 4
EXIT_WRITE = 5
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
EXIT_TERMINATED = 143  # SIGTERM (128 + 15)

COHORT_HTML = "cohorte.html"
COHORT_CSV = "cohorte.csv"

#: How many candidates the "needing attention" and "most missed" lists show.
TOP_CANDIDATES = 10
TOP_CRITERIA = 15


@dataclass(frozen=True, slots=True)
class Candidate:
    """One candidate of the cohort: a folder of files, or a single file."""

    name: str
    root: Path  # the candidate's folder, or its single file
    files: tuple[Path, ...]  # every file, as cohort_dir / relative path
    slug: str = ""
    #: ``root`` as printed (``checker.discover.safe_name``, set by ``batch``).
    shown_root: str = ""

    @property
    def is_folder(self) -> bool:
        return self.root.is_dir()

    def relative_names(self) -> list[str]:
        """Names of the files relative to the candidate's folder (posix)."""
        if not self.is_folder:
            return [self.root.name for _ in self.files]
        return [path.relative_to(self.root).as_posix() for path in self.files]


@dataclass(slots=True)
class CandidateOutcome:
    """What happened to one candidate. Its report keeps the verdicts only: the
    evidence is in the candidate's written HTML and JSON reports."""

    candidate: Candidate
    report: CandidateReport
    cached: bool = False
    error: str | None = None  # the check itself failed (worker crash, bug)

    @property
    def unreadable(self) -> tuple[DocumentInfo, ...]:
        """Files that could not be read, and scans or empty files (not analysed)."""
        return tuple(
            doc for doc in self.report.documents if doc.error or doc.status in NOT_ANALYSED
        )

    @property
    def auto(self) -> int:
        """Criteria of the candidate's own blocs that the tool assesses."""
        return len(self.report.auto_criteria)

    def share(self, status: str) -> float:
        """Share of the candidate's own automatic criteria with ``status``."""
        return self.counts[status] / self.auto if self.auto else 0.0

    @property
    def counts(self) -> dict[str, int]:
        return self.report.summary()


@dataclass(frozen=True, slots=True)
class CriterionColumn:
    """A criterion as a column of the cohort matrix, with cohort-wide counts."""

    id: str
    bloc: int
    text: str
    counts: dict[str, int]  # status token -> number of candidates
    candidates: int  # candidates with a verdict on this criterion

    @property
    def missing_share(self) -> float:
        return self.counts.get("missing", 0) / self.candidates if self.candidates else 0.0


@dataclass(slots=True)
class CohortResult:
    """Everything the cohort outputs show; computed here, not in templates."""

    cohort_dir: Path
    out_dir: Path
    outcomes: list[CandidateOutcome]
    ignored: list[str]
    criteria: list[CriterionColumn] = field(default_factory=list)
    most_missed: list[CriterionColumn] = field(default_factory=list)
    attention: list[CandidateOutcome] = field(default_factory=list)
    unreadable: list[tuple[str, str, str]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    generated: str = ""
    rules_name: str = ""
    rules_version: str = ""
    csv_name: str = COHORT_CSV
    html_name: str = COHORT_HTML
    write_errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # French lines for the summary

    @property
    def checked(self) -> int:
        return sum(1 for outcome in self.outcomes if not outcome.cached)

    @property
    def from_cache(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.cached)

    @property
    def failed(self) -> int:
        """Files that could not be read, plus candidates whose check crashed."""
        return len(self.unreadable)

    @property
    def exit_code(self) -> int:
        if self.write_errors:
            return EXIT_WRITE
        return EXIT_UNREADABLE if self.failed else EXIT_OK

    def status_of(self, outcome: CandidateOutcome) -> dict[str, str]:
        """Criterion id -> status token for one candidate."""
        return {result.id: result.status.value for result in outcome.report.criteria}


def aggregate(result: CohortResult) -> CohortResult:
    """Fill the cohort-wide figures of ``result`` from its outcomes."""
    order: dict[str, tuple[int, int, str]] = {}
    per_criterion: dict[str, Counter[str]] = {}
    totals: Counter[str] = Counter({status.value: 0 for status in STATUS_ORDER})
    unreadable: list[tuple[str, str, str]] = []
    for outcome in result.outcomes:
        for verdict in outcome.report.criteria:
            if verdict.id not in order:
                order[verdict.id] = (verdict.bloc, len(order), verdict.text)
            per_criterion.setdefault(verdict.id, Counter())[verdict.status.value] += 1
            totals[verdict.status.value] += 1
        for doc in outcome.unreadable:
            reason = doc.error or FILE_STATUS.get(doc.status, doc.status)
            unreadable.append((outcome.candidate.name, doc.path, reason))
        if outcome.error and not outcome.unreadable:
            unreadable.append(
                (
                    outcome.candidate.name,
                    outcome.candidate.shown_root or os.fsdecode(outcome.candidate.root),
                    outcome.error,
                )
            )
    columns = [
        CriterionColumn(
            id=cid,
            bloc=bloc,
            text=text,
            counts={s.value: per_criterion[cid].get(s.value, 0) for s in STATUS_ORDER},
            candidates=sum(per_criterion[cid].values()),
        )
        for cid, (bloc, _, text) in sorted(order.items(), key=lambda kv: kv[1][:2])
    ]
    result.criteria = columns
    result.most_missed = sorted(
        (col for col in columns if col.counts["missing"] or col.counts["partial"]),
        key=lambda col: (-col.counts["missing"], -col.counts["partial"], col.bloc, col.id),
    )[:TOP_CRITERIA]
    result.attention = sorted(
        (
            outcome
            for outcome in result.outcomes
            if outcome.counts["missing"] or outcome.unreadable or outcome.error
        ),
        # By share of each candidate's own criteria: candidates assessed on
        # different blocs compare fairly.
        key=lambda o: (
            -o.share("missing"),
            -len(o.unreadable),
            -o.share("partial"),
            o.candidate.name.casefold(),
        ),
    )[:TOP_CANDIDATES]
    result.unreadable = unreadable
    result.totals = dict(totals)
    return result
