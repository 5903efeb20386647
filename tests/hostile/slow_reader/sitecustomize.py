"""Test-only: make every reading child sleep before it reads (timeouts, kills).

This folder is put on ``PYTHONPATH`` by ``tests.hostile.slow.slow_reader_env``
for a command started by a test; Python imports ``sitecustomize`` at start-up.
When ``RNCP_CHECK_TESTS_SLOW_READER_S`` holds a number of seconds,
``checker.isolate._read_in_process`` (what a reading child runs) is wrapped
so that it sleeps that long first. Forked children (and the batch workers)
inherit the wrapper; spawned ones run this file again. Nothing of this is in
the production code.
"""

from __future__ import annotations

import os

_seconds = os.environ.get("RNCP_CHECK_TESTS_SLOW_READER_S")

if _seconds:
    import time

    from checker import isolate

    _read = isolate._read_in_process

    def _slow_read(path, limits):
        time.sleep(float(_seconds))
        return _read(path, limits)

    isolate._read_in_process = _slow_read
