"""An analysed document: text units, lemmas, and a phrase index.

A unit is what a term can be found in: a paragraph, list item, heading,
caption, or one table cell. Every unit is tokenised and lemmatised once (one
``analyze`` call per document); an inverted index from folded forms and
lemmas to positions makes phrase lookup close to linear in document size;
fuzzy matching (typos) runs only on words the exact lookup misses; regex
terms run only on the units holding the strings they need (literals.py).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar, cast

from ..model import Block, BlockKind, Document, is_note
from ..nlp.pipeline import Token, analyze, participle_verb
from ..nlp.text import STOPWORDS, fold
from ..ruleset.lexicon import alias_roles, parse_proximity
from .literals import Need, required_literals
from .people import introduced_names, name_regex
from .thresholds import FUZZY_MIN_LENGTH, FUZZY_WORD

T = TypeVar("T")
_MISSING = object()

_UNIT_SEPARATOR = "\n.;\n"
_AFTER_ANY = 1 << 62  # sorts after any sentence end (bisect key)
# A sentence ends at « . ! ? ; » and a space, or at a line break — not before a
# closing quote (« Pour qui ? » is one quoted question inside the sentence); after a
# closing quote that follows an end mark, a capital starts the next sentence.
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])\s+(?![»”\"])|(?:(?<=[.!?;][»”\"])|(?<=[.!?;]\s[»”\"]))\s+(?=[A-ZÀ-Ý])|\n+"
)
# A negation reaches the whole sentence (lists, brackets, commas included)
# except across a contrast: "pas de SWOT, mais un benchmark complet".
_CLAUSE_BREAK = re.compile(
    r"[;]|\b(?:mais|cependant|toutefois|alors que|tandis que|en revanche|par contre|neanmoins"
    r"|pourtant|en outre|de plus|par ailleurs)\b"
    # A cause is a clause of its own: « nous suivons le SWOT parce que la concurrence ne
    # baisse pas ses prix » (a negated main clause stays negated: « pas de SWOT, car… »).
    r"|\b(?:parce qu|puisqu|car\b)"
    # A contrast after a comma is a clause of its own (« on coupe la ligne, pas de
    # rallonge », « un lien vers la page mère, jamais vers une autre rubrique »); « X, pas
    # encore fait » is not one: it says X is not done.
    r"|,\s*(?=(?:jamais|pas (?:de|d'|d |du|des|un|une|le|la|les|a|au|aux)|et (?:non|pas))\b)"
    # Another subject, named, doing or not doing something after a comma: « on garde la
    # préparation en interne, le prestataire ne peut pas suivre » (not « …, je ne l'ai pas
    # terminé », whose pronoun takes the hit back, nor « …, nous n'avons pas eu le
    # temps », the author's own work, nor « …, les enregistrements ne sont pas encore
    # analysés »: a state of the work, told with être or avoir).
    r"|,\s*(?=(?:le|la|les|l'|ce|cet|cette|ces|leur|leurs|son|sa|ses|un|une|du|des)\s*"
    r"[\w-]+(?:\s+[\w'-]+){0,3}?\s+(?:ne\s+|n')(?!l'|le\b|la\b|les\b|lui\b|leur\b|en\b"
    r"|y\b|est\b|sont\b|a\b|ont\b|etait\b|etaient\b|avait\b|avaient\b|sera\b|seront\b)"
    r"[\w-]+\s+(?:pas|plus|jamais)\b(?!\s+encore))"
    # A consequence after a comma is a clause of its own: « un total ne dit pas
    # grand-chose, alors on a regardé chacun » (the author's next step, not negated).
    r"|,\s*(?=(?:alors|donc|du coup|c'est pourquoi|si bien que|de sorte que)\b(?!\s+que\b))"
)
# Cheap pre-check: the first letters of every break word above.
_CLAUSE_HINT = re.compile(
    r"cependant|toutefois|alors|tandis|revanche|contre|neanmoins|pourtant"
    r"|outre|de plus|ailleurs|, ?jamais|, ?pas |, ?et non|, ?et pas|parce qu|puisqu|car "
    r"|, ?(?:le|la|les|l'|ce|cet|cette|ces|leur|leurs|son|sa|ses|un|une|du|des)\b"
    r"|, ?(?:donc|du coup|c'est pourquoi|si bien|de sorte)"
)


@dataclass(slots=True)
class Unit:
    """A piece of text where terms are searched (a block or a table cell)."""

    id: int
    block: Block
    text: str
    folded: str
    tokens: list[Token]
    row: int | None = None
    col: int | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    #: ``_variants`` of each token (computed once at indexing).
    seen: list[frozenset[str]] = field(default_factory=list)

    @property
    def kind(self) -> BlockKind:
        """Kind of the block the unit belongs to."""
        return self.block.kind

    def sentence_index(self, start: int) -> int | None:
        """Index in ``sentences`` of the sentence holding character ``start``."""
        spans = self.sentences
        i = bisect.bisect_right(spans, (start, _AFTER_ANY)) - 1
        return i if i >= 0 and start < spans[i][1] else None

    def sentence_at(self, start: int) -> tuple[int, int]:
        """The (start, end) span of the sentence holding character ``start``."""
        i = self.sentence_index(start)
        return self.sentences[i] if i is not None else (0, len(self.text))

    def clause_at(self, start: int, end: int) -> str:
        """The folded clause around a character span, names in quotes
        (« Les Petits Pas de Lou ») blanked out unless the span is inside."""
        s_start, s_end = self.sentence_at(start)
        sentence = self.folded[s_start:s_end]
        rel_start, rel_end = start - s_start, end - s_start
        if "«" in sentence or "“" in sentence:
            sentence = _blank_quoted_names(sentence, self.text[s_start:s_end], rel_start, rel_end)
        if "(" in sentence:
            sentence = _blank_asides(sentence, rel_start, rel_end)
        cuts = _clause_cuts(sentence)
        a, b = 0, len(sentence)
        if len(cuts) > 2:
            for x, y in itertools.pairwise(cuts):
                if x <= rel_start < y:
                    a, b = x, max(y, rel_end)
                    break
        # A relative clause (« où Vinted ne se positionne pas ») does not negate
        # the main clause before it; a negated main clause still reaches into it.
        if len(self.folded) == len(self.text) and (
            "ou" in sentence or "qu" in sentence or "dont" in sentence
        ):
            relative = _relative_start(self.text[s_start:s_end], rel_end, b)
            if relative is not None and relative > a:
                # The relative clause ends at the next comma: the main clause goes on
                # after it (« …pour voir où les clientes bloquent, les enregistrements ne
                # sont pas encore analysés » still speaks of the tool).
                close = sentence.find(",", relative, b)
                if close < 0 or _COMPLETIVE.match(sentence, relative):
                    # (« que » opens a completive as often: it runs to the end.)
                    b = relative
                else:
                    sentence = sentence[:relative] + " " * (close - relative) + sentence[close:]
        # A noun's negation far after the hit (« …, absence de sel ajouté ») says
        # nothing of the hit: it qualifies its own noun.
        nominal = _NOMINAL_NEGATION.search(sentence, rel_end, b)
        if nominal is not None and len(sentence[rel_end : nominal.start()].split()) >= _NOMINAL_GAP:
            b = max(nominal.start(), rel_end)
        return sentence[a:b]


#: A table cell this short may hold abbreviated labels (« Impr. », « Conv. »).
ABBREVIATION_CELL_WORDS = 3
#: An abbreviation: three letters or more cut by a full stop, at a word's end.
_ABBREVIATION = re.compile(r"(?<![\w.])([a-z]{3,})\.(?![\w.])")


#: A bracket (or a quote) opening this close after the hit qualifies the hit itself
#: (« SWOT (pas encore fait) »): its negation counts.
_ASIDE_MIN_GAP_WORDS = 6

#: A negation of a noun (« absence de sel ajouté ») this far after the hit
#: qualifies its own noun, not the hit.
_NOMINAL_GAP = _ASIDE_MIN_GAP_WORDS
_NOMINAL_NEGATION = re.compile(
    r"\b(?:pas (?:de|d')|aucun(?:e|s|es)?|absence (?:de|d')|faute (?:de|d')|manque (?:de|d'))"
)

# A quote announced as a text shown or said (« la mention « … » », « le bandeau « … » »)
# is a label, never the status of the hit before it.
_QUOTE_LABEL = re.compile(
    r"\b(?:mention|message|slogan|bandeau|accroche|texte|phrase|formule|promesse|libelle"
    r"|titre|intitule|badge|encart|verbatim)s? ?:? ?$"
)
_QUOTED = re.compile(r"[«“][^«»“”.;:!?]{1,160}?[»”]")
_NAME_WORD = re.compile(r"[^\W_][\w'’-]*")


def _is_name(quoted: str) -> bool:
    """Title case: every word of four letters or more is capitalised
    (« Les Petits Pas de Lou », « Ni Vu Ni Connu »; not « pas encore fait »)."""
    words = _NAME_WORD.findall(quoted)
    long = [w for w in words if len(w) >= 4]
    return len(words) >= 2 and bool(long) and all(w[0].isupper() or w[0].isdigit() for w in long)


def _blank_quoted_names(folded: str, written: str, start: int, end: int) -> str:
    """``folded`` with the quoted names of ``written`` (same offsets) blanked,
    except one holding ``start:end``: a « pas de » in a shop's name is no negation."""
    if len(folded) != len(written):
        return folded
    out = folded
    for match in _QUOTED.finditer(written):
        a, b = match.span()
        if a <= start < b or a < end <= b:
            continue
        # A quoted name never negates; other quoted words (a slogan, a label, a
        # customer's words) do not negate the sentence around them either, unless
        # they follow the hit closely (« SWOT « pas encore fait » »).
        if (
            not _is_name(match.group())
            and a >= end
            and (len(written[end:a].split()) < _ASIDE_MIN_GAP_WORDS)
            and not _QUOTE_LABEL.search(folded, 0, a)
        ):
            continue
        out = out[:a] + " " * (b - a) + out[b:]
    return out


_ASIDE = re.compile(r"\([^()]*\)")


def _blank_asides(folded: str, start: int, end: int) -> str:
    """``folded`` with the bracketed asides that neither hold ``start:end`` nor
    follow it closely blanked: « Alma nous verse le total à J+2 (pas de risque
    d'impayé) » does not negate « nous verse »."""
    pieces: list[str] = []
    last = 0
    for a, b in _aside_spans(folded):
        if a <= start < b or a < end <= b:
            continue
        if a >= end and len(folded[end:a].split()) < _ASIDE_MIN_GAP_WORDS:
            continue
        pieces += (folded[last:a], " " * (b - a))
        last = b
    if not pieces:
        return folded
    pieces.append(folded[last:])
    return "".join(pieces)


@lru_cache(maxsize=65536)
def _aside_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """Where the bracketed asides of a sentence are (computed once per sentence)."""
    return tuple(match.span() for match in _ASIDE.finditer(folded))


#: « que » opens a completive as often as a relative (« Claire a demandé que… »).
_COMPLETIVE = re.compile(r"\s*qu(?:e\b|')")
_RELATIVE = re.compile(r"\s(?:où|qui|dont|lorsque|que|qu')(?=\s|\w)")
#: A relative clause this close to the hit describes the hit itself (« un SWOT qui n'a
#: pas été fait », « le benchmark que nous n'avons pas terminé »): its negation counts.
_RELATIVE_MIN_GAP_WORDS = 3


def _relative_start(written: str, after: int, before: int) -> int | None:
    """Where a relative clause opening after ``after`` starts, when it is about
    another noun than the hit (a few words away); text as written (folded « ou »
    would also be the conjunction)."""
    match = _RELATIVE.search(written, after, before)
    if match is None or len(written[after : match.start()].split()) < _RELATIVE_MIN_GAP_WORDS:
        return None
    return match.start()


def clause_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """The clauses of a folded sentence, as spans (one span when it has one)."""
    cuts = _clause_cuts(sentence)
    return tuple((x, min(y, len(sentence))) for x, y in itertools.pairwise(cuts))


@lru_cache(maxsize=65536)
def _clause_cuts(sentence: str) -> tuple[int, ...]:
    """Where the clauses of a folded sentence start (and its end + 1)."""
    if "mais" in sentence or ";" in sentence or _CLAUSE_HINT.search(sentence):
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence)]
    else:
        breaks = []
    return (0, *breaks, len(sentence) + 1)


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a term was found in a unit (character span; fuzzy or exact)."""

    unit: int
    start: int
    end: int
    fuzzy: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled term: a sequence of accepted forms, or a regular expression."""

    term: str
    words: tuple[frozenset[str], ...] = ()
    regex: re.Pattern[str] | None = None
    #: The surface form of each word, the only one looked up with typo tolerance.
    surfaces: tuple[str, ...] = ()
    #: For a regex: the strings every match contains (its pre-filter, see literals.py).
    literals: Need | None = None
    #: For a regex: run on the text as written (accents kept), not the folded text.
    accented: bool = False
    #: For a proximity term (« A ~N B »): the alternatives of each part, and N.
    near: tuple[tuple[Pattern, ...], ...] = ()
    window: int = 0
    #: For a person term (« alias:gérant,dirigeante »): the roles whose holders, named
    #: where the document introduces them, are found by their name (see people.py).
    roles: tuple[str, ...] = ()


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [s for s in spans if s[1] > s[0]]


#: Last letters of a folded masculine participle (« classe », « cibles », « defini »).
_PARTICIPLE_END = frozenset("esi")


@lru_cache(maxsize=65536)
def _variants(form: str, lemma: str) -> frozenset[str]:
    """Forms a document word can be matched by: surface, lemma, and a plain
    singular ("clés" -> "cle"), which covers the model's rare wrong lemmas."""
    out = {form, lemma}
    if _plural(form):
        out.add(form[:-1])
    return frozenset(out)


def _plural(form: str) -> bool:
    """A plain plural whose singular drops the final « s »."""
    return len(form) > 3 and form.endswith("s") and not form.endswith("ss")


def _typo_candidate(form: str) -> bool:
    """Long enough (and not a number) to be looked up with typo tolerance."""
    return len(form) >= FUZZY_MIN_LENGTH and not form.isdigit()


def section_end(blocks: tuple[Block, ...], position: int) -> int:
    """Index after the last block of the section opened by heading ``position``."""
    level = blocks[position].level or 1
    for j in range(position + 1, len(blocks)):
        other = blocks[j]
        if other.kind is BlockKind.HEADING and (other.level or 1) <= level:
            return j
    return len(blocks)


def content_tokens(tokens: list[Token]) -> list[Token]:
    """Tokens without the stop words skipped inside phrases."""
    return [t for t in tokens if t.form not in STOPWORDS and t.lemma not in STOPWORDS]


#: A heading's section number: « 1. », « 1.2 », « II. », « B) », « Partie 3 ».
_SECTION_NUMBER = re.compile(
    r"\s*(?:\d+(?:[.)]\d+)*[.)]?|[IVXLC]+[.)]|[A-H][.)]|(?:partie|chapitre|section)\s+\w+)"
    r"(?:\s|$)",
    re.IGNORECASE,
)


def _selectivity(need: Need) -> int:
    """How rare a required-literals tree is, roughly: the length of the
    shortest string that satisfies it (longer strings are rarer)."""
    if isinstance(need, str):
        return len(need)
    kind, children = need
    sizes = [_selectivity(child) for child in children]
    return min(sizes) if kind == "or" else max(sizes)


def _holds(need: Need, text: str) -> bool:
    """``text`` satisfies a required-literals tree."""
    if isinstance(need, str):
        return need in text
    kind, children = need
    if kind == "or":
        return any(_holds(child, text) for child in children)
    return all(_holds(child, text) for child in children)


class DocIndex:
    """A Document with its units analysed and indexed for term lookup."""

    def __init__(self, document: Document, position: int = 0) -> None:
        self.document = document
        self.position = position
        self.units: list[Unit] = []
        self.block_units: dict[int, list[int]] = {}
        texts: list[str] = []
        specs: list[tuple[Block, str, int | None, int | None]] = []
        for block in document.blocks:
            if block.kind is BlockKind.IMAGE:
                continue
            if block.kind is BlockKind.TABLE and block.rows:
                for r, row in enumerate(block.rows):
                    for c, cell in enumerate(row):
                        if cell:
                            specs.append((block, cell, r, c))
                            texts.append(cell)
            else:
                specs.append((block, block.text, None, None))
                texts.append(block.text)
        analysed = analyze(texts) if texts else []
        self._forms: dict[str, list[tuple[int, int]]] = {}
        forms = self._forms
        surfaces: set[str] = set()
        for (block, text, row_index, col_index), tokens in zip(specs, analysed, strict=True):
            unit = Unit(
                id=len(self.units),
                block=block,
                text=text,
                folded=fold(text),
                tokens=content_tokens(tokens),
                row=row_index,
                col=col_index,
                sentences=_sentences(text),
            )
            self.units.append(unit)
            self.block_units.setdefault(block.location.index, []).append(unit.id)
            unit.seen = [_variants(token.form, token.lemma) for token in unit.tokens]
            for pos, token in enumerate(unit.tokens):
                if token.lemma == token.form and token.form[-1:] in _PARTICIPLE_END:
                    verb = participle_verb(text[token.start : token.end])
                    if verb and verb != token.form:
                        unit.seen[pos] = unit.seen[pos] | {verb}
            uid = unit.id
            for pos, seen in enumerate(unit.seen):
                place = (uid, pos)
                for variant in seen:
                    found = forms.get(variant)
                    if found is None:
                        forms[variant] = [place]
                    else:
                        found.append(place)
            surfaces.update(token.form for token in unit.tokens)
        #: Every form of the document, for set intersections with a term's forms.
        self._form_set = frozenset(forms)
        surfaces.update([form[:-1] for form in surfaces if _plural(form)])
        # Fuzzy candidates: surface forms as written and their plain singular
        # (a typo is in the text, not in a lemma: "visiter" must not reach
        # "visiteur"), bucketed by first letter and length (a typo keeps the
        # first letter and changes the length by one at most, see _expand).
        self._buckets: dict[tuple[str, int], list[str]] = {}
        for word in sorted(surfaces):
            self._buckets.setdefault((word[:1], len(word)), []).append(word)
        # Abbreviated column labels (« Impr. », « Conv. », « Qté. »): a short table
        # cell's word cut by a full stop stands for the words it begins.
        self._abbreviations: dict[str, list[Hit]] = {}
        for unit in self.units:
            if unit.row is None or len(unit.folded.split()) > ABBREVIATION_CELL_WORDS:
                continue
            for match in _ABBREVIATION.finditer(unit.folded):
                self._abbreviations.setdefault(match.group(1), []).append(
                    Hit(unit.id, match.start(1), match.end(1) + 1)
                )
        self._fuzzy_cache: dict[str, set[str]] = {}
        self._near: dict[tuple[str, int], list[str]] = {}
        self._hit_cache: dict[str, list[Hit]] = {}
        #: Per tuple of roles, the names the document gives their holders (see people.py).
        self._people: dict[tuple[str, ...], list[str]] = {}
        self._joined_texts: dict[bool, tuple[str, list[int]]] = {}
        self._literal_units: dict[tuple[str, bool], set[int]] = {}
        self._block_hit_cache: dict[str, dict[int, list[Hit]]] = {}
        #: Sentence guard of each hit (unit, start, end), see Context.term_hits.
        self.guard_cache: dict[tuple[int, int, int], str | None] = {}
        #: Per unit, the guard that refuses all its hits (see context.unit_guard).
        self.unit_guard_cache: dict[int, str | None] = {}
        #: Blocks that are no candidates for evidence (see context._not_candidates).
        self.not_candidates: frozenset[int] | None = None
        self.heading_blocks = [b for b in document.blocks if b.kind is BlockKind.HEADING]
        #: What is derived from one block (its section's words and blocks, its
        #: usable text), kept for the other requirements: (what, block index).
        self.block_cache: dict[tuple[str, int], object] = {}
        # A document whose only top-level heading is its title has its
        # chapters one level down (two when a cover's wordmark stands alone above
        # the title); a numbered one (« 1.2 Nos clientes », « II. Le diagnostic »)
        # is a chapter itself, the whole document one part.
        sure = [b for b in self.heading_blocks if b.confidence >= 1]
        levels = sorted({b.level or 1 for b in sure})
        tops = [b for b in sure if (b.level or 1) == levels[0]] if levels else []
        titled = len(tops) == 1 and len(sure) > 1 and not _SECTION_NUMBER.match(tops[0].text)
        self.chapter_depth = 2 if titled else 1
        if titled and len(levels) > 2:
            # A wordmark above the title on the cover (« VERT TIGE » in capitals, then
            # « Pépinière en ligne ») makes the title the only heading of the second
            # level, right under the first: the chapters are one level further down.
            seconds = [b for b in sure if (b.level or 1) == levels[1]]
            wordmark = tops[0].text.strip()
            if (
                wordmark.isupper()
                and len(wordmark.split()) <= 4
                and len(seconds) == 1
                and seconds[0].location.index == tops[0].location.index + 1
                and not _SECTION_NUMBER.match(seconds[0].text)
            ):
                self.chapter_depth = 3

    def cached(self, key: tuple[str, int], compute: Callable[[], T]) -> T:
        """``compute()``, computed once per document for ``key`` (``block_cache``)."""
        found = self.block_cache.get(key, _MISSING)
        if found is _MISSING:
            found = self.block_cache[key] = compute()
        # A key is always stored with what its own ``compute`` returns.
        return cast(T, found)

    # -- sections --------------------------------------------------------
    def section_words(self, heading: Block) -> int:
        """Words of real content under ``heading`` (to-do lines and headings excluded)."""

        key = heading.location.index
        return self.cached(("section-words", key), lambda: self._section_words(key))

    def _section_words(self, key: int) -> int:
        from .guards import is_placeholder

        blocks = self.document.blocks
        words = 0
        for block in blocks[key + 1 : section_end(blocks, key)]:
            if block.hidden or is_note(block):
                continue  # (a heading whose only text is its footnote is empty)
            if block.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CAPTION}:
                if not is_placeholder(block.text):
                    words += len(block.text.split())
            elif block.kind is BlockKind.TABLE:
                words += sum(
                    len(c.split()) for row in block.rows[1:] for c in row if not is_placeholder(c)
                )
            elif block.kind is BlockKind.IMAGE:
                words += 5
        return words

    def section_blocks(self, heading: Block) -> frozenset[int]:
        """Indices of the blocks under ``heading`` (subsections included)."""
        key = heading.location.index
        return self.cached(
            ("section-blocks", key),
            lambda: frozenset(range(key + 1, section_end(self.document.blocks, key))),
        )

    # -- term lookup ---------------------------------------------------
    def _expand(self, form: str) -> set[str]:
        """Document words equal to ``form`` or within typo distance of it."""
        cached = self._fuzzy_cache.get(form)
        if cached is not None:
            return cached
        found: set[str] = set()
        if _typo_candidate(form):
            near = self._near.get((form[:1], len(form)))
            if near is None:
                first, size = form[:1], len(form)
                buckets = self._buckets
                near = [w for n in (size - 1, size, size + 1) for w in buckets.get((first, n), ())]
                self._near[(first, size)] = near
            if near:
                from rapidfuzz import (
                    fuzz,
                    process,
                )  # imported when first needed (rule loading stays light)

                for word, _score, _ in process.extract(
                    form,
                    near,
                    scorer=fuzz.ratio,
                    score_cutoff=FUZZY_WORD,
                    limit=20,
                ):
                    # Typos only: one letter more, less or changed (not
                    # "conformité" for "conforme"), same first letter.
                    if abs(len(word) - len(form)) <= 1 and word[:1] == form[:1]:
                        found.add(word)
        self._fuzzy_cache[form] = found
        return found

    def hits_by_block(self, pattern: Pattern) -> dict[int, list[Hit]]:
        """Occurrences of ``pattern`` grouped by block index (computed once per term)."""
        by_block = self._block_hit_cache.get(pattern.term)
        if by_block is None:
            by_block = {}
            for hit in self.find(pattern):
                index = self.units[hit.unit].block.location.index
                by_block.setdefault(index, []).append(hit)
            self._block_hit_cache[pattern.term] = by_block
        return by_block

    def find_in_block(self, pattern: Pattern, block_index: int) -> list[Hit]:
        """Occurrences of ``pattern`` in one block (hits grouped once per term)."""
        return self.hits_by_block(pattern).get(block_index, [])

    def _joined(self, written: bool = False) -> tuple[str, list[int]]:
        """Folded text (or text as written) of every unit, joined by a
        separator no rule crosses (a newline stops « . », the « .; » stops
        « [^.;] »), and unit starts."""
        joined = self._joined_texts.get(written)
        if joined is None:
            texts = [u.text if written else u.folded for u in self.units]
            starts, offset = [], 0
            for text in texts:
                starts.append(offset)
                offset += len(text) + len(_UNIT_SEPARATOR)
            joined = self._joined_texts[written] = (_UNIT_SEPARATOR.join(texts), starts)
        return joined

    def _units_with(self, literal: str, written: bool = False) -> set[int]:
        """Units whose folded text (or text as written) contains ``literal``
        (plain ``str.find``, far faster than a regex alternation; the search
        jumps to the next unit once a unit is found)."""
        units = self._literal_units.get((literal, written))
        if units is None:
            joined, starts = self._joined(written)
            units, last = set(), len(starts) - 1
            position = joined.find(literal)
            while position != -1:
                unit_id = bisect.bisect_right(starts, position) - 1
                units.add(unit_id)
                if unit_id >= last:
                    break
                position = joined.find(literal, starts[unit_id + 1])
            self._literal_units[(literal, written)] = units
        return units

    def _units_needing(self, need: Need, written: bool = False) -> set[int]:
        """Units that satisfy a required-literals tree.

        Of an « and », only the most selective part (its longest strings) is
        scanned through the whole document; the others are checked on the units
        it found (« de » or « : » holds in most units: scanning for them costs a
        find per unit that holds them)."""
        if isinstance(need, str):
            return self._units_with(need, written)
        kind, children = need
        if kind == "or":
            return set().union(*(self._units_needing(child, written) for child in children))
        first = max(children, key=_selectivity)
        units = self._units_needing(first, written)
        rest = [child for child in children if child is not first]
        if not units or not rest:
            return units
        every = self.units
        return {
            unit
            for unit in units
            if all(
                _holds(child, every[unit].text if written else every[unit].folded) for child in rest
            )
        }

    def find(self, pattern: Pattern) -> list[Hit]:
        """Every occurrence of ``pattern`` in the document's units (and, for a
        one-word term, the abbreviated column labels it begins with)."""
        cached = self._hit_cache.get(pattern.term)
        if cached is not None:
            return cached
        hits = self._find(pattern)
        if self._abbreviations and len(pattern.surfaces) == 1 and not pattern.near:
            surface = pattern.surfaces[0]
            extra = [
                hit
                for abbreviation, places in self._abbreviations.items()
                if surface.startswith(abbreviation) and surface != abbreviation
                for hit in places
            ]
            if extra:
                hits = sorted({*hits, *extra}, key=lambda h: (h.unit, h.start))
                self._hit_cache[pattern.term] = hits
        return hits

    def _find(self, pattern: Pattern) -> list[Hit]:
        """The occurrences of ``pattern`` in the units' text (``find`` caches them)."""
        hits: list[Hit] = []
        if pattern.roles:
            names = self._people.get(pattern.roles)
            if names is None:
                names = self._people[pattern.roles] = introduced_names(
                    [unit.text for unit in self.units], pattern.roles
                )
            if names:
                regex = name_regex(names)
                for unit in self.units:
                    for match in regex.finditer(unit.text):
                        hits.append(Hit(unit.id, match.start(), match.end()))
        elif pattern.near:
            hits = self._find_near(pattern)
        elif pattern.regex is not None:
            if pattern.literals is not None:
                # Only the units holding the literals every match needs.
                for unit_id in sorted(self._units_needing(pattern.literals, pattern.accented)):
                    unit = self.units[unit_id]
                    text = unit.text if pattern.accented else unit.folded
                    for match in pattern.regex.finditer(text):
                        hits.append(Hit(unit_id, match.start(), match.end()))
            else:
                # One pass over the whole document; matches are mapped back to
                # their unit and dropped if they straddle two units.
                joined, starts = self._joined()
                for match in pattern.regex.finditer(joined):
                    unit_id = bisect.bisect_right(starts, match.start()) - 1
                    begin = starts[unit_id]
                    if match.end() - begin <= len(self.units[unit_id].folded):
                        hits.append(Hit(unit_id, match.start() - begin, match.end() - begin))
        elif pattern.words:
            known = self._form_set
            exacts = [accepted & known for accepted in pattern.words]
            # A missing word that cannot be a typo ends the search before any
            # fuzzy lookup.
            if any(
                not exact and not _typo_candidate(surface)
                for exact, surface in zip(exacts, pattern.surfaces, strict=True)
            ):
                self._hit_cache[pattern.term] = hits
                return hits
            expansions = []
            for exact, surface in zip(exacts, pattern.surfaces, strict=True):
                forms = exact | self._expand(surface)
                if not forms:  # a word of the term is nowhere in the document
                    self._hit_cache[pattern.term] = hits
                    return hits
                expansions.append((forms, exact))
            # Candidates from the rarest word of the term, checked word by word.
            anchor = 0
            if len(expansions) > 1:
                anchor = min(
                    range(len(expansions)),
                    key=lambda i: sum(len(self._forms.get(f, ())) for f in expansions[i][0]),
                )
            first_words: set[tuple[int, int]] = set()
            for form in expansions[anchor][0]:
                places = self._forms.get(form, [])
                if anchor:
                    places = [(u, p - anchor) for u, p in places if p >= anchor]
                first_words.update(places)
            for unit_id, pos in sorted(first_words):
                unit = self.units[unit_id]
                if pos + len(expansions) > len(unit.tokens):
                    continue
                fuzzy = False
                ok = True
                for offset, (forms, exact) in enumerate(expansions):
                    seen = unit.seen[pos + offset]
                    if seen & exact:
                        continue
                    if seen & forms:
                        fuzzy = True
                        continue
                    ok = False
                    break
                if ok:
                    last = unit.tokens[pos + len(expansions) - 1]
                    hits.append(Hit(unit_id, unit.tokens[pos].start, last.end, fuzzy))
        self._hit_cache[pattern.term] = hits
        return hits

    def _token_position(self, unit: Unit, char: int) -> int:
        """Index of the content token starting at or after character ``char``."""
        starts = self.cached(("token-starts", unit.id), lambda: [t.start for t in unit.tokens])
        return bisect.bisect_left(starts, char)

    def _find_near(self, pattern: Pattern) -> list[Hit]:
        """Hits of a proximity term: one hit of every part in one unit, each
        within ``window`` content words of the first part's hit."""
        per_part: list[dict[int, list[Hit]]] = []
        for alternatives in pattern.near:
            by_unit: dict[int, list[Hit]] = {}
            for alternative in alternatives:
                for hit in self.find(alternative):
                    by_unit.setdefault(hit.unit, []).append(hit)
            if not by_unit:
                return []
            per_part.append(by_unit)
        common = set(per_part[0]).intersection(*per_part[1:])
        hits: list[Hit] = []
        for unit_id in sorted(common):
            unit = self.units[unit_id]

            def span(hit: Hit, unit: Unit = unit) -> tuple[int, int]:
                first = self._token_position(unit, hit.start)
                last = max(first, self._token_position(unit, hit.end) - 1)
                return first, last

            for anchor in sorted(per_part[0][unit_id], key=lambda h: h.start):
                a_first, a_last = span(anchor)
                chosen = [anchor]
                for part in per_part[1:]:
                    best = None
                    for other in part[unit_id]:
                        o_first, o_last = span(other)
                        if o_first <= a_last and a_first <= o_last:
                            continue  # the same words: not two things near each other
                        gap = o_first - a_last if o_first > a_last else a_first - o_last
                        if gap <= pattern.window and (best is None or gap < best[0]):
                            best = (gap, other)
                    if best is None:
                        break
                    chosen.append(best[1])
                else:
                    hits.append(
                        Hit(
                            unit_id,
                            min(h.start for h in chosen),
                            max(h.end for h in chosen),
                            any(h.fuzzy for h in chosen),
                        )
                    )
        return hits


def _regex_pattern(term: str, expression: str) -> Pattern:
    """A regex Pattern with its literal pre-filter when one can be derived."""
    return Pattern(
        term,
        regex=re.compile(expression, re.MULTILINE),
        literals=required_literals(expression),
    )


def compile_term(term: str, analysed: dict[str, list[Token]]) -> Pattern:
    """Turn a rule term into a Pattern (lemmas from the same pipeline)."""
    if term.startswith("re:"):
        # MULTILINE: « ^ » / « $ » still mark a unit's start / end in the joined text.
        return _regex_pattern(term, term[3:])
    proximity = parse_proximity(term)
    roles = alias_roles(term)
    if roles:
        return Pattern(term, roles=roles)
    if proximity is not None:
        return Pattern(
            term,
            near=tuple(
                tuple(compile_term(alternative, analysed) for alternative in part)
                for part in proximity.parts
            ),
            window=proximity.window,
        )
    analysed_tokens = analysed.get(term, [])
    tokens = content_tokens(analysed_tokens)
    if not tokens:
        # A term made only of stop words ("à"): match its folded form, or the
        # form as written when folding loses an accent (« dès » is not « des »).
        written = " ".join(term.lower().split())
        if fold(written) != written:
            cases = sorted({written, written.capitalize(), written.upper()})
            return Pattern(
                term,
                regex=re.compile(r"\b" + re.escape(written) + r"\b", re.IGNORECASE),
                # Found as written in lower case, capitalised or in capitals.
                literals=("or", tuple(cases)) if len(cases) > 1 else written,
                accented=True,
            )
        return _regex_pattern(term, r"\b" + re.escape(fold(term)) + r"\b")
    # One word and the preposition after it (« due à », « grâce à », « face à »): a fixed
    # phrase, found in its own forms only; its lemma would find the verb everywhere
    # (« due » is « devoir »: « devant une porte », « nous devons »).
    fixed = len(tokens) == 1 and analysed_tokens[-1] is not tokens[0]
    return Pattern(
        term,
        words=tuple(frozenset({t.form} if fixed else {t.form, t.lemma}) for t in tokens),
        surfaces=tuple(t.form for t in tokens),
    )
