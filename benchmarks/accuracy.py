"""Accuracy benchmark: the checker against a strict jury's labels on corpora/.

Usage: python benchmarks/accuracy.py [CORPUS_DIR] [--mismatches[=BLOCS]]
                                    [--only c01,c02] [--skip c13,c14]
Prints the confusion matrix, agreement, covered precision / recall and
false-covered rate and Cohen's kappa for the whole corpus, then for the train and
the sealed test split (corpora/split.yaml) side by side with the gap; per
candidate, worst criteria and --mismatches for the train split only.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.errors import CheckerError  # noqa: E402
from checker.evaluation import evaluate_corpus, render_evaluation  # noqa: E402


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "corpora"))
    parser.add_argument("--only", default="", help="préfixes de candidats (virgules)")
    parser.add_argument("--skip", default="", help="préfixes de candidats à laisser de côté")
    parser.add_argument(
        "--mismatches",
        nargs="?",
        const="",
        default=None,
        help="liste les désaccords (option : numéros de blocs, ex. 23)",
    )
    options = parser.parse_args(argv)
    corpus = Path(options.corpus)
    if not corpus.is_dir():
        print(f"Erreur : dossier de corpus introuvable : {corpus}", file=sys.stderr)
        return 2
    only = [o for o in options.only.split(",") if o] or None
    skip = [o for o in options.skip.split(",") if o]
    start = time.perf_counter()
    try:
        evaluation = evaluate_corpus(corpus, only=only, skip=skip)
    except CheckerError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 2
    text = render_evaluation(evaluation)
    if options.mismatches is not None:
        bloc = options.mismatches
        # The sealed test split is never listed: rules are tuned on train only.
        for row in evaluation.comparisons:
            if row.split == "test":
                continue
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
