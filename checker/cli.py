"""The ``rncp-check`` command line: a thin layer over the library.

Each command parses its arguments, calls the library, picks a renderer and
sets the exit code. Only ``CheckerError`` is caught here: its French message
is printed as ``Erreur : …`` on stderr; anything else is a bug.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import CheckerError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

EXIT_OK = 0
EXIT_THRESHOLD = 1
EXIT_INPUT = 2
EXIT_RULES = 3


def fail(error: CheckerError, code: int = EXIT_INPUT) -> None:
    """Print a CheckerError in French and exit with ``code``."""
    click.echo(f"Erreur : {error.message}", err=True)
    sys.exit(code)


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="rncp-check",
                      message="%(prog)s %(version)s")
def cli() -> None:
    """Vérifie quels critères du référentiel RNCP « Chef de projet e-commerce »
    sont couverts par les livrables d'un candidat (DOCX, PDF, ODT).

    \b
    Exemples :
      rncp-check check dossier.docx             un candidat, un fichier
      rncp-check check dossier-candidat/        un candidat, un dossier
      rncp-check extract dossier.pdf            ce que l'outil lit du fichier
      rncp-check rules show B1.C2.1             ce qu'un critère exige

    Aucun document n'est envoyé nulle part : tout est analysé sur cette machine.
    """


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Texte lisible ou JSON (voir README).")
def extract(file: Path, fmt: str) -> None:
    """Montre ce que l'outil lit d'un fichier : blocs (titres, paragraphes,
    listes, tableaux…) avec leur emplacement, puis le bilan de lecture.

    Exemple : rncp-check extract corpora/c01-cosmetique/dossier.docx
    """
    from .extract import extract as run_extract
    from .report.extractreport import render_document_json, render_document_text

    try:
        document = run_extract(file)
    except CheckerError as error:
        fail(error)
    out = render_document_json(document) if fmt == "json" else render_document_text(document)
    click.echo(out, nl=False)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="rncp-check")
