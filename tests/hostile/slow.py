"""Slow or hanging readers for the timeout tests, from the test side only.

In this process, ``slow_reader(monkeypatch, seconds)`` wraps
``checker.isolate._read_in_process`` (the reading children are forks of this
process and inherit it). For a command started with ``subprocess``,
``slow_reader_env(seconds)`` gives the environment that makes its reading
children sleep (``slow_reader/sitecustomize.py`` on ``PYTHONPATH``).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from checker import isolate

#: Read by ``slow_reader/sitecustomize.py``: seconds a reading child sleeps.
SLOW_READER_ENV = "RNCP_CHECK_TESTS_SLOW_READER_S"
SITE_DIR = Path(__file__).resolve().parent / "slow_reader"
#: The command line, found through this interpreter (no ``.venv`` path).
CLI = (sys.executable, "-m", "checker")


def slow_reader_env(seconds: float, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """``base`` (default: this environment) plus what makes reading children sleep."""
    env = dict(os.environ if base is None else base)
    paths = [str(SITE_DIR), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env[SLOW_READER_ENV] = str(seconds)
    return env


def slow_reader(
    monkeypatch: pytest.MonkeyPatch, seconds: float, pid_file: Path | None = None
) -> None:
    """Reading children forked from this process sleep ``seconds`` before reading
    (and write their pid to ``pid_file`` first, when given)."""
    read = isolate._read_in_process

    def slow_read(path, limits):
        if pid_file is not None:
            pid_file.write_text(str(os.getpid()), encoding="ascii")
        time.sleep(seconds)
        return read(path, limits)

    monkeypatch.setattr(isolate, "_read_in_process", slow_read)
