"""Run one call per document in a worker process that can be killed: a time and memory budget.

A page that makes the analysis run for minutes, eat gigabytes, or crash inside
native code (a Rust panic is a ``BaseException``; a segfault kills the process)
must cost one reject, not the batch or the server. :class:`WorkerPool` keeps
``size`` long-lived worker processes; :meth:`WorkerPool.call` sends one call to
a free worker and waits at most ``timeout`` seconds. On time-out the worker is
killed (so no core keeps burning after the caller gave up) and replaced; a worker
that dies is replaced too. Either way the call raises :class:`WorkFailed` with
the reason in words, and the pool goes on.

Each worker limits its own address space (``RLIMIT_AS``) to what it had at
start plus ``memory_bytes``: an input that needs more gets a ``MemoryError``
in the worker, reported as :class:`WorkFailed`, instead of swapping the machine.
Workers ask the kernel to kill them when their parent dies (Linux
``PR_SET_PDEATHSIG``), and also leave when their task pipe closes.

A new worker starts warm: the one-time costs of a fresh process
(:func:`warm_up`: language data, trafilatura, dateparser's locale data, about
1.5 s of CPU) are paid before its first call, once per parent process when
workers are forked (they inherit the warm memory), in each worker when they
are spawned. A worker says when it is ready and a call's time budget starts
only then: a document is never charged for a worker's start.

:meth:`WorkerPool.call` is thread-safe: the web app calls it from its thread
pool, ``ingest`` from one thread per worker.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

#: Default seconds one document may take.
TIMEOUT = 60.0
#: Seconds a new worker may take to start and warm up (not part of any call's budget).
START_TIMEOUT = 180.0
#: Default extra address space one worker may take for one document (bytes).
MEMORY_BYTES = 2_000_000_000


class WorkFailed(Exception):
    """A call did not return: it timed out, ran out of memory, raised, or its worker died."""


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: killed when the parent goes
        except (OSError, AttributeError):
            pass


def _limit_memory(extra: int | None) -> None:
    if not extra:
        return
    try:
        import resource

        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[0])
        limit = pages * os.sysconf("SC_PAGE_SIZE") + extra
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (OSError, ValueError, ImportError):
        pass  # not Linux: no memory bound, the time budget still holds


_warmed = threading.Lock()
_warm = False


def _warm_once() -> None:
    global _warm
    with _warmed:
        if not _warm:
            try:
                warm_up()
            except Exception:  # noqa: BLE001 - not fatal: the first document pays, or reports the fault
                pass
            _warm = True


def is_warm() -> bool:
    """Whether this process has been warmed up (:func:`warm_up`, by a pool)."""
    return _warm


def warm_up() -> None:
    """Pay the one-time costs of a fresh process before any document is timed.

    The first extraction in a process imports trafilatura and loads the data of
    its language; the first page with an address loads the list of top-level
    domains; the first date string htmldate cannot read itself loads dateparser's
    locale data; the first bytes in an unknown encoding import every codec the
    charset detector tries. Without this, whichever document comes first would
    be charged for them.
    """
    import claimtrack
    from claimtrack import lang

    page = "<html><body><article><p>{}</p><span>{}</span></article></body></html>"
    for code in lang.available():
        for text in ("A 2026-05-12 40 \u20ac", "B 12 05 2026 4 \u00eb"):
            claimtrack.extract(page.format(text, "2026-13-45 \u2488").encode(), language=code, url="https://a.example/b")
            claimtrack.extract(text.encode("cp1252"), language=code)
            claimtrack.extract(text, language=code)
    try:
        from htmldate.extractors import month_words
    except ImportError:  # another htmldate: its first use pays instead
        return
    month_words()  # htmldate's date cue: month names of all 205 dateparser locales


def _open_descriptors() -> dict[int, tuple[int, int]]:
    """This process's open descriptors above stdio, each with the identity of what it points at."""
    folder = "/proc/self/fd" if os.path.isdir("/proc/self/fd") else "/dev/fd"
    found = {}
    try:
        names = os.listdir(folder)
    except OSError:
        return found
    for name in names:
        fd = int(name)
        try:
            if fd > 2:
                st = os.fstat(fd)
                found[fd] = (st.st_dev, st.st_ino)
        except OSError:
            pass  # the listing's own descriptor, already closed
    return found


def _drop_inherited(inherited: dict[int, tuple[int, int]], keep: int) -> None:
    """Point the descriptors a fork inherited at /dev/null (stdio and ``keep`` stay).

    A worker holding the parent's end of some pipe keeps whoever reads the
    other end waiting for an EOF (a browser driver, a subprocess' caller), and a
    held listening socket keeps a port open. Re-pointing, not closing, keeps the
    numbers taken: a parent's object that closes its descriptor later in this
    process closes /dev/null, never a file the worker opened since. A number
    that now points at something else (reused between the snapshot and the
    fork) is left alone.
    """
    try:
        null = os.open(os.devnull, os.O_RDWR)
    except OSError:
        return
    for fd, identity in inherited.items():
        if fd in (keep, null):
            continue
        try:
            st = os.fstat(fd)
            if (st.st_dev, st.st_ino) == identity:
                os.dup2(null, fd, inheritable=False)
        except OSError:
            pass
    os.close(null)


def _serve(
    conn: Connection, memory_bytes: int | None, parent: int, warm: bool, inherited: dict[int, tuple[int, int]]
) -> None:
    """A worker's loop: send ``("ready", None)`` once warm, then receive ``(fn, args, kwargs)``
    and send ``("ok", value)`` or ``("error", text)``."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if os.getppid() != parent:
        return
    _drop_inherited(inherited, conn.fileno())
    _limit_memory(memory_bytes)
    if warm:
        _warm_once()  # a forked worker inherited a warm parent: nothing left to do
    gc.freeze()  # what it holds now lives as long as it does: no collection scans (or copies) it again
    try:
        conn.send(("ready", None))
    except OSError:
        return
    while True:
        try:
            fn, args, kwargs = conn.recv()
        except (EOFError, OSError):
            return  # the parent closed the pipe or died
        try:
            reply: tuple[str, Any] = ("ok", fn(*args, **kwargs))
        except BaseException as exc:  # a Rust panic is a BaseException: report it, keep serving
            reply = ("error", _describe(exc))
        try:
            conn.send(reply)
        except Exception as exc:  # the value could not be pickled
            conn.send(("error", f"the result could not be sent back: {_describe(exc)}"))


_NO_MEMORY = "the input needs more memory than the per-document limit"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return _NO_MEMORY
    name = type(exc).__name__
    text = str(exc).strip().splitlines()
    return f"{name}: {text[0][:300]}" if text else name


class _Worker:
    def __init__(self, ctx: Any, memory_bytes: int | None, warm: bool) -> None:
        inherited = _open_descriptors() if ctx.get_start_method() == "fork" else {}
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_serve, args=(child, memory_bytes, os.getpid(), warm, inherited), daemon=True
        )
        self.process.start()
        child.close()

    def stop(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(5)


class WorkerPool:
    """``size`` worker processes, each call bounded by ``timeout`` seconds and ``memory_bytes``.

    Args:
        size: number of worker processes (started lazily, on first use).
        timeout: seconds one call may take before its worker is killed.
        memory_bytes: extra address space a worker may use (None: no limit).
        method: the multiprocessing start method; default ``fork`` where it
            exists (fast: a worker starts with the caller's modules loaded; workers
            are forked by the pool's own thread), else ``spawn``.
        warm: each new worker is warmed up (:func:`warm_up`) before its first call.
    """

    def __init__(
        self,
        size: int = 1,
        *,
        timeout: float = TIMEOUT,
        memory_bytes: int | None = MEMORY_BYTES,
        method: str | None = None,
        warm: bool = True,
    ) -> None:
        if size < 1:
            raise ValueError(f"a pool needs at least one worker, not {size}")
        if method is None:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.timeout = timeout
        self.memory_bytes = memory_bytes
        self.warm = warm
        self._ctx = multiprocessing.get_context(method)
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        for _ in range(size):
            self._idle.put(None)  # a slot; the worker starts when first needed
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._requests: queue.Queue[queue.Queue[Any]] = queue.Queue()
        self._spawner: threading.Thread | None = None
        self._closed = False

    def call(self, fn: Callable[..., Any], *args: Any, timeout: float | None = None, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)`` in a worker; its value, or :class:`WorkFailed` with the reason.

        ``fn`` and its arguments must be picklable (a module-level function).
        """
        limit = self.timeout if timeout is None else timeout
        try:
            worker = self._idle.get(timeout=limit)
        except queue.Empty:
            raise TimedOut(f"every worker stayed busy for the time budget of {limit:g} s") from None
        try:
            if self._closed:
                raise WorkFailed("the worker pool is closed")
            if worker is None or not worker.process.is_alive():
                worker = self._start(worker)
                self._await_ready(worker)
            try:
                worker.conn.send((fn, args, kwargs))
            except (BrokenPipeError, ConnectionError, EOFError):
                pass  # it died meanwhile: the wait below sees that
            deadline = time.monotonic() + limit
            while not worker.conn.poll(min(0.5, max(deadline - time.monotonic(), 0))):
                if not worker.process.is_alive() or time.monotonic() >= deadline:
                    break
            else:
                try:
                    status, value = worker.conn.recv()
                except (EOFError, OSError):
                    status, value = "died", None
                if status == "ok":
                    return value
                if status == "error":
                    raise WorkFailed(value)
            self._replace(worker, limit, timed_out=time.monotonic() >= deadline)
        finally:
            self._idle.put(worker)

    def _start(self, old: _Worker | None) -> _Worker:
        with self._lock:
            if old is not None:
                self._all.discard(old)
                old.stop()
            worker = self._spawn()
            self._all.add(worker)
            return worker

    def _await_ready(self, worker: _Worker) -> None:
        """Wait for a new worker's warm-up, which is no call's cost (it has its own, generous limit)."""
        try:
            if worker.conn.poll(START_TIMEOUT) and worker.conn.recv()[0] == "ready":
                return
        except (EOFError, OSError):
            pass  # it died, or the pool was closed meanwhile
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        raise WorkerDied(f"a worker process did not start within {START_TIMEOUT:g} s")

    def _spawn(self) -> _Worker:
        """A new worker, started by the pool's own long-lived thread: Linux sends the
        parent-death signal when the *thread* that forked a child ends, and callers'
        threads (a web server's thread pool) come and go."""
        if self._spawner is None or not self._spawner.is_alive():
            self._spawner = threading.Thread(target=self._spawn_loop, name="claimtrack-spawner", daemon=True)
            self._spawner.start()
        reply: queue.Queue[_Worker | BaseException] = queue.Queue()
        self._requests.put(reply)
        worker = reply.get()
        if isinstance(worker, BaseException):
            raise WorkFailed(f"a worker process could not be started: {_describe(worker)}")
        return worker

    def _spawn_loop(self) -> None:
        while True:
            reply = self._requests.get()
            try:
                if self.warm and self._ctx.get_start_method() == "fork":
                    _warm_once()  # here, once: every worker forked later inherits it
                reply.put(_Worker(self._ctx, self.memory_bytes, self.warm))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                reply.put(exc)

    def _replace(self, worker: _Worker, limit: float, *, timed_out: bool) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        if timed_out:
            raise TimedOut(f"the document took longer than the time budget of {limit:g} s; its worker was stopped")
        code = worker.process.exitcode
        how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        raise WorkerDied(f"the worker process died ({how}) while reading this document")

    def close(self) -> None:
        """Stop every worker (a running call ends with :class:`WorkFailed`)."""
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class TimedOut(WorkFailed):
    """The call ran over its time budget (its worker was killed), or no worker was free in time."""


class WorkerDied(WorkFailed):
    """The worker process died during the call (a signal, a crash in native code)."""


def format_failure(exc: BaseException) -> str:
    """A one-line reason for a failure caught outside a worker (for rejects and logs)."""
    return _describe(exc) if not isinstance(exc, WorkFailed) else str(exc)


__all__ = [
    "MEMORY_BYTES", "TIMEOUT", "TimedOut", "WorkFailed", "WorkerDied", "WorkerPool", "format_failure", "is_warm", "warm_up",
]
