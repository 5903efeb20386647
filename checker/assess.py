"""Turn evidence into verdicts: one CriterionResult per criterion.

``Engine(ruleset)`` compiles every rule term once (lemmatised with the same
pipeline as documents); ``Engine.assess(documents)`` indexes the candidate's
documents once and evaluates each criterion's requirements:
all satisfied -> covered, some -> partial, none -> missing; jury criteria are
never covered; a criterion not covered while some pages could not be read is
unverifiable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from . import messages as msg
from .match import co_located, evaluate, same_chapter
from .match.context import Context, unit_guard
from .match.guards import GUARD_LABELS, EchoGuard
from .match.index import DocIndex, Pattern, compile_term
from .match.structure import blank_item, blank_rows
from .match.thresholds import MAX_REJECTED_SHOWN, SHOWN_EVIDENCE
from .match.topic import detect_topic, on_topic
from .model import Block, BlockKind, CriterionResult, Document, Evidence, Status, satisfied
from .nlp.pipeline import lemmatize_terms
from .ranking import _mentions, clean_excerpt, rank_evidence, topic_stems
from .ruleset import Criterion, Livrable, Requirement, RuleSet
from .ruleset.lexicon import proximity_parts


@dataclass(frozen=True, slots=True)
class RequirementTrace:
    """How one requirement fared (for ``explain``)."""

    requirement: Requirement
    score: float
    supporting: bool
    evidence: tuple[Evidence, ...]
    rejected: tuple[Evidence, ...]


#: Where a caveat is read: the candidate's text, tables included.
_TEXT_KINDS = frozenset(
    {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE, BlockKind.CAPTION}
)


def required_evidence(required: Sequence[RequirementTrace]) -> list[Evidence]:
    """Every piece of evidence of the required requirements."""
    return [e for t in required for e in t.evidence]


def _all_terms(requirements: Iterable[Requirement], exclusions: bool = True) -> list[str]:
    out: list[str] = []
    for req in requirements:
        out.extend(req.terms(exclusions))
    return out


@dataclass(frozen=True, slots=True)
class UnreadablePart:
    """A file, or pages of a file, that could not be read (scan, garbled font).

    ``clues`` are what the readable text says about it: the file name, the
    section its pages continue, the table-of-contents lines pointing at
    them. ``blocs`` are the blocs those clues name (« Bloc 2 »).
    """

    document: str
    pages: tuple[int, ...]
    whole: bool
    clues: tuple[str, ...]
    hint: str = ""

    @property
    def blocs(self) -> frozenset[int]:
        from .blocs import bloc_mentions, file_mentions

        found = file_mentions(self.document)
        return frozenset(found.union(*(bloc_mentions(clue) for clue in self.clues[1:])))

    def label(self) -> str:
        """ "scan.pdf" or "dossier.pdf p. 4, 5"."""
        if self.whole:
            return self.document
        return f"{self.document} p. {', '.join(map(str, self.pages))}"


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _toc_page(text: str) -> int | None:
    import re

    match = re.search(r"(\d{1,3})\s*$", text)
    return int(match.group(1)) if match else None


def unreadable_parts(
    documents: Sequence[Document], failed: Sequence[str] = ()
) -> list[UnreadablePart]:
    """What could not be read: files that failed, scanned files, scanned pages."""
    parts = [UnreadablePart(path, (), True, (_file_name(path),)) for path in failed]
    for doc in documents:
        pages = doc.health.unreadable_pages
        if not pages:
            continue
        hint = msg.OCR_HINT if msg.W309 in doc.health.warnings else ""
        readable = [b for b in doc.blocks if b.text.strip() and b.location.page not in pages]
        if doc.health.words == 0 or not readable:
            parts.append(
                UnreadablePart(doc.path, tuple(pages), True, (_file_name(doc.path),), hint)
            )
            continue
        clues: list[str] = [_file_name(doc.path)]
        for page in pages:
            before = [b for b in readable if b.location.page and b.location.page < page]
            if before and before[-1].location.section:
                clues.append(before[-1].location.section[-1])
        for block in doc.blocks:
            if block.kind.value == "toc_entry" and _toc_page(block.text) in pages:
                clues.append(block.text)
        parts.append(UnreadablePart(doc.path, tuple(pages), False, tuple(clues), hint))
    return parts


def _untitled(evidence: Evidence, titles: dict[str, str]) -> Evidence:
    """``evidence`` with its section path cited below the document's title."""
    section = evidence.location.section
    title = titles.get(evidence.document)
    if title is None or len(section) < 2 or section[0] != title:
        return evidence
    return replace(evidence, location=replace(evidence.location, section=section[1:]))


#: A point left blank: document, block, the label cell's unit (a table row) or None
#: (a list item), and the text shown.
_Blank = tuple[DocIndex, Block, int | None, str]
#: (document, section) -> its points left blank.
_Blanks = dict[tuple[str, tuple[str, ...]], list[_Blank]]


class Engine:
    """Assess documents against a rule set (terms compiled once)."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        terms: list[str] = []
        #: Per criterion, the words that name its topic (see match/topic.py).
        self.topics: dict[str, list[str]] = {}
        for bloc in ruleset.blocs:
            for criterion in bloc.criteria:
                terms += _all_terms(criterion.requires) + _all_terms(criterion.supports)
                topic = list(criterion.topic or ())
                self.topics[criterion.id] = topic
                terms += topic + list(criterion.caveats)
            for livrable in bloc.livrables:
                terms += _all_terms(livrable.requires)
        # The words of proximity terms (« A ~N B ») are compiled on their own too.
        terms += [part for term in set(terms) for part in proximity_parts(term)]
        analysed = lemmatize_terms(terms)
        self.patterns: dict[str, Pattern] = {t: compile_term(t, analysed) for t in set(terms)}
        self.echo = EchoGuard(c.text for c in ruleset.criteria)
        self._block_cache: tuple[Context, dict[tuple[str, int], Block]] | None = None
        self._title_cache: tuple[Context, dict[str, str]] | None = None
        self._blank_cache: tuple[Context, _Blanks] | None = None

    def _blocks(self, ctx: Context) -> dict[tuple[str, int], Block]:
        """(document, block index) -> block, built once per context."""
        cached = self._block_cache
        if cached is None or cached[0] is not ctx:
            table = {
                (doc.document.path, block.location.index): block
                for doc in ctx.docs
                for block in doc.document.blocks
            }
            cached = self._block_cache = (ctx, table)
        return cached[1]

    def _titles(self, ctx: Context) -> dict[str, str]:
        """Per document, its title when every section sits under it (the
        document's one top heading): excerpts cite the path below it."""
        cached = self._title_cache
        if cached is not None and cached[0] is ctx:
            return cached[1]
        titles = {}
        for doc in ctx.docs:
            sections = [b.location.section for b in doc.document.blocks if b.location.section]
            tops = {section[0] for section in sections}
            if len(tops) == 1 and any(len(section) > 1 for section in sections):
                titles[doc.document.path] = tops.pop()
        self._title_cache = (ctx, titles)
        return titles

    @staticmethod
    def _topic_texts(criterion: Criterion | Livrable) -> tuple[list[str], list[str]]:
        """What a criterion is about: its wording, and its requirements' terms."""
        wording = [getattr(criterion, "text", "") or getattr(criterion, "name", "")]
        terms = [
            term.lstrip("@") for req in criterion.requires for term in req.terms(exclusions=False)
        ]
        return wording, terms

    def context(self, documents: Sequence[Document]) -> Context:
        """Index the candidate's documents (NLP runs here, once)."""
        docs = [DocIndex(doc, i) for i, doc in enumerate(documents)]
        return Context(docs, self.patterns, self.echo)

    def trace(self, criterion: Criterion | Livrable, ctx: Context) -> list[RequirementTrace]:
        """Evaluate each requirement of a criterion (and its supports)."""
        traces = []
        supports = getattr(criterion, "supports", ())
        for req, supporting in [(r, False) for r in criterion.requires] + [
            (r, True) for r in supports
        ]:
            outcome = evaluate(req, ctx)
            evidence = tuple(
                Evidence(
                    requirement=e.requirement
                    if e.requirement == req.id
                    else f"{req.id}/{e.requirement}",
                    document=e.document,
                    location=e.location,
                    excerpt=e.excerpt,
                    score=e.score,
                    supporting=supporting,
                    note=e.note,
                )
                for e in outcome.evidence
            )
            traces.append(
                RequirementTrace(req, outcome.score, supporting, evidence, tuple(outcome.rejected))
            )
        return traces

    def assess_one(
        self,
        criterion: Criterion | Livrable,
        ctx: Context,
        unreadable: Sequence[UnreadablePart] = (),
    ) -> CriterionResult:
        """The verdict on one criterion (or livrable), from the readable text.

        See ``_uncertain`` for what an unreadable part changes.
        """
        is_livrable = isinstance(criterion, Livrable)
        if isinstance(criterion, Livrable):
            competency, text, assessment = "livrable", criterion.name, "auto"
        else:
            competency, text, assessment = (
                criterion.competency,
                criterion.text,
                criterion.assessment,
            )
        if isinstance(criterion, Criterion) and criterion.assessment == "jury":
            return CriterionResult(
                id=criterion.id,
                bloc=criterion.bloc,
                competency=competency,
                text=text,
                assessment=assessment,
                status=Status.JURY,
                score=0.0,
                reason="Critère évalué par le jury : un document écrit ne suffit pas à le prouver.",
                hint="",
                jury_focus=criterion.jury_focus,
            )
        traces = self.trace(criterion, ctx)
        required = [t for t in traces if not t.supporting]
        score = sum(t.score for t in required) / len(required) if required else 0.0
        met = [t for t in required if satisfied(t.score)]
        together = None
        if required and len(met) == len(required):
            # Every requirement met: the pieces must also sit in one part of
            # one document, as a jury reads them (not scattered mentions).
            together = co_located([list(t.evidence) for t in required], ctx.chapter_depths())
            if together is None and not is_livrable and len(required) > 1:
                # Pieces in two files or two chapters, each in a part named by the
                # criterion's topic (a slide « Benchmark », a chapter « La concurrence »).
                together = on_topic(
                    [list(t.evidence) for t in required], self.topics.get(criterion.id, []), ctx
                )
            if together is None and isinstance(criterion, Criterion) and criterion.spread:
                # The criterion ties pieces of different chapters: read together
                # wherever they are.
                together = [t.evidence[0] for t in required if t.evidence]
            if together is not None or len(required) == 1:
                status = Status.COVERED
            else:
                status = Status.PARTIAL
                score = min(score, 0.75)
        elif score > 0:
            status = Status.PARTIAL
        else:
            status = Status.MISSING
        blank = None
        if status is Status.COVERED:
            blank = self._left_blank(ctx, criterion, required_evidence(required))
            if blank is not None:
                status, score = Status.PARTIAL, min(score, 0.75)
        caveat = None
        if status is Status.COVERED and isinstance(criterion, Criterion) and criterion.caveats:
            pieces = list(together or []) or required_evidence(required)
            caveat = self._caveat(ctx, criterion, pieces)
            if caveat is not None:
                status, score = Status.PARTIAL, min(score, 0.75)
        topic: list[Evidence] = []
        if status is Status.MISSING and not is_livrable:
            # Real but incomplete work: a part of the dossier on the topic.
            topic = detect_topic(self.topics.get(criterion.id, []), ctx)
            if topic:
                status, score = Status.PARTIAL, 0.25
        shown: list[Evidence] = list(together or []) + topic[:1]
        places = {(e.document, e.location.index) for e in shown}
        for trace in traces:
            for ev in trace.evidence[:SHOWN_EVIDENCE]:
                # One block shown once, even when it meets several requirements.
                if (ev.document, ev.location.index) not in places:
                    places.add((ev.document, ev.location.index))
                    shown.append(ev)
        titles = self._titles(ctx)
        evidence = tuple(
            _untitled(e, titles)
            for e in rank_evidence(shown, self._blocks(ctx), *self._topic_texts(criterion))
        )
        all_rejected = [e for t in traces for e in t.rejected]
        reason = self._reason(status, required, tuple(all_rejected))
        if topic:
            reason = (
                f"Le sujet est traité (« {topic[0].excerpt} »), mais sans ce que le critère "
                "demande : " + " ; ".join(t.requirement.label for t in required) + "."
            )
        # Reports keep a sample of the rejected hits (the reason counts them
        # all; ``explain`` shows every one).
        rejected = tuple(
            _untitled(replace(e, excerpt=clean_excerpt(e.excerpt)), titles)
            for e in all_rejected[:MAX_REJECTED_SHOWN]
        )
        if caveat is not None:
            reason = (
                f"Chaque élément est présent, mais la partie dit que le travail n'est pas "
                f"entier (« {caveat} »). " + reason.split(". Manque")[0] + "."
            )
        elif blank is not None:
            reason = (
                f"Chaque élément est présent, mais la partie laisse un point vide (« {blank} ») : "
                "travail inachevé. " + reason.split(". Manque")[0] + "."
            )
        elif status is Status.PARTIAL and len(met) == len(required):
            reason = (
                "Chaque élément est présent, mais dispersé dans le document : aucune partie "
                "ne les réunit. " + reason.split(". Manque")[0] + "."
            )
        return CriterionResult(
            id=criterion.id,
            bloc=criterion.bloc,
            competency=competency,
            text=text,
            assessment=assessment,
            status=status,
            score=round(score, 3),
            reason=reason,
            hint="" if status is Status.COVERED else criterion.hint,
            evidence=evidence,
            rejected=rejected,
        )

    def _caveat(
        self, ctx: Context, criterion: Criterion, evidence: Sequence[Evidence]
    ) -> str | None:
        """A sentence of the part holding the evidence that says, in one of the
        criterion's ``caveats`` (« encore en mode test », « viendra plus tard »), that
        the work is not whole: its text, or None. The sentence guards do not apply (a
        caveat is often a negation, a promise or a to-do: « les clés live ne sont pas
        encore actives », « le tableau commun viendra plus tard »); the block guards
        do (a table of contents, a course, grading instructions say nothing of it)."""
        depths = ctx.chapter_depths()
        for term in criterion.caveats:
            pattern = ctx.patterns[term]
            for doc in ctx.docs:
                path = doc.document.path
                for hit in doc.find(pattern):
                    unit = doc.units[hit.unit]
                    block = unit.block
                    if (
                        unit.kind not in _TEXT_KINDS
                        or not ctx.allowed(doc, block)
                        or unit_guard(doc, unit) is not None
                    ):
                        continue
                    if any(
                        e.document == path
                        and same_chapter(
                            block.location.section, e.location.section, depths.get(path, 1)
                        )
                        for e in evidence
                    ):
                        start, end = unit.sentence_at(hit.start)
                        return clean_excerpt(unit.text[start:end].strip())
        return None

    def _left_blank(
        self, ctx: Context, criterion: Criterion | Livrable, evidence: Sequence[Evidence]
    ) -> str | None:
        """A point of the criterion's own topic named and left blank in the part that
        holds the evidence — a list item « Temps de chargement : », a table row
        « Après l'achat | | » —: the author named one of the points asked and did not
        fill it in."""
        blanks = self._blank_items(ctx)
        if not blanks:
            return None
        terms = [t for t in _all_terms(criterion.requires, exclusions=False) if t in self.patterns]
        for e in evidence:
            for doc, block, unit_id, label in blanks.get((e.document, e.location.section), ()):
                index = block.location.index
                for t in terms:
                    hits = doc.find_in_block(self.patterns[t], index)
                    if any(unit_id is None or hit.unit == unit_id for hit in hits):
                        return label
        return None

    def _blank_items(self, ctx: Context) -> _Blanks:
        """(document, section) -> its points left blank (built once per context)."""
        cached = self._blank_cache
        if cached is None or cached[0] is not ctx:
            table: _Blanks = {}
            for doc in ctx.docs:
                blocks = doc.document.blocks
                for i, block in enumerate(blocks):
                    if block.hidden or not block.location.section:
                        continue
                    key = (doc.document.path, block.location.section)
                    if block.kind is BlockKind.LIST_ITEM and blank_item(blocks, i):
                        table.setdefault(key, []).append((doc, block, None, block.text.strip()))
                    elif block.kind is BlockKind.TABLE:
                        for unit_id, label in blank_rows(doc, block):
                            table.setdefault(key, []).append((doc, block, unit_id, label))
            cached = self._blank_cache = (ctx, table)
        return cached[1]

    @staticmethod
    def _reason(
        status: Status, required: list[RequirementTrace], rejected: tuple[Evidence, ...]
    ) -> str:
        met = [t.requirement.label for t in required if satisfied(t.score)]
        part = [t.requirement.label for t in required if t.score > 0 and not satisfied(t.score)]
        lacking = [t.requirement.label for t in required if t.score <= 0]
        if status is Status.COVERED:
            reason = "Trouvé : " + " ; ".join(met) + "."
        elif status is Status.PARTIAL:
            found = met + [f"{label} (en partie)" for label in part]
            reason = (
                "Trouvé : " + " ; ".join(found) + ". Manque : " + " ; ".join(lacking or part) + "."
            )
        else:
            reason = "Aucune preuve de : " + " ; ".join(lacking) + "."
        if rejected and status is not Status.COVERED:
            counts = Counter(e.rejected_by for e in rejected if e.rejected_by)
            why = ", ".join(
                f"{GUARD_LABELS.get(guard, guard)} × {n}" for guard, n in counts.most_common()
            )
            reason += f" Occurrences écartées : {why}."
        return reason

    def _uncertain(
        self,
        result: CriterionResult,
        criterion: Criterion | Livrable,
        parts: Sequence[UnreadablePart],
        treated: set[int],
    ) -> CriterionResult:
        """A missing verdict becomes « invérifiable » only when an unreadable
        part could be the one place that shows it: its clues (file name,
        section, table-of-contents line) name the criterion's topic or its
        bloc, or, with no clue at all, the readable documents say nothing of
        that bloc. Covered and partial verdicts from the readable text stand:
        a scan never hides a candidate's real gaps.
        """
        if result.status is not Status.MISSING or result.assessment != "auto":
            return result
        wording, _terms = self._topic_texts(criterion)
        stems = topic_stems(wording)
        where = []
        for part in parts:
            named = [clue for clue in part.clues if _mentions(clue, stems)]
            unnamed = not part.blocs and part.whole and result.bloc not in treated
            if named or result.bloc in part.blocs or unnamed:
                where.append(part)
        if not where:
            return result
        places = " ; ".join(p.label() for p in where)
        hints = {p.hint for p in where if p.hint}
        reason = (
            f"Rien dans les parties lues, mais la preuve peut se trouver dans ce qui n'a pas "
            f"pu être lu : {places}." + (f" ({'; '.join(sorted(hints))})" if hints else "")
        )
        return replace(result, status=Status.UNVERIFIABLE, reason=reason)

    def assess(
        self,
        documents: Sequence[Document],
        blocs: Sequence[int] | None = None,
        failed: Sequence[str] = (),
    ) -> tuple[list[CriterionResult], list[CriterionResult]]:
        """Criteria and livrable results for the candidate's documents.

        ``failed`` names the files that could not be read at all.
        """
        ctx = self.context(documents)
        parts = unreadable_parts(documents, failed)
        criteria, livrables = [], []
        pairs = []
        for bloc in self.ruleset.blocs:
            if blocs and bloc.number not in blocs:
                continue
            for criterion in bloc.criteria:
                result = self.assess_one(criterion, ctx)
                criteria.append(result)
                pairs.append((criterion, result))
            for livrable in bloc.livrables:
                livrables.append(self.assess_one(livrable, ctx))
        if parts:
            treated = {
                r.bloc
                for r in criteria
                if r.status in (Status.COVERED, Status.PARTIAL) and r.assessment == "auto"
            }
            criteria = [self._uncertain(r, c, parts, treated) for c, r in pairs]
        return criteria, livrables
