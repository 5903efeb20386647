"""Add forms proposed blind to the lexicon, after each concept's own forms.

Usage::

    python benchmarks/lexique-aveugle/fusion.py rules/lexique.yaml SORTIE.yaml \
        benchmarks/lexique-aveugle/propositions-*.yaml [--multi]

``--multi`` keeps only multi-word and proximity forms (a single word is matched
anywhere and is rarely proof on its own). Forms already in the concept (accents
and case folded), regular expressions and concept references are skipped, and so
are proximity forms for a concept that a rule itself uses inside a proximity
term (the loader refuses them there). The output is a new file: check it with
``rncp-check rules validate`` and the rule examples before copying it over.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

#: A concept named inside a proximity term of a rule (« objectif ~30 @cible »).
_IN_PROXIMITY = (
    re.compile(r"~\d+\s+[^\"'\]]*?@([a-z0-9-]+)"),
    re.compile(r"@([a-z0-9-]+)[^\"'\],]*?~\d"),
)
#: Width of the written form lines.
WIDTH = 112
INDENT = " " * 12
MARK = "# forms proposed blind (a helper who had read neither the corpus nor the rules)"


def fold(text: object) -> str:
    """Lower case without accents."""
    decomposed = unicodedata.normalize("NFD", str(text).lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def concepts_in_proximity(rules: Path) -> set[str]:
    """Concepts that some rule uses inside a proximity term."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(rules.glob("*.yaml")))
    return {name for pattern in _IN_PROXIMITY for name in pattern.findall(text)}


def new_forms(
    lexicon: dict, proposals: list[Path], multi: bool, rules: Path
) -> dict[str, list[str]]:
    """Per concept, the proposed forms the lexicon lacks."""
    in_proximity = concepts_in_proximity(rules)
    out: dict[str, list[str]] = {}
    for path in proposals:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, forms in (data.get("additions") or {}).items():
            if name not in lexicon or not forms:
                continue
            have = {fold(f) for f in lexicon[name]["forms"]} | {fold(f) for f in out.get(name, [])}
            for form in map(str, forms):
                proximity = "~" in form
                if fold(form) in have or form.startswith("re:") or "@" in form:
                    continue
                if multi and " " not in form.strip() and not proximity:
                    continue
                if proximity and name in in_proximity:
                    continue
                out.setdefault(name, []).append(form)
                have.add(fold(form))
    return out


def _form_lines(forms: list[str]) -> list[str]:
    items = [json.dumps(f, ensure_ascii=False) for f in forms]
    lines, row = [], INDENT
    for k, item in enumerate(items):
        piece = item + (", " if k < len(items) - 1 else "]")
        if len(row) + len(piece) > WIDTH and row.strip():
            lines.append(row.rstrip())
            row = INDENT
        row += piece
    lines.append(row.rstrip())
    return lines


def merge(text: str, added: dict[str, list[str]]) -> str:
    """The lexicon's text with each concept's new forms closing its ``forms`` list."""
    lines = text.split("\n")
    out: list[str] = []
    concept = None
    i = 0
    while i < len(lines):
        line = lines[i]
        header = re.match(r"^  ([a-z0-9-]+):\s*$", line)
        if header:
            concept = header.group(1)
        out.append(line)
        if concept in added and re.match(r"^    forms:", line):
            while not lines[i].rstrip().endswith("]") or lines[i].lstrip().startswith("#"):
                i += 1
                out.append(lines[i])
            last = out.pop().rstrip()
            out += [last[:-1] + ",", INDENT + MARK, *_form_lines(added[concept])]
            concept = None
        i += 1
    return "\n".join(out)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) < 3:
        print(__doc__)
        return 2
    lexicon_path, output = Path(args[0]), Path(args[1])
    text = lexicon_path.read_text(encoding="utf-8")
    lexicon = yaml.safe_load(text)["concepts"]
    added = new_forms(lexicon, [Path(a) for a in args[2:]], "--multi" in argv, lexicon_path.parent)
    output.write_text(merge(text, added), encoding="utf-8")
    print(f"{len(added)} concepts, {sum(map(len, added.values()))} formes ajoutées")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
