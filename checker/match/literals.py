"""Required literals of a regular expression: a cheap pre-filter for regex terms.

``required_literals(pattern)`` reads the parsed expression and returns what
every match must contain, as a small tree of plain strings: a string, ``("and",
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
"""

from __future__ import annotations

import re
from itertools import product
from typing import TypeAlias

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

#: A requirement: a string, or ("and" | "or", children).
Need: TypeAlias = str | tuple[str, tuple["Need", ...]]

#: Character classes of up to this many plain characters count as literals.
_MAX_CLASS = 8
#: Joined fixed pieces give at most this many strings.
_MAX_STRINGS = 64


def required_literals(pattern: str) -> Need | None:
    """What every match of ``pattern`` contains, or None when unknown."""
    try:
        parsed = _parser.parse(pattern)
    except (re.error, RecursionError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _sequence(list(parsed))


def _either(strings: set[str]) -> Need | None:
    """Any of ``strings`` (a string holding another one adds nothing)."""
    if not strings or "" in strings:
        return None
    strings = {s for s in strings if not any(o != s and o in s for o in strings)}
    ordered = tuple(sorted(strings, key=lambda s: (-len(s), s)))
    return ordered[0] if len(ordered) == 1 else ("or", ordered)


def _exact(op, av) -> set[str] | None:
    """The finite set of strings an item matches exactly, or None."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        chars = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_CLASS:
                chars.update(chr(v) for v in range(value[0], value[1] + 1))
            else:
                return None  # a category, a negation, a wide range
        return chars if len(chars) <= _MAX_CLASS else None
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        low, high, sub = av
        if low == 0 and high == 1:  # optional: « x? » is "" or "x"
            found = _exact_sequence(list(sub))
            return None if found is None else found | {""}
        return None
    if op is _c.SUBPATTERN:
        if (av[1] | av[2]) & (re.IGNORECASE | re.VERBOSE):
            return None
        return _exact_sequence(list(av[-1]))
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _exact_sequence(list(branch))
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MAX_STRINGS else None
    return None


def _exact_sequence(items: list) -> set[str] | None:
    strings = {""}
    for op, av in items:
        if op is _c.AT:
            continue  # zero width
        found = _exact(op, av)
        if found is None:
            return None
        strings = {a + b for a, b in product(strings, found)}
        if len(strings) > _MAX_STRINGS:
            return None
    return strings


def _sequence(items: list) -> Need | None:
    """Everything a sequence requires: its runs of fixed pieces and its parts."""
    needs: list[Need] = []
    run: set[str] = {""}

    def close() -> None:
        nonlocal run
        need = _either(run)
        if need is not None:
            needs.append(need)
        run = {""}

    for op, av in items:
        if op is _c.AT:
            continue  # \b, ^, $: zero width, a run goes on
        exact = _exact(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = {a + b for a, b in product(run, exact)}
            continue
        close()
        need = _item(op, av)
        if need is not None:
            needs.append(need)
    close()
    if not needs:
        return None
    return needs[0] if len(needs) == 1 else ("and", tuple(needs))


def _item(op, av) -> Need | None:
    """What one non-fixed item requires (None: nothing known)."""
    if op is _c.SUBPATTERN:
        if (av[1] | av[2]) & (re.IGNORECASE | re.VERBOSE):
            return None
        return _sequence(list(av[-1]))
    if op is _c.BRANCH:
        out: list[Need] = []
        for branch in av[1]:
            need = _sequence(list(branch))
            if need is None:
                return None  # one alternative requires nothing known
            out.append(need)
        return out[0] if len(out) == 1 else ("or", tuple(out))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is _c.IN:
        return _either(_exact(op, av) or set())
    return None  # lookarounds, ., \d…: nothing required
