"""Check a whole cohort: one report per candidate, plus a cohort overview.

``run_cohort`` is the library entry point; the ``batch`` click command only
parses options, shows progress and prints the outcome.

A cohort folder holds one sub-folder per candidate (every file inside, at any
depth, belongs to that candidate) and/or files directly inside it (one
candidate per file). Symbolic links are never followed; lock and system files
are skipped with a visible « ignoré : … » line. Candidates are checked in
worker processes; a worker that crashes turns its candidate into a report
with an error, it never stops the batch. Reports are cached (see
``checker.cache``): an unchanged candidate is not read again.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import click

from . import __version__
from . import messages as msg
from .cache import (
    ReportCache,
    default_cache_dir,
    file_digest,
)
from .clifr import FrenchIntRange
from .discover import discover_cohort, safe_name
from .errors import CheckerError, RuleFileError
from .messages import FILE_STATUS
from .model import STATUS_ORDER, CandidateReport, DocumentInfo, Status
from .options import bloc_option, rules_option
from .output import write_atomic
from .report.common import NOT_ANALYSED

EXIT_OK = 0
EXIT_INPUT = 2
EXIT_RULES = 3
EXIT_UNREADABLE = 4

COHORT_HTML = "cohorte.html"
COHORT_CSV = "cohorte.csv"
RESERVED_SLUGS = frozenset({"cohorte"})

#: How many candidates the "needing attention" and "most missed" lists show.
TOP_CANDIDATES = 10
TOP_CRITERIA = 15


class BatchError(CheckerError):
    """The cohort cannot be processed as asked (bad folders)."""

    slug = "cohorte"


# --- discovery -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """One candidate of the cohort: a folder of files, or a single file."""

    name: str
    root: Path  # the candidate's folder, or its single file
    files: tuple[Path, ...]  # every file, as cohort_dir / relative path
    slug: str = ""

    @property
    def is_folder(self) -> bool:
        return self.root.is_dir()

    def relative_names(self) -> list[str]:
        """Names of the files relative to the candidate's folder (posix)."""
        if not self.is_folder:
            return [self.root.name for _ in self.files]
        return [path.relative_to(self.root).as_posix() for path in self.files]


def _shown(path: Path) -> str:
    return safe_name(path)


def slugify(name: str) -> str:
    """A file-name-safe ASCII version of a candidate name."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:80].strip("-") or "candidat"


def _unique_slugs(candidates: list[Candidate]) -> list[Candidate]:
    used = set(RESERVED_SLUGS)
    out = []
    for candidate in candidates:
        base = slugify(candidate.name if candidate.is_folder else candidate.root.stem)
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        out.append(Candidate(candidate.name, candidate.root, candidate.files, slug))
    return out


def discover(cohort_dir: Path) -> tuple[list[Candidate], list[str]]:
    """The candidates of a cohort folder, sorted by name, and the « ignoré » lines.

    The walk itself is ``checker.discover.discover_cohort`` (no symlink
    followed, lock and system files skipped, names made safe to print).
    """
    cohort_dir = Path(cohort_dir)
    if not cohort_dir.is_dir():
        raise BatchError(f"[E106] Le dossier de la cohorte est introuvable : {_shown(cohort_dir)}")
    listing = discover_cohort(cohort_dir)
    ignored = list(listing.ignored)
    candidates = []
    for item in listing:
        ignored += item.ignored
        candidates.append(Candidate(item.name, item.root, tuple(item.files)))
    candidates.sort(key=lambda c: (c.name.casefold(), c.name))
    return _unique_slugs(candidates), ignored


# --- results -------------------------------------------------------------------


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
        return sum(1 for r in self.report.criteria if r.assessment == "auto")

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
        return EXIT_UNREADABLE if self.failed else EXIT_OK

    def status_of(self, outcome: CandidateOutcome) -> dict[str, str]:
        """Criterion id -> status token for one candidate."""
        return {result.id: result.status.value for result in outcome.report.criteria}


def aggregate(result: CohortResult) -> CohortResult:
    """Fill the cohort-wide figures of ``result`` from its outcomes."""
    order: dict[str, tuple[int, int, str]] = {}
    per_criterion: dict[str, Counter] = {}
    totals: Counter = Counter({status.value: 0 for status in STATUS_ORDER})
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
                (outcome.candidate.name, _shown(outcome.candidate.root), outcome.error)
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


# --- checking --------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def _warm_worker(rules_dir: str | None) -> None:
    """Pool initializer: load the lemma tables and the rules once per worker."""
    try:
        from .nlp.pipeline import warm_up
    except ImportError:
        warm_up = None
    if warm_up is not None:
        with suppress(Exception):  # warming is an optimisation only
            warm_up()
    try:
        from . import api

        if rules_dir:
            _WORKER["ruleset"] = api.load_ruleset(Path(rules_dir))
        else:
            api.get_engine(None)  # bundled rules: compiled once, cached by the api
    except Exception:  # the check itself will report it
        _WORKER.pop("ruleset", None)


def _check(
    paths: list[str], blocs: list[int] | None, name: str, ruleset=None, source: str = "option"
):
    """Check one candidate (in a worker or in this process).

    ``ruleset`` None means the bundled rules (or the worker's own rule set
    when the batch was given a rules folder).
    """
    from . import api

    extra = {} if source == "option" else {"bloc_source": source}
    return api.check_candidate(
        [Path(p) for p in paths],
        blocs=blocs,
        ruleset=ruleset if ruleset is not None else _WORKER.get("ruleset"),
        name=name,
        **extra,
    )


def _failed_report(
    candidate: Candidate, reason: str, *, blocs, rules_name: str, rules_version: str
) -> CandidateReport:
    """A report that says the candidate could not be checked, and why."""
    paths = candidate.files or (candidate.root,)
    documents = tuple(
        DocumentInfo(
            path=_shown(path),
            sha256="",
            kind=path.suffix.lstrip(".").lower() or "?",
            pages=0,
            words=0,
            health=None,
            error=reason,
            status="ILLISIBLE",
        )
        for path in paths
    )
    return CandidateReport(
        candidate=candidate.name,
        documents=documents,
        criteria=(),
        blocs=tuple(blocs or ()),
        tool_version=__version__,
        rules_name=rules_name,
        rules_version=rules_version,
        generated=_now(),
    )


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _cacheable(report: CandidateReport) -> bool:
    """Timeouts depend on the machine's load: such reports are not cached."""
    return not any(doc.status == "DELAI_DEPASSE" for doc in report.documents)


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


def _write_candidate(out_dir: Path, outcome: CandidateOutcome) -> None:
    from .report import htmlreport, jsonreport

    slug = outcome.candidate.slug
    report = outcome.report
    write_atomic(out_dir / f"{slug}.html", htmlreport.render(report).encode("utf-8"))
    write_atomic(out_dir / f"{slug}.json", jsonreport.render(report).encode("utf-8"))


Progress = Callable[[int, int, str], None]


def run_cohort(
    cohort_dir: Path,
    out_dir: Path,
    *,
    jobs: int | None = None,
    blocs: Sequence[int] | None = None,
    use_cache: bool = True,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    log: Callable[[str], None] | None = None,
    rules_dir: Path | None = None,
) -> CohortResult:
    """Check every candidate of ``cohort_dir`` and write the reports in ``out_dir``.

    ``jobs``: worker processes (default: number of CPUs; 1 = in this process).
    ``progress(done, total, name)`` is called after each candidate; ``log``
    receives the « ignoré : … » lines. Raises ``BatchError`` when the folders
    are unusable; unreadable files only show in the result.
    """
    from .api import load_ruleset
    from .blocs import find_blocs_file

    cohort_dir, out_dir = Path(cohort_dir), Path(out_dir)
    if not cohort_dir.is_dir():
        raise BatchError(f"[E106] Le dossier de la cohorte est introuvable : {_shown(cohort_dir)}")
    if _inside(out_dir, cohort_dir):
        raise BatchError(
            f"Le dossier des rapports ({_shown(out_dir)}) ne peut pas être le dossier "
            f"de la cohorte ni se trouver dedans ({_shown(cohort_dir)}) : les rapports "
            "seraient pris pour des livrables. Choisissez un autre dossier avec --out."
        )
    cache = None
    if use_cache:
        directory = Path(cache_dir) if cache_dir else default_cache_dir()
        if _inside(directory, cohort_dir):
            raise BatchError(
                f"Le dossier du cache ({_shown(directory)}) ne peut pas se trouver dans "
                f"le dossier de la cohorte ({_shown(cohort_dir)}). Choisissez-en un "
                "autre avec --cache-dir, ou désactivez le cache avec --no-cache."
            )
        cache = ReportCache(directory)
    candidates, ignored = discover(cohort_dir)
    blocs_file = None if blocs else find_blocs_file(cohort_dir)
    if blocs_file is not None:  # not a deliverable, but not to report as ignored
        mine = f"{cohort_dir.name}/{blocs_file.name} ("
        ignored = [line for line in ignored if mine not in line]
    for line in ignored:
        if log:
            log(line)
    if not candidates:
        raise BatchError(f"Aucun candidat trouvé dans le dossier {_shown(cohort_dir)}.")
    ruleset = load_ruleset(rules_dir)  # RuleFileError (French) when invalid
    rules_name, rules_version = str(ruleset.name), str(ruleset.version)
    rules_key = (rules_name, rules_version, ruleset.digest)
    own_rules = ruleset if rules_dir else None  # None: the api's cached engine
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(
            f"Impossible de créer le dossier des rapports {_shown(out_dir)} ({exc.strerror or exc})"
        ) from None

    bloc_list = sorted(set(blocs)) if blocs else None
    plan = _bloc_plan(cohort_dir, candidates, bloc_list, log)

    def blocs_of(candidate: Candidate) -> tuple[list[int] | None, str]:
        return plan.get(candidate.slug, (bloc_list, "option"))

    total = len(candidates)
    done = 0
    outcomes: dict[str, CandidateOutcome] = {}

    stamp = _now()

    # Which cache key each report in out_dir was written from: an unchanged
    # candidate's reports are not rendered again on a re-run.
    written = _read_index(out_dir)
    index: dict[str, str] = {}

    def finish(outcome: CandidateOutcome, key: str | None = None) -> None:
        nonlocal done
        slug = outcome.candidate.slug
        unchanged = (
            outcome.cached
            and key is not None
            and written.get(slug) == key
            and (out_dir / f"{slug}.html").exists()
            and (out_dir / f"{slug}.json").exists()
        )
        if not unchanged:
            if not outcome.report.generated:
                outcome.report = replace(outcome.report, generated=stamp)
            _write_candidate(out_dir, outcome)
        if key is not None and not outcome.error:
            index[slug] = key
        # Its reports are written: the cohort figures need the verdicts only,
        # so the parent keeps no evidence (it stays small on large cohorts).
        outcome.report = _verdicts_only(outcome.report)
        outcomes[outcome.candidate.slug] = outcome
        done += 1
        if progress:
            progress(done, total, outcome.candidate.name)

    def failed(candidate: Candidate, reason: str) -> CandidateOutcome:
        report = _failed_report(
            candidate,
            reason,
            blocs=blocs_of(candidate)[0],
            rules_name=rules_name,
            rules_version=rules_version,
        )
        return CandidateOutcome(candidate, report, error=reason)

    # 1. the cache, and candidates with nothing to read
    todo: list[tuple[Candidate, str | None]] = []
    for candidate in candidates:
        if not candidate.files:
            finish(failed(candidate, msg.E110.format(path=_shown(candidate.root))))
            continue
        key = None
        if cache is not None:
            try:
                digests = [file_digest(path) for path in candidate.files]
            except OSError:
                digests = None  # the check will report the unreadable file
            if digests is not None:
                key = _key(candidate, digests, rules_key, blocs_of(candidate)[0])
                report = cache.get(key, [_shown(p) for p in candidate.files])
                if report is not None:
                    finish(CandidateOutcome(candidate, report, cached=True), key)
                    continue
        todo.append((candidate, key))

    # 2. the others, in workers
    def store(candidate: Candidate, key: str | None, report: CandidateReport) -> None:
        if cache is not None and key is not None and _cacheable(report):
            cache.put(key, report, [_shown(p) for p in candidate.files])
        finish(CandidateOutcome(candidate, report), key if _cacheable(report) else None)

    workers = max(1, jobs if jobs else (os.cpu_count() or 1))
    # No pool to start for a single candidate (a re-run after one edit): files
    # are still read in isolated child processes.
    workers = min(workers, max(1, len(todo)))
    if workers == 1:
        for candidate, key in todo:
            try:
                chosen, source = blocs_of(candidate)
                report = _check(
                    [os.fsdecode(p) for p in candidate.files],
                    chosen,
                    candidate.name,
                    own_rules,
                    source,
                )
            except Exception as exc:  # one candidate never stops the batch
                finish(failed(candidate, _crash_message(candidate, exc)))
            else:
                store(candidate, key, report)
    else:
        _run_pool(todo, workers, blocs_of, rules_dir, store, failed, finish)

    result = CohortResult(
        cohort_dir=cohort_dir,
        out_dir=out_dir,
        outcomes=[outcomes[c.slug] for c in candidates],
        ignored=ignored,
        generated=stamp,
        rules_name=rules_name,
        rules_version=rules_version,
    )
    aggregate(result)
    write_cohort(result)
    write_atomic(out_dir / INDEX_FILE, json.dumps(index, sort_keys=True).encode("utf-8"))
    return result


INDEX_FILE = ".rncp-check-index.json"


def _bloc_plan(
    cohort_dir: Path,
    candidates: list[Candidate],
    bloc_list: list[int] | None,
    log: Callable[[str], None] | None,
) -> dict[str, tuple[list[int] | None, str]]:
    """Blocs of each candidate: --bloc for all; else the cohort's blocs file
    (blocs.yaml / blocs.csv); else the folder's name (« dupont--bloc2 »); else
    none (the documents' own clues decide)."""
    from .blocs import find_blocs_file, folder_blocs, read_blocs_file

    if bloc_list:
        return {}
    table: dict[str, list[int]] = {}
    found = find_blocs_file(cohort_dir)
    if found is not None:
        try:
            table = read_blocs_file(found)
        except CheckerError as error:
            raise BatchError(error.message) from None
    plan: dict[str, tuple[list[int] | None, str]] = {}
    used: set[str] = set()
    for candidate in candidates:
        names = {candidate.name.casefold(), candidate.slug, candidate.root.stem.casefold()}
        entry = next((key for key in table if key in names), None)
        if entry is not None:
            used.add(entry)
            plan[candidate.slug] = (table[entry], "file")
        elif candidate.is_folder and folder_blocs(candidate.name):
            plan[candidate.slug] = (folder_blocs(candidate.name), "folder")
    if log and found is not None:
        for name in sorted(set(table) - used):
            log(f"{found.name} : candidat inconnu « {name} » (ligne ignorée)")
    return plan


def _verdicts_only(report: CandidateReport) -> CandidateReport:
    """The report without its evidence and rejected hits (already written out)."""
    return replace(
        report,
        criteria=tuple(replace(r, evidence=(), rejected=()) for r in report.criteria),
        livrables=tuple(replace(r, evidence=(), rejected=()) for r in report.livrables),
    )


def _read_index(out_dir: Path) -> dict[str, str]:
    """slug -> cache key of the reports already in ``out_dir`` (empty if unknown)."""
    try:
        data = json.loads((out_dir / INDEX_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _key(candidate, digests, rules_key: tuple[str, str, str], blocs) -> str:
    from .cache import cache_key

    rules_name, rules_version, rules_digest = rules_key
    return cache_key(
        zip(candidate.relative_names(), digests, strict=True),
        rules_name=rules_name,
        rules_version=rules_version,
        rules_digest=rules_digest,
        tool_version=__version__,
        blocs=blocs,
    )


def _crash_message(candidate: Candidate, error: BaseException | None) -> str:
    where = _shown(candidate.root)
    if error is None or isinstance(error, BrokenProcessPool):
        detail = "le processus d'analyse s'est arrêté brutalement"
    elif isinstance(error, CheckerError):
        return error.message
    else:
        detail = f"erreur interne : {type(error).__name__}: {error}"
    return f"[E104] Analyse impossible pour {where} ({detail})"


def _run_pool(todo, workers, blocs_of, rules_dir, store, failed, finish) -> None:
    """Check ``todo`` in a process pool; isolate and mark candidates that crash it.

    At most ``workers`` candidates are in flight, so when a worker dies only
    those are suspects. Each suspect is then run alone in a fresh pool: the
    one that crashes again is marked, the others get their report.
    """
    queue = deque(todo)
    suspects: deque = deque()
    rules = os.fsdecode(rules_dir) if rules_dir else None

    def pool(size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=size, initializer=_warm_worker, initargs=(rules,))

    def submit(executor, candidate):
        chosen, source = blocs_of(candidate)
        return executor.submit(
            _check, [os.fsdecode(p) for p in candidate.files], chosen, candidate.name, None, source
        )

    while queue or suspects:
        if suspects:
            candidate, key = suspects.popleft()
            executor = pool(1)
            try:
                future = submit(executor, candidate)
                report = future.result()
            except Exception as exc:  # a crash (BrokenProcessPool) or a bug
                finish(failed(candidate, _crash_message(candidate, exc)))
            else:
                store(candidate, key, report)
            finally:
                executor.shutdown(wait=True, cancel_futures=True)
            continue
        executor = pool(min(workers, len(queue)))
        in_flight: dict[Future, tuple[Candidate, str | None]] = {}
        broken = False
        try:
            while (queue or in_flight) and not broken:
                while queue and len(in_flight) < workers:
                    item = queue.popleft()
                    try:
                        in_flight[submit(executor, item[0])] = item
                    except BrokenProcessPool:
                        suspects.append(item)  # run alone next: progress is certain
                        broken = True
                        break
                if not in_flight:
                    break
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    candidate, key = in_flight[future]
                    try:
                        report = future.result()
                    except BrokenProcessPool:
                        broken = True
                        continue
                    except Exception as exc:  # a bug: this candidate only
                        del in_flight[future]
                        finish(failed(candidate, _crash_message(candidate, exc)))
                        continue
                    del in_flight[future]
                    store(candidate, key, report)
            if broken:
                # finished futures keep their result; the rest are suspects
                for future, (candidate, key) in list(in_flight.items()):
                    if (
                        future.done()
                        and not future.cancelled()
                        and not isinstance(future.exception(), BrokenProcessPool)
                    ):
                        exc = future.exception()
                        if exc is None:
                            store(candidate, key, future.result())
                        else:
                            finish(failed(candidate, _crash_message(candidate, exc)))
                    else:
                        suspects.append((candidate, key))
                in_flight.clear()
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


# --- cohort outputs ------------------------------------------------------------------


def cohort_csv(result: CohortResult) -> str:
    """Candidates x criteria matrix of status tokens, with per-candidate counts."""
    from .report.csvreport import write_rows

    header = [
        "candidat",
        "rapport",
        "couverts",
        "partiels",
        "manquants",
        "jury",
        "inverifiables",
        "fichiers_illisibles",
        "blocs",
        *[col.id for col in result.criteria],
    ]
    rows: list[list[object]] = [header]
    for outcome in result.outcomes:
        counts = outcome.counts
        statuses = result.status_of(outcome)
        rows.append(
            [
                outcome.candidate.name,
                f"{outcome.candidate.slug}.html",
                counts["covered"],
                counts["partial"],
                counts["missing"],
                counts["jury"],
                counts["unverifiable"],
                len(outcome.unreadable),
                " ".join(map(str, outcome.report.blocs)),
                *[statuses.get(col.id, "") for col in result.criteria],
            ]
        )
    return write_rows(rows)


def display_name(candidate: Candidate) -> str:
    """A candidate's name as a person reads it: no file extension for a loose
    file, spaces for underscores (« Dupont_Marie.pdf » -> « Dupont Marie »)."""
    name = candidate.name if candidate.is_folder else Path(candidate.name).stem
    name = re.sub(r"[_\s]+", " ", name).strip()
    return name or candidate.name


def cohort_view(result: CohortResult) -> dict:
    """What the cohort template shows (strings and numbers only)."""
    from .messages import STATUS_LABELS, STATUS_SYMBOLS
    from .report.htmlreport import without_code

    blocs: list[dict] = []
    for col in result.criteria:
        if not blocs or blocs[-1]["number"] != col.bloc:
            blocs.append({"number": col.bloc, "span": 0})
        blocs[-1]["span"] += 1
    rows = []
    for outcome in result.outcomes:
        statuses = result.status_of(outcome)
        cells = []
        for col in result.criteria:
            token = statuses.get(col.id, "")
            cells.append(
                {
                    "status": token,
                    "symbol": STATUS_SYMBOLS[Status(token)] if token else "",
                    "title": f"{col.id} : "
                    + (STATUS_LABELS[Status(token)] if token else "non évalué"),
                }
            )
        rows.append(
            {
                "name": display_name(outcome.candidate),
                "full_name": outcome.candidate.name,
                "href": f"{outcome.candidate.slug}.html",
                "counts": outcome.counts,
                "blocs": ", ".join(map(str, outcome.report.blocs)),
                "unreadable": len(outcome.unreadable),
                "error": outcome.error or "",
                "cached": outcome.cached,
                "cells": cells,
            }
        )
    n = len(result.outcomes)
    per_bloc: dict[int, Counter] = {}
    assessed: dict[int, set[str]] = {}
    for outcome in result.outcomes:
        for verdict in outcome.report.criteria:
            per_bloc.setdefault(verdict.bloc, Counter())[verdict.status.value] += 1
            assessed.setdefault(verdict.bloc, set()).add(outcome.candidate.slug)
    bloc_totals = [
        {
            "number": bloc,
            "candidates": len(assessed[bloc]),
            "counts": {s.value: per_bloc[bloc].get(s.value, 0) for s in STATUS_ORDER},
            "auto": sum(per_bloc[bloc].get(s.value, 0) for s in STATUS_ORDER if s.value != "jury"),
        }
        for bloc in sorted(per_bloc)
    ]
    for row in bloc_totals:
        row["covered_share"] = (
            round(100 * row["counts"]["covered"] / row["auto"]) if row["auto"] else 0
        )
    return {
        "n": n,
        "documents": sum(len(o.report.documents) for o in result.outcomes),
        "totals": result.totals,
        "bloc_totals": bloc_totals,
        "blocs": blocs,
        "criteria": [{"id": col.id, "text": col.text} for col in result.criteria],
        "rows": rows,
        "most_missed": [
            {
                "id": col.id,
                "bloc": col.bloc,
                "text": col.text,
                "missing": col.counts["missing"],
                "partial": col.counts["partial"],
                "share": round(100 * col.missing_share),
                "evaluated": col.candidates,
            }
            for col in result.most_missed
        ],
        "attention": [
            {
                "name": display_name(o.candidate),
                "href": f"{o.candidate.slug}.html",
                "missing": o.counts["missing"],
                "partial": o.counts["partial"],
                "auto": o.auto,
                "missing_share": round(100 * o.share("missing")),
                "blocs": ", ".join(map(str, o.report.blocs)),
                "unreadable": len(o.unreadable),
                "error": bool(o.error),
            }
            for o in result.attention
        ],
        "unreadable": [
            {"candidate": cand, "path": path, "reason": without_code(reason)}
            for cand, path, reason in result.unreadable
        ],
        "ignored": result.ignored,
        "tool_version": __version__,
        "rules_name": result.rules_name,
        "rules_version": result.rules_version,
        "generated": result.generated,
    }


def cohort_html(result: CohortResult) -> str:
    """The cohort overview page (self-contained HTML, French)."""
    from .report.htmlreport import environment

    return environment().get_template("cohort.html.j2").render(c=cohort_view(result))


def write_cohort(result: CohortResult) -> None:
    """Write ``cohorte.csv`` and ``cohorte.html`` atomically."""
    write_atomic(result.out_dir / COHORT_CSV, cohort_csv(result).encode("utf-8"))
    write_atomic(result.out_dir / COHORT_HTML, cohort_html(result).encode("utf-8"))


# --- the command ------------------------------------------------------------------------


@click.command(
    "batch",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.argument(
    "cohort_dir",
    type=click.Path(path_type=Path, exists=True, file_okay=False, dir_okay=True),
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    metavar="DOSSIER",
    type=click.Path(path_type=Path, file_okay=False),
    help="Dossier où écrire les rapports (créé si besoin ; pas dans la cohorte).",
)
@click.option(
    "--jobs",
    "-j",
    type=FrenchIntRange(min=1),
    default=None,
    metavar="N",
    help="Nombre de processus d'analyse en parallèle (par défaut : nombre de processeurs).",
)
@bloc_option
@click.option("--no-cache", is_flag=True, help="Tout relire, sans utiliser ni remplir le cache.")
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    metavar="DOSSIER",
    help="Dossier du cache (par défaut : $RNCP_CHECK_CACHE, sinon ~/.cache/rncp-check).",
)
@rules_option
def batch(
    cohort_dir: Path,
    out_dir: Path,
    jobs: int | None,
    blocs: tuple[int, ...],
    no_cache: bool,
    cache_dir: Path | None,
    rules_dir: Path | None,
) -> None:
    """Vérifie toute une cohorte : un rapport par candidat et une vue d'ensemble.

    Chaque sous-dossier de COHORT_DIR est un candidat (tous ses fichiers, à toute
    profondeur) ; chaque fichier posé directement dans COHORT_DIR est un candidat.
    Les fichiers de verrouillage, système et cachés sont ignorés (une ligne
    « ignoré : … » le signale) ; les liens symboliques ne sont pas suivis.

    \b
    Écrit dans le dossier --out :
      <candidat>.html, <candidat>.json   le rapport de chaque candidat
      cohorte.html                       carte des critères, critères les plus
                                         manqués, candidats à suivre, fichiers illisibles
      cohorte.csv                        matrice candidats × critères (Excel, « ; »)

    Les rapports sont mis en cache : relancer la commande sur une cohorte inchangée
    ne relit aucun document ; seul un candidat dont un fichier a changé est relu.

    \b
    Code de sortie :
      0  tous les rapports ont été écrits et tous les fichiers lus ;
      4  tous les rapports ont été écrits, mais des fichiers n'ont pas pu être lus
         (le résumé dit combien ; cohorte.html dit lesquels et pourquoi) ;
      2  dossier de cohorte ou de rapports inutilisable ;
      3  règles invalides.

    \b
    Exemple :
      rncp-check batch promo-2025/ --out rapports-2025/ --jobs 4
    """
    stderr_tty = sys.stderr.isatty()
    with ExitStack() as stack:
        bar = None

        def progress(done: int, total: int, name: str) -> None:
            nonlocal bar
            if not stderr_tty:
                # cron, CI, a log file: one plain line per candidate.
                click.echo(f"[{done}/{total}] {name}", err=True)
                return
            if bar is None:
                bar = stack.enter_context(
                    click.progressbar(
                        length=total, label="Analyse de la cohorte", file=sys.stderr, show_pos=True
                    )
                )
            bar.update(1)

        try:
            result = run_cohort(
                cohort_dir,
                out_dir,
                jobs=jobs,
                blocs=list(blocs) or None,
                use_cache=not no_cache,
                cache_dir=cache_dir,
                progress=progress,
                log=lambda line: click.echo(line, err=True),
                rules_dir=rules_dir,
            )
        except RuleFileError as error:
            click.echo("Erreur : règles invalides :\n" + error.message, err=True)
            sys.exit(EXIT_RULES)
        except CheckerError as error:
            click.echo(f"Erreur : {error.message}", err=True)
            sys.exit(EXIT_INPUT)
    n = len(result.outcomes)
    cached = f" dont {result.from_cache} depuis le cache" if result.from_cache else ""
    click.echo(f"{n} candidat(s) analysé(s){cached}.")
    click.echo(
        f"Rapports écrits dans {_shown(out_dir)} : {COHORT_HTML}, {COHORT_CSV} "
        "et un rapport HTML + JSON par candidat."
    )
    if result.failed:
        what = (
            "1 fichier n'a pas pu être lu"
            if result.failed == 1
            else f"{result.failed} fichiers n'ont pas pu être lus"
        )
        click.echo(f"Attention : {what} (voir {COHORT_HTML}).", err=True)
    sys.exit(result.exit_code)
