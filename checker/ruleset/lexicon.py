"""The shared concept lexicon (``lexique.yaml``) and proximity terms.

A *concept* is one idea of the trade (a SWOT, a benchmark, the purchase
process…) with every French form, abbreviation and loanword a jury reads as
that idea. Rules name it with ``@name`` anywhere a term is accepted; the loader
replaces the reference by the concept's forms, so one synonym added to the
lexicon reaches every rule that uses the concept.

A *proximity term* ``"A ~N B"`` is found where a form of A and a form of B
stand within N words of each other in one block or table cell (either order;
articles and « de » not counted). A part may list alternatives with ``|``
(``"mots-clés ~10 seo|référencement|requête"``) or name a concept
(``"@mots-cles ~10 @recherche"``). A concept's form may itself be a proximity
term: that is how a false friend is handled by context (« mots-clés » counts
for keyword research only near a search word, not as a CMS's product tags).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

LEXICON_FILE = "lexique.yaml"
_CONCEPT_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_REFERENCE = re.compile(r"^@([a-z0-9]+(?:-[a-z0-9]+)*)$")
_WINDOW = re.compile(r"\s+~(\d+)\s+")
MAX_WINDOW = 40
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Proximity:
    """A parsed proximity term: alternatives per part, and the word window."""

    parts: tuple[tuple[str, ...], ...]
    window: int


def parse_proximity(term: str) -> Proximity | None:
    """The parts of ``"A ~N B"`` (alternatives split on ``|``), or None for a
    plain term. Raises ValueError on a malformed one (French message)."""
    if term.startswith("re:") or "~" not in term:
        return None
    pieces = _WINDOW.split(term.strip())
    if len(pieces) < 3:
        raise ValueError(f"terme de proximité invalide {term!r} (forme « A ~5 B »)")
    windows = {int(n) for n in pieces[1::2]}
    if len(windows) != 1:
        raise ValueError(f"terme de proximité {term!r} : une seule distance par terme")
    window = windows.pop()
    if not 1 <= window <= MAX_WINDOW:
        raise ValueError(
            f"terme de proximité {term!r} : distance entre 1 et {MAX_WINDOW} mots attendue"
        )
    parts = []
    for piece in pieces[0::2]:
        alternatives = tuple(a.strip() for a in piece.split("|") if a.strip())
        if not alternatives or any(a.startswith("re:") or "~" in a for a in alternatives):
            raise ValueError(
                f"terme de proximité {term!r} : chaque partie est un mot, une expression "
                "ou des alternatives « a|b » (pas d'expression régulière)"
            )
        parts.append(alternatives)
    return Proximity(tuple(parts), window)


ALIAS_PREFIX = "alias:"


def alias_roles(term: str) -> tuple[str, ...]:
    """The roles of a person term (« alias:gérant,gérante », see match/people.py),
    comma-separated; none for any other term, or for a proximity term holding one."""
    if not term.startswith(ALIAS_PREFIX) or "~" in term:
        return ()
    return tuple(r.strip() for r in term[len(ALIAS_PREFIX) :].split(",") if r.strip())


def alias_problem(term: str) -> str | None:
    """A French error for a person term without any role, else None."""
    if term.startswith(ALIAS_PREFIX) and "~" not in term and not alias_roles(term):
        return f"terme {term!r} : rôle attendu après « alias: » (« alias:gérant,gérante »)"
    return None


def proximity_parts(term: str) -> list[str]:
    """Every plain term inside a proximity term (none for a plain term)."""
    parsed = parse_proximity(term)
    return [a for part in parsed.parts for a in part] if parsed else []


@dataclass(frozen=True, slots=True)
class Concept:
    """One concept of the lexicon."""

    name: str
    label: str
    forms: tuple[str, ...]


class Lexicon:
    """Concepts by name, with reference expansion."""

    def __init__(self, concepts: dict[str, Concept] | None = None) -> None:
        self.concepts = concepts or {}

    def __contains__(self, name: str) -> bool:
        return name in self.concepts

    def forms(self, name: str, _stack: tuple[str, ...] = ()) -> list[str]:
        """The concept's forms, references to other concepts expanded."""
        if name in _stack:
            raise ValueError(
                "référence circulaire : " + " → ".join("@" + n for n in (*_stack, name))
            )
        concept = self.concepts.get(name)
        if concept is None:
            raise ValueError(self.unknown(name))
        out: list[str] = []
        for form in concept.forms:
            out.extend(self.expand(form, (*_stack, name)))
        return list(dict.fromkeys(out))

    def unknown(self, name: str) -> str:
        import difflib

        near = difflib.get_close_matches(name, list(self.concepts), n=1)
        hint = f" ; vouliez-vous dire « @{near[0]} » ?" if near else ""
        return f"concept inconnu « @{name} » (absent de {LEXICON_FILE}){hint}"

    def expand(self, term: str, _stack: tuple[str, ...] = ()) -> list[str]:
        """A rule term with its ``@concept`` references replaced by forms.

        ``@swot`` becomes every form of the concept; inside a proximity term
        a reference becomes alternatives of its part. Raises ValueError."""
        match = _REFERENCE.match(term.strip())
        if match:
            return self.forms(match.group(1), _stack)
        parsed = parse_proximity(term)
        if parsed is None:
            if term.startswith("@"):
                raise ValueError(
                    f"référence de concept invalide {term!r} (forme « @nom-du-concept »)"
                )
            return [term]
        parts = []
        for part in parsed.parts:
            alternatives: list[str] = []
            for alt in part:
                ref = _REFERENCE.match(alt)
                if ref:
                    forms = self.forms(ref.group(1), _stack)
                    if any("~" in f for f in forms):
                        raise ValueError(
                            f"terme {term!r} : le concept « @{ref.group(1)} » contient des "
                            "termes de proximité, il ne peut pas servir de partie"
                        )
                    alternatives.extend(forms)
                elif alt.startswith("@"):
                    raise ValueError(f"référence de concept invalide {alt!r}")
                else:
                    alternatives.append(alt)
            parts.append("|".join(dict.fromkeys(alternatives)))
        return [f" ~{parsed.window} ".join(parts)]


def read_yaml(path: Path, problems: Any) -> tuple[bool, Any]:
    """(True, data) for a readable YAML file, else (False, None) with a French
    error naming the file and the line."""
    try:
        with open(path, encoding="utf-8") as handle:
            return True, yaml.load(handle, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" ligne {mark.line + 1}" if mark else ""
        problems.add(path.name, None, f"YAML invalide{line} ({getattr(exc, 'problem', exc)})")
    except OSError as exc:
        problems.add(path.name, None, f"lecture impossible ({exc.strerror})")
    return False, None


def load_lexicon(folder: Path, problems: Any) -> Lexicon:
    """Read ``lexique.yaml`` of a rules folder (an empty lexicon when absent).

    ``problems.add(where, key, what)`` collects French errors."""
    path = folder / LEXICON_FILE
    if not path.exists():
        return Lexicon()
    ok, data = read_yaml(path, problems)
    if not ok:
        return Lexicon()
    if not isinstance(data, dict) or not isinstance(data.get("concepts"), dict):
        problems.add(
            path.name, "concepts", "dictionnaire de concepts attendu (nom: {label, forms})"
        )
        return Lexicon()
    for key in data:
        if key != "concepts":
            problems.add(path.name, key, "clé inconnue (attendue : concepts)")
    concepts: dict[str, Concept] = {}
    for name, entry in data["concepts"].items():
        where = f"{path.name}, concept « {name} »"
        if not isinstance(name, str) or not _CONCEPT_NAME.match(name):
            problems.add(
                where, None, "nom de concept invalide (minuscules et tirets, ex. « swot »)"
            )
            continue
        if not isinstance(entry, dict):
            problems.add(where, None, "dictionnaire attendu (label, forms)")
            continue
        for key in entry:
            if key not in {"label", "forms"}:
                problems.add(where, key, "clé inconnue (attendues : label, forms)")
        label = entry.get("label")
        if not isinstance(label, str) or not label.strip():
            problems.add(where, "label", "libellé français manquant")
            label = name
        forms = entry.get("forms")
        if not isinstance(forms, list) or not forms:
            problems.add(where, "forms", "liste de formes non vide attendue")
            continue
        good = []
        for form in forms:
            if not isinstance(form, str) or not form.strip():
                problems.add(where, "forms", f"forme invalide {form!r} (texte attendu)")
                continue
            problem = alias_problem(form)
            if problem:
                problems.add(where, "forms", problem)
                continue
            if form.startswith("re:"):
                try:
                    re.compile(form[3:])
                except re.error as exc:
                    problems.add(where, "forms", f"expression régulière invalide {form!r} ({exc})")
                    continue
            try:
                parse_proximity(form)
            except ValueError as exc:
                problems.add(where, "forms", str(exc))
                continue
            good.append(form)
        concepts[name] = Concept(name, label.strip(), tuple(good))
    lexicon = Lexicon(concepts)
    for name in concepts:
        try:
            lexicon.forms(name)
        except ValueError as exc:
            problems.add(f"{path.name}, concept « {name} »", "forms", str(exc))
    return lexicon
