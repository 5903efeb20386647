"""``python -m checker.match.detectors --write-docs docs/rules.md`` (or ``--check FILE``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import REGISTRY
from .docs import updated, write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.match.detectors")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write-docs", type=Path, metavar="FILE", help="regenerate the reference")
    group.add_argument("--check", type=Path, metavar="FILE", help="exit 1 when it is stale")
    args = parser.parse_args(argv)
    if args.write_docs:
        changed = write(args.write_docs, REGISTRY)
        print(f"{args.write_docs}: {'mis à jour' if changed else 'déjà à jour'}")
        return 0
    text = args.check.read_text(encoding="utf-8")
    if updated(text, REGISTRY) != text:
        print(f"{args.check} : référence des détecteurs périmée", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
