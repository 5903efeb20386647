"""Required literals of a regular expression: a cheap pre-filter for regex terms.

``required_literals(pattern)`` reads the expression and returns what every
match must contain, as a small tree of plain strings: a string, ``("and",
children)`` or ``("or", children)`` — or None when nothing can be told. A
document's text units are first looked up for those strings (plain
``str.find``, cached per string), and the expression itself only runs on the
units that satisfy the tree: the same matches, a fraction of the work (rule
expressions mostly start with alternations and ``\\b``, which Python's engine
tries at every position).

``(?:ca|ventes)[^.;]{0,50}?\\d+ ?(?:€|euros?)`` gives
``("and", (("or", ("ca", "ventes")), ("or", ("€", "euro"))))``: the rare « € »
narrows the frequent « ca ». Consecutive fixed pieces are joined (``\\.(?:fr|com)``
gives ``.fr`` or ``.com``), zero-width assertions (``\\b``) do not break them.

The expression is read by a small scanner of the syntax rules use (escapes,
classes, groups, alternation, quantifiers, inline flags), not by CPython's
private ``re._parser``. It is conservative: what it does not know for sure
requires nothing, and an expression it cannot read (or a case-insensitive or
verbose one) gives None. The pre-filter is only a speed-up, so a None costs
time, never a verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product
from typing import TypeAlias

#: A requirement: a string, or ("and" | "or", children).
Need: TypeAlias = str | tuple[str, tuple["Need", ...]]

#: Character classes of up to this many plain characters count as literals.
_MAX_CLASS = 8
#: Joined fixed pieces give at most this many strings.
_MAX_STRINGS = 64
_INFINITE = -1


# --- the scanner: pattern text -> nodes ------------------------------------------


@dataclass(frozen=True, slots=True)
class _Literal:
    char: str


@dataclass(frozen=True, slots=True)
class _Class:
    """One character among ``chars`` (None: a set we do not enumerate)."""

    chars: frozenset[str] | None


@dataclass(frozen=True, slots=True)
class _ZeroWidth:
    """``\\b``, ``^``, ``$``, a comment: matches no character."""


@dataclass(frozen=True, slots=True)
class _Opaque:
    """Something we do not read (a lookaround, a back-reference, ``(?i:…)``)."""


@dataclass(frozen=True, slots=True)
class _Repeat:
    low: int
    high: int  # _INFINITE for no bound
    body: tuple[_Node, ...]


@dataclass(frozen=True, slots=True)
class _Group:
    body: tuple[_Node, ...]


@dataclass(frozen=True, slots=True)
class _Branch:
    alternatives: tuple[tuple[_Node, ...], ...]


_Node: TypeAlias = _Literal | _Class | _ZeroWidth | _Opaque | _Repeat | _Group | _Branch


class _Unsure(Exception):
    """The scanner met syntax it does not read for sure."""


_ANY_CHAR = _Class(None)
_ESCAPED_CLASSES = frozenset("dDwWsS")
_ESCAPED_ZERO_WIDTH = frozenset("bBAZ")
_ESCAPED_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_QUANTIFIER = re.compile(r"\{(\d*)(,?)(\d*)\}")
_FLAGS = re.compile(r"\(\?([aiLmsux]*)(?:-([imsx]+))?([:)])")


class _Scanner:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def alternation(self) -> tuple[_Node, ...]:
        """Alternatives up to an unmatched ``)`` or the end."""
        branches = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return (_Branch(tuple(branches)),)

    def sequence(self) -> tuple[_Node, ...]:
        items: list[_Node] = []
        while self.peek() not in ("", "|", ")"):
            atom = self.atom()
            if atom is None:
                continue
            items.append(self.quantified(atom))
        return tuple(items)

    def quantified(self, atom: _Node) -> _Node:
        char = self.peek()
        low, high = 1, 1
        if char == "*":
            low, high = 0, _INFINITE
        elif char == "+":
            low, high = 1, _INFINITE
        elif char == "?":
            low, high = 0, 1
        elif char == "{":
            match = _QUANTIFIER.match(self.text, self.pos)
            if match is None or (not match.group(1) and not match.group(2)):
                return atom  # « { » read as a plain character (by ``atom``)
            low = int(match.group(1) or 0)
            high = int(match.group(3)) if match.group(3) else (_INFINITE if match.group(2) else low)
            self.pos = match.end() - 1
        else:
            return atom
        self.pos += 1
        if self.peek() in ("?", "+"):  # lazy or possessive: the same strings
            self.pos += 1
        if isinstance(atom, _ZeroWidth | _Repeat):
            raise _Unsure  # a repeated assertion or a repeated repeat
        body = atom.body if isinstance(atom, _Group) else (atom,)
        return _Repeat(low, high, body)

    def atom(self) -> _Node | None:
        char = self.text[self.pos]
        self.pos += 1
        if char == "\\":
            return self.escape()
        if char == "[":
            return self.char_class()
        if char == "(":
            return self.group()
        if char == ".":
            return _ANY_CHAR
        if char in "^$":
            return _ZeroWidth()
        if char in "*+?":
            raise _Unsure  # nothing to repeat
        if char == "{" and self.pos >= 2 and _QUANTIFIER.match(self.text, self.pos - 1):
            raise _Unsure  # a quantifier with nothing to repeat
        return _Literal(char)

    def escape(self) -> _Node:
        if self.pos >= len(self.text):
            raise _Unsure
        char = self.text[self.pos]
        self.pos += 1
        if char in _ESCAPED_CLASSES:
            return _ANY_CHAR
        if char in _ESCAPED_ZERO_WIDTH:
            return _ZeroWidth()
        if char in _ESCAPED_CONTROL:
            return _Literal(_ESCAPED_CONTROL[char])
        if char.isascii() and char.isalnum():
            # \\x41, \\u00e9, \\0, back-references…: not read, one unknown piece.
            raise _Unsure
        return _Literal(char)  # an escaped punctuation mark or a non-ASCII letter

    def char_class(self) -> _Class:
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        chars: set[str] | None = set()
        first = True
        while True:
            if self.pos >= len(self.text):
                raise _Unsure
            char = self.text[self.pos]
            self.pos += 1
            if char == "]" and not first:
                break
            first = False
            if char == "[":
                raise _Unsure  # set operations, POSIX classes: not read
            if char == "\\":
                if self.pos >= len(self.text):
                    raise _Unsure
                escaped = self.text[self.pos]
                self.pos += 1
                if escaped in _ESCAPED_CLASSES:
                    chars = None
                    continue
                if escaped in _ESCAPED_CONTROL:
                    char = _ESCAPED_CONTROL[escaped]
                elif escaped.isascii() and escaped.isalnum():
                    raise _Unsure
                else:
                    char = escaped
            if (
                self.peek() == "-"
                and self.pos + 1 < len(self.text)
                and self.text[self.pos + 1] != "]"
            ):
                end = self.text[self.pos + 1]
                if end in "\\[":
                    raise _Unsure
                self.pos += 2
                if ord(end) < ord(char):
                    raise _Unsure
                if chars is not None and ord(end) - ord(char) < _MAX_CLASS:
                    chars.update(chr(c) for c in range(ord(char), ord(end) + 1))
                else:
                    chars = None
                continue
            if chars is not None:
                chars.add(char)
        if negated or chars is None or len(chars) > _MAX_CLASS:
            return _ANY_CHAR
        return _Class(frozenset(chars))

    def group(self) -> _Node | None:
        opaque = False
        if self.text.startswith("?", self.pos):
            rest = self.text[self.pos + 1 : self.pos + 3]
            if rest.startswith(":") or rest.startswith(">"):
                self.pos += 2
            elif rest.startswith("P<"):
                end = self.text.find(">", self.pos)
                if end < 0:
                    raise _Unsure
                self.pos = end + 1
            elif rest.startswith(("=", "!")) or rest in ("<=", "<!"):
                self.pos += 1 + (2 if rest.startswith("<") else 1)
                opaque = True  # a lookaround: matches no character of its own
            elif rest.startswith("#"):
                end = self.text.find(")", self.pos)
                if end < 0:
                    raise _Unsure
                self.pos = end + 1
                return None
            else:
                match = _FLAGS.match(self.text, self.pos - 1)
                if match is None:
                    raise _Unsure  # (?P=name), (?(1)…), …
                flags = match.group(1) + (match.group(2) or "")
                if "i" in flags or "x" in flags:
                    raise _Unsure  # case or layout changes what the letters mean
                self.pos = match.end()
                if match.group(3) == ")":
                    return None  # global flags such as (?s): nothing to match
        body = self.alternation()
        if self.peek() != ")":
            raise _Unsure
        self.pos += 1
        return _Opaque() if opaque else _Group(body)


def _scan(pattern: str) -> tuple[_Node, ...] | None:
    try:
        compiled = re.compile(pattern)
    except (re.error, RecursionError):
        return None
    if compiled.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    scanner = _Scanner(pattern)
    try:
        nodes = scanner.alternation()
    except (_Unsure, RecursionError):
        return None
    if scanner.pos != len(pattern):
        return None
    return nodes


# --- what the nodes require --------------------------------------------------------


def required_literals(pattern: str) -> Need | None:
    """What every match of ``pattern`` contains, or None when unknown."""
    nodes = _scan(pattern)
    if nodes is None:
        return None
    return _sequence(nodes)


def _either(strings: set[str]) -> Need | None:
    """Any of ``strings`` (a string holding another one adds nothing)."""
    if not strings or "" in strings:
        return None
    strings = {s for s in strings if not any(o != s and o in s for o in strings)}
    ordered = tuple(sorted(strings, key=lambda s: (-len(s), s)))
    return ordered[0] if len(ordered) == 1 else ("or", ordered)


def _exact(node: _Node) -> set[str] | None:
    """The finite set of strings a node matches exactly, or None."""
    if isinstance(node, _Literal):
        return {node.char}
    if isinstance(node, _Class):
        return set(node.chars) if node.chars is not None else None
    if isinstance(node, _Repeat):
        if node.low == 0 and node.high == 1:  # optional: « x? » is "" or "x"
            found = _exact_sequence(node.body)
            return None if found is None else found | {""}
        return None
    if isinstance(node, _Group):
        return _exact_sequence(node.body)
    if isinstance(node, _Branch):
        out: set[str] = set()
        for branch in node.alternatives:
            strings = _exact_sequence(branch)
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MAX_STRINGS else None
    return None


def _exact_sequence(nodes: tuple[_Node, ...]) -> set[str] | None:
    strings = {""}
    for node in nodes:
        if isinstance(node, _ZeroWidth):
            continue  # zero width
        found = _exact(node)
        if found is None:
            return None
        strings = {a + b for a, b in product(strings, found)}
        if len(strings) > _MAX_STRINGS:
            return None
    return strings


def _sequence(nodes: tuple[_Node, ...]) -> Need | None:
    """Everything a sequence requires: its runs of fixed pieces and its parts."""
    needs: list[Need] = []
    run: set[str] = {""}

    def close() -> None:
        nonlocal run
        need = _either(run)
        if need is not None:
            needs.append(need)
        run = {""}

    for node in nodes:
        if isinstance(node, _ZeroWidth):
            continue  # \b, ^, $: zero width, a run goes on
        exact = _exact(node)
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = {a + b for a, b in product(run, exact)}
            continue
        close()
        need = _item(node)
        if need is not None:
            needs.append(need)
    close()
    if not needs:
        return None
    return needs[0] if len(needs) == 1 else ("and", tuple(needs))


def _item(node: _Node) -> Need | None:
    """What one non-fixed node requires (None: nothing known)."""
    if isinstance(node, _Group):
        return _sequence(node.body)
    if isinstance(node, _Branch):
        out: list[Need] = []
        for branch in node.alternatives:
            need = _sequence(branch)
            if need is None:
                return None  # one alternative requires nothing known
            out.append(need)
        return out[0] if len(out) == 1 else ("or", tuple(out))
    if isinstance(node, _Repeat):
        return _sequence(node.body) if node.low >= 1 else None
    if isinstance(node, _Class):
        return _either(set(node.chars or ()))
    return None  # lookarounds, ., \d…: nothing required
