"""What every detector receives (the candidate's analysed documents) and returns."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from ..model import Block, BlockKind, Evidence, out_of_flow, satisfied
from ..nlp.text import fold
from ..ruleset import Requirement
from .guards import (
    FIRST_PERSON,
    EchoGuard,
    block_guard,
    course_sentence,
    in_course,
    instruction_blocks,
    is_placeholder,
    is_todo,
    not_own_work,
    sentence_guard,
    unnegated_clauses,
    without_expansions,
)
from .index import DocIndex, Hit, Pattern, Unit
from .thresholds import EXCERPT_CHARS, FUZZY_EVIDENCE_SCORE, MIN_SECTION_WORDS
from .values import count_numbers

T = TypeVar("T")


@dataclass(slots=True)
class Outcome:
    """How far a requirement is met, with accepted and rejected evidence."""

    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    rejected: list[Evidence] = field(default_factory=list)

    @property
    def satisfied(self) -> bool:
        """Fully met."""
        return satisfied(self.score)


@dataclass(frozen=True, slots=True)
class TermHit:
    """An accepted occurrence of a term."""

    doc: DocIndex
    unit: Unit
    hit: Hit
    term: str


def excerpt(text: str, start: int = 0, end: int | None = None) -> str:
    """A readable excerpt centred on ``start:end``."""
    end = len(text) if end is None else end
    if len(text) <= EXCERPT_CHARS:
        return text
    half = max(0, (EXCERPT_CHARS - (end - start)) // 2)
    a = max(0, start - half)
    b = min(len(text), a + EXCERPT_CHARS)
    a = max(0, b - EXCERPT_CHARS)
    return ("…" if a else "") + text[a:b].strip() + ("…" if b < len(text) else "")


def table_excerpt(block: Block, max_rows: int = 3) -> str:
    """The first rows of a table as one line."""
    rows = [" | ".join(c for c in row if c) for row in block.rows[:max_rows]]
    more = f" … ({len(block.rows)} lignes)" if len(block.rows) > max_rows else ""
    return excerpt(" / ".join(rows)) + more


def usable_text(doc: DocIndex, block: Block) -> str:
    """The block's folded text without negated / to-do sentences, computed once
    per block (a table: every cell)."""
    return doc.cached(("usable", block.location.index), lambda: _read_usable(doc, block))


# A name in title case (« Laine & Co », « Julie »); acronyms (SEO, FIFO) and a list's
# closing « Etc. » are no facts.
_NAME = re.compile(r"(?<=[\w,;:)/] )(?!Etc\b)[A-ZÉÈ][a-zà-ÿ][\w'’-]+")


def own_facts(folded: str, written: str) -> bool:
    """The candidate's own facts: folded ``folded`` quotes a figure or speaks in the
    first person, or the ``written`` text names someone or something (capitals
    mid-sentence). A course or a classification names none."""
    return (
        count_numbers(folded, ("count",)) > 0
        or bool(FIRST_PERSON.search(folded))
        or bool(_NAME.search(without_expansions(written)))
    )


def unit_guard(doc: DocIndex, unit: Unit) -> str | None:
    """Why no hit of ``unit`` can be evidence, whatever the hit (hidden, glossary,
    grading notes, table of contents…), or None; computed once per unit."""
    cache = doc.unit_guard_cache
    if unit.id in cache:
        return cache[unit.id]
    guard = block_guard(unit)
    if guard is None and unit.kind is BlockKind.TABLE and empty_grid(doc, unit.block):
        guard = "placeholder"
    if guard is None and unit.block.location.index in _instructions(doc):
        guard = "instructions"
    if guard is None and unit.block.location.index in _todo_lists(doc):
        guard = "todo"
    if guard is None and unit.block.location.index in _todo_cards(doc):
        guard = "todo"
    if guard is None and unit.block.location.index in _quoted_blocks(doc):
        guard = "quoted"
    if guard is None and unit.block.location.index in _appraisal_blocks(doc):
        guard = "appraisal"
    if (
        guard is None
        and unit.kind is BlockKind.TABLE
        and unit.block.location.index in _todo_tables(doc)
    ):
        guard = "todo"
    if (
        guard is None
        and unit.kind is BlockKind.TABLE
        and unit.row is not None
        and unit.row in _todo_rows(doc, unit.block)
    ):
        guard = "todo"
    cache[unit.id] = guard
    return guard


#: A grid whose cells right of its labels are filled below this share is a template.
EMPTY_GRID_FILLED = 0.25


def empty_grid(doc: DocIndex, block: Block) -> bool:
    """A grid left empty: row labels (« Trafic », « Taux de rebond »…) and column
    heads, but three quarters of the cells right of the labels blank. Its labels
    are a template, not the candidate's choice (computed once per table)."""

    def compute() -> bool:
        if len(block.rows) == 1:
            return _header_only(block.rows[0])
        body = [row[1:] for row in block.rows[1:]]
        cells = [cell for row in body for cell in row]
        if len(body) < 2 or not cells:
            return False
        filled = sum(not is_placeholder(cell) for cell in cells)
        return filled < EMPTY_GRID_FILLED * len(cells)

    return doc.cached(("empty-grid", block.location.index), compute)


#: Words at most of a column head.
_HEAD_WORDS = 6


def _header_only(row: Sequence[str]) -> bool:
    """A table that is only its head row (« Partenaire | Cible | Décision »): column
    names waiting for their rows, no figure, nothing the candidate found."""
    return len(row) >= 2 and all(
        len(cell.split()) <= _HEAD_WORDS and not any(ch.isdigit() for ch in cell) for cell in row
    )


# A table said to be waiting for its content, in the line just before or after it:
# « (tableau à remplir après le salon) », « Grille à compléter avec l'équipe ».
_TABLE_TODO = re.compile(
    r"\b(?:tableau|grille|matrice|table|ce tableau|cette grille)\b[^.;]{0,30}?"
    r"\b(?:a remplir|a completer|a finaliser|a mettre a jour|sera (?:rempli|complete|finalise)e?"
    r"|(?:reste|est) vide)\b"
)


#: Lines that can say a table is still to fill.
_TABLE_NOTES = frozenset({BlockKind.PARAGRAPH, BlockKind.CAPTION})


#: A status column's head (« Statut », « État », « Avancement ») and a status of work not
#: begun (« à faire », « à venir », « non commencé », « backlog »).
_STATUS_HEAD = re.compile(r"^\W*(?:statut|status|etat|avancement|etat d'avancement)\W*$")
_NOT_BEGUN = re.compile(
    r"^\W*(?:a faire|a venir|to ?do|backlog|non (?:commencee?|demarree?)|pas (?:commencee?"
    r"|demarree?)|pas encore (?:fait|faite|commence|commencee))\W*$"
)


def _todo_rows(doc: DocIndex, block: Block) -> frozenset[int]:
    """Rows of a table whose status column says the row's work is not begun (« | Retouche
    des photos | moi | mars | à faire | »): that row is a to-do (computed once per table)."""

    def compute() -> frozenset[int]:
        if len(block.rows) < 2:
            return frozenset()
        columns = [c for c, head in enumerate(block.rows[0]) if _STATUS_HEAD.match(fold(head))]
        if not columns:
            return frozenset()
        return frozenset(
            r
            for r, row in enumerate(block.rows[1:], start=1)
            if any(c < len(row) and _NOT_BEGUN.match(fold(row[c])) for c in columns)
        )

    return doc.cached(("todo-rows", block.location.index), compute)


def _todo_tables(doc: DocIndex) -> frozenset[int]:
    """Indices of the tables whose neighbouring line says they are still to fill."""
    return doc.cached(("todo-tables", -1), lambda: _find_todo_tables(doc.document.blocks))


def _find_todo_tables(blocks: Sequence[Block]) -> frozenset[int]:
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.TABLE:
            continue
        for j in (i - 1, i + 1):
            note = blocks[j] if 0 <= j < len(blocks) else None
            if note and note.kind in _TABLE_NOTES and _TABLE_TODO.search(fold(note.text)):
                found.add(block.location.index)
    return frozenset(found)


# A third party's sales document quoted (« Extrait de la plaquette de l'agence : »,
# « Selon la brochure du prestataire : »): its promises are the seller's, not the
# candidate's work. Only commercial documents: an extract of a competitor's site or of
# the company's own page is material of the candidate's analysis.
_QUOTE_INTRO = re.compile(
    r"^[\s\-–•*]*(?:(?:extraits?|citations?|copie|reprise) (?:de |du |des |d')"
    r"|(?:selon|d'apres) )(?:la |le |l'|les |sa |son |leur |leurs )?"
    r"(?:brochure|plaquette|documentation commerciale|argumentaire|catalogue du (?:fournisseur"
    r"|prestataire)|proposition commerciale|offre commerciale|presentation commerciale)s?\b"
)


# Someone judging the candidate's work: a tutor's appraisal sheet, a trainer's or a
# jury's comments (« Fiche d'appréciation du tuteur », « Avis de ma tutrice : »,
# « Grille d'évaluation remplie par le maître d'apprentissage »). What it praises is
# the appraiser's words about the work, not the work. Not the company's own
# evaluations (« Grille d'évaluation des prestataires », « Avis clients »).
_JUDGE = (
    r"(?:du |de la |de l'|de mon |de ma |de notre |par le |par la |par l'|par mon |par ma )"
    r"(?:tuteur|tutrice|tuteurs|maitre d'apprentissage|maitre de stage|formateur|formatrice"
    r"|jury|correcteur|correctrice|evaluateur|evaluatrice|referent pedagogique"
    r"|responsable (?:de stage|pedagogique|de formation)|entreprise d'accueil|structure d'accueil"
    r"|organisme de formation|ecole|centre de formation)\b"
)
_APPRAISAL_INTRO = re.compile(
    r"^[\s\-–•*]*(?:(?:[\divx]+[.)]?|annexe\s*\w{0,3})\s*[:.–—-]?\s*)?"
    r"(?:fiches? d'(?:appreciation|evaluation)(?: (?:du |de la |de l')?(?:stage|stagiaire"
    r"|alternant|alternante|apprenti|apprentie|alternance|periode))?\b"
    r"|(?:appreciations?|avis|commentaires?|remarques?|observations?|retours?|evaluations?"
    r"|bilans?|notes?|grilles? d'evaluation(?: (?:du |de la |de l')?(?:stage|stagiaire|alternant"
    r"|alternante|apprenti|apprentie))?(?: (?:remplie|completee|renseignee))?) " + _JUDGE + r")"
    # « Grille d'évaluation intermédiaire — remplie par le tuteur entreprise »
    r"|^[^.]{0,60}?\b(?:remplie?|completee?|renseignee?|redigee?)s? par "
    r"(?:le |la |l'|mon |ma |notre )?(?:tuteur|tutrice|maitre d'apprentissage|maitre de stage"
    r"|formateur|formatrice|jury|correcteur|correctrice|evaluateur|evaluatrice"
    r"|responsable de stage)\b"
)


def _quoted_blocks(doc: DocIndex) -> frozenset[int]:
    """Indices of the blocks that quote a third party's sales document: the block (or
    run of list items) after an intro line « Extrait de la plaquette… : », and the
    content of a heading so named (computed once)."""
    return doc.cached(("quoted", -1), lambda: _find_quoted(doc, _QUOTE_INTRO))


def _appraisal_blocks(doc: DocIndex) -> frozenset[int]:
    """Indices of the blocks that are someone's appraisal of the candidate (a tutor's
    sheet, a trainer's comments): found as the quoted blocks are (computed once)."""
    return doc.cached(("appraisal", -1), lambda: _find_quoted(doc, _APPRAISAL_INTRO))


#: Blocks that can introduce what follows (a heading names its section).
_INTRO_KINDS = frozenset({BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.CAPTION})


def _find_quoted(doc: DocIndex, intro: re.Pattern[str]) -> frozenset[int]:
    """The blocks introduced by a line (or a heading) that ``intro`` matches."""
    blocks = doc.document.blocks
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind not in _INTRO_KINDS or not intro.match(fold(block.text)):
            continue
        if block.kind is BlockKind.HEADING:
            found.add(block.location.index)
            found.update(doc.section_blocks(block))
            continue
        found.add(block.location.index)
        following = blocks[i + 1 : i + 2]
        if following and following[0].kind is BlockKind.LIST_ITEM:
            for item in blocks[i + 1 :]:
                if item.kind is not BlockKind.LIST_ITEM:
                    break
                found.add(item.location.index)
        elif following and following[0].kind in {BlockKind.PARAGRAPH, BlockKind.TABLE}:
            found.add(following[0].location.index)
    return frozenset(found)


def _todo_lists(doc: DocIndex) -> frozenset[int]:
    """Indices of the list items announced by a to-do (« Plan que je pensais suivre
    (à compléter) : »): the list is what is left to do, not work done."""
    return doc.cached(("todo-lists", -1), lambda: _find_todo_lists(doc.document.blocks))


#: The line after a list saying its items are not done: « Je n'ai pas encore eu le
#: temps de les paramétrer », « Aucune de ces pistes n'est en place », « Elles ne
#: sont pas encore lancées ».
_LIST_UNDONE = re.compile(
    r"\bn'(?:ai|avons|a|ont) pas (?:encore |du tout )?(?:eu le temps de |pu |reussi a )"
    r"les \w+(?:er|ir|re)\b"
    r"|\bne les (?:ai|avons|a|ont) pas (?:encore )?(?:\w+(?:ee?s?|is|its?)|mis en place)\b"
    r"|\b(?:aucune?|rien) (?:de (?:ces|tout cela|cela|ca)|d'entre (?:elles|eux))\b[^.]{0,40}"
    r"\bn'(?:est|a ete|ont ete|sont)\b"
    r"|\b(?:elles|ils|ces \w+) ne sont pas encore (?:faite?s?|en place|lancee?s?|mise?s? en place"
    r"|parametree?s?|realisee?s?|testee?s?|activee?s?)\b"
)


#: A line announcing what is left to do: « À faire : », « Reste à faire : », « To do : ».
_TODO_INTRO = re.compile(
    r"[\s\-–•*]*(?:(?:reste |encore )?a (?:faire|completer|traiter)|to ?do|taches? a faire"
    r"|reste a faire)\s*:\s*$"
)


def _find_todo_lists(blocks: Sequence[Block]) -> frozenset[int]:
    found: set[int] = set()
    intro_is_todo = False
    run: list[int] = []  # the list items just read, for a line after them
    for block in blocks:
        if block.kind is BlockKind.LIST_ITEM:
            if intro_is_todo:
                found.add(block.location.index)
            run.append(block.location.index)
            continue
        if out_of_flow(block) or block.kind is BlockKind.IMAGE:
            continue
        text = block.text.rstrip()
        if run and block.kind is BlockKind.PARAGRAPH and _LIST_UNDONE.search(fold(text)):
            found.update(run)
        run = []
        intro_is_todo = (
            block.kind is BlockKind.PARAGRAPH
            and text.endswith(":")
            and (is_todo(text) or bool(_TODO_INTRO.match(fold(text))))
        )
    return frozenset(found)


#: A task card's status « not begun » (« Statut : À faire », « Liste : À faire »,
#: « Colonne : Backlog »), or a heading naming that column (« Trello — colonne À faire »).
_CARD_TODO = re.compile(
    r"^[\s\-–•*]*(?:statut|status|etat|liste|colonne)\s*:\s*(?:«\s*)?(?:a faire|to ?do|backlog"
    r"|non (?:commencee?|demarree?)|pas (?:commencee?|demarree?))\s*(?:»\s*)?[.!]?\s*$"
)
_CARD_TODO_HEADING = re.compile(
    r"\b(?:colonne|liste)\s*:?\s*(?:«\s*)?(?:a faire|to ?do|backlog)\W*$"
)


def _todo_cards(doc: DocIndex) -> frozenset[int]:
    """Indices of the blocks of a task card (its part) whose status says it is not
    begun: the card describes work to do, whatever its words (computed once)."""
    return doc.cached(("todo-cards", -1), lambda: _find_todo_cards(doc.document.blocks))


def _find_todo_cards(blocks: Sequence[Block]) -> frozenset[int]:
    parts: set[tuple[str, ...]] = set()
    for block in blocks:
        folded = fold(block.text)
        if block.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM} and _CARD_TODO.match(folded):
            parts.add(block.location.section)
        elif block.kind is BlockKind.HEADING and _CARD_TODO_HEADING.search(folded):
            parts.add((*block.location.section, block.text))
    if not parts:
        return frozenset()
    # A status before any heading holds for that headless part only, not for the
    # whole document.
    return frozenset(
        block.location.index
        for block in blocks
        if any(
            block.location.section[: len(part)] == part if part else not block.location.section
            for part in parts
        )
    )


def _not_candidates(doc: DocIndex) -> frozenset[int]:
    """Indices of the blocks that are no one's evidence here: grading notes, a third
    party's or an appraiser's words, what is left to do (computed once; ``candidate``
    asks it for every block)."""
    found = doc.not_candidates
    if found is None:
        found = doc.not_candidates = (
            _instructions(doc)
            | _quoted_blocks(doc)
            | _appraisal_blocks(doc)
            | _todo_lists(doc)
            | _todo_cards(doc)
        )
    return found


def _instructions(doc: DocIndex) -> frozenset[int]:
    """Indices of the document's blocks that are grading notes (computed once)."""
    return doc.cached(("instructions", -1), lambda: instruction_blocks(doc.document.blocks))


def section_content(ctx: Context, doc: DocIndex, heading: Block) -> list[Block]:
    """The blocks under ``heading`` that may be evidence (subheadings left out)."""
    blocks = doc.document.blocks
    return [
        blocks[i]
        for i in sorted(doc.section_blocks(heading))
        if blocks[i].kind is not BlockKind.HEADING and ctx.candidate(doc, blocks[i])
    ]


def course_like(doc: DocIndex, blocks: Iterable[Block]) -> bool:
    """Blocks read like a course: at least one sentence defines or states a model
    (« Le SWOT est un outil… », « Le processus d'achat comporte cinq étapes »)
    and none quotes the candidate's own facts (figure, first person, name)."""
    parts, written, course = [], [], False
    for block in blocks:
        parts.append(usable_text(doc, block))
        written.append(block.text)
        if course or block.kind is BlockKind.TABLE:
            continue
        for unit_id in doc.block_units.get(block.location.index, []):
            unit = doc.units[unit_id]
            if any(
                course_sentence(unit.folded[a:b], unit.text[a:b])
                for a, b in unit.sentences
                if len(unit.folded) == len(unit.text)
            ):
                course = True
                break
    return course and not own_facts(" ".join(parts), " ".join(written))


# A column head giving its cells' unit once (« Budget (€ HT) », « Coût en k€ »,
# « Taux (%) »): a bare number under it is an amount or a percentage.
_HEAD_UNIT = re.compile(r"(k€|€|\beuros?\b|\beur\b|%)")
_BARE_NUMBER = re.compile(r"^[+-]?\d[\d  .,]*$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A unit given once for a whole table by the line that introduces it: « (en € HT) »,
# « en k€ », « montants en euros ».
_INTRO_UNIT = re.compile(r"\ben (k€|€|euros?|eur\b)|\((k€|€)(?: ht| ttc)?\)")


def _with_units(rows: Sequence[Sequence[str]], intro: str = "") -> list[list[str]]:
    """``rows`` with the unit of each column's head written after its bare numbers; with
    no unit in any head, the unit the line introducing the table gives once (« Budget
    par levier (en € HT) : ») goes to every column but the labels'."""
    if len(rows) < 2:
        return [list(r) for r in rows]
    units = {}
    for c, head in enumerate(rows[0]):
        found = _HEAD_UNIT.search(head.lower())
        if found:
            unit = found.group(1)
            units[c] = "€" if unit in {"euro", "euros", "eur"} else unit
    if not units and intro:
        found = _INTRO_UNIT.search(intro.lower())
        if found:
            unit = found.group(1) or found.group(2)
            unit = "€" if unit in {"euro", "euros", "eur"} else unit
            units = dict.fromkeys(range(1, max(len(r) for r in rows)), unit)
    if not units:
        return [list(r) for r in rows]
    out = [list(rows[0])]
    for row in rows[1:]:
        out.append(
            [
                f"{cell} {units[c]}"
                if c in units and _BARE_NUMBER.match(cell.strip()) and not _YEAR.match(cell.strip())
                else cell
                for c, cell in enumerate(row)
            ]
        )
    return out


def _intro(doc: DocIndex, block: Block) -> str:
    """The paragraph or caption just before ``block`` (its introducing line), or ''."""
    i = block.location.index
    blocks = doc.document.blocks
    if 0 < i <= len(blocks) and blocks[i - 1].kind in {BlockKind.PARAGRAPH, BlockKind.CAPTION}:
        return blocks[i - 1].text
    return ""


def _read_usable(doc: DocIndex, block: Block) -> str:
    if block.kind is BlockKind.TABLE:
        return fold(" \n ".join(" | ".join(r) for r in _with_units(block.rows, _intro(doc, block))))
    parts = []
    for unit_id in doc.block_units.get(block.location.index, []):
        unit = doc.units[unit_id]
        if block_guard(unit):
            return ""
        for start, end in unit.sentences:
            reason = sentence_guard(unit, start, end)
            if reason is None:
                parts.append(unit.folded[start:end])
            elif reason == "negation":
                # A negation in one clause leaves the others usable.
                parts.extend(unnegated_clauses(unit.folded[start:end]))
    return " ".join(parts)


@dataclass
class Context:
    """The candidate's documents, compiled terms and guards for one run."""

    docs: list[DocIndex]
    patterns: dict[str, Pattern]
    echo: EchoGuard
    restrict: dict[int, frozenset[int]] | None = None  # doc position -> block indices
    #: What detectors derive from the whole context once (list candidates…).
    memo: dict[str, object] = field(default_factory=dict)

    def cached(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, computed once per context for ``key`` (``memo``)."""
        if key not in self.memo:
            self.memo[key] = compute()
        # A key is always stored with what its own ``compute`` returns.
        return cast(T, self.memo[key])

    def within(self, restrict: dict[int, frozenset[int]]) -> Context:
        """The same context limited to some blocks (a section's content)."""
        return Context(self.docs, self.patterns, self.echo, restrict)

    def chapter_depths(self) -> dict[str, int]:
        """Per document: how many heading levels make a chapter (see co_located)."""
        return {doc.document.path: doc.chapter_depth for doc in self.docs}

    def allowed(self, doc: DocIndex, block: Block) -> bool:
        """Whether ``block`` is inside the current restriction."""
        if self.restrict is None:
            return True
        return block.location.index in self.restrict.get(doc.position, frozenset())

    def candidate(self, doc: DocIndex, block: Block) -> bool:
        """Whether a block may be evidence here: visible, inside the
        restriction, not in a glossary or grading instructions, not quoted from
        a third party nor someone's appraisal of the candidate, not a list or a
        task card left to do (term hits say why, see block_guard)."""
        return (
            not block.hidden
            and self.allowed(doc, block)
            and not not_own_work(block)
            and not in_course(block)
            and block.location.index not in _not_candidates(doc)
        )

    def blocks(self, kinds: Iterable[BlockKind]) -> Iterator[tuple[DocIndex, Block]]:
        """Blocks of the given kinds that may be evidence, in document order."""
        wanted = frozenset(kinds)
        for doc in self.docs:
            for block in doc.document.blocks:
                if block.kind in wanted and self.candidate(doc, block):
                    yield doc, block

    def evidence(
        self,
        req: Requirement,
        doc: DocIndex,
        block: Block,
        text: str,
        *,
        score: float = 1.0,
        rejected_by: str | None = None,
        note: str | None = None,
    ) -> Evidence:
        """Evidence located at ``block`` of ``doc``."""
        return Evidence(
            requirement=req.id,
            document=doc.document.path,
            location=block.location,
            excerpt=text,
            score=score,
            rejected_by=rejected_by,
            note=note,
        )

    def term_hits(
        self,
        req: Requirement,
        terms: Iterable[str],
        scope: frozenset[BlockKind],
        rejected: list[Evidence],
        *,
        heading_min_words: int = MIN_SECTION_WORDS,
        negative: bool = False,
        within: set[tuple[int, int]] | None = None,
    ) -> list[TermHit]:
        """Accepted hits of ``terms`` in ``scope``; rejected ones go to ``rejected``.

        A heading hit needs ``heading_min_words`` of content under it; with
        ``negative``, a negative turn is the hit's content (a friction), not a
        missing piece. With ``within``, only hits in those (document position,
        block index) are read: the guards are not run for the others.
        """
        out: list[TermHit] = []
        for term in terms:
            pattern = self.patterns[term]
            for doc in self.docs:
                for hit in doc.find(pattern):
                    unit = doc.units[hit.unit]
                    if (
                        within is not None
                        and (doc.position, unit.block.location.index) not in within
                    ):
                        continue
                    if not self.allowed(doc, unit.block):
                        continue
                    guard = unit_guard(doc, unit)
                    if guard is None and unit.kind not in scope:
                        continue
                    if guard is None:
                        guard = self._text_guard(doc, unit, hit)
                        if negative and guard == "negation":
                            guard = None
                    if (
                        guard is None
                        and unit.kind is BlockKind.HEADING
                        and doc.section_words(unit.block) < heading_min_words
                    ):
                        guard = "empty-heading"
                    if guard is not None:
                        if len(rejected) < 40:
                            s_start, s_end = unit.sentence_at(hit.start)
                            rejected.append(
                                self.evidence(
                                    req,
                                    doc,
                                    unit.block,
                                    excerpt(unit.text[s_start:s_end]),
                                    rejected_by=guard,
                                )
                            )
                        continue
                    out.append(TermHit(doc, unit, hit, term))
        return out

    def _text_guard(self, doc: DocIndex, unit: Unit, hit: Hit) -> str | None:
        """Sentence guards and echo for one hit, computed once per document
        (the same term is looked up by many requirements)."""
        key = (hit.unit, hit.start, hit.end)
        cache = doc.guard_cache
        if key in cache:
            return cache[key]
        guard = sentence_guard(unit, hit.start, hit.end)
        if guard is None:
            # Table cells too: a self-assessment grid copies the criteria into its cells.
            s_start, s_end = unit.sentence_at(hit.start)
            if self.echo.is_echo(unit.text[s_start:s_end]):
                guard = "echo"
        cache[key] = guard
        return guard

    def hit_evidence(self, req: Requirement, th: TermHit) -> Evidence:
        """Evidence for an accepted term hit (its sentence as excerpt)."""
        unit = th.unit
        if unit.kind is BlockKind.TABLE:
            text = table_excerpt(unit.block)
        else:
            s_start, s_end = unit.sentence_at(th.hit.start)
            text = excerpt(unit.text[s_start:s_end], th.hit.start - s_start, th.hit.end - s_start)
        score = FUZZY_EVIDENCE_SCORE if th.hit.fuzzy else 1.0
        note = "correspondance approchée (faute de frappe ?)" if th.hit.fuzzy else None
        return self.evidence(req, th.doc, unit.block, text, score=score, note=note)
