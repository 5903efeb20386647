"""Command-line options shared by several commands (``check``, ``batch``…)."""

from __future__ import annotations

from pathlib import Path

import click

from .clifr import FrenchIntRange


def bloc_option(command):
    """``--bloc N`` (repeatable)."""
    return click.option(
        "--bloc",
        "blocs",
        type=FrenchIntRange(1, 5),
        multiple=True,
        metavar="N",
        help="Limiter à un bloc (répétable : --bloc 1 --bloc 3). Par défaut : les blocs "
        "dont parlent les documents, sinon tous.",
    )(command)


def rules_option(command):
    """``--rules DIR``."""
    return click.option(
        "--rules",
        "rules_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        metavar="DOSSIER",
        help="Dossier de règles à utiliser (par défaut : les règles fournies).",
    )(command)


def cache_options(command):
    """``--no-cache`` and ``--cache-dir DIR`` (batch, compare)."""
    command = click.option(
        "--cache-dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        metavar="DOSSIER",
        help="Dossier du cache (par défaut : $RNCP_CHECK_CACHE, sinon ~/.cache/rncp-check).",
    )(command)
    return click.option(
        "--no-cache", is_flag=True, help="Tout relire, sans utiliser ni remplir le cache."
    )(command)
