"""Short excerpts written blind, criterion by criterion, in varied wording: does each verdict hold?

Each file of ``benchmarks/paraphrases/`` lists excerpts (docmark text) written by people who
never read ``rules/`` nor ran the tool, from ``criteres.tsv`` only: per criterion, two covering
excerpts in different words and layouts, one partial, one trap. The script prints the agreement
per expected status and per bloc, and the excerpts the tool judges otherwise (``--failures``).

It measures vocabulary and layout coverage, not a candidate's whole dossier: an excerpt is short
and alone, so co-location and document structure play little part.

    python benchmarks/paraphrases.py [--failures] [--criterion B1.C2.1]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.assess import Engine  # noqa: E402
from checker.extract.builder import is_question_heading, is_typed_list_item  # noqa: E402
from checker.ruleset import load_ruleset  # noqa: E402
from checker.testing import docmark  # noqa: E402

FOLDER = Path(__file__).resolve().parent / "paraphrases"
STATUSES = ("covered", "partial", "missing")


_BOLD_LINE = re.compile(r"^\*\*([^*]+)\*\*\s*:?\s*$")


def to_docmark(text: str) -> str:
    """The writers' notation as docmark: one paragraph per line (docmark joins
    consecutive lines), and a line wholly in bold (« **Nos atouts** ») or an exam
    question's line (« Q1.2 — Le benchmark ») a heading, as the DOCX and PDF readers
    infer it."""
    lines = []
    for raw in text.splitlines():
        line = raw.rstrip()
        bold = _BOLD_LINE.match(line.strip())
        if bold:
            line = "### " + bold.group(1).strip()
        elif is_question_heading(line.strip()):
            # « Q7.3 — Que fait-on pour rattraper ? »: an answer sheet's heading, as the
            # DOCX, ODT and PDF readers take it whatever its font.
            line = "### " + line.strip()
        elif is_typed_list_item(line.strip()) and not line.strip().startswith(("- ", "* ")):
            # « – Newsletter », « ✔ FAQ refaite », « • Stock » typed by hand: a list item
            # (its bullet kept), as the DOCX and ODT readers take it.
            indent = line[: len(line) - len(line.lstrip())]
            line = indent + "- " + line.strip()
        start = line.lstrip()
        # « **Délai :** 48 h » opens a paragraph of its own; « * item » is a list item.
        plain = start and (start.startswith("**") or not start.startswith(("|", "-", "*", "•")))
        lines.append(line)
        if plain:
            lines.append("")
    return "\n".join(lines)


def load(folder: Path = FOLDER) -> list[dict]:
    """Every excerpt of the folder's YAML files, in file order."""
    items: list[dict] = []
    for path in sorted(folder.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            item["file"] = path.name
            items.append(item)
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="liste les extraits mal jugés")
    parser.add_argument("--criterion", help="seulement ce critère (ex. B1.C2.1)")
    parser.add_argument("--folder", type=Path, default=FOLDER)
    args = parser.parse_args(argv)
    engine = Engine(load_ruleset())
    confusion: Counter[tuple[str, str]] = Counter()
    by_bloc: dict[str, Counter[bool]] = defaultdict(Counter)
    failures = []
    for item in load(args.folder):
        crit_id, expected = item["criterion"], item["expected"]
        if args.criterion and crit_id != args.criterion:
            continue
        criterion = engine.ruleset.criterion(crit_id)
        if criterion is None or criterion.assessment == "jury":
            continue
        result = engine.assess_one(
            criterion, engine.context([docmark(to_docmark(item["text"]))]), []
        )
        got = result.status.value
        confusion[(expected, got)] += 1
        by_bloc[crit_id[:2]][got == expected] += 1
        if got != expected:
            failures.append((item, got, result.reason))
    total = sum(confusion.values())
    right = sum(confusion[(s, s)] for s in STATUSES)
    print(f"Extraits : {total}, accord {right / max(total, 1):.3f}")
    print("attendu \\ outil   " + "  ".join(f"{s:>8}" for s in STATUSES))
    for s in STATUSES:
        print(f"{s:<17} " + "  ".join(f"{confusion[(s, t)]:>8}" for t in STATUSES))
    for bloc, counts in sorted(by_bloc.items()):
        n = counts[True] + counts[False]
        print(f"  {bloc} : {n:>3} extraits, accord {counts[True] / n:.2f}")
    false_covered = sum(confusion[(s, "covered")] for s in ("partial", "missing"))
    print(f"Faux « couvert » (pièges et partiels comptés couverts) : {false_covered}")
    if args.failures:
        for item, got, reason in failures:
            print(
                f"\n{item['criterion']} [{item.get('variant', '')}] attendu {item['expected']}"
                f", outil {got} — {item.get('note', '')} ({item['file']})"
            )
            print("   " + reason[:300])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
