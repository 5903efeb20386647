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
from dataclasses import dataclass

from . import messages as msg
from .match import co_located, evaluate
from .match.context import Context
from .match.guards import GUARD_LABELS, EchoGuard
from .match.index import DocIndex, Pattern, compile_term
from .match.thresholds import MAX_REJECTED_SHOWN, SHOWN_EVIDENCE
from .match.topic import detect_topic
from .model import CriterionResult, Document, Evidence, Status
from .nlp.pipeline import lemmatize_terms
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


def _all_terms(requirements: Iterable[Requirement]) -> list[str]:
    out: list[str] = []
    for req in requirements:
        out.extend(req.terms())
    return out


def _unreadable(documents: Sequence[Document]) -> list[str]:
    out = []
    for doc in documents:
        pages = doc.health.unreadable_pages
        if pages:
            hint = f", {msg.OCR_HINT}" if msg.W309 in doc.health.warnings else ""
            out.append(f"{doc.path} p. {', '.join(map(str, pages))}{hint}")
    return out


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
                terms += topic
            for livrable in bloc.livrables:
                terms += _all_terms(livrable.requires)
        # The words of proximity terms (« A ~N B ») are compiled on their own too.
        terms += [part for term in set(terms) for part in proximity_parts(term)]
        analysed = lemmatize_terms(terms)
        self.patterns: dict[str, Pattern] = {t: compile_term(t, analysed) for t in set(terms)}
        self.echo = EchoGuard(c.text for c in ruleset.criteria)

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
        self, criterion: Criterion | Livrable, ctx: Context, unreadable: list[str]
    ) -> CriterionResult:
        """The verdict on one criterion (or livrable)."""
        is_livrable = isinstance(criterion, Livrable)
        text = criterion.name if is_livrable else criterion.text
        common = {
            "id": criterion.id,
            "bloc": criterion.bloc,
            "competency": "livrable" if is_livrable else criterion.competency,
            "text": text,
            "assessment": "auto" if is_livrable else criterion.assessment,
        }
        if not is_livrable and criterion.assessment == "jury":
            return CriterionResult(
                **common,
                status=Status.JURY,
                score=0.0,
                reason="Critère évalué par le jury : un document écrit ne suffit pas à le prouver.",
                hint="",
                jury_focus=criterion.jury_focus,
            )
        traces = self.trace(criterion, ctx)
        required = [t for t in traces if not t.supporting]
        score = sum(t.score for t in required) / len(required) if required else 0.0
        met = [t for t in required if t.score >= 0.999]
        together = None
        if required and len(met) == len(required):
            # Every requirement met: the pieces must also sit in one part of
            # one document, as a jury reads them (not scattered mentions).
            together = co_located([list(t.evidence) for t in required], ctx.chapter_depths())
            if together is not None or len(required) == 1:
                status = Status.COVERED
            else:
                status = Status.PARTIAL
                score = min(score, 0.75)
        elif score > 0:
            status = Status.PARTIAL
        else:
            status = Status.MISSING
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
        evidence = tuple(shown)
        all_rejected = [e for t in traces for e in t.rejected]
        reason = self._reason(status, required, tuple(all_rejected))
        if topic:
            reason = (
                f"Le sujet est traité (« {topic[0].excerpt} »), mais sans ce que le critère "
                "demande : " + " ; ".join(t.requirement.label for t in required) + "."
            )
        # Reports keep a sample of the rejected hits (the reason counts them
        # all; ``explain`` shows every one).
        rejected = tuple(all_rejected[:MAX_REJECTED_SHOWN])
        if status is Status.PARTIAL and len(met) == len(required):
            reason = (
                "Chaque élément est présent, mais dispersé dans le document : aucune partie "
                "ne les réunit. " + reason.split(". Manque")[0] + "."
            )
        if status is not Status.COVERED and unreadable:
            status = Status.UNVERIFIABLE
            reason += (
                " Des pages n'ont pas pu être lues ("
                + "; ".join(unreadable)
                + ") : la preuve s'y trouve peut-être."
            )
        return CriterionResult(
            **common,
            status=status,
            score=round(score, 3),
            reason=reason,
            hint="" if status is Status.COVERED else criterion.hint,
            evidence=evidence,
            rejected=rejected,
        )

    @staticmethod
    def _reason(
        status: Status, required: list[RequirementTrace], rejected: tuple[Evidence, ...]
    ) -> str:
        met = [t.requirement.label for t in required if t.score >= 0.999]
        part = [t.requirement.label for t in required if 0 < t.score < 0.999]
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

    def assess(
        self, documents: Sequence[Document], blocs: Sequence[int] | None = None
    ) -> tuple[list[CriterionResult], list[CriterionResult]]:
        """Criteria and livrable results for the candidate's documents."""
        ctx = self.context(documents)
        unreadable = _unreadable(documents)
        criteria, livrables = [], []
        for bloc in self.ruleset.blocs:
            if blocs and bloc.number not in blocs:
                continue
            for criterion in bloc.criteria:
                criteria.append(self.assess_one(criterion, ctx, unreadable))
            for livrable in bloc.livrables:
                livrables.append(self.assess_one(livrable, ctx, unreadable))
        return criteria, livrables
