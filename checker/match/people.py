"""People a document names by their role, found again by their name.

A dossier introduces its manager once (« Hervé Mignot, le gérant », « la directrice
générale, Inès Morel », « @Clémence Aubry (CEO) ») and then writes « les règles de
Hervé », « Marc valide tout ce qui engage de l'argent ». A rule term
``alias:gérant,gérante,dirigeant`` finds those later mentions: the first names (and
full names) of the people the document introduces with one of the roles written
right beside the name.

Only a first name followed by a surname counts as an introduction (« Le site, … »
is no person), both capitalised as names are; the name is then found as written
(a capital, whole words), so « Rose » the person is never the colour « rose ».
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_LOWER = "a-zàâäçéèêëîïôöùûüÿœ"
#: A first name: a capital and small letters, maybe hyphenated (« Pierre-Louis »).
_FIRST = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
#: A surname: capitalised or in capitals, maybe with a particle (« de La Tour », « Le Gall »).
_LAST = rf"(?:(?:de |d'|d’|Le |La |Van |Von )?[{_UPPER}][{_UPPER}{_LOWER}'’-]+)"
#: Capitalised words that start sentences, not names.
# fmt: off
_NOT_NAMES = frozenset({
    "Le", "La", "Les", "Un", "Une", "Des", "Ce", "Cet", "Cette", "Ces", "Il", "Elle", "Ils",
    "Elles", "On", "Nous", "Vous", "Je", "Tu", "Mon", "Ma", "Mes", "Ton", "Ta", "Notre", "Nos",
    "Votre", "Vos", "Son", "Sa", "Ses", "Leur", "Leurs", "De", "Du", "Au", "Aux", "En", "Et",
    "Ou", "Mais", "Pour", "Par", "Dans", "Sur", "Sous", "Avec", "Sans", "Chez", "Si", "Qui",
    "Que", "Quand", "Comme", "Depuis", "Après", "Avant", "Tout", "Toute", "Tous", "Toutes",
    "Chaque", "Directeur", "Directrice", "Responsable", "Gérant", "Gérante", "Madame",
    "Monsieur", "Société", "Maison", "Atelier", "Groupe", "Bureau", "Comité", "Conseil",
    "Service", "Direction",
})
# fmt: on
#: What may stand between a name and its role: « , », « ( », « – », « : », and an
#: article or possessive (« Hervé Mignot, le gérant », « Marc Kessler, notre gérant »).
_BETWEEN = (
    r"\s*(?:,|\(|–|—|-|:)\s*(?:(?:le|la|les|l'|l’|notre|nos|son|sa|leur|mon|ma)\s+)?(?:co-?)?"
)


@lru_cache(maxsize=64)
def _introductions(roles: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    role = "(?i:" + "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True)) + ")"
    # a plural role (« co-gérants ») after two first names sharing a surname
    people = rf"(?P<first>{_FIRST})(?:\s+et\s+(?P<other>{_FIRST}))?\s+(?P<last>{_LAST})"
    after = re.compile(rf"(?<![\w@])@?{people}{_BETWEEN}{role}s?\b")
    before = re.compile(rf"\b{role}s?\b\s*(?:,|:|\()?\s*@?{people}")
    return after, before


def introduced_names(texts: Sequence[str], roles: tuple[str, ...]) -> list[str]:
    """The first and full names of the people ``texts`` introduce with one of ``roles``."""
    names: set[str] = set()
    for pattern in _introductions(roles):
        for text in texts:
            for match in pattern.finditer(text):
                first, other, last = match.group("first", "other", "last")
                if first in _NOT_NAMES or last.split()[-1] in _NOT_NAMES:
                    continue
                names.update((first, f"{first} {last}"))
                if other and other not in _NOT_NAMES:
                    names.update((other, f"{other} {last}"))
    return sorted(names, key=len, reverse=True)


def name_regex(names: Sequence[str]) -> re.Pattern[str]:
    """Whole-word occurrences of ``names`` as written (longest first)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
