"""Check a whole cohort: one report per candidate, plus a cohort overview.

``run_cohort`` is the library entry point: it discovers the candidates,
runs the process pool, keeps the cache and the ``--out`` folder. The cohort
figures are in ``checker.cohort``, the cohort CSV/HTML in
``checker.report.cohortreport``, the ``--out`` folder and its manifest in
``checker.outfolder``, and the ``batch`` click command (parse
options, show progress, print the outcome) in ``checker.cli``.

A cohort folder holds one sub-folder per candidate (every file inside, at any
depth, belongs to that candidate) and/or files directly inside it (one
candidate per file). Symbolic links are never followed; lock and system files
are skipped with a visible « ignoré : … » line. Candidates are checked in
worker processes; a worker that crashes turns its candidate into a report
with an error, it never stops the batch. Reports are cached (see
``checker.cache``): an unchanged candidate is not read again.

Integrity under faults:

* a report is cached under the key of the bytes it read: the SHA-256 of
  each document read (``checker.isolate`` hashes the very bytes it hands to
  the reader) must equal the digest in the key; when a file changed during
  the run, the candidate is read again (twice at most), and a report that
  still does not match is kept for this run with a W320 warning, not cached;
* only definitive outcomes are cached: a timeout or a reader killed from
  outside (``DocumentInfo.transient``) is read again next run;
* the candidate's name and document names are applied to a cached report
  when it is used (identical files in two folders give two reports);
* ``--out`` holds a manifest (``.rncp-check-index.json``, ``checker.outfolder``) of the files this
  tool wrote there with their SHA-256: a report is rewritten when it is
  missing, changed on disk or from other settings; a file the tool did not
  write is never overwritten (the candidate's reports get another name, with
  a warning); reports of candidates no longer in the cohort are listed
  (``--prune`` removes them);
* a file that cannot be written gets a French E120 message naming it and the
  cause, and the batch goes on (exit code 5);
* workers die with the parent (``PR_SET_PDEATHSIG``), ignore Ctrl-C, and
  Ctrl-C or SIGTERM stop the run with a French message (exit 130 or 143).
"""

from __future__ import annotations

import functools
import json
import os
import re
import signal
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from . import messages as msg
from .cache import ReportCache, default_cache_dir
from .cohort import (
    COHORT_CSV,
    COHORT_HTML,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_RULES,
    EXIT_TERMINATED,
    EXIT_UNREADABLE,
    EXIT_WRITE,
    Candidate,
    CandidateOutcome,
    CohortResult,
    CriterionColumn,
    aggregate,
)
from .digest import file_sha256, sha256_hex
from .discover import discover_cohort, safe_name
from .errors import CheckerError
from .model import CandidateReport, DocumentInfo
from .outfolder import OutputFolder
from .report.cohortreport import cohort_csv, cohort_html

if TYPE_CHECKING:
    from .ruleset import RuleSet

#: How many times a candidate is read when its files change while it is read.
READ_ATTEMPTS = 3

RESERVED_SLUGS = frozenset({"cohorte"})


class BatchError(CheckerError):
    """The cohort cannot be processed as asked (bad folders)."""

    slug = "cohorte"


# --- discovery -----------------------------------------------------------------


def _shown(path: Path) -> str:
    return safe_name(path)


def slugify(name: str) -> str:
    """A file-name-safe ASCII version of a candidate name."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:80].strip("-") or "candidat"


def _unique_slugs(
    candidates: list[Candidate],
    reserved: AbstractSet[str] = RESERVED_SLUGS,
    usable: Callable[[str], bool] = lambda slug: True,
) -> list[Candidate]:
    """Give each candidate a distinct slug, not in ``reserved`` and ``usable``."""
    used = set(reserved)
    out = []
    for candidate in candidates:
        base = slugify(candidate.name if candidate.is_folder else candidate.root.stem)
        slug, n = base, 1
        while slug in used or not usable(slug):
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        out.append(
            Candidate(candidate.name, candidate.root, candidate.files, slug, _shown(candidate.root))
        )
    return out


def discover(cohort_dir: Path) -> tuple[list[Candidate], list[str]]:
    """The candidates of a cohort folder, sorted by name, and the « ignoré » lines.

    The walk itself is ``checker.discover.discover_cohort`` (no symlink
    followed, lock and system files skipped, names made safe to print).
    """
    cohort_dir = Path(cohort_dir)
    if not cohort_dir.is_dir():
        raise BatchError(msg.E121.format(path=_shown(cohort_dir)))
    listing = discover_cohort(cohort_dir)
    ignored = list(listing.ignored)
    candidates = []
    for item in listing:
        ignored += item.ignored
        candidates.append(Candidate(item.name, item.root, tuple(item.files)))
    candidates.sort(key=lambda c: (c.name.casefold(), c.name))
    return _unique_slugs(candidates), ignored


# --- checking --------------------------------------------------------------------

_WORKER: dict[str, RuleSet] = {}


def _init_worker(rules_dir: str | None, parent: int) -> None:
    """Pool initializer: die with the parent, leave Ctrl-C to it, then warm up.

    SIGTERM (sent by the parent when it stops, or by the kernel when the
    parent dies) kills the reading child and removes the snapshot copies
    before exiting (``isolate.stop_now``).
    """
    from .isolate import die_with_parent, stop_now

    with suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides
        signal.signal(signal.SIGTERM, stop_now)
    die_with_parent(parent, signal.SIGTERM)
    _warm_worker(rules_dir)


def _warm_worker(rules_dir: str | None) -> None:
    """Load the lemma tables and the rules once per worker."""
    warm_up: Callable[[], object] | None
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


def _digests(paths: Sequence[str | os.PathLike[str]]) -> list[str] | None:
    """SHA-256 of each file, or None when one cannot be read."""
    try:
        return [file_sha256(Path(p)) for p in paths]
    except OSError:
        return None


def _check(
    paths: list[str],
    blocs: list[int] | None,
    name: str,
    ruleset=None,
    digests: list[str] | None = None,
    source: str = "option",
) -> tuple[CandidateReport, list[str] | None]:
    """Check one candidate (in a worker or in this process).

    Returns the report and the digests of the bytes it read when they are
    the files' current content (``digests``, taken before, or taken again
    after reading); None when the files kept changing while being read (or
    one cannot be read): such a report must not be cached. ``ruleset`` None
    means the bundled rules (or the worker's own rule set when the batch was
    given a rules folder).
    """
    from . import api

    # A bloc source other than --bloc is passed only when there is one.
    check = (
        api.check_candidate
        if source == "option"
        else functools.partial(api.check_candidate, bloc_source=source)
    )
    for _attempt in range(READ_ATTEMPTS):
        report = check(
            [Path(p) for p in paths],
            blocs=blocs,
            ruleset=ruleset if ruleset is not None else _WORKER.get("ruleset"),
            name=name,
        )
        read = [doc.sha256 for doc in report.documents]
        if digests is not None and read == digests:
            return report, digests
        now = _digests(paths)
        if now is None:
            return report, None
        if read == now:
            return report, now
        digests = now  # changed while being read: read again
    return report, None


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
    """Only definitive outcomes: no timeout, no reader killed from outside."""
    return not any(doc.transient or doc.status == "DELAI_DEPASSE" for doc in report.documents)


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM during a run: ``done`` of ``total`` candidates were finished."""

    def __init__(
        self, done: int = 0, total: int = 0, *, terminated: bool = False, cached: bool = True
    ) -> None:
        super().__init__(done, total)
        self.done, self.total, self.terminated = done, total, terminated
        self.cached = cached


class Terminated(KeyboardInterrupt):
    """Raised by the SIGTERM handler of the ``batch`` command."""


def _identity(key: str | None, candidate: Candidate, names: Sequence[str]) -> str | None:
    """What a candidate's written reports depend on beyond the cache key."""
    if key is None:
        return None
    text = json.dumps([key, candidate.name, list(names)], ensure_ascii=True)
    return sha256_hex(text.encode("ascii"))


def _write_candidate(out: OutputFolder, outcome: CandidateOutcome) -> bool:
    from .report import htmlreport, jsonreport

    slug = outcome.candidate.slug
    report = outcome.report
    html = out.write(f"{slug}.html", htmlreport.render(report).encode("utf-8"))
    data = out.write(f"{slug}.json", jsonreport.render(report).encode("utf-8"))
    return html and data


def _doc_names(candidate: Candidate) -> list[str]:
    """The document names a check of ``candidate`` shows (see ``api.read_documents``)."""
    from .discover import display_for

    return [display_for(path) for path in candidate.files]


def _named_blocs(names: Sequence[str]) -> set[int]:
    """Blocs the file names name (they choose blocs: part of the cache key)."""
    from .blocs import file_mentions

    found: set[int] = set()
    for name in names:
        found |= file_mentions(name)
    return found


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
    prune: bool = False,
) -> CohortResult:
    """Check every candidate of ``cohort_dir`` and write the reports in ``out_dir``.

    ``jobs``: worker processes (default: number of CPUs; 1 = in this process).
    ``progress(done, total, name)`` is called after each candidate; ``log``
    receives the « ignoré : … » lines and the write errors. ``prune`` removes
    the reports of candidates no longer in the cohort. Raises ``BatchError``
    when the folders are unusable, ``Interrupted`` on Ctrl-C (or SIGTERM in
    the command); unreadable files and write errors only show in the result.
    """
    from .api import load_ruleset
    from .blocs import find_blocs_file

    cohort_dir, out_dir = Path(cohort_dir), Path(out_dir)
    if not cohort_dir.is_dir():
        raise BatchError(msg.E121.format(path=_shown(cohort_dir)))
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
            f"Impossible de créer le dossier des rapports {_shown(out_dir)} ({msg.os_cause(exc)})"
        ) from None
    if not out_dir.is_dir():
        raise BatchError(f"Le dossier des rapports {_shown(out_dir)} n'est pas un dossier.")

    # Names in --out: never a file the tool did not write.
    out = OutputFolder(out_dir, log)
    stem, n = "cohorte", 1
    while not (out.free(f"{stem}.csv") and out.free(f"{stem}.html")):
        n += 1
        stem = f"cohorte-{n}"
    csv_name, html_name = f"{stem}.csv", f"{stem}.html"
    notices: list[str] = []
    if stem != "cohorte":
        notices.append(
            f"Attention : {COHORT_CSV} ou {COHORT_HTML} existe déjà dans {_shown(out_dir)} sans "
            f"avoir été écrit par rncp-check : laissé tel quel ; vue d'ensemble écrite dans "
            f"{csv_name} et {html_name}."
        )
    first = {c.name: c.slug for c in candidates}
    candidates = _unique_slugs(
        candidates,
        reserved=set(RESERVED_SLUGS) | {stem},
        usable=lambda slug: out.free(f"{slug}.html") and out.free(f"{slug}.json"),
    )
    for candidate in candidates:
        if candidate.slug != first[candidate.name]:
            old = first[candidate.name]
            notices.append(
                f"Attention : {old}.html ou {old}.json existe déjà dans {_shown(out_dir)} sans "
                f"avoir été écrit par rncp-check : laissé tel quel ; le rapport de "
                f"« {candidate.name} » est écrit sous {candidate.slug}.html et "
                f"{candidate.slug}.json."
            )
    out.claim([f"{c.slug}.{ext}" for c in candidates for ext in ("html", "json")])
    out.claim([csv_name, html_name])
    out.save()

    bloc_list = sorted(set(blocs)) if blocs else None
    plan = _bloc_plan(cohort_dir, candidates, bloc_list, log)

    def blocs_of(candidate: Candidate) -> tuple[list[int] | None, str]:
        return plan.get(candidate.slug, (bloc_list, "option"))

    total = len(candidates)
    done = 0
    outcomes: dict[str, CandidateOutcome] = {}
    changed: list[str] = []
    stamp = _now()

    def key_of(candidate: Candidate, digests: list[str]) -> str:
        return _key(candidate, digests, rules_key, blocs_of(candidate)[0])

    def finish(outcome: CandidateOutcome, key: str | None = None) -> None:
        nonlocal done
        candidate = outcome.candidate
        slug = candidate.slug
        names = [f"{slug}.html", f"{slug}.json"]
        identity = _identity(key, candidate, _doc_names(candidate))
        unchanged = (
            outcome.cached
            and identity is not None
            and out.reports.get(slug) == identity
            and all(out.intact(name) for name in names)
        )
        if not unchanged:
            if not outcome.report.generated:
                outcome.report = replace(outcome.report, generated=stamp)
            if _write_candidate(out, outcome) and identity is not None:
                out.reports[slug] = identity
            else:
                out.reports.pop(slug, None)
        # Its reports are written: the cohort figures need the verdicts only,
        # so the parent keeps no evidence (it stays small on large cohorts).
        outcome.report = _verdicts_only(outcome.report)
        outcomes[slug] = outcome
        done += 1
        if progress:
            progress(done, total, candidate.name)

    def failed(candidate: Candidate, reason: str) -> CandidateOutcome:
        report = _failed_report(
            candidate,
            reason,
            blocs=blocs_of(candidate)[0],
            rules_name=rules_name,
            rules_version=rules_version,
        )
        return CandidateOutcome(candidate, report, error=reason)

    def store(candidate: Candidate, result: tuple[CandidateReport, list[str] | None]) -> None:
        report, digests = result
        key = key_of(candidate, digests) if digests is not None else None
        if key is None:
            changed.append(candidate.name)
            report = replace(report, warnings=(*report.warnings, msg.W320))
        definitive = key is not None and _cacheable(report)
        if cache is not None and key is not None and definitive:
            cache.put(key, report, _doc_names(candidate))
        finish(CandidateOutcome(candidate, report), key if definitive else None)

    try:
        # 1. the cache, and candidates with nothing to read
        todo: list[tuple[Candidate, list[str] | None]] = []
        for candidate in candidates:
            if not candidate.files:
                finish(failed(candidate, msg.E110.format(path=_shown(candidate.root))))
                continue
            digests = _digests(candidate.files) if cache is not None else None
            if cache is not None and digests is not None:
                key = key_of(candidate, digests)
                report = cache.get(key, _doc_names(candidate), name=candidate.name, digests=digests)
                if report is not None:
                    finish(CandidateOutcome(candidate, report, cached=True), key)
                    continue
            todo.append((candidate, digests))

        # 2. the others, in workers
        workers = max(1, jobs if jobs else (os.cpu_count() or 1))
        # No pool to start for a single candidate (a re-run after one edit): files
        # are still read in isolated child processes.
        workers = min(workers, max(1, len(todo)))
        if workers == 1:
            for candidate, digests in todo:
                try:
                    chosen, source = blocs_of(candidate)
                    checked = _check(
                        [os.fsdecode(p) for p in candidate.files],
                        chosen,
                        candidate.name,
                        own_rules,
                        digests,
                        source,
                    )
                except Exception as exc:  # one candidate never stops the batch
                    finish(failed(candidate, _crash_message(candidate, exc)))
                else:
                    store(candidate, checked)
        else:
            _run_pool(todo, workers, blocs_of, rules_dir, store, failed, finish)
    except KeyboardInterrupt as interrupt:
        out.save()
        raise Interrupted(
            done, total, terminated=isinstance(interrupt, Terminated), cached=cache is not None
        ) from None

    result = CohortResult(
        cohort_dir=cohort_dir,
        out_dir=out_dir,
        outcomes=[outcomes[c.slug] for c in candidates],
        ignored=ignored,
        generated=stamp,
        rules_name=rules_name,
        rules_version=rules_version,
        csv_name=csv_name,
        html_name=html_name,
    )
    aggregate(result)
    out.write(csv_name, cohort_csv(result).encode("utf-8"))
    out.write(html_name, cohort_html(result).encode("utf-8"))
    stale = out.stale()
    if stale and prune:
        kept = out.prune(stale)
        removed = len(stale) - len(kept)
        if removed:
            notices.append(f"{removed} ancien(s) fichier(s) supprimé(s) de {_shown(out_dir)}.")
        if kept:
            notices.append(
                f"Gardés car modifiés depuis leur écriture : {_list(kept)} "
                f"(dans {_shown(out_dir)})."
            )
    elif stale:
        notices.append(
            f"{len(stale)} fichier(s) d'une exécution précédente (candidats absents de cette "
            f"cohorte) restent dans {_shown(out_dir)} : {_list(stale)} ; "
            "--prune les supprime."
        )
    out.save()
    if changed:
        notices.append(
            f"{len(changed)} candidat(s) dont un fichier a changé pendant l'analyse "
            f"({_list(changed)}) : rapport non mis en cache, relancez la commande."
        )
    transient = sum(1 for o in result.outcomes for doc in o.report.documents if doc.transient)
    if transient:
        notices.append(
            f"{transient} fichier(s) non lu(s) pour une cause passagère (lecture arrêtée de "
            "l'extérieur, délai, mémoire de la machine) : ils seront relus à la prochaine "
            "exécution."
        )
    if cache is not None and cache.invalid:
        notices.append(
            f"{cache.invalid} entrée(s) du cache inutilisable(s) (abîmée, modifiée ou pas un "
            "fichier ordinaire) : candidat(s) relu(s)."
        )
    result.notices = notices
    result.write_errors = list(out.errors)
    return result


def _list(names: Sequence[str], limit: int = 10) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f"… (+{len(names) - limit})" if len(names) > limit else "")


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
        named_blocs=_named_blocs(_doc_names(candidate)),
    )


def _crash_message(candidate: Candidate, error: BaseException | None) -> str:
    where = _shown(candidate.root)
    if error is None or isinstance(error, BrokenProcessPool):
        detail = "le processus d'analyse s'est arrêté brutalement"
    elif isinstance(error, CheckerError):
        return error.message
    else:
        detail = f"erreur interne : {type(error).__name__}: {error}"
    return msg.E122.format(path=where, detail=detail)


def _stop(executor: ProcessPoolExecutor) -> None:
    """Stop the pool's workers now (Ctrl-C, SIGTERM): they hold no result worth
    waiting for. SIGTERM first (they remove their snapshot copies), SIGKILL
    after two seconds."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for process in processes:
        with suppress(Exception):
            process.terminate()
    deadline = time.monotonic() + 2.0
    for process in processes:
        with suppress(Exception):
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
    executor.shutdown(wait=True, cancel_futures=True)


def _run_pool(todo, workers, blocs_of, rules_dir, store, failed, finish) -> None:
    """Check ``todo`` in a process pool; isolate and mark candidates that crash it.

    At most ``workers`` candidates are in flight, so when a worker dies only
    those are suspects. Each suspect is then run alone in a fresh pool: the
    one that crashes again is marked, the others get their report.
    """
    queue = deque(todo)
    suspects: deque = deque()
    rules = os.fsdecode(rules_dir) if rules_dir else None
    parent = os.getpid()

    def pool(size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=size, initializer=_init_worker, initargs=(rules, parent)
        )

    def submit(executor, item):
        candidate, digests = item
        chosen, source = blocs_of(candidate)
        return executor.submit(
            _check,
            [os.fsdecode(p) for p in candidate.files],
            chosen,
            candidate.name,
            None,
            digests,
            source,
        )

    while queue or suspects:
        if suspects:
            item = suspects.popleft()
            executor = pool(1)
            try:
                result = submit(executor, item).result()
            except Exception as exc:  # a crash (BrokenProcessPool) or a bug
                finish(failed(item[0], _crash_message(item[0], exc)))
            except BaseException:
                _stop(executor)
                raise
            else:
                store(item[0], result)
            finally:
                executor.shutdown(wait=True, cancel_futures=True)
            continue
        executor = pool(min(workers, len(queue)))
        in_flight: dict[Future, tuple] = {}
        broken = False
        try:
            while (queue or in_flight) and not broken:
                while queue and len(in_flight) < workers:
                    item = queue.popleft()
                    try:
                        in_flight[submit(executor, item)] = item
                    except BrokenProcessPool:
                        suspects.append(item)  # run alone next: progress is certain
                        broken = True
                        break
                if not in_flight:
                    break
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    item = in_flight[future]
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        broken = True
                        continue
                    except Exception as exc:  # a bug: this candidate only
                        del in_flight[future]
                        finish(failed(item[0], _crash_message(item[0], exc)))
                        continue
                    del in_flight[future]
                    store(item[0], result)
            if broken:
                # finished futures keep their result; the rest are suspects
                for future, item in list(in_flight.items()):
                    if (
                        future.done()
                        and not future.cancelled()
                        and not isinstance(future.exception(), BrokenProcessPool)
                    ):
                        error = future.exception()
                        if error is None:
                            store(item[0], future.result())
                        else:
                            finish(failed(item[0], _crash_message(item[0], error)))
                    else:
                        suspects.append(item)
                in_flight.clear()
        except BaseException:
            _stop(executor)
            raise
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


class sigterm_raises:
    """While active (main thread only), SIGTERM raises ``Terminated`` like Ctrl-C."""

    def __enter__(self) -> sigterm_raises:
        import threading

        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, self._raise)
        return self

    @staticmethod
    def _raise(signum, frame) -> None:
        raise Terminated()

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


__all__ = [
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_RULES",
    "EXIT_TERMINATED",
    "EXIT_UNREADABLE",
    "EXIT_WRITE",
    "BatchError",
    "Candidate",
    "CandidateOutcome",
    "CohortResult",
    "CriterionColumn",
    "Interrupted",
    "Terminated",
    "aggregate",
    "cohort_csv",
    "cohort_html",
    "discover",
    "run_cohort",
    "sigterm_raises",
    "slugify",
]
