"""Which blocs a candidate presents, and why the report says so.

A candidate rarely presents the five blocs: a dossier says which on its
cover (« Bloc 3 »), in its footers (« Dossier professionnel — Blocs 1 et
3 ») or in its file name (``dossier-bloc2.docx``, ``rapport_B4.pdf``).
``choose_blocs`` reads those clues; failing them, it keeps the blocs the
documents largely cover; failing that, all blocs, and the report says so
and suggests ``--bloc``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .model import BlockKind, Document

# "Bloc 3", "bloc de compétences n° 2", "Blocs 1 et 2", "blocs 3, 4 & 5", "bloc3".
_BLOC_MENTION = re.compile(
    r"\bblocs?\s*(?:de\s+compétences\s*)?(?:n°\s*)?([1-5](?:\s*(?:,|et|&|-|/)\s*[1-5])*)\b",
    re.I,
)
# "B3" alone in a file name (not "b2b", not "B3.C2.1" in the text).
_SHORT_MENTION = re.compile(r"(?<![a-z0-9])b([1-5])(?![a-z0-9.])", re.I)

#: Share of a bloc's automatic criteria covered for the bloc to count as
#: presented when no document names its blocs.
COVERED_SHARE = 0.4

_CLUE_KINDS = {BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADER, BlockKind.FOOTER}


def bloc_mentions(text: str) -> set[int]:
    """Blocs a text names: « Blocs 1 et 3 » -> {1, 3}."""
    found: set[int] = set()
    for group in _BLOC_MENTION.findall(text):
        found.update(int(d) for d in re.findall(r"[1-5]", group))
    return found


def file_mentions(path: str) -> set[int]:
    """Blocs a file name names: ``dossier-bloc2.docx``, ``rapport_B4.pdf``."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0]
    return bloc_mentions(stem.replace("_", " ")) | {
        int(n) for n in _SHORT_MENTION.findall(stem.replace("_", " "))
    }


@dataclass(frozen=True, slots=True)
class Clue:
    """Where a document names blocs."""

    blocs: frozenset[int]
    document: str
    where: str  # "nom du fichier", "page de garde", "pied de page", "titre"
    text: str


def find_clues(documents: Sequence[Document], files: Sequence[str] = ()) -> list[Clue]:
    """Every place the candidate's documents (and unreadable ``files``) name blocs."""
    clues: list[Clue] = []
    for path in [d.path for d in documents] + list(files):
        found = file_mentions(path)
        if found:
            name = path.replace("\\", "/").rsplit("/", 1)[-1]
            clues.append(Clue(frozenset(found), path, "nom du fichier", name))
    for document in documents:
        title = document.metadata.get("title", "")
        if bloc_mentions(title):
            clues.append(Clue(frozenset(bloc_mentions(title)), document.path, "titre", title))
        for position, block in enumerate(document.blocks):
            if block.kind not in _CLUE_KINDS or block.hidden:
                continue
            early = position < 40
            if not (early or block.kind in (BlockKind.HEADING, BlockKind.FOOTER, BlockKind.HEADER)):
                continue
            found = bloc_mentions(block.text)
            if not found:
                continue
            if block.kind in (BlockKind.HEADER, BlockKind.FOOTER):
                where = "en-tête ou pied de page"
            elif early:
                where = "première page" if (block.location.page or 1) <= 1 else "début du document"
            else:
                where = "titre"
            text = block.text if len(block.text) <= 80 else block.text[:79] + "…"
            clues.append(Clue(frozenset(found), document.path, where, text))
    return clues


def describe_clues(clues: Sequence[Clue], limit: int = 3) -> str:
    """ "« Blocs 1 et 3 » (première page de dossier.docx)" for the first clues."""
    seen: set[tuple[str, str]] = set()
    parts = []
    for clue in clues:
        name = clue.document.replace("\\", "/").rsplit("/", 1)[-1]
        key = (clue.where, name)  # one footer quoted, not one per page
        if key in seen:
            continue
        seen.add(key)
        if clue.where == "nom du fichier":
            parts.append(f"nom du fichier {name}")
        else:
            parts.append(f"« {clue.text} » ({clue.where} de {name})")
        if len(parts) == limit:
            break
    return " ; ".join(parts)


def _numbers(blocs: Sequence[int]) -> str:
    items = [str(b) for b in sorted(blocs)]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " et " + items[-1]


def reason_for(
    chosen: Sequence[int],
    how: str,
    clues: Sequence[Clue] = (),
    all_blocs: Sequence[int] = (1, 2, 3, 4, 5),
) -> str:
    """The French sentence that says why these blocs were assessed.

    ``how`` is ``option`` (--bloc), ``file`` (blocs file of a cohort),
    ``clues``, ``coverage`` or ``all``.
    """
    s = "" if len(chosen) == 1 else "s"
    if how == "option":
        return f"choisi{s} avec --bloc."
    if how == "file":
        return f"indiqué{s} dans le fichier des blocs de la cohorte."
    if how == "folder":
        return f"indiqué{s} par le nom du dossier du candidat."
    if how == "clues":
        found = describe_clues(clues)
        return f"nommé{s} par les documents : {found}. Autre choix : --bloc N."
    if how == "coverage":
        return (
            f"aucun document ne nomme ses blocs ; retenu{s} parce qu'au moins "
            f"{round(100 * COVERED_SHARE)} % de {'ses' if not s else 'leurs'} critères "
            "sont couverts. Pour choisir : --bloc N (répétable)."
        )
    return (
        "tous les blocs, faute d'indice : aucun document ne dit quels blocs il présente "
        "(« Bloc 2 » en page de garde, en pied de page ou dans le nom du fichier). "
        "Si le candidat ne présente que certains blocs, relancez avec --bloc N "
        "(répétable : --bloc 1 --bloc 3)."
    )


def bloc_numbers(blocs: Sequence[int]) -> str:
    """ "3", "1 et 3", "1, 2 et 5"."""
    return _numbers(blocs)


__all__ = [
    "BLOCS_FILES",
    "Clue",
    "bloc_mentions",
    "bloc_numbers",
    "describe_clues",
    "file_mentions",
    "find_blocs_file",
    "find_clues",
    "folder_blocs",
    "read_blocs_file",
    "reason_for",
]


# --- blocs per candidate in a cohort (``batch``) -----------------------------------

#: Names of the blocs file ``batch`` looks for in the cohort folder.
BLOCS_FILES = ("blocs.yaml", "blocs.yml", "blocs.csv")


def _parse_blocs(value: object, where: str) -> list[int]:
    from .errors import CheckerError

    if isinstance(value, bool):
        value = None
    if isinstance(value, int):
        numbers = [value]
    elif isinstance(value, str):
        numbers = [int(n) for n in re.findall(r"\d+", value)]
    elif isinstance(value, list) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        numbers = list(value)
    else:
        numbers = []
    if not numbers or any(n not in range(1, 6) for n in numbers):
        raise CheckerError(
            f"{where} : blocs invalides ({value!r}) ; attendu : des numéros de 1 à 5 "
            "(« 2 », « [1, 3] » ou « 1 et 3 »)."
        )
    return sorted(set(numbers))


def read_blocs_file(path: str | os.PathLike[str]) -> dict[str, list[int]]:
    """Candidate name -> blocs, from a small YAML or CSV file.

    YAML: ``dupont-marie: [1, 3]`` (one line per candidate). CSV (``;`` or
    ``,``): ``dupont-marie;1 et 3``, an optional ``candidat;blocs`` header.
    Names are compared without case. Raises ``CheckerError`` (French,
    naming the file and the line) on a bad file.
    """
    import csv

    import yaml

    from .errors import CheckerError

    path = Path(path)
    shown = path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckerError(f"{shown} : fichier des blocs illisible ({exc})") from None
    table: dict[str, list[int]] = {}
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            line = getattr(getattr(exc, "problem_mark", None), "line", None)
            at = f", ligne {line + 1}" if line is not None else ""
            raise CheckerError(f"{shown}{at} : YAML invalide.") from None
        if not isinstance(data, dict):
            raise CheckerError(f"{shown} : attendu une ligne « candidat: [blocs] » par candidat.")
        for name, value in data.items():
            table[str(name).casefold()] = _parse_blocs(value, f"{shown}, « {name} »")
        return table
    delimiter = ";" if text.count(";") >= text.count(",") else ","
    for number, row in enumerate(csv.reader(text.splitlines(), delimiter=delimiter), 1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if number == 1 and cells[0].casefold() in ("candidat", "candidate", "nom"):
            continue
        if len(cells) < 2:
            raise CheckerError(f"{shown}, ligne {number} : attendu « candidat;blocs ».")
        table[cells[0].casefold()] = _parse_blocs(" ".join(cells[1:]), f"{shown}, ligne {number}")
    return table


def find_blocs_file(cohort_dir: str | os.PathLike[str]) -> Path | None:
    """The blocs file of a cohort folder (``blocs.yaml`` or ``blocs.csv``), if any."""
    for name in BLOCS_FILES:
        candidate = Path(cohort_dir) / name
        if candidate.is_file():
            return candidate
    return None


def folder_blocs(name: str) -> list[int]:
    """Blocs a candidate folder's name gives (« dupont--bloc2 », « martin (blocs 1 et 3) »)."""
    return sorted(bloc_mentions(name.replace("_", " ")))
