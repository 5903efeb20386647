"""Read one untrusted file in a child process, with a time and a memory cap.

``extract_isolated(path, limits)`` first runs the cheap checks in this
process (``detect_format``: file type, size, ZIP structure, FIFO or device):
they answer in milliseconds, so ZIP bombs and oversized files never reach a
reader. The file is then read by ``checker.extract.extract`` in a fresh child
process, one per file. On Linux the child is an ``os.fork`` of this process
(the readers are imported here once and shared; a child costs 10-30 ms) that
sends its result back through a pipe, and ``os.wait4`` tells how much memory
it used; elsewhere ``multiprocessing`` with ``spawn`` is used. The child's
address space is capped with ``RLIMIT_AS`` (what it inherited plus
``limits.memory_mb``), it writes no core file, and it is killed after
``limits.timeout_s`` seconds. Every outcome is a ``Document`` or an
``InputError`` with a French message and a file status:

* the child hangs past the timeout -> killed, ``DELAI_DEPASSE`` (E109);
* it runs out of memory (``MemoryError``; or it dies on a signal after
  growing by half its memory cap or more, as native code does when an
  allocation fails; or SIGKILL, as the kernel's out-of-memory killer sends)
  -> ``TROP_VOLUMINEUX`` (E108);
* it dies on a signal otherwise (segfault, abort in a native library) ->
  ``ILLISIBLE`` (E104, « le lecteur s'est arrêté brutalement »);
* any other unexpected exception -> ``ILLISIBLE`` (E104); the traceback goes
  to stderr only when ``RNCP_CHECK_DEBUG`` is set.

The child's stdout and stderr go to ``/dev/null`` (libraries print English
warnings there, and ``faulthandler`` would print a traceback) unless
``RNCP_CHECK_DEBUG`` is set. ``RNCP_CHECK_TEST_DELAY_S`` makes the child sleep
before reading: a hook for the timeout tests only.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import select
import signal
import sys
import time
import traceback
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import messages as msg
from .errors import InputError
from .limits import Limits, cap_page_chars
from .limits import current as current_limits
from .model import Document

#: Test hook: the child sleeps this many seconds before reading (timeouts).
TEST_DELAY_ENV = "RNCP_CHECK_TEST_DELAY_S"
DEBUG_ENV = "RNCP_CHECK_DEBUG"
#: Seconds given to a child to hand over its result once it said it is done.
_GRACE_S = 5.0

_preloaded = False


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    return "fork" if "fork" in methods else "spawn"


def preload_readers() -> None:
    """Import the readers here once, so that forked children share them."""
    global _preloaded
    if _preloaded:
        return
    import pptx  # noqa: F401  (python-pptx, imported once for the children)

    from .extract import docx_reader, odt_reader, pdf_reader, pptx_reader  # noqa: F401

    _preloaded = True


def _vm_bytes() -> int | None:
    """This process's current virtual size (Linux), or None."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            pages = int(handle.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _cap_resources(limits: Limits) -> None:
    """In the child: memory cap on top of what was inherited, no core file."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return
    for name, value in (("RLIMIT_CORE", 0),):
        limit = getattr(resource, name, None)
        if limit is not None:
            with suppress(OSError, ValueError):
                resource.setrlimit(limit, (value, value))
    current = _vm_bytes()
    if current is not None:
        cap = current + limits.memory_mb * 1024 * 1024
        try:
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                cap = min(cap, hard)
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        except (OSError, ValueError):
            pass
    try:
        seconds = int(limits.timeout_s) + 5
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        if hard == resource.RLIM_INFINITY or hard > seconds:
            resource.setrlimit(resource.RLIMIT_CPU, (seconds, hard))
    except (OSError, ValueError):
        pass


def _silence() -> None:
    """In the child: libraries' own output never reaches the user's terminal."""
    if os.environ.get(DEBUG_ENV):
        return
    import faulthandler

    faulthandler.disable()  # its dump is a traceback on the user's terminal
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    for fd in (1, 2):
        with suppress(OSError):
            os.dup2(devnull, fd)
    os.close(devnull)


def _child(conn: Any, path: str, limits: Limits) -> None:
    """Body of the reading process: send back one tuple, then exit."""
    with suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent decides
    _silence()
    _cap_resources(limits)
    outcome: tuple
    try:
        delay = float(os.environ.get(TEST_DELAY_ENV) or 0)
        if delay > 0:
            time.sleep(delay)
        outcome = ("ok", _read_in_process(Path(path), limits))
    except InputError as error:
        outcome = ("error", error.message, error.status)
    except MemoryError:
        outcome = ("memory",)
    except RecursionError:
        outcome = ("deep",)
    except BaseException:  # a bug in a reader: reported, never shown as a traceback
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc()
        outcome = ("bug",)
    try:
        conn.send(outcome)
    except MemoryError:
        conn.send(("memory",))
    except Exception:
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc()
        conn.send(("bug",))
    finally:
        conn.close()


def _read_in_process(path: Path, limits: Limits) -> Document:
    """``extract`` with ``limits`` in force (page cap and per-page characters)."""
    from . import limits as limits_module
    from .extract import extract, pdf_reader, xmlsafe

    limits_module.use(limits)
    # This process reads one file and exits: the readers' module caps are set
    # to the limits in force (they only have module constants for now).
    pdf_reader.MAX_PAGES = limits.max_pages
    xmlsafe.MAX_ENTRIES = limits.max_zip_entries
    xmlsafe.MAX_TOTAL_BYTES = limits.max_uncompressed
    document = extract(path)
    return cap_page_chars(document, limits.max_chars_per_page)


# -- renaming: what users see is the display name, never the path given -----------


def _rename_text(text: str, raw: str, shown: str) -> str:
    return text.replace(raw, shown) if raw != shown else text


def rename_error(error: InputError, raw: str, shown: str) -> InputError:
    """``error`` with the file's display name in its message."""
    if raw == shown:
        return error
    return InputError(_rename_text(error.message, raw, shown), status=error.status)


def rename_document(document: Document, raw: str, shown: str) -> Document:
    """``document`` with its display name as path and in its warnings."""
    if raw == shown and document.path == shown:
        return document
    health = document.health
    warnings = tuple(_rename_text(w, raw, shown) for w in health.warnings)
    return replace(document, path=shown, health=replace(health, warnings=warnings))


# -- the parent side ------------------------------------------------------------------


def _failure(template: str, shown: str, detail: str, status: str) -> InputError:
    return InputError(template.format(path=shown, detail=detail), status=status)


def extract_isolated(
    path: str | os.PathLike[str],
    limits: Limits | None = None,
    *,
    name: str | None = None,
) -> Document:
    """Read ``path`` in a child process; a Document, or an InputError.

    ``name`` is the name shown to users (default: ``display_for(path)``).
    """
    from .discover import display_for
    from .extract import detect_format, display_name

    limits = limits or current_limits()
    path = Path(path)
    shown = name if name is not None else display_for(path)
    raw = display_name(path)
    try:
        detect_format(path, limits)  # milliseconds: bombs stop here
    except InputError as error:
        raise rename_error(error, raw, shown) from None
    preload_readers()
    outcome = _run_child(path, limits)
    kind = outcome[0]
    if kind == "ok":
        return rename_document(outcome[1], raw, shown)
    if kind == "error":
        raise rename_error(InputError(outcome[1], status=outcome[2]), raw, shown)
    if kind == "timeout":
        seconds = f"{limits.timeout_s:g}"
        raise _failure(msg.E109, shown, msg.DETAIL_TIMEOUT.format(seconds=seconds), "DELAI_DEPASSE")
    if kind == "memory":
        memory = f"{limits.memory_mb:,}".replace(",", " ")
        raise _failure(msg.E108, shown, msg.DETAIL_MEMORY.format(memory=memory), "TROP_VOLUMINEUX")
    if kind == "deep":
        raise _failure(msg.E104, shown, msg.DETAIL_TOO_DEEP, "ILLISIBLE")
    if kind == "crash":
        raise _failure(msg.E104, shown, msg.DETAIL_CRASH, "ILLISIBLE")
    raise _failure(msg.E104, shown, msg.DETAIL_UNEXPECTED, "ILLISIBLE")


def _rss_bytes() -> int:
    """This process's resident size (Linux), or 0."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _run_child(path: Path, limits: Limits) -> tuple:
    """Read ``path`` in a child process; the child's answer as a tuple."""
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError, AttributeError):
            stream.flush()
    if _start_method() == "fork" and sys.platform.startswith("linux"):
        return _run_forked(path, limits)
    return _run_spawned(path, limits)  # pragma: no cover - macOS, Windows


class _Sender:
    """The child's end of the pipe, with ``send`` like a multiprocessing Connection."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def send(self, outcome: tuple) -> None:
        data = memoryview(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
        while data:
            written = os.write(self.fd, data)
            data = data[written:]

    def close(self) -> None:
        with suppress(OSError):
            os.close(self.fd)


def _run_forked(path: Path, limits: Limits) -> tuple:
    """``os.fork`` + a pipe; ``wait4`` tells how much memory a crashed child used."""
    rss_before = _rss_bytes()
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return ("memory",)
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(read_fd)
            _child(_Sender(write_fd), os.fspath(path), limits)
        except BaseException:
            code = 70
        finally:
            os._exit(code)
    os.close(write_fd)
    deadline = time.monotonic() + limits.timeout_s
    chunks: list[bytes] = []
    timed_out = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([read_fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_fd)
    if timed_out:
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    _, status, usage = _reap(pid)
    if timed_out:
        return ("timeout",)
    if chunks:
        try:
            return pickle.loads(b"".join(chunks))
        except MemoryError:
            return ("memory",)
        except Exception:  # a child killed while sending: treated as its exit status
            pass
    signum = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
    grown = usage.ru_maxrss * 1024 - rss_before if usage is not None else 0
    if signum == signal.SIGKILL or (signum and grown >= limits.memory_mb * 1024 * 1024 // 2):
        return ("memory",)
    return ("crash",)


def _reap(pid: int) -> tuple[int, int, Any]:
    """Wait for ``pid``; its status and resource usage."""
    while True:
        try:
            return os.wait4(pid, 0)
        except InterruptedError:  # pragma: no cover - retried by Python already
            continue
        except ChildProcessError:  # pragma: no cover - reaped elsewhere
            return pid, 0, None


def _run_spawned(path: Path, limits: Limits) -> tuple:  # pragma: no cover - not Linux
    """``multiprocessing`` with ``spawn``: same protocol, exit code only."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, os.fspath(path), limits), daemon=True)
    deadline = time.monotonic() + limits.timeout_s
    try:
        process.start()
    except OSError:
        receiver.close()
        sender.close()
        return ("memory",)
    sender.close()
    outcome: tuple | None = None
    try:
        if receiver.poll(max(0.0, deadline - time.monotonic())):
            outcome = receiver.recv()
    except (EOFError, OSError):
        outcome = None
    except MemoryError:
        outcome = ("memory",)
    except Exception:
        outcome = ("bug",)
    finally:
        receiver.close()
    if outcome is None and time.monotonic() >= deadline and process.is_alive():
        process.kill()
        process.join()
        return ("timeout",)
    process.join(_GRACE_S)
    if process.is_alive():
        process.kill()
        process.join()
    if outcome is not None:
        return outcome
    sigkill = getattr(signal, "SIGKILL", None)
    if sigkill is not None and process.exitcode == -sigkill:
        return ("memory",)
    return ("crash",)


__all__ = [
    "DEBUG_ENV",
    "TEST_DELAY_ENV",
    "extract_isolated",
    "preload_readers",
    "rename_document",
    "rename_error",
]
