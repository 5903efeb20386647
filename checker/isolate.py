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

Outcomes that say more about the machine than about the file are marked
``transient`` (never cached, read again next run): a timeout, a child killed
by SIGKILL or SIGTERM from outside (the kernel's out-of-memory killer, an
operator), a child that could not be started. A child killed without having
grown much is ``ILLISIBLE`` « arrêté de l'extérieur », not « trop volumineux ».

The bytes read are a snapshot: the file is opened once, hashed and copied
into a private temporary folder while being read, and the child reads the
copy. The document's ``sha256`` (or the error's) is therefore the digest of
exactly the bytes judged, even if the file changes during the run. When no
copy can be made (temporary folder full), the file itself is read.

The child dies with its parent (``PR_SET_PDEATHSIG`` on Linux): killing the
tool, even with SIGKILL, leaves no reading process behind.

The child's stdout and stderr go to ``/dev/null`` (libraries print English
warnings there, and ``faulthandler`` would print a traceback) unless
``RNCP_CHECK_DEBUG`` is set.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import re
import select
import shutil
import signal
import stat
import sys
import tempfile
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

    from .extract import (  # noqa: F401
        docx_reader,
        ods_reader,
        odt_reader,
        pdf_reader,
        pptx_reader,
        xlsx_reader,
    )

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


def die_with_parent(parent: int | None = None, signum: int = signal.SIGKILL) -> None:
    """Linux: this process gets ``signum`` when its parent dies (no orphan left).

    ``parent`` is the pid expected as parent: if it already died, exit now.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, int(signum), 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - no libc prctl
        return
    if parent is not None and os.getppid() != parent:
        os._exit(1)


#: Snapshot folders and reading children alive in this process (for ``stop_now``).
_LIVE_FOLDERS: set[str] = set()
_LIVE_CHILDREN: set[int] = set()
_SNAPSHOT_PREFIX = "rncp-check-"


def stop_now(signum: int = signal.SIGTERM, frame: object = None) -> None:
    """Signal handler of batch workers: kill the reading child, remove the
    snapshot copies, exit at once (the parent is gone or stopping)."""
    for pid in list(_LIVE_CHILDREN):
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    for folder in list(_LIVE_FOLDERS):
        shutil.rmtree(folder, ignore_errors=True)
    os._exit(128 + int(signum))


_swept = False


def sweep_leftovers() -> None:
    """Remove snapshot folders left by processes of this user that died on SIGKILL.

    Folders are named ``rncp-check-<pid>-…``: one whose process no longer
    exists is removed. Runs once per process.
    """
    global _swept
    if _swept:
        return
    _swept = True
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return
    for entry in entries:
        match = re.fullmatch(re.escape(_SNAPSHOT_PREFIX) + r"(\d+)-[\w]+", entry.name)
        if not match:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
                continue
            os.kill(int(match.group(1)), 0)
        except ProcessLookupError:
            shutil.rmtree(entry.path, ignore_errors=True)
        except (OSError, OverflowError, ValueError):
            continue


def _child(conn: Any, path: str, limits: Limits) -> None:
    """Body of the reading process: send back one tuple, then exit."""
    with suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent decides
    _silence()
    _cap_resources(limits)
    outcome: tuple
    try:
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


def rename_error(error: InputError, raw: str, shown: str, *, sha256: str = "") -> InputError:
    """``error`` with the file's display name in its message (and ``sha256``
    of the bytes judged, when the error does not carry one)."""
    digest = error.sha256 or sha256
    if raw == shown and digest == error.sha256:
        return error
    return InputError(
        _rename_text(error.message, raw, shown),
        status=error.status,
        sha256=digest,
        transient=error.transient,
    )


def rename_document(document: Document, raw: str, shown: str) -> Document:
    """``document`` with its display name as path and in its warnings."""
    if raw == shown and document.path == shown:
        return document
    health = document.health
    warnings = tuple(_rename_text(w, raw, shown) for w in health.warnings)
    return replace(document, path=shown, health=replace(health, warnings=warnings))


# -- the parent side ------------------------------------------------------------------


def _failure(
    template: str, shown: str, detail: str, status: str, *, transient: bool = False
) -> InputError:
    message = template.format(path=shown, detail=detail)
    return InputError(message, status=status, transient=transient)


_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")


class Snapshot:
    """The bytes of a file as read once: their SHA-256 and, usually, a private copy.

    ``copy`` is None when the file is larger than the size cap (it is not
    copied: only hashed) or when no copy could be written (then the file
    itself is read). Use as a context manager: the copy is removed on exit.
    """

    def __init__(self, sha256: str, size: int, copy: Path | None, folder: str | None) -> None:
        self.sha256, self.size, self.copy, self._folder = sha256, size, copy, folder

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._folder:
            shutil.rmtree(self._folder, ignore_errors=True)
            _LIVE_FOLDERS.discard(self._folder)


def take_snapshot(path: Path, limits: Limits) -> Snapshot | None:
    """Open ``path`` once, hash it and copy it while reading; None when it is not
    a regular file or cannot be opened (the format checks then say why)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    folder: str | None = None
    out: int | None = None
    copy: Path | None = None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        suffix = path.suffix if _SUFFIX.fullmatch(path.suffix) else ""
        sweep_leftovers()
        try:
            folder = tempfile.mkdtemp(prefix=f"{_SNAPSHOT_PREFIX}{os.getpid()}-")
            _LIVE_FOLDERS.add(folder)
            target = Path(folder) / f"document{suffix}"
            out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            copy = target
        except OSError:
            copy = None
        digest, size = hashlib.sha256(), 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            digest.update(chunk)
            size += len(chunk)
            if out is not None and size > limits.max_file_bytes:
                os.close(out)  # too big to read: hashed only, refused below
                out, copy = None, None
            if out is not None:
                try:
                    view = memoryview(chunk)
                    while view:
                        view = view[os.write(out, view) :]
                except OSError:  # temporary folder full: the file itself is read
                    os.close(out)
                    out, copy = None, None
        result = Snapshot(digest.hexdigest(), size, copy, folder)
        folder = None  # owned by the snapshot now
        return result
    except OSError:
        return None
    finally:
        os.close(fd)
        if out is not None:
            os.close(out)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
            _LIVE_FOLDERS.discard(folder)


def extract_isolated(
    path: str | os.PathLike[str],
    limits: Limits | None = None,
    *,
    name: str | None = None,
) -> Document:
    """Read ``path`` in a child process; a Document, or an InputError.

    ``name`` is the name shown to users (default: ``display_for(path)``).
    The document's ``sha256`` (or the error's) is the digest of the bytes read.
    """
    from .discover import display_for
    from .extract import display_name, too_big

    limits = limits or current_limits()
    path = Path(path)
    shown = name if name is not None else display_for(path)
    snapshot = take_snapshot(path, limits)
    if snapshot is None:
        return _extract_isolated(path, limits, shown, "")
    with snapshot:
        if snapshot.size > limits.max_file_bytes:
            error = too_big(shown, snapshot.size, limits)
            raise rename_error(error, shown, shown, sha256=snapshot.sha256)
        if snapshot.copy is None:
            return _extract_isolated(path, limits, shown, snapshot.sha256, display_name(path))
        return _extract_isolated(
            snapshot.copy, limits, shown, snapshot.sha256, display_name(snapshot.copy)
        )


def _extract_isolated(
    path: Path, limits: Limits, shown: str, sha256: str, raw: str | None = None
) -> Document:
    from .extract import detect_format, display_name

    raw = raw if raw is not None else display_name(path)
    try:
        detect_format(path, limits)  # milliseconds: bombs stop here
    except InputError as error:
        raise rename_error(error, raw, shown, sha256=sha256) from None
    preload_readers()
    outcome = _run_child(path, limits)
    kind = outcome[0]
    if kind == "ok":
        document = rename_document(outcome[1], raw, shown)
        return replace(document, sha256=sha256) if sha256 else document
    if kind == "error":
        reported = InputError(outcome[1], status=outcome[2])
        raise rename_error(reported, raw, shown, sha256=sha256)
    failure = _outcome_error(outcome, limits, shown)
    raise rename_error(failure, shown, shown, sha256=sha256)


def _outcome_error(outcome: tuple, limits: Limits, shown: str) -> InputError:
    """The InputError of a child that did not answer with a document or an error."""
    kind = outcome[0]
    transient = len(outcome) > 1 and outcome[1] == "transient"
    if kind == "timeout":
        seconds = f"{limits.timeout_s:g}"
        detail = msg.DETAIL_TIMEOUT.format(seconds=seconds)
        return _failure(msg.E109, shown, detail, "DELAI_DEPASSE", transient=True)
    if kind == "memory":
        memory = f"{limits.memory_mb:,}".replace(",", " ")
        detail = msg.DETAIL_MEMORY.format(memory=memory)
        if transient:
            detail += msg.DETAIL_RETRY
        return _failure(msg.E108, shown, detail, "TROP_VOLUMINEUX", transient=transient)
    if kind == "killed":
        return _failure(msg.E104, shown, msg.DETAIL_KILLED, "ILLISIBLE", transient=True)
    if kind == "deep":
        return _failure(msg.E104, shown, msg.DETAIL_TOO_DEEP, "ILLISIBLE")
    if kind == "crash":
        return _failure(msg.E104, shown, msg.DETAIL_CRASH, "ILLISIBLE")
    return _failure(msg.E104, shown, msg.DETAIL_UNEXPECTED, "ILLISIBLE")


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
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return ("memory", "transient")
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(read_fd)
            # The parent's handlers (batch worker, batch command) are not the
            # child's: SIGTERM kills it, and the parent sees the signal.
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            die_with_parent(parent)
            _child(_Sender(write_fd), os.fspath(path), limits)
        except BaseException:
            code = 70
        finally:
            os._exit(code)
    os.close(write_fd)
    _LIVE_CHILDREN.add(pid)
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
    except BaseException:  # Ctrl-C, SIGTERM: the child goes with us
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with suppress(OSError):
            os.waitpid(pid, 0)
        _LIVE_CHILDREN.discard(pid)
        raise
    finally:
        os.close(read_fd)
    if timed_out:
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    _, status, usage = _reap(pid)
    _LIVE_CHILDREN.discard(pid)
    if timed_out:
        return ("timeout",)
    if chunks:
        try:
            return pickle.loads(b"".join(chunks))
        except MemoryError:
            return ("memory", "transient")
        except Exception:  # a child killed while sending: treated as its exit status
            pass
    signum = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
    grown = usage.ru_maxrss * 1024 - rss_before if usage is not None else 0
    return _classify_signal(signum, grown, limits)


#: Signals another process sends (the OOM killer, an operator, a shutdown).
_FROM_OUTSIDE = {
    getattr(signal, name)
    for name in ("SIGKILL", "SIGTERM", "SIGHUP", "SIGINT", "SIGQUIT")
    if hasattr(signal, name)
}


def _classify_signal(signum: int, grown: int, limits: Limits) -> tuple:
    """What a child's death by ``signum`` after growing by ``grown`` bytes means."""
    big = grown >= limits.memory_mb * 1024 * 1024 // 2
    if signum in _FROM_OUTSIDE:
        # Killed from outside: the OOM killer when it had grown a lot (depends
        # on the machine's memory at the time), else an operator: try again.
        return ("memory", "transient") if big else ("killed",)
    if signum and big:
        return ("memory",)  # native code failing an allocation under the cap
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
        return ("memory", "transient")
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
    if process.exitcode is not None and process.exitcode < 0:
        return _classify_signal(-process.exitcode, 0, limits)
    return ("crash",)


__all__ = [
    "DEBUG_ENV",
    "Snapshot",
    "die_with_parent",
    "extract_isolated",
    "preload_readers",
    "rename_document",
    "rename_error",
    "stop_now",
    "sweep_leftovers",
    "take_snapshot",
]
