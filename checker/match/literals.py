"""Required literals of a regular expression: a cheap pre-filter for regex terms.

``required_literals(pattern)`` returns strings one of which every match of
``pattern`` contains (or None when that cannot be told). A document's text is
first searched for those plain strings, and the expression itself only runs on
the text units where one occurs: the same matches, a fraction of the work
(rule expressions mostly start with alternations and ``\\b``, which Python's
engine tries at every position).
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

#: Character classes of up to this many plain characters count as literals.
_MAX_CLASS = 8


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None."""
    try:
        parsed = _parser.parse(pattern)
    except (re.error, RecursionError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _sequence(list(parsed))
    if not found or "" in found:
        return None
    return frozenset(found)


def _sequence(items: list) -> set[str] | None:
    """The most selective required set of a sequence of parsed items."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found = _item(op, av)
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    if not candidates:
        return None
    # Longest shortest-alternative first, then fewest alternatives.
    return max(candidates, key=lambda s: (min(len(x) for x in s), -len(s)))


def _item(op, av) -> set[str] | None:
    """Required strings of one non-literal item (None: it requires nothing known)."""
    if op is _c.SUBPATTERN:
        flags_on, flags_off = av[1], av[2]
        if (flags_on | flags_off) & (re.IGNORECASE | re.VERBOSE):
            return None
        return _sequence(list(av[-1]))
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _sequence(list(branch))
            if not found:
                return None  # one alternative requires nothing known
            out |= found
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is _c.IN:
        chars = set()
        for kind, value in av:
            if kind is not _c.LITERAL:
                return None  # a range, a category, a negation
            chars.add(chr(value))
        return chars if len(chars) <= _MAX_CLASS else None
    return None  # \b, lookarounds, ., \d…: nothing required


def trigger_regex(literals: frozenset[str]) -> re.Pattern[str]:
    """One expression finding any of ``literals`` (longest first)."""
    return re.compile("|".join(re.escape(s) for s in sorted(literals, key=lambda s: (-len(s), s))))
