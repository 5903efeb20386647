"""Measure agreement with a strict jury on an annotated corpus.

A corpus is a folder of candidate folders; each holds its documents and an
``expected.yaml`` sidecar (labels per criterion: covered / partial /
missing, and the criteria where the documents hold a deliberate trap).
``evaluate_corpus`` runs the real checker on each candidate and compares.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import yaml

from . import messages as msg
from .discover import ignored_reason
from .errors import CheckerError
from .model import CandidateReport, Status

LABELS = ("covered", "partial", "missing")


@dataclass(frozen=True, slots=True)
class Comparison:
    """One criterion of one candidate: gold label against prediction."""

    candidate: str
    criterion: str
    bloc: int
    gold: str
    predicted: str
    why: str
    near_miss: bool
    reason: str = ""
    #: "train" (rules may be tuned on it) or "test" (sealed: figures only).
    split: str = "train"
    #: A second jury's label, written blind (``expected-jury2.yaml``), or "".
    second: str = ""


@dataclass
class Evaluation:
    """All comparisons and the figures computed from them."""

    comparisons: list[Comparison] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def metrics(rows: list[Comparison]) -> dict[str, float]:
        """Agreement, covered precision / recall, false-covered rate."""
        return figures_of(Counter((r.gold, r.predicted) for r in rows))

    def confusion(self) -> dict[str, Counter[str]]:
        """gold -> Counter(predicted)."""
        table: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
        for row in self.comparisons:
            table[row.gold][row.predicted] += 1
        return table

    def by(self, key: Callable[[Comparison], object]) -> dict[object, list[Comparison]]:
        """Comparisons grouped by ``key``."""
        groups: dict[object, list[Comparison]] = defaultdict(list)
        for row in self.comparisons:
            groups[key(row)].append(row)
        return dict(groups)

    def near_miss_failures(self) -> list[Comparison]:
        """Near-misses reported covered (must be none)."""
        return [r for r in self.comparisons if r.near_miss and r.predicted == "covered"]


def figures_of(cells: Counter[tuple[str, str]]) -> dict[str, float]:
    """The figures of a confusion matrix ((jury, tool) -> count): agreement,
    kappa, covered precision / recall, false-covered rate."""
    n = sum(cells.values())
    agree = sum(cells[(label, label)] for label in LABELS)
    predicted_covered = sum(cells[(gold, "covered")] for gold in LABELS)
    gold_covered = sum(cells[("covered", tool)] for tool in LABELS)
    gold_missing = sum(cells[("missing", tool)] for tool in LABELS)
    both = cells[("covered", "covered")]
    return {
        "n": n,
        "agreement": agree / n if n else 0.0,
        "kappa": _kappa_of(cells),
        "covered_precision": both / predicted_covered if predicted_covered else 1.0,
        "covered_recall": both / gold_covered if gold_covered else 1.0,
        "false_covered_rate": cells[("missing", "covered")] / gold_missing if gold_missing else 0.0,
    }


def _kappa_of(cells: Counter[tuple[str, str]]) -> float:
    n = sum(cells.values())
    if not n:
        return 0.0
    observed = sum(cells[(label, label)] for label in LABELS) / n
    expected = sum(
        sum(cells[(label, tool)] for tool in LABELS) * sum(cells[(gold, label)] for gold in LABELS)
        for label in LABELS
    ) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two raters' labels (agreement beyond chance)."""
    return _kappa_of(Counter(pairs))


#: Bootstrap draws for the intervals of ``render_evaluation`` (fixed seed: same
#: corpus, same output).
BOOTSTRAP_DRAWS = 1000
BOOTSTRAP_SEED = 20261206


def _interval(values: list[float], level: float) -> tuple[float, float]:
    """The central ``level`` interval of bootstrap draws (percentiles)."""
    ordered = sorted(values)
    last = len(ordered) - 1
    low = (1 - level) / 2
    return ordered[int(low * last)], ordered[int((1 - low) * last)]


def bootstrap_intervals(
    rows: list[Comparison],
    other: list[Comparison] | None = None,
    *,
    draws: int = BOOTSTRAP_DRAWS,
    level: float = 0.95,
    seed: int = BOOTSTRAP_SEED,
) -> dict[str, tuple[float, float]]:
    """Per figure, the ``level`` interval of the figure over ``rows``, or of the gap
    (``rows`` minus ``other``) when ``other`` is given, drawing candidates with
    replacement (a candidate's criteria go together: one writer, one dossier).

    With 28 sealed candidates, an agreement of 0.71 is known to about ± 0.06: what
    the tool would score on other dossiers of the kind lies that wide."""
    import random

    def per_candidate(part: list[Comparison]) -> list[Counter[tuple[str, str]]]:
        groups: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        for r in part:
            groups[r.candidate][(r.gold, r.predicted)] += 1
        return list(groups.values())

    first = per_candidate(rows)
    second = per_candidate(other) if other is not None else []
    if not first or (other is not None and not second):
        return {}
    rng = random.Random(seed)

    def draw(groups: list[Counter[tuple[str, str]]]) -> dict[str, float]:
        total: Counter[tuple[str, str]] = Counter()
        for group in rng.choices(groups, k=len(groups)):
            total.update(group)
        return figures_of(total)

    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(draws):
        a = draw(first)
        b = draw(second) if second else None
        for key, value in a.items():
            if key != "n":
                samples[key].append(value - b[key] if b else value)
    return {key: _interval(values, level) for key, values in samples.items()}


#: Format of the files ``eval --save`` writes and ``eval --baseline`` reads.
VERDICTS_FORMAT = "rncp-check-verdicts/1"


def _row_key(row: Comparison) -> str:
    """A row's key in a verdicts file; a sealed row's is a digest, so that the
    file never names a sealed candidate's criterion beside the tool's verdict."""
    key = f"{row.candidate}|{row.criterion}"
    if row.split == "test":
        return "scelle:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    return key


def verdicts_snapshot(evaluation: Evaluation) -> dict:
    """The tool's verdict and the jury's label for every labelled criterion."""
    return {
        "format": VERDICTS_FORMAT,
        "rows": {
            _row_key(r): {"split": r.split, "gold": r.gold, "predicted": r.predicted}
            for r in evaluation.comparisons
        },
    }


def load_verdicts(path: Path) -> dict[str, dict[str, str]]:
    """Rows of a verdicts file written by ``eval --save``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CheckerError(f"{path} : lecture impossible ({error})") from error
    if not isinstance(data, dict) or data.get("format") != VERDICTS_FORMAT:
        raise CheckerError(
            f"{path} : ce n'est pas un fichier de verdicts écrit par « rncp-check eval --save »"
        )
    return cast(dict[str, dict[str, str]], data["rows"])


def paired_difference(
    pairs: list[tuple[str, bool, bool]],
    *,
    draws: int = BOOTSTRAP_DRAWS,
    level: float = 0.95,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float, float]:
    """Agreement now minus before, and its ``level`` interval, from (candidate,
    agreed before, agrees now) rows; candidates drawn with replacement, each
    with its own rows before and now (a paired comparison: the same dossiers)."""
    import random

    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for candidate, before, now in pairs:
        counts = per[candidate]
        counts[0] += 1
        counts[1] += before
        counts[2] += now
    groups = list(per.values())
    if not groups:
        return 0.0, 0.0, 0.0

    def diff(chosen: list[list[int]]) -> float:
        n = sum(g[0] for g in chosen)
        return (sum(g[2] for g in chosen) - sum(g[1] for g in chosen)) / n if n else 0.0

    rng = random.Random(seed)
    values = [diff(rng.choices(groups, k=len(groups))) for _ in range(draws)]
    return (diff(groups), *_interval(values, level))


def render_comparison(evaluation: Evaluation, baseline: dict[str, dict[str, str]]) -> str:
    """What moved since a saved run: per split, the verdicts fixed (now the
    jury's), made worse (were the jury's) or changed otherwise, the agreement
    before and now with the paired interval of its change; the train verdicts
    that moved, one per line (never a sealed one)."""
    moved: dict[str, Counter[str]] = {"train": Counter(), "test": Counter()}
    pairs: dict[str, list[tuple[str, bool, bool]]] = {"train": [], "test": []}
    lines: list[str] = []
    unknown = 0
    for row in evaluation.comparisons:
        before = baseline.get(_row_key(row))
        if before is None or before.get("gold") != row.gold:
            unknown += 1
            continue
        was = before.get("predicted", "")
        pairs[row.split].append((row.candidate, was == row.gold, row.predicted == row.gold))
        if was == row.predicted:
            continue
        kind = "better" if row.predicted == row.gold else "worse" if was == row.gold else "other"
        moved[row.split][kind] += 1
        if row.split == "train":
            sign = {"better": "+", "worse": "-", "other": "~"}[kind]
            lines.append(
                f"  {sign} {row.candidate} {row.criterion} : {was} → {row.predicted} "
                f"(jury {row.gold})"
            )
    out = ["Comparaison avec la version de référence (même corpus, mêmes étiquettes) :"]
    splits = [s for s in ("train", "test") if pairs[s]]
    names = {"train": "entraînement", "test": "test scellé"}
    out.append(f"  {'':<34}" + "".join(f"{names[s]:>18}" for s in splits))
    for kind, label in (
        ("better", "verdicts corrigés (→ jury)"),
        ("worse", "verdicts dégradés (jury →)"),
        ("other", "autres changements"),
    ):
        out.append(f"  {label:<34}" + "".join(f"{moved[s][kind]:>18}" for s in splits))
    figures = {s: paired_difference(pairs[s]) for s in splits}
    agreement = []
    for s in splits:
        n = len(pairs[s])
        was_right = sum(p[1] for p in pairs[s]) / n
        is_right = sum(p[2] for p in pairs[s]) / n
        agreement.append(f"{was_right:.3f} → {is_right:.3f}")
    out.append(f"  {'accord':<34}" + "".join(f"{a:>18}" for a in agreement))
    out.append(
        f"  {'variation, intervalle à 95 %':<34}"
        + "".join(f"{f'{figures[s][1]:+.3f} à {figures[s][2]:+.3f}':>18}" for s in splits)
    )
    out.append(
        "  (tirages appariés des candidats : un intervalle qui contient 0 ne distingue pas"
        " les deux versions)"
    )
    if unknown:
        out.append(f"  {unknown} critères absents de la référence ou réétiquetés, non comparés")
    if lines:
        out += ["", "Verdicts d'entraînement qui ont changé :", *lines]
    return "\n".join(out) + "\n"


def load_split(corpus: Path) -> tuple[str, ...]:
    """Candidate folder prefixes of the sealed test split (``split.yaml``),
    or () when the corpus has none."""
    path = Path(corpus) / "split.yaml"
    if not path.is_file():
        return ()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise CheckerError(f"{path} : lecture impossible ({error})") from error
    test = data.get("test") if isinstance(data, dict) else None
    if not isinstance(test, list) or not all(isinstance(t, str) and t for t in test):
        raise CheckerError(f"{path} : clé « test » attendue (liste de préfixes de candidats)")
    return tuple(test)


def split_of(name: str, test: tuple[str, ...]) -> str:
    """« test » when a candidate folder belongs to the sealed split."""
    return "test" if any(name == t or name.startswith(t + "-") for t in test) else "train"


def _predicted(report: CandidateReport) -> dict[str, str]:
    out = {}
    for result in report.criteria:
        status = result.status
        if status is Status.UNVERIFIABLE:
            status = Status.MISSING
        out[result.id] = status.value
    return out


#: A second jury's blind labels of a candidate, beside ``expected.yaml``.
SECOND_JURY = "expected-jury2.yaml"


def load_expected(folder: Path, name: str = "expected.yaml") -> dict:
    """Read and check a candidate's ``expected.yaml`` (or a second jury's file)."""
    path = folder / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("labels"), dict):
        raise CheckerError(f"{path} : clé « labels » manquante")
    for cid, label in data["labels"].items():
        status = label.get("status") if isinstance(label, dict) else label
        if status not in LABELS:
            raise CheckerError(f"{path} : {cid} a une étiquette inconnue {status!r}")
    return data


def evaluate_corpus(
    corpus: Path,
    check: Callable[..., CandidateReport] | None = None,
    *,
    only: list[str] | None = None,
    skip: list[str] | tuple[str, ...] = (),
) -> Evaluation:
    """Run the checker on every annotated candidate of ``corpus`` and compare.

    ``only`` / ``skip``: candidate folder name prefixes to keep / leave out.
    """
    from .api import check_candidate

    check = check or check_candidate
    evaluation = Evaluation()
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise CheckerError(msg.E130.format(path=corpus))
    folders = sorted(p for p in corpus.iterdir() if (p / "expected.yaml").exists())
    if not folders:
        raise CheckerError(msg.E131.format(path=corpus))
    test = load_split(corpus)
    for folder in folders:
        if only and not any(folder.name.startswith(o) for o in only):
            continue
        if any(folder.name.startswith(s) for s in skip):
            continue
        try:
            expected = load_expected(folder)
        except (CheckerError, yaml.YAMLError) as error:
            evaluation.errors.append(str(error))
            continue
        # The candidate's deliverables as `check` reads its folder: a file it never
        # evaluates (a CSV export, a lock file) is not read, whether listed or not.
        listed = expected.get("files", [])
        files = [folder / name for name in listed if ignored_reason(name) is None]
        files = files or [folder]
        report = check(files, blocs=expected.get("blocs") or None, name=folder.name)
        for doc in report.documents:
            if doc.error:
                evaluation.errors.append(doc.error)
        predicted = _predicted(report)
        reasons = {r.id: r.reason for r in report.criteria}
        near = set(expected.get("near_misses") or [])
        second: dict[str, str] = {}
        if (folder / SECOND_JURY).is_file():
            try:
                second = {
                    cid: (label["status"] if isinstance(label, dict) else label)
                    for cid, label in load_expected(folder, SECOND_JURY)["labels"].items()
                }
            except (CheckerError, yaml.YAMLError, OSError) as error:
                evaluation.errors.append(str(error))
        for cid, label in expected["labels"].items():
            gold = label["status"] if isinstance(label, dict) else label
            why = label.get("why", "") if isinstance(label, dict) else ""
            evaluation.comparisons.append(
                Comparison(
                    folder.name,
                    cid,
                    int(cid[1]),
                    gold,
                    predicted.get(cid, "missing"),
                    why,
                    cid in near,
                    reasons.get(cid, ""),
                    split_of(folder.name, test),
                    second.get(cid, ""),
                )
            )
    return evaluation


def _figures(evaluation: Evaluation, rows: list[Comparison], title: str) -> list[str]:
    """Confusion matrix, the four target figures and kappa, per bloc."""
    m = evaluation.metrics(rows)
    out = [f"{title} : {len({r.candidate for r in rows})} candidats, {m['n']} critères étiquetés"]
    if not rows:
        return out
    confusion: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    for row in rows:
        confusion[row.gold][row.predicted] += 1
    out += ["", "Matrice de confusion (lignes : jury ; colonnes : outil)"]
    out.append(f"{'':>10} " + " ".join(f"{label:>9}" for label in LABELS))
    for gold, counts in confusion.items():
        out.append(f"{gold:>10} " + " ".join(f"{counts[p]:>9}" for p in LABELS))
    out += [
        "",
        f"Accord (exact)            : {m['agreement']:.3f}   (cible ≥ 0,85)",
        f"Kappa de Cohen            : {m['kappa']:.3f}",
        f"Précision « couvert »     : {m['covered_precision']:.3f}   (cible ≥ 0,95)",
        f"Rappel « couvert »        : {m['covered_recall']:.3f}   (cible ≥ 0,85)",
        f"Taux de faux « couvert »  : {m['false_covered_rate']:.3f}   (cible ≤ 0,03)",
        "",
        "Par bloc :",
    ]
    groups: dict[int, list[Comparison]] = defaultdict(list)
    for row in rows:
        groups[row.bloc].append(row)
    for bloc, group in sorted(groups.items()):
        g = evaluation.metrics(group)
        out.append(
            f"  Bloc {bloc} : n={g['n']:>3}  accord {g['agreement']:.2f}  précision "
            f"{g['covered_precision']:.2f}  rappel {g['covered_recall']:.2f}  faux couverts "
            f"{g['false_covered_rate']:.2f}"
        )
    return out


def _intervals(train: list[Comparison], test: list[Comparison]) -> list[str]:
    """The side-by-side figures' 95 % intervals, candidates drawn with replacement."""
    parts = (
        bootstrap_intervals(train),
        bootstrap_intervals(test),
        bootstrap_intervals(train, test),
    )
    if not all(parts):
        return []
    draws = f"{BOOTSTRAP_DRAWS:,}".replace(",", "\u202f")
    out = [
        "",
        f"Intervalles à 95 % ({draws} tirages des candidats avec remise) : ce que",
        "chaque chiffre vaudrait sur d'autres dossiers du même genre (peu de candidats, large",
        "fourchette) :",
        f"  {'':<30}{'entraînement':>14}{'test scellé':>14}{'écart':>16}",
    ]
    for key, label in (
        ("agreement", "Accord"),
        ("covered_precision", "Précision « couvert »"),
        ("covered_recall", "Rappel « couvert »"),
        ("false_covered_rate", "Taux de faux « couvert »"),
    ):
        cells = [f"{lo:.3f}–{hi:.3f}" for lo, hi in (parts[0][key], parts[1][key])]
        lo, hi = parts[2][key]
        out.append(f"  {label:<30}{cells[0]:>14}{cells[1]:>14}{f'{lo:+.3f} à {hi:+.3f}':>16}")
    return out


EITHER_LABEL = "outil / l'un des deux jurys"


def _two_juries(rows: list[Comparison]) -> list[str]:
    """How far two juries agree, labelling the same criteria blind, and the tool
    against each on those criteria: the ceiling the figures above are read against."""
    both = [r for r in rows if r.second]
    if not both:
        return []
    n = len(both)

    def line(label: str, pairs: list[tuple[str, str]]) -> str:
        agree = sum(a == b for a, b in pairs) / n
        return f"  {label:<30}{agree:>9.3f}{kappa(pairs):>9.3f}"

    either = sum(r.predicted in {r.gold, r.second} for r in both) / n
    return [
        "",
        f"Deux jurys, étiquetage indépendant ({len({r.candidate for r in both})} candidats, "
        f"{n} critères, fichiers {SECOND_JURY}) :",
        f"  {'':<30}{'accord':>9}{'kappa':>9}",
        line("jury 1 / jury 2", [(r.gold, r.second) for r in both]),
        line("outil / jury 1", [(r.gold, r.predicted) for r in both]),
        line("outil / jury 2", [(r.second, r.predicted) for r in both]),
        f"  {EITHER_LABEL:<30}{either:>9.3f}",
        "  (l'accord entre deux jurys est le plafond réaliste de l'accord de l'outil avec un jury)",
    ]


def render_evaluation(evaluation: Evaluation, worst: int = 12) -> str:
    """The figures as French text: the whole corpus, then the train and sealed
    test splits side by side with the gap; details (per candidate, worst
    criteria, traps) for the train split only — the test split stays sealed."""
    rows = evaluation.comparisons
    train = [r for r in rows if r.split == "train"]
    test = [r for r in rows if r.split == "test"]
    out = _figures(evaluation, rows, "Corpus")
    if test:
        a, b = evaluation.metrics(train), evaluation.metrics(test)
        out += [
            "",
            "Entraînement / test scellé (règles ajustées sur l'entraînement seulement) :",
            f"  {'':<30}{'entraînement':>14}{'test scellé':>14}{'écart':>9}",
        ]
        for key, label in (
            ("agreement", "Accord (cible écart ≤ 0,05)"),
            ("kappa", "Kappa de Cohen"),
            ("covered_precision", "Précision « couvert »"),
            ("covered_recall", "Rappel « couvert »"),
            ("false_covered_rate", "Taux de faux « couvert »"),
        ):
            out.append(f"  {label:<30}{a[key]:>14.3f}{b[key]:>14.3f}{a[key] - b[key]:>+9.3f}")
        out.append(f"  {'Critères étiquetés':<30}{a['n']:>14}{b['n']:>14}")
        out += _intervals(train, test)
        out += ["", *_figures(evaluation, test, "Test scellé")]
    detail = train
    out += ["", "Par candidat" + (" (entraînement)" if test else "") + " :"]
    by_candidate: dict[str, list[Comparison]] = defaultdict(list)
    for row in detail:
        by_candidate[row.candidate].append(row)
    for cand, group in sorted(by_candidate.items()):
        g = evaluation.metrics(group)
        out.append(
            f"  {cand:<28} n={g['n']:>3}  accord {g['agreement']:.2f}  "
            f"faux couverts {g['false_covered_rate']:.2f}"
        )
    per_criterion: dict[str, list[Comparison]] = defaultdict(list)
    for row in detail:
        per_criterion[row.criterion].append(row)
    ranked = sorted(
        per_criterion.items(),
        key=lambda kv: (
            -sum(r.gold == "missing" and r.predicted == "covered" for r in kv[1]),
            sum(r.gold == r.predicted for r in kv[1]) / len(kv[1]),
        ),
    )
    out += ["", f"Critères les moins bien jugés ({worst}) :"]
    for cid, group in ranked[:worst]:
        wrong = [r for r in group if r.gold != r.predicted]
        if not wrong:
            continue
        detail_text = ", ".join(
            f"{r.candidate.split('-')[0]} {r.gold}→{r.predicted}" for r in wrong[:4]
        )
        out.append(f"  {cid:<9} accord {1 - len(wrong) / len(group):.2f} ({detail_text})")
    out += _two_juries(rows)
    failures = evaluation.near_miss_failures()
    sealed = [r for r in failures if r.split == "test"]
    out += ["", f"Pièges comptés « couvert » : {len(failures)}"]
    out += [f"  {r.candidate} {r.criterion} : {r.why}" for r in failures if r.split == "train"]
    if sealed:
        # Not even the criterion: the sealed split is never looked into while tuning.
        out.append(f"  dont {len(sealed)} dans le test scellé (détail non affiché)")
    if evaluation.errors:
        out += ["", "Erreurs :"] + [f"  {e}" for e in evaluation.errors]
    return "\n".join(out) + "\n"
