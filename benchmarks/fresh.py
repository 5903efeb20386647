"""Agreement on dossiers the rules had never seen: each corpus batch judged by the code
and rules of the commit just before the batch was added.

Every batch of candidates (c17–c46, c47–c56, …) was written and labelled blind and
committed before any rule was tuned on it. Checking a batch with the code of the commit
that precedes it measures what a school would get on new dossiers, at that point of the
project; the series of batches is the project's learning curve on unseen work. The
training candidates of a batch are named, the sealed ones only counted (split.yaml).

Usage (from the repository root, in a full clone: old commits are checked out in
temporary git worktrees, nothing in the working tree changes):

    python benchmarks/fresh.py               # every batch, then the current code
    python benchmarks/fresh.py --last 2      # the two latest batches only

About 20 s per batch on 2 cores. Prints, per batch: the code's commit, the candidates,
the agreement then (train, sealed, all), and the agreement of the current code on the same
batch (tuned on its training part since).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora"

#: Run inside a worktree of an old commit: judge the given candidates with that commit's
#: code and rules, print {candidate: {criterion: status}} as JSON. Only APIs every commit
#: since the first batch has (check_candidate with isolate=False).
_JUDGE = r"""
import json, sys
from pathlib import Path
import yaml
from checker.api import check_candidate
out = {}
for folder in map(Path, sys.argv[1:]):
    exp = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    files = [folder / n for n in exp.get("files", [])] or [folder]
    report = check_candidate(files, blocs=exp.get("blocs") or None, name=folder.name,
                             isolate=False)
    out[folder.name] = {r.id: r.status.value for r in report.criteria}
print(json.dumps(out))
"""


def git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", "") or str(error)
        raise SystemExit(
            f"Erreur : git {' '.join(args[:2])} a échoué ({detail.strip()[:200]}) : ce banc "
            "a besoin d'un clone complet du dépôt (pas d'un clone superficiel)."
        ) from None
    return done.stdout.strip()


def batches() -> list[tuple[str, list[Path]]]:
    """(commit that added them, candidate folders), oldest first; the founding batch
    (c01–c16, written with the first rules) is left out."""
    added: dict[str, list[Path]] = defaultdict(list)
    for folder in sorted(p for p in CORPUS.iterdir() if (p / "expected.yaml").is_file()):
        log = git("log", "--diff-filter=A", "--format=%H", "--", str(folder / "expected.yaml"))
        if log:
            added[log.splitlines()[-1]].append(folder)
    order = {c: i for i, c in enumerate(git("rev-list", "--reverse", "HEAD").splitlines())}
    found = sorted(added.items(), key=lambda item: order.get(item[0], -1))[1:]
    # A batch committed in two steps with no change of code or rules between them
    # (documents labelled later) is one batch.
    merged: list[tuple[str, list[Path]]] = []
    for commit, folders in found:
        code = git("rev-parse", f"{commit}^:checker", f"{commit}^:rules")
        if (
            merged
            and git("rev-parse", f"{merged[-1][0]}^:checker", f"{merged[-1][0]}^:rules") == code
        ):
            merged[-1][1].extend(folders)
        else:
            merged.append((commit, list(folders)))
    return merged


def sealed() -> list[str]:
    import yaml

    split = CORPUS / "split.yaml"
    data = yaml.safe_load(split.read_text(encoding="utf-8")) if split.exists() else {}
    return [str(p) for p in (data or {}).get("test", [])]


def _number(name: str) -> int:
    """A candidate folder's number (« c104-festival… » → 104; c100 sorts after c99)."""
    head = name.split("-", 1)[0].lstrip("c")
    return int(head) if head.isdigit() else 0


def judge(code: Path, folders: list[Path]) -> dict[str, dict[str, str]] | str:
    """Verdicts of the code in ``code``, or why it could not give them."""
    done = subprocess.run(
        [sys.executable, "-c", _JUDGE, *map(str, folders)],
        cwd=code,
        env={**os.environ, "PYTHONPATH": str(code)},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        return (done.stderr.strip().splitlines() or ["?"])[-1]
    return json.loads(done.stdout.splitlines()[-1])


def agreement(verdicts: dict[str, dict[str, str]], folders: list[Path], keep) -> tuple[int, int]:
    import yaml

    same = total = 0
    for folder in folders:
        if not keep(folder.name):
            continue
        labels = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["labels"]
        for cid, label in labels.items():
            total += 1
            same += verdicts.get(folder.name, {}).get(cid) == label["status"]
    return same, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--last", type=int, default=0, help="only the N latest batches")
    args = parser.parse_args()
    test = sealed()
    is_test = lambda name: any(name.startswith(p + "-") for p in test)  # noqa: E731
    if git("rev-parse", "--is-shallow-repository") == "true":
        raise SystemExit(
            "Erreur : clone superficiel : ce banc rejoue l'historique des lots "
            "(git fetch --unshallow, ou un clone complet)."
        )
    runs = batches()[-args.last :] if args.last else batches()
    print(
        f"{'lot':<9} {'code':<8} {'n':>5}  {'entraîn.':>8} {'scellé':>7} {'tout':>6}  "
        f"{'aujourd’hui':>11}"
    )
    grand = defaultdict(lambda: [0, 0])
    with tempfile.TemporaryDirectory(prefix="rncp-fresh-") as tmp:
        for commit, folders in runs:
            tree = Path(tmp) / commit[:8]
            git("worktree", "add", "--detach", "-q", str(tree), f"{commit}^")
            try:
                then = judge(tree, folders)
            finally:
                git("worktree", "remove", "--force", str(tree))
            numbers = [_number(folder.name) for folder in folders]
            names = f"c{min(numbers)}–c{max(numbers)}"
            if isinstance(then, str):
                print(f"{names:<9} {commit[:8]:<8} code de l'époque inutilisable ici : {then}")
                continue
            now = judge(ROOT, folders)
            if isinstance(now, str):
                raise SystemExit(f"Erreur : le code actuel échoue sur {names} : {now}")
            parts = {
                "train": agreement(then, folders, lambda n: not is_test(n)),
                "test": agreement(then, folders, is_test),
                "all": agreement(then, folders, lambda n: True),
                "now": agreement(now, folders, lambda n: True),
            }
            for key, (s, t) in parts.items():
                grand[key][0] += s
                grand[key][1] += t
            figures = "  ".join(
                f"{s / t:>{w}.3f}" if t else " " * (w - 1) + "–"
                for (s, t), w in zip(parts.values(), (8, 7, 6, 11), strict=True)
            )
            print(f"{names:<9} {commit[:8]:<8} {parts['all'][1]:>5}  {figures}", flush=True)
    s_t = [grand[k] for k in ("train", "test", "all", "now")]
    figures = "  ".join(
        f"{s / t:>{w}.3f}" if t else "–" for (s, t), w in zip(s_t, (8, 7, 6, 11), strict=True)
    )
    print(f"{'ensemble':<9} {'':<8} {grand['all'][1]:>5}  {figures}")


if __name__ == "__main__":
    main()
