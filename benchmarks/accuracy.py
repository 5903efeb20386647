"""Accuracy benchmark: the checker against a strict jury's labels on corpora/.

Usage: python benchmarks/accuracy.py [CORPUS_DIR] [--mismatches[=B]]
                                    [--only=c01,c02] [--skip=c13,c14]
Prints the confusion matrix, agreement, covered precision / recall and
false-covered rate, per bloc, per candidate, and the worst criteria.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.evaluation import evaluate_corpus, render_evaluation  # noqa: E402


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else ROOT / "corpora"
    only = next((a.split("=", 1)[1].split(",") for a in argv if a.startswith("--only=")), None)
    skip = next((a.split("=", 1)[1].split(",") for a in argv if a.startswith("--skip=")), [])
    start = time.perf_counter()
    evaluation = evaluate_corpus(corpus, only=only, skip=skip)
    text = render_evaluation(evaluation)
    mismatch = next((a for a in argv if a.startswith("--mismatches")), None)
    if mismatch:
        bloc = mismatch.split("=", 1)[1] if "=" in mismatch else ""
        for row in evaluation.comparisons:
            if row.gold != row.predicted and (not bloc or str(row.bloc) in bloc):
                print(
                    f"{row.candidate} {row.criterion} jury={row.gold} outil={row.predicted}\n"
                    f"    jury : {row.why}\n    outil : {row.reason}"
                )
    elapsed = time.perf_counter() - start
    print(text + f"Durée : {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
