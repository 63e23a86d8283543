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

:meth:`WorkerPool.call` is thread-safe: the web app calls it from its thread
pool, ``ingest`` from one thread per worker.
"""

from __future__ import annotations

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


def _serve(conn: Connection, memory_bytes: int | None, parent: int) -> None:
    """A worker's loop: receive ``(fn, args, kwargs)``, send ``("ok", value)`` or ``("error", text)``."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if os.getppid() != parent:
        return
    _limit_memory(memory_bytes)
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
    def __init__(self, ctx: Any, memory_bytes: int | None) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, memory_bytes, os.getpid()), daemon=True)
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
            exists (fast), else ``spawn``. A multi-threaded server should pass
            ``forkserver``.
    """

    def __init__(
        self,
        size: int = 1,
        *,
        timeout: float = TIMEOUT,
        memory_bytes: int | None = MEMORY_BYTES,
        method: str | None = None,
    ) -> None:
        if size < 1:
            raise ValueError(f"a pool needs at least one worker, not {size}")
        if method is None:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.timeout = timeout
        self.memory_bytes = memory_bytes
        self._ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            self._ctx.set_forkserver_preload(["claimtrack.pipeline"])
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
                reply.put(_Worker(self._ctx, self.memory_bytes))
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


__all__ = ["MEMORY_BYTES", "TIMEOUT", "TimedOut", "WorkFailed", "WorkerDied", "WorkerPool", "format_failure"]
