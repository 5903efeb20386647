"""The library API: what the CLI, the batch runner and users call.

``check_candidate(paths)`` reads a candidate's files (one file, several
files or a folder), pools their evidence and returns a finished
``CandidateReport``. Unreadable files become entries with an error, never
exceptions: one bad file never stops the others.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import InputError
from .extract import display_name, extract
from .limits import Limits
from .model import CandidateReport, Document, DocumentInfo, Status
from .ruleset import RuleSet, load_ruleset

if TYPE_CHECKING:
    from .assess import Engine

_ENGINES: dict[tuple[str, str], Engine] = {}


def get_engine(ruleset: RuleSet | None = None) -> Engine:
    """The assessment engine for a rule set (default: bundled rules), built once
    per rules folder and version in a process."""
    from .assess import Engine

    if ruleset is None:
        ruleset = load_ruleset()
    key = (ruleset.directory, ruleset.version)
    engine = _ENGINES.get(key) if ruleset.directory else None
    if engine is None:
        engine = Engine(ruleset)
        if ruleset.directory:
            _ENGINES[key] = engine
        # The rules, their compiled terms and the lemma tables live as long as the
        # process: out of the collector's sight, a document's analysis no longer pays
        # for scanning them at each full collection (≈ 15 % of a first analysis).
        gc.freeze()
    return engine


def candidate_files(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """Files of a candidate and the « ignoré : … » lines (see ``checker.discover``)."""
    from .discover import discover_candidate_files

    return discover_candidate_files(paths)


def read_documents(
    files: Sequence[Path],
    *,
    isolate: bool = True,
    limits: Limits | None = None,
    roots: Sequence[Path] = (),
) -> tuple[list[Document], list[DocumentInfo]]:
    """Extract every file; failures become DocumentInfo entries with an error.

    With ``isolate`` (the default) each file is read in a child process with
    a time and a memory cap (``checker.isolate``); ``isolate=False`` reads in
    this process (tests on trusted files). Names shown are relative to what
    was typed (``roots``: the folders the files were found in), never
    absolute. The characters handed to the NLP pipeline are capped over the
    whole candidate (``limits.max_nlp_chars``).
    """
    from .discover import display_for
    from .isolate import extract_isolated, rename_document, rename_error
    from .limits import cap_nlp_chars, cap_page_chars
    from .limits import current as current_limits

    limits = limits or current_limits()
    documents: list[Document] = []
    infos: list[DocumentInfo | None] = []
    for path in files:
        path = Path(path)
        shown = display_for(path, roots)
        try:
            if isolate:
                document = extract_isolated(path, limits, name=shown)
            else:
                raw = display_name(path)
                try:
                    document = extract(path)
                except InputError as error:
                    raise rename_error(error, raw, shown) from None
                document = rename_document(document, raw, shown)
                document = cap_page_chars(document, limits.max_chars_per_page)
        except InputError as error:
            infos.append(
                DocumentInfo(
                    path=shown,
                    sha256=error.sha256,
                    kind=path.suffix.lstrip(".").lower(),
                    pages=0,
                    words=0,
                    health=None,
                    error=error.message,
                    status=error.status,
                    transient=error.transient,
                )
            )
            continue
        documents.append(document)
        infos.append(None)
    documents = cap_nlp_chars(documents, limits.max_nlp_chars)
    read = iter(documents)
    out: list[DocumentInfo] = []
    for info in infos:
        if info is not None:
            out.append(info)
            continue
        document = next(read)
        health = document.health
        status = "OK"
        if health.words == 0:
            status = "SCAN" if health.scanned_pages else "VIDE"
        elif health.unreadable_pages:
            status = "PARTIEL"
        out.append(
            DocumentInfo(
                path=document.path,
                sha256=document.sha256,
                kind=document.kind,
                pages=health.pages,
                words=health.words,
                health=health,
                status=status,
            )
        )
    return documents, out


def detect_blocs(documents: Sequence[Document]) -> list[int]:
    """Blocs a candidate's documents say they are about ("Bloc 3"), if any."""
    from .blocs import find_clues

    return sorted({n for clue in find_clues(documents) for n in clue.blocs})


def check_documents(
    documents: Sequence[Document],
    *,
    blocs: Sequence[int] | None = None,
    ruleset: RuleSet | None = None,
    name: str = "candidat",
    infos: Sequence[DocumentInfo] = (),
    warnings: Sequence[str] = (),
    bloc_source: str = "option",
) -> CandidateReport:
    """Assess already-extracted documents as one candidate.

    ``bloc_source`` says where given ``blocs`` come from (``option``: --bloc;
    ``file``: a cohort's blocs file); the report says it.
    """
    from .blocs import COVERED_SHARE, find_clues, reason_for

    engine = get_engine(ruleset)
    rules = engine.ruleset
    chosen = list(blocs or ())
    how = bloc_source if chosen else "all"
    failed = [info.path for info in infos if info.error]
    clues = find_clues(documents, failed)
    if not documents:
        # Nothing could be read: no verdict at all rather than 88 "missing";
        # the report lists the files and why they could not be read.
        return CandidateReport(
            candidate=name,
            documents=tuple(infos),
            criteria=(),
            blocs=tuple(sorted(chosen)),
            tool_version=__version__,
            rules_name=rules.name,
            rules_version=rules.version,
            warnings=tuple(warnings),
        )
    criteria, livrables = engine.assess(documents, chosen or None, failed=failed)
    if not chosen and documents:
        # The blocs the documents name ("Blocs 1 et 2"); failing that, those
        # they largely cover (40 % of their automatic criteria covered).
        active = {n for clue in clues for n in clue.blocs}
        how = "clues"
        if not active:
            how = "coverage"
            for bloc in rules.blocs:
                mine = [r for r in criteria if r.bloc == bloc.number and r.assessment == "auto"]
                hit = [r for r in mine if r.status is Status.COVERED]
                if mine and len(hit) / len(mine) >= COVERED_SHARE:
                    active.add(bloc.number)
        if active:
            chosen = sorted(active)
            criteria = [r for r in criteria if r.bloc in active]
            livrables = [r for r in livrables if r.bloc in active]
    if not chosen:
        how = "all"
        chosen = [bloc.number for bloc in rules.blocs]
    bloc_reason = reason_for(
        chosen,
        how,
        [c for c in clues if c.blocs & set(chosen)],
        [bloc.number for bloc in rules.blocs],
    )
    if not infos:
        infos = [
            DocumentInfo(d.path, d.sha256, d.kind, d.health.pages, d.health.words, d.health)
            for d in documents
        ]
    return CandidateReport(
        candidate=name,
        documents=tuple(infos),
        criteria=tuple(criteria),
        blocs=tuple(sorted(chosen)),
        tool_version=__version__,
        rules_name=rules.name,
        rules_version=rules.version,
        livrables=tuple(livrables),
        warnings=tuple(warnings),
        bloc_reason=bloc_reason,
    )


def check_candidate(
    paths: Sequence[str | os.PathLike[str]],
    *,
    blocs: Sequence[int] | None = None,
    ruleset: RuleSet | None = None,
    name: str | None = None,
    isolate: bool = True,
    limits: Limits | None = None,
    bloc_source: str = "option",
) -> CandidateReport:
    """Check a candidate: one file, several files, or a folder of files.

    Each file is read in a child process with the time and memory caps of
    ``limits`` (default: ``Limits.from_env()``); ``isolate=False`` reads in
    this process.
    """
    given = [Path(p) for p in paths]
    files, ignored = candidate_files(given)
    roots = [p for p in given if p.is_dir()]
    documents, infos = read_documents(files, isolate=isolate, limits=limits, roots=roots)
    if name is None:
        from .discover import safe_name

        first = given[0] if given else Path("candidat")
        name = safe_name(first.name or first)
    warnings = list(ignored)
    return check_documents(
        documents,
        blocs=blocs,
        ruleset=ruleset,
        name=name,
        infos=infos,
        warnings=warnings,
        bloc_source=bloc_source,
    )


__all__ = [
    "candidate_files",
    "check_candidate",
    "check_documents",
    "detect_blocs",
    "get_engine",
    "load_ruleset",
    "read_documents",
]
