"""The ``rncp-check`` command line: a thin layer over the library.

Each command parses its arguments, calls the library, picks a renderer and
sets the exit code. Only ``CheckerError`` is caught here: its French message
is printed as ``Erreur : …`` on stderr; anything else is a bug.
"""

from __future__ import annotations

import os
import sys
import warnings
from contextlib import ExitStack
from pathlib import Path

import click

from . import __version__
from .clifr import FrenchFloatRange, FrenchIntRange
from .errors import CheckerError
from .options import bloc_option, cache_options, rules_option
from .report import REPORTERS

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

EXIT_OK = 0
EXIT_THRESHOLD = 1
EXIT_INPUT = 2
EXIT_RULES = 3


def fail(error: CheckerError, code: int = EXIT_INPUT) -> None:
    """Print a CheckerError in French and exit with ``code``."""
    click.echo(f"Erreur : {error.message}", err=True)
    sys.exit(code)


@click.group(context_settings=CONTEXT, subcommand_metavar="COMMANDE [ARGUMENTS]...")
@click.version_option(
    __version__, "-V", "--version", prog_name="rncp-check", message="%(prog)s %(version)s"
)
def cli() -> None:
    """Vérifie quels critères du référentiel RNCP « Chef de projet e-commerce »
    sont couverts par les livrables d'un candidat (DOCX, PDF, ODT, PPTX, XLSX, ODS).

    \b
    Exemples :
      rncp-check check dossier.docx             un candidat, un fichier
      rncp-check check dossier-candidat/        un candidat, un dossier
      rncp-check extract dossier.pdf            ce que l'outil lit du fichier
      rncp-check rules show B1.C2.1             ce qu'un critère exige
      rncp-check compare v1.docx v2.docx        ce qui a changé entre deux brouillons
      rncp-check annotate dossier.docx          copie commentée du DOCX

    Aucun document n'est envoyé nulle part : tout est analysé sur cette machine.
    """
    show_rule_warnings()


def show_rule_warnings() -> None:
    """Rule-file warnings (``[W330]``: an option under its former name) as one
    French line each on stderr, instead of Python's ``file:line: Warning`` form."""
    if warnings.showwarning is not _show_warning:
        _PYTHON_SHOWWARNING[:] = [warnings.showwarning]
        warnings.showwarning = _show_warning


_PYTHON_SHOWWARNING: list = []


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    if category.__name__ == "RuleFileWarning":
        click.echo(f"Avertissement : {message}", err=True)
    else:
        _PYTHON_SHOWWARNING[0](message, category, filename, lineno, file, line)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Texte lisible ou JSON (voir README).",
)
def extract(file: Path, fmt: str) -> None:
    """Montre ce que l'outil lit d'un fichier : blocs (titres, paragraphes,
    listes, tableaux…) avec leur emplacement, puis le bilan de lecture.

    Exemple : rncp-check extract corpora/c01-cosmetique-aurore/dossier.docx
    """
    from .isolate import extract_isolated
    from .report.extractreport import render_document_json, render_document_text

    try:
        document = extract_isolated(file)
    except CheckerError as error:
        fail(error)
    out = render_document_json(document) if fmt == "json" else render_document_text(document)
    click.echo(out, nl=False)


FORMATS = list(REPORTERS)


def output_options(command):
    """``--format`` and ``--output``, shared by the report commands."""
    command = click.option(
        "--output",
        "-o",
        default="-",
        show_default=True,
        metavar="FICHIER|-",
        help="Fichier où écrire le rapport (« - » : la sortie standard).",
    )(command)
    command = click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="text",
        show_default=True,
        help="text : lecture à l'écran ; json : pour les scripts (voir README) ; "
        "html : rapport imprimable pour le jury ; csv : pour Excel.",
    )(command)
    return command


def load_rules(rules_dir: Path | None):
    """Load the rule set or exit with the French list of problems."""
    from .errors import RuleFileError
    from .ruleset import load_ruleset

    try:
        return load_ruleset(rules_dir)
    except RuleFileError as error:
        click.echo("Erreur : règles invalides :\n" + error.message, err=True)
        sys.exit(EXIT_RULES)


def say(line: str) -> None:
    """A French progress or result line, on stderr."""
    click.echo(line, err=True)


def write_output(text: str, output: str | os.PathLike[str]) -> None:
    """Write to stdout or atomically to a file (never half-written), or exit
    with the French error (see ``checker.report.write_report``)."""
    from .report import write_report

    try:
        write_report(text, output, say=say)
    except CheckerError as error:
        fail(error)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@bloc_option
@output_options
@rules_option
@click.option(
    "--fail-under",
    type=FrenchFloatRange(0, 100),
    default=None,
    metavar="POURCENT",
    help="Code de sortie 1 si la part de critères couverts (hors jury) est "
    "inférieure à ce pourcentage (pour les scripts de formateurs).",
)
@click.option("--verbose", "-v", is_flag=True, help="Plus de preuves par critère (texte).")
@click.option(
    "--compact",
    is_flag=True,
    help="Avec --format html : fiche jury à imprimer (synthèse, tableau par bloc, manques, "
    "points du jury, une ligne par critère couvert ; 6 pages A4 au plus).",
)
def check(paths, blocs, fmt, output, rules_dir, fail_under, verbose, compact) -> None:
    """Vérifie les livrables d'UN candidat : un fichier, plusieurs fichiers ou un
    dossier (les preuves de tous ses documents sont mises en commun).

    \b
    Pour chaque critère : couvert, partiel, manquant, jury (évalué à l'oral)
    ou invérifiable (pages scannées ou illisibles), avec les preuves
    (extrait, page, section) et un conseil pour ce qui manque.

    \b
    Codes de sortie :
      0  rapport produit
      1  couverture inférieure à --fail-under
      2  aucun document lisible, ou chemin introuvable
      3  règles invalides

    \b
    Exemples :
      rncp-check check corpora/c01-cosmetique-aurore/
      rncp-check check dossier.pdf annexes.pdf --bloc 3
      rncp-check check dossier.docx --format html -o rapport.html
      rncp-check check dossier.docx --format html --compact -o fiche-jury.html
      rncp-check check dossier.docx --format json --fail-under 80
    """
    from .api import check_candidate

    for path in paths:
        if not path.exists() and not path.is_symlink():
            click.echo(f"Erreur : chemin introuvable : {path}", err=True)
            sys.exit(EXIT_INPUT)
    ruleset = load_rules(rules_dir)
    try:
        report = check_candidate(paths, blocs=blocs or None, ruleset=ruleset)
    except CheckerError as error:  # e.g. a broken installation (E112)
        fail(error)
    readable = [d for d in report.documents if not d.error]
    if readable or fmt != "text":
        # With nothing readable, a text report of 93 "missing" would only
        # mislead a person; a script still gets the file statuses (JSON, CSV…).
        from .report import render_report

        try:
            render_report(report, fmt, output, say=say, verbose=verbose, compact=compact)
        except CheckerError as error:
            fail(error)
    if not readable:
        for doc in report.documents:
            click.echo(f"Erreur : {doc.error}", err=True)
        if not report.documents:
            click.echo(
                "Erreur : aucun document DOCX, PDF, ODT, PPTX, XLSX ou ODS trouvé.", err=True
            )
        sys.exit(EXIT_INPUT)
    if fail_under is not None:
        share = report.covered_share()
        if share < fail_under:
            click.echo(
                f"Couverture {share:.0f} % inférieure au seuil de {fail_under:.0f} %.", err=True
            )
            sys.exit(EXIT_THRESHOLD)


@cli.command()
@click.argument("old", metavar="ANCIEN", type=click.Path(path_type=Path))
@click.argument("new", metavar="NOUVEAU", type=click.Path(path_type=Path))
@bloc_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
    help="text : lecture à l'écran ; json : pour les scripts ; html : page imprimable.",
)
@click.option(
    "--output",
    "-o",
    default="-",
    show_default=True,
    metavar="FICHIER|-",
    help="Fichier où écrire la comparaison (« - » : la sortie standard).",
)
@click.option(
    "--fail-on-regression",
    is_flag=True,
    help="Code de sortie 1 si un critère a régressé (pour les scripts).",
)
@cache_options
@rules_option
def compare(old, new, blocs, fmt, output, fail_on_regression, no_cache, cache_dir, rules_dir):
    """Compare deux versions des livrables d'un candidat (deux fichiers ou deux
    dossiers), critère par critère : régressions d'abord (critères qui étaient
    couverts et ne le sont plus), puis critères nouvellement couverts, progrès,
    preuves déplacées ou disparues, et critères couverts par bloc avant/après.

    \b
    Les deux versions sont jugées sur les mêmes blocs. Les verdicts sont mis
    en cache (comme pour batch) : comparer à nouveau après une retouche ne
    relit que la version modifiée.

    \b
    Codes de sortie :
      0  comparaison produite
      1  au moins une régression, avec --fail-on-regression
      2  chemin introuvable, ou aucun document lisible dans une version
      3  règles invalides

    \b
    Exemples :
      rncp-check compare dossier-v1.docx dossier-v2.docx
      rncp-check compare brouillon-mars/ brouillon-avril/ --format html -o progres.html
      rncp-check compare v1/ v2/ --format json --fail-on-regression
    """
    from .compare import compare_paths
    from .report.comparereport import render as render_comparison

    for path in (old, new):
        if not path.exists() and not path.is_symlink():
            click.echo(f"Erreur : chemin introuvable : {path}", err=True)
            sys.exit(EXIT_INPUT)
    ruleset = load_rules(rules_dir)
    try:
        comparison = compare_paths(
            [old],
            [new],
            ruleset=ruleset,
            blocs=blocs or None,
            cache_dir=cache_dir,
            use_cache=not no_cache,
        )
    except CheckerError as error:
        fail(error)
    unreadable = False
    for label, report in (("ancienne", comparison.old), ("nouvelle", comparison.new)):
        if not [d for d in report.documents if not d.error]:
            unreadable = True
            for doc in report.documents:
                click.echo(f"Erreur : {doc.error}", err=True)
            if not report.documents:
                click.echo(f"Erreur : aucun document lisible dans la {label} version.", err=True)
    if unreadable:
        sys.exit(EXIT_INPUT)
    write_output(render_comparison(comparison, fmt), output)
    if fail_on_regression and comparison.changed("regression"):
        count = len(comparison.changed("regression"))
        click.echo(f"{count} critère(s) en régression.", err=True)
        sys.exit(EXIT_THRESHOLD)


@cli.command()
@click.argument("file", metavar="FICHIER", type=click.Path(path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="COPIE",
    help="Copie annotée à écrire (par défaut : FICHIER-annote.docx à côté de FICHIER).",
)
@bloc_option
@rules_option
def annotate(file, output, blocs, rules_dir) -> None:
    """Écrit une copie du DOCX du candidat avec des commentaires Word signés
    « rncp-check » : à chaque preuve retenue (« B1.C2.1 couvert : … »), là où
    se rattache chaque critère manquant ou partiel (« B1.C7.2 manquant :
    calculez le ROI… »), et un commentaire de synthèse en tête.

    \b
    Le fichier d'origine n'est jamais modifié ; la copie garde tout le texte
    du candidat et s'ouvre dans Word et LibreOffice. Pour un PDF, un ODT, un
    PPTX, un XLSX ou un ODS, le rapport HTML (avec une ancre par critère) est écrit à la place :
    FICHIER-rapport.html, ou la COPIE donnée si elle finit par .html.

    \b
    Codes de sortie : 0 copie écrite ; 2 fichier introuvable, illisible ou
    copie impossible à écrire ; 3 règles invalides.

    \b
    Exemples :
      rncp-check annotate dossier.docx -o dossier-annote.docx
      rncp-check annotate dossier.pdf            (écrit dossier-rapport.html)
    """
    from .annotate import annotate_docx
    from .api import check_candidate
    from .extract import detect_format

    if not file.exists() and not file.is_symlink():
        click.echo(f"Erreur : fichier introuvable : {file}", err=True)
        sys.exit(EXIT_INPUT)
    try:
        fmt, _warnings = detect_format(file)
    except CheckerError as error:
        fail(error)
    ruleset = load_rules(rules_dir)
    report = check_candidate([file], blocs=blocs or None, ruleset=ruleset)
    failed = [d for d in report.documents if d.error]
    if failed or not report.documents:
        for doc in failed:
            click.echo(f"Erreur : {doc.error}", err=True)
        sys.exit(EXIT_INPUT)
    if fmt != "docx":
        target = output if output and output.suffix.lower() == ".html" else None
        target = target or file.with_name(f"{file.stem}-rapport.html")
        click.echo(
            f"{file} n'est pas un DOCX : les commentaires Word ne s'appliquent qu'aux DOCX ; "
            "le rapport HTML, avec une ancre par critère (#B1.C2.1), en tient lieu.",
            err=True,
        )
        from .report import render_report

        try:
            render_report(report, "html", target, say=say)
        except CheckerError as error:
            fail(error)
        return
    target = output or file.with_name(f"{file.stem}-annote.docx")
    if target.exists() and os.path.samefile(target, file):
        click.echo(
            f"Erreur : la copie annotée ne peut pas remplacer l'original ({file}) : "
            "choisissez un autre nom avec -o.",
            err=True,
        )
        sys.exit(EXIT_INPUT)
    try:
        done = annotate_docx(file, target, report)
    except CheckerError as error:
        fail(error)
    except OSError as exc:
        click.echo(f"Erreur : impossible d'écrire {target} ({exc.strerror or exc})", err=True)
        sys.exit(EXIT_INPUT)
    click.echo(
        f"Copie annotée écrite : {target} ({done.evidence} preuve(s) et {done.gaps} manque(s) "
        f"commentés, {len(done.unplaced)} manque(s) dans le commentaire de synthèse).",
        err=True,
    )


def find_criterion(ruleset, raw: str):
    """The criterion ``raw`` names, in any case (``b1.c2.1``), or exit with a
    French error that suggests the nearest ids."""
    import difflib

    wanted = raw.strip().upper()
    criterion = ruleset.criterion(wanted)
    if criterion is not None:
        return criterion
    ids = [c.id for c in ruleset.criteria]
    prefix = wanted.rsplit(".", 1)[0] + "."
    same = [i for i in ids if i.startswith(prefix)]  # same competency first
    near = same[:3] or difflib.get_close_matches(wanted, ids, n=3, cutoff=0.6)
    hint = f" Vouliez-vous dire : {', '.join(near)} ?" if near else ""
    click.echo(
        f"Erreur : critère inconnu : {raw}.{hint} (liste complète : rncp-check rules list)",
        err=True,
    )
    sys.exit(EXIT_INPUT)


@cli.command()
@click.argument("criterion_id", metavar="ID")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@rules_option
def explain(criterion_id, paths, rules_dir) -> None:
    """Explique le verdict d'UN critère : exigences, preuves retenues et
    occurrences écartées (avec le garde-fou qui les a écartées).

    Exemple : rncp-check explain B1.C2.1 dossier.docx
    """
    from .api import candidate_files, get_engine, read_documents

    engine = get_engine(load_rules(rules_dir))
    criterion = find_criterion(engine.ruleset, criterion_id)
    files, _skipped = candidate_files(paths)
    documents, infos = read_documents(files)
    for info in infos:
        if info.error:
            click.echo(f"Erreur : {info.error}", err=True)
    if not documents:
        sys.exit(EXIT_INPUT)
    _explain_documents(engine, criterion, documents)


def _explain_documents(engine, criterion, documents) -> None:
    """Print the verdict on ``criterion`` for ``documents``, requirement by
    requirement (``explain`` and ``rules try``)."""
    from .report.explainreport import render_explain

    ctx = engine.context(documents)
    traces = [] if criterion.assessment == "jury" else engine.trace(criterion, ctx)
    result = engine.assess_one(criterion, ctx, [])
    click.echo(render_explain(criterion, result, traces, ctx), nl=False)


@cli.command("eval")
@click.argument("corpus", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option(
    "--mismatches",
    is_flag=True,
    help="Lister chaque désaccord avec le jury (partie entraînement seulement).",
)
@click.option(
    "--save",
    "save_path",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FICHIER",
    help="Écrire le verdict de chaque critère étiqueté dans FICHIER (JSON), pour comparer "
    "une version suivante avec --baseline (les critères du test scellé n'y sont pas nommés).",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    metavar="FICHIER",
    help="Comparer à un FICHIER écrit par --save : verdicts corrigés, dégradés, et variation "
    "de l'accord avec son intervalle à 95 % (le détail pour l'entraînement seulement).",
)
def eval_command(corpus, mismatches, save_path, baseline_path) -> None:
    """Mesure l'accord de l'outil avec un jury sur un corpus annoté : un dossier
    par candidat, avec ses documents et un fichier expected.yaml (voir
    corpora/README.md). Affiche la matrice de confusion, l'accord, le kappa de
    Cohen, la précision et le rappel des « couvert », le taux de faux
    « couvert », par bloc et par critère, et les pièges comptés « couvert ».

    Quand le corpus a un fichier split.yaml, les chiffres de la partie
    d'entraînement et du test scellé sont donnés côte à côte avec leur écart ;
    les désaccords du test scellé ne sont jamais listés (les règles ne se
    règlent que sur l'entraînement).

    Pour juger un changement des règles : rncp-check eval corpora/ --save
    avant.json, puis, après le changement, rncp-check eval corpora/ --baseline
    avant.json (un intervalle qui contient 0 ne distingue pas les deux versions).

    Exemple : rncp-check eval corpora/
    """
    import json

    from .errors import CheckerError
    from .evaluation import (
        evaluate_corpus,
        load_verdicts,
        render_comparison,
        render_evaluation,
        verdicts_snapshot,
    )

    try:
        baseline = load_verdicts(baseline_path) if baseline_path else None
        evaluation = evaluate_corpus(corpus)
    except CheckerError as error:
        click.echo(f"Erreur : {error}", err=True)
        raise SystemExit(2) from None
    if mismatches:
        sealed = 0
        for row in evaluation.comparisons:
            if row.gold == row.predicted:
                continue
            if row.split == "test":
                sealed += 1
                continue
            click.echo(
                f"{row.candidate} {row.criterion} jury={row.gold} "
                f"outil={row.predicted}\n    jury : {row.why}\n    outil : {row.reason}"
            )
        if sealed:
            click.echo(f"({sealed} désaccords du test scellé non affichés : voir split.yaml)")
    click.echo(render_evaluation(evaluation), nl=False)
    if baseline is not None:
        click.echo("")
        click.echo(render_comparison(evaluation, baseline), nl=False)
    if save_path:
        try:
            save_path.write_text(
                json.dumps(verdicts_snapshot(evaluation), ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8",
            )
        except OSError as error:
            click.echo(f"Erreur : {save_path} : écriture impossible ({error})", err=True)
            raise SystemExit(2) from None
        click.echo(f"Verdicts écrits dans {save_path} (à comparer avec --baseline).")


@cli.group()
def rules() -> None:
    """Consulter et valider les règles (un fichier YAML par bloc)."""


@rules.command("list")
@click.option(
    "--bloc",
    "blocs",
    type=FrenchIntRange(1, 5),
    multiple=True,
    metavar="N",
    help="Seulement ce bloc (répétable).",
)
@rules_option
def rules_list(blocs, rules_dir) -> None:
    """Liste les critères : identifiant, mode d'évaluation (auto / jury) et texte.

    Exemple : rncp-check rules list --bloc 1
    """
    ruleset = load_rules(rules_dir)
    for bloc in ruleset.blocs:
        if blocs and bloc.number not in blocs:
            continue
        click.echo(f"Bloc {bloc.number} — {bloc.title}")
        for criterion in bloc.criteria:
            mode = "jury" if criterion.assessment == "jury" else "auto"
            click.echo(f"  {criterion.id:<10} {mode:<5} {criterion.text}")


@rules.command("show")
@click.argument("criterion_id", metavar="ID")
@rules_option
def rules_show(criterion_id, rules_dir) -> None:
    """Montre ce qu'exige un critère : texte, preuves attendues, conseil, exemples.

    Exemple : rncp-check rules show B1.C2.1
    """
    from .report.explainreport import render_rule

    criterion = find_criterion(load_rules(rules_dir), criterion_id)
    click.echo(render_rule(criterion), nl=False)


@rules.command("try")
@click.argument("criterion_id", metavar="ID")
@click.argument("source", metavar="[FICHIER]", required=False, type=click.Path(path_type=Path))
@click.option(
    "--texte",
    "text",
    metavar="TEXTE",
    help="Le texte à essayer, donné sur la ligne de commande (au lieu d'un FICHIER).",
)
@rules_option
def rules_try(criterion_id, source, text, rules_dir) -> None:
    """Essaie UN critère sur un petit texte, sans fabriquer de DOCX : pour écrire
    ou corriger une règle et ses exemples. Le texte suit la notation des exemples
    des règles (« docmark », docs/rules.md) : « # Titre », « - élément de liste »,
    « | cellule | cellule | » pour un tableau, une ligne vide entre deux
    paragraphes. Il vient de FICHIER, de --texte, ou de l'entrée standard
    (FICHIER « - » ou rien). Affiche le verdict, exigence par exigence, comme
    explain.

    Exemples :

      rncp-check rules try B1.C2.1 essai.md

      rncp-check rules try B1.C3.1 --texte "# Objectifs
      - Atteindre 12 000 € de CA en ligne d'ici juin 2026"
    """
    from .api import get_engine
    from .testing import docmark

    if text is not None and source is not None:
        click.echo("Erreur : donner soit FICHIER, soit --texte, pas les deux.", err=True)
        sys.exit(EXIT_INPUT)
    engine = get_engine(load_rules(rules_dir))
    criterion = find_criterion(engine.ruleset, criterion_id)
    name = "texte"
    if text is None:
        if source is None or str(source) == "-":
            text = sys.stdin.read()
        else:
            name = source.name
            try:
                text = source.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                click.echo(f"Erreur : {source} : texte illisible (UTF-8 attendu).", err=True)
                sys.exit(EXIT_INPUT)
            except FileNotFoundError:
                click.echo(f"Erreur : {source} : fichier introuvable.", err=True)
                sys.exit(EXIT_INPUT)
            except OSError as error:
                from .messages import os_cause

                click.echo(f"Erreur : {source} : lecture impossible ({os_cause(error)}).", err=True)
                sys.exit(EXIT_INPUT)
    if not text.strip():
        click.echo("Erreur : texte vide : rien à essayer.", err=True)
        sys.exit(EXIT_INPUT)
    _explain_documents(engine, criterion, [docmark(text, name)])


@rules.command("validate")
@click.argument("directory", required=False, type=click.Path(path_type=Path, file_okay=False))
def rules_validate(directory) -> None:
    """Valide un dossier de règles (par défaut : les règles fournies) : clés,
    types, expressions régulières, identifiants, textes identiques au référentiel
    (criteres.tsv du dossier). Toutes les erreurs sont listées d'un coup.

    Exemple : rncp-check rules validate mes-regles/
    """
    ruleset = load_rules(directory)
    auto = [c for c in ruleset.criteria if c.assessment == "auto"]
    jury = [c for c in ruleset.criteria if c.assessment == "jury"]
    examples = sum(len(v) for c in ruleset.criteria for v in c.examples.values())
    click.echo(
        f"Règles valides : {ruleset.name} {ruleset.version} — {len(ruleset.blocs)} blocs, "
        f"{len(ruleset.criteria)} critères ({len(auto)} auto, {len(jury)} jury), "
        f"{examples} exemples."
    )


@cli.command("batch", context_settings=CONTEXT)
@click.argument(
    "cohort_dir",
    type=click.Path(path_type=Path, exists=True, file_okay=False, dir_okay=True),
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    metavar="DOSSIER",
    type=click.Path(path_type=Path, file_okay=False),
    help="Dossier où écrire les rapports (créé si besoin ; pas dans la cohorte).",
)
@click.option(
    "--jobs",
    "-j",
    type=FrenchIntRange(min=1),
    default=None,
    metavar="N",
    help="Nombre de processus d'analyse en parallèle (par défaut : nombre de processeurs).",
)
@bloc_option
@cache_options
@click.option(
    "--prune",
    is_flag=True,
    help="Supprimer de --out les rapports écrits par l'outil pour des candidats qui ne "
    "sont plus dans la cohorte (sinon ils sont seulement signalés).",
)
@rules_option
def batch(
    cohort_dir: Path,
    out_dir: Path,
    jobs: int | None,
    blocs: tuple[int, ...],
    no_cache: bool,
    cache_dir: Path | None,
    prune: bool,
    rules_dir: Path | None,
) -> None:
    """Vérifie toute une cohorte : un rapport par candidat et une vue d'ensemble.

    Chaque sous-dossier de COHORT_DIR est un candidat (tous ses fichiers, à toute
    profondeur) ; chaque fichier posé directement dans COHORT_DIR est un candidat.
    Les fichiers de verrouillage, système et cachés sont ignorés (une ligne
    « ignoré : … » le signale) ; les liens symboliques ne sont pas suivis.

    \b
    Écrit dans le dossier --out :
      <candidat>.html, <candidat>.json   le rapport de chaque candidat
      cohorte.html                       carte des critères, critères les plus
                                         manqués, candidats à suivre, fichiers illisibles
      cohorte.csv                        matrice candidats × critères (Excel, « ; »)
      .rncp-check-index.json             ce que l'outil a écrit (nom et SHA-256)

    Un fichier de --out que l'outil n'a pas écrit n'est jamais remplacé : le
    rapport du candidat prend un autre nom (un avertissement le dit). Les rapports
    de candidats absents de la cohorte sont signalés (--prune les supprime).

    Les rapports sont mis en cache : relancer la commande sur une cohorte inchangée
    ne relit aucun document ; seul un candidat dont un fichier a changé est relu.
    Une lecture interrompue (délai, processus arrêté) n'est pas mise en cache.

    \b
    Code de sortie :
      0    tous les rapports ont été écrits et tous les fichiers lus ;
      4    tous les rapports ont été écrits, mais des fichiers n'ont pas pu être lus
           (le résumé dit combien ; cohorte.html dit lesquels et pourquoi) ;
      5    des rapports n'ont pas pu être écrits (chacun est nommé, avec la cause) ;
      2    dossier de cohorte ou de rapports inutilisable ;
      3    règles invalides ;
      130  interrompu par Ctrl-C, 143 par SIGTERM (relancer reprend).

    \b
    Exemple :
      rncp-check batch promo-2025/ --out rapports-2025/ --jobs 4
    """
    from . import messages as msg
    from .batch import Interrupted, Terminated, run_cohort, sigterm_raises
    from .cohort import EXIT_INTERRUPTED, EXIT_TERMINATED
    from .discover import safe_name
    from .errors import RuleFileError

    stderr_tty = sys.stderr.isatty()
    done_so_far = [0, 0]
    with ExitStack() as stack:
        bar = None

        def progress(done: int, total: int, name: str) -> None:
            nonlocal bar
            done_so_far[:] = [done, total]
            if not stderr_tty:
                # cron, CI, a log file: one plain line per candidate.
                click.echo(f"[{done}/{total}] {name}", err=True)
                return
            if bar is None:
                bar = stack.enter_context(
                    click.progressbar(
                        length=total, label="Analyse de la cohorte", file=sys.stderr, show_pos=True
                    )
                )
            bar.update(1)

        stack.enter_context(sigterm_raises())
        try:
            result = run_cohort(
                cohort_dir,
                out_dir,
                jobs=jobs,
                blocs=list(blocs) or None,
                use_cache=not no_cache,
                cache_dir=cache_dir,
                progress=progress,
                log=lambda line: click.echo(line, err=True),
                rules_dir=rules_dir,
                prune=prune,
            )
        except RuleFileError as error:
            click.echo("Erreur : règles invalides :\n" + error.message, err=True)
            sys.exit(EXIT_RULES)
        except CheckerError as error:
            click.echo(f"Erreur : {error.message}", err=True)
            sys.exit(EXIT_INPUT)
        except KeyboardInterrupt as stop:
            done, total = done_so_far
            if isinstance(stop, Interrupted):
                done, total = stop.done, stop.total
            terminated = isinstance(stop, Terminated) or getattr(stop, "terminated", False)
            stack.close()  # the progress bar ends its line first
            text = msg.INTERRUPTED.format(done=done, total=total or "?", out=safe_name(out_dir))
            if no_cache:
                text = text.replace(msg.KEPT, msg.NOT_KEPT)
            click.echo("\n" + text, err=True)
            sys.exit(EXIT_TERMINATED if terminated else EXIT_INTERRUPTED)
    n = len(result.outcomes)
    cached = f" dont {result.from_cache} depuis le cache" if result.from_cache else ""
    click.echo(f"{n} candidat(s) analysé(s){cached}.")
    for line in result.notices:
        click.echo(line, err=True)
    if result.write_errors:
        click.echo(
            f"Erreur : {len(result.write_errors)} fichier(s) n'ont pas pu être écrits dans "
            f"{safe_name(out_dir)} (voir les lignes [E120] ci-dessus) ; les autres l'ont été.",
            err=True,
        )
    else:
        click.echo(
            f"Rapports écrits dans {safe_name(out_dir)} : {result.html_name}, {result.csv_name} "
            "et un rapport HTML + JSON par candidat."
        )
    if result.failed:
        what = (
            "1 fichier n'a pas pu être lu"
            if result.failed == 1
            else f"{result.failed} fichiers n'ont pas pu être lus"
        )
        click.echo(f"Attention : {what} (voir {result.html_name}).", err=True)
    sys.exit(result.exit_code)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="rncp-check")
