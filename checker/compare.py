"""What changed between two drafts of a candidate, criterion by criterion.

``compare_paths(old, new)`` checks both drafts (each a file, several files or
a folder, through the report cache when one is given) on the same blocs and
returns a ``Comparison``; ``compare_reports`` does the same from two finished
reports. Nothing here re-assesses anything: a change is read off the two
verdicts and their evidence.

Changes, in the order they are shown (regressions first):

* ``regression``: the criterion lost ground (couvert -> partiel or manquant,
  partiel -> manquant); « nouvellement manquant » when it ends up missing;
* ``covered``: newly covered;
* ``improved``: manquant -> partiel;
* ``status``: any other change of status (to or from « invérifiable »...);
* ``evidence``: same status, but evidence moved (same excerpt, other page or
  section) or disappeared (an excerpt of the old draft is no longer found);
* ``unchanged``.

Evidence is matched by its excerpt (case and spacing ignored), never by file
name: the drafts are usually ``dossier-v1.docx`` and ``dossier-v2.docx``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .model import (
    CHANGE_ORDER,
    BlocScore,
    CandidateReport,
    Comparison,
    CriterionChange,
    CriterionResult,
    Evidence,
    EvidenceChange,
    Place,
    Status,
)
from .ruleset import RuleSet

_RANK = {Status.MISSING: 0, Status.PARTIAL: 1, Status.COVERED: 2}


def _key(text: str) -> str:
    return " ".join(text.replace("…", " ").split()).casefold()


def _place(evidence: Evidence) -> Place:
    loc = evidence.location
    return Place(evidence.document, loc.page, loc.page_estimated, loc.section)


def _evidence_changes(old: CriterionResult, new: CriterionResult) -> tuple[EvidenceChange, ...]:
    before = {_key(e.excerpt): e for e in reversed(old.evidence)}
    after = {_key(e.excerpt): e for e in reversed(new.evidence)}
    out: list[EvidenceChange] = []
    for key, evidence in before.items():
        moved_to = after.get(key)
        if moved_to is None:
            out.append(EvidenceChange(evidence.excerpt, "lost", _place(evidence), None))
            continue
        a, b = _place(evidence), _place(moved_to)
        if (a.page, a.section) != (b.page, b.section):
            out.append(EvidenceChange(evidence.excerpt, "moved", a, b))
    for key, evidence in after.items():
        if key not in before:
            out.append(EvidenceChange(evidence.excerpt, "new", None, _place(evidence)))
    order = {"lost": 0, "moved": 1, "new": 2}
    return tuple(sorted(out, key=lambda c: order[c.kind]))


def _change(
    old: CriterionResult, new: CriterionResult, evidence: tuple[EvidenceChange, ...]
) -> str:
    if old.status is new.status:
        touched = any(c.kind in {"lost", "moved"} for c in evidence)
        return "evidence" if touched and new.status is not Status.JURY else "unchanged"
    if old.status in _RANK and new.status in _RANK:
        if _RANK[new.status] < _RANK[old.status]:
            return "regression"
        return "covered" if new.status is Status.COVERED else "improved"
    if new.status is Status.COVERED:
        return "covered"
    return "status"


def compare_reports(old: CandidateReport, new: CandidateReport) -> Comparison:
    """Compare two finished reports (criteria present in both, in rule order)."""
    before = {r.id: r for r in old.criteria}
    changes: list[CriterionChange] = []
    for result in new.criteria:
        previous = before.get(result.id)
        if previous is None:
            continue
        evidence = _evidence_changes(previous, result)
        change = _change(previous, result, evidence)
        changes.append(
            CriterionChange(
                id=result.id,
                bloc=result.bloc,
                text=result.text,
                old_status=previous.status,
                new_status=result.status,
                change=change,
                evidence=evidence if change != "unchanged" else (),
                new_reason=result.reason if result.status is not Status.COVERED else "",
                hint=result.hint if result.status is not Status.COVERED else "",
            )
        )
    blocs = tuple(sorted({c.bloc for c in changes}))
    scores = []
    for bloc in blocs:
        mine = [c for c in changes if c.bloc == bloc]
        auto_ids = {r.id for r in new.criteria if r.bloc == bloc and r.assessment == "auto"}
        auto = [c for c in mine if c.id in auto_ids]
        scores.append(
            BlocScore(
                bloc=bloc,
                auto=len(auto),
                old_covered=sum(c.old_status is Status.COVERED for c in auto),
                new_covered=sum(c.new_status is Status.COVERED for c in auto),
            )
        )
    ordered = sorted(changes, key=lambda c: CHANGE_ORDER.index(c.change))  # stable: rule order
    return Comparison(old, new, blocs, tuple(ordered), tuple(scores))


# -- checking both drafts (with the cache) --------------------------------------------


def check_cached(
    paths: Sequence[str | os.PathLike[str]],
    *,
    ruleset: RuleSet,
    blocs: Sequence[int] | None = None,
    cache_dir: Path | None = None,
    use_cache: bool = True,
) -> CandidateReport:
    """``check_candidate``, through the report cache shared with ``batch``.

    The key is the one ``batch`` uses: file names relative to the folder
    given, their content hashes, the rules and the tool version.
    """
    from . import __version__
    from .api import candidate_files, check_candidate
    from .cache import ReportCache, cache_key, default_cache_dir
    from .digest import file_sha256
    from .discover import display_for, safe_name

    given = [Path(p) for p in paths]
    first = given[0] if given else Path("candidat")
    name = safe_name(first.name or first)
    cache = ReportCache(cache_dir or default_cache_dir()) if use_cache else None
    key = None
    shown: list[str] = []
    if cache is not None:
        files, _ignored = candidate_files(given)
        roots = [p for p in given if p.is_dir()]
        try:
            digests = [file_sha256(path) for path in files]
        except OSError:
            digests = None  # the check reports the unreadable file
        if files and digests is not None:
            shown = [display_for(path, roots) for path in files]
            key = cache_key(
                zip(shown, digests, strict=True),
                rules_name=ruleset.name,
                rules_version=ruleset.version,
                rules_digest=ruleset.digest,
                tool_version=__version__,
                blocs=blocs,
            )
            report = cache.get(key, shown)
            if report is not None:
                return replace(report, candidate=name)
    report = check_candidate(given, blocs=blocs, ruleset=ruleset, name=name)
    cacheable = not any(d.status == "DELAI_DEPASSE" for d in report.documents)
    if cache is not None and key is not None and cacheable:
        cache.put(key, report, shown)
    return report


def compare_paths(
    old: Sequence[str | os.PathLike[str]],
    new: Sequence[str | os.PathLike[str]],
    *,
    ruleset: RuleSet,
    blocs: Sequence[int] | None = None,
    cache_dir: Path | None = None,
    use_cache: bool = True,
) -> Comparison:
    """Check both drafts on the same blocs and compare them.

    Without ``blocs``, each draft's blocs are detected as ``check`` does; when
    they differ (the new draft now also covers bloc 2), both are checked again
    on all the blocs either names, so that no criterion is compared with nothing.
    """

    def check(paths: Sequence[str | os.PathLike[str]], on: Sequence[int] | None) -> CandidateReport:
        return check_cached(
            paths, blocs=on, ruleset=ruleset, cache_dir=cache_dir, use_cache=use_cache
        )

    before = check(old, blocs)
    after = check(new, blocs)
    if not blocs and before.criteria and after.criteria and before.blocs != after.blocs:
        union = sorted(set(before.blocs) | set(after.blocs))
        before = check(old, union)
        after = check(new, union)
    return compare_reports(before, after)


__all__ = [
    "CHANGE_ORDER",
    "BlocScore",
    "Comparison",
    "CriterionChange",
    "EvidenceChange",
    "Place",
    "check_cached",
    "compare_paths",
    "compare_reports",
]
