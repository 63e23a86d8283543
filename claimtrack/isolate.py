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
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as connection_wait
from multiprocessing.reduction import ForkingPickler
from typing import Any, TypeVar

T = TypeVar("T")

#: Default seconds one document may take.
TIMEOUT = 60.0
#: Seconds a new worker may take to start and warm up (not part of any call's budget).
START_TIMEOUT = 180.0
#: Default extra address space one worker may take for one document (bytes).
MEMORY_BYTES = 2_000_000_000
#: Bytes a worker's results may queue in its pipe before it waits for the parent (the kernel caps it).
SEND_BUFFER = 4 << 20
#: Calls :meth:`WorkerPool.imap` gives one worker at a time: the one it runs and those queued behind it,
#: enough to keep it busy while the parent stores a batch (32 pages: about three pages' work).
DEPTH = 4
#: Pickled bytes of calls in flight on one busy worker: its pipe holds them without blocking the
#: parent (a larger call waits for an idle worker: two processes each waiting to send to the other
#: would wait forever).
QUEUE_BYTES = 1 << 17


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
    charset detector tries; the first page without a forced language loads the
    language identifier's model, and the first figure's key its language's
    lemmatiser dictionary (together 1.7 s and 140 MB). Without this, whichever
    document comes first would be charged for them, in every worker.
    """
    import claimtrack
    from claimtrack import lang

    from claimtrack.compare.quantities import lemma

    page = "<html><body><article><p>{}</p><span>{}</span></article></body></html>"
    for code in lang.available():
        for text in ("A 2026-05-12 40 \u20ac", "B 12 05 2026 4 \u00eb"):
            claimtrack.extract(page.format(text, "2026-13-45 \u2488").encode(), language=code, url="https://a.example/b")
            claimtrack.extract(text.encode("cp1252"), language=code)
            claimtrack.extract(text, language=code)
        lemma("x", code)  # a word of letters loads the lemmatiser's dictionary of the language (figure groups' keys: 0.4-0.8 s each)
    claimtrack.extract("A 2026-05-12 40")  # the language identifier's model (about 1 s)
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
    conn: Connection, memory_bytes: int | None, parent: int, warm: bool, inherited: dict[int, tuple[int, int]],
    started: Any = None,
) -> None:
    """A worker's loop: send ``("ready", None)`` once warm, then receive ``(fn, args, kwargs)``
    and send ``("ok", value)`` or ``("error", text)``. Before the n-th call it writes its start
    time and then n into ``started`` (shared memory): the parent sees when a queued call began
    without a message (:meth:`WorkerPool.imap`)."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if os.getppid() != parent:
        return
    _drop_inherited(inherited, conn.fileno())
    _limit_memory(memory_bytes)
    _roomy(conn)
    if warm:
        _warm_once()  # a forked worker inherited a warm parent: nothing left to do
    gc.freeze()  # what it holds now lives as long as it does: no collection scans (or copies) it again
    try:
        conn.send(("ready", None))
    except OSError:
        return
    calls = 0
    while True:
        try:
            fn, args, kwargs = conn.recv()
        except (EOFError, OSError):
            return  # the parent closed the pipe or died
        calls += 1
        if started is not None:
            started[1] = time.monotonic()  # the time first: the parent trusts it once the number matches
            started[0] = calls
        try:
            reply: tuple[str, Any] = ("ok", fn(*args, **kwargs))
        except BaseException as exc:  # a Rust panic is a BaseException: report it, keep serving
            reply = ("error", _describe(exc))
        try:
            conn.send(reply)
        except Exception as exc:  # the value could not be pickled
            conn.send(("error", f"the result could not be sent back: {_describe(exc)}"))


def _roomy(conn: Connection) -> None:
    """A send buffer that holds a few results (a bench page's rows: 60 kB; the default
    holds about three): a worker goes on with its next call while the parent is busy."""
    try:
        import socket

        with socket.fromfd(conn.fileno(), socket.AF_UNIX, socket.SOCK_STREAM) as sock:  # a duplicate
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
    except (OSError, AttributeError, ValueError):
        pass  # not a socket (a Windows pipe): the default buffer


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
        self.started = ctx.RawArray("d", 2)  # (number of the call it runs, when it began)
        self.calls = 0  # calls sent to it
        self.process = ctx.Process(
            target=_serve, args=(child, memory_bytes, os.getpid(), warm, inherited, self.started), daemon=True
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
        self._size = size
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
            worker.calls += 1
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

    def imap(
        self, fn: Callable[..., Any], items: Iterable[T], args: Callable[[T], tuple | None], *, window: int = 0
    ) -> Iterator[tuple[T, Any]]:
        """``(item, fn(*args(item)))`` for each of ``items``, in their order, computed by every worker at once.

        A call that fails gives its :class:`WorkFailed` as the value (the others go on);
        an item whose ``args`` are ``None`` is passed through with the value ``None``.
        Each worker holds the call it runs and up to three queued behind it, so it never waits for this
        thread between two calls; this thread waits on the workers' pipes itself (one
        wake-up per result) and reads ``items`` lazily, at most ``window`` (default
        8 per worker) ahead of what it has handed out. The time budget of a call
        starts when its worker begins it.
        """
        slots = [self._idle.get() for _ in range(self._size)]  # every worker is this call's
        stream = _Stream(self, slots, fn, args)
        try:
            yield from stream.run(iter(items), window or 8 * self._size)
        finally:
            stream.abandon()
            for worker in slots:
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
        raise self._retire(worker, limit, timed_out=timed_out)

    def _retire(self, worker: _Worker, limit: float, *, timed_out: bool) -> WorkFailed:
        """Stop ``worker`` (it timed out or died) and say why its call failed."""
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        if timed_out:
            return TimedOut(f"the document took longer than the time budget of {limit:g} s; its worker was stopped")
        code = worker.process.exitcode
        how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        return WorkerDied(f"the worker process died ({how}) while reading this document")

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


_PASS = object()  # an item with no call


class _Stream:
    """The state of one :meth:`WorkerPool.imap`: calls in flight per worker, results not yet handed out."""

    def __init__(self, pool: WorkerPool, slots: list[_Worker | None], fn: Callable[..., Any], args: Callable[[Any], tuple | None]) -> None:
        self.pool, self.slots, self.fn, self.args = pool, slots, fn, args
        self.flying: dict[int, deque[tuple[int, int, Any]]] = {}  # slot -> (sequence, call number, pickled call)
        self.done: dict[int, tuple[Any, Any]] = {}  # sequence -> (item, value)
        self.items: dict[int, Any] = {}  # sequence -> item, while its call is in flight

    def run(self, items: Iterator[Any], window: int) -> Iterator[tuple[Any, Any]]:
        sent = handed = 0
        more = True
        while True:
            while more and sent - handed < window and self._room():
                item = next(items, _PASS)
                if item is _PASS:
                    more = False
                    break
                call = self.args(item)
                if call is None:
                    self.done[sent] = (item, None)
                else:
                    self.items[sent] = item
                    self._send(sent, ForkingPickler.dumps((self.fn, call, {})))
                sent += 1
            while handed in self.done:
                yield self.done.pop(handed)
                handed += 1
            if not more and handed == sent:
                return
            self._collect()

    def abandon(self) -> None:
        """Stop the workers that still run calls of this stream (the caller stopped reading):
        their results must not reach the pool's next caller."""
        for i, queued in self.flying.items():
            worker = self.slots[i]
            if queued and worker is not None:
                with self.pool._lock:
                    self.pool._all.discard(worker)
                worker.stop()
                self.slots[i] = None

    def _room(self) -> bool:
        return any(len(self.flying.get(i, ())) < DEPTH for i in range(len(self.slots)))

    def _send(self, seq: int, call: bytes) -> None:
        """Queue ``call`` on the worker with the fewest calls among those whose pipe holds it
        (:data:`QUEUE_BYTES`); if none, wait for results first."""
        while True:
            fits = [i for i in range(len(self.slots)) if self._fits(i, len(call))]
            if fits:
                break
            self._collect()
        self._post(min(fits, key=lambda j: len(self.flying.get(j, ()))), seq, call)

    def _fits(self, i: int, size: int) -> bool:
        queued = self.flying.get(i)
        return not queued or (len(queued) < DEPTH and sum(len(c) for _, _, c in queued) + size <= QUEUE_BYTES)

    def _post(self, i: int, seq: int, call: bytes) -> None:
        worker = self.slots[i]
        if worker is None or not worker.process.is_alive():
            try:
                worker = self.slots[i] = self.pool._start(worker)
                self.pool._await_ready(worker)
            except WorkFailed as exc:  # no worker started: this call fails, the next one tries again
                self.slots[i] = None
                self.done[seq] = (self.items.pop(seq), exc)
                return
        worker.calls += 1
        self.flying.setdefault(i, deque()).append((seq, worker.calls, call))
        try:
            worker.conn.send_bytes(call)
        except (BrokenPipeError, ConnectionError, EOFError):
            pass  # it died meanwhile: the wait sees that

    def _collect(self) -> None:
        """Wait for results (or a time-out) and file them by sequence."""
        busy = {i: self.slots[i] for i, f in self.flying.items() if f}
        if not busy:
            return
        now = time.monotonic()
        deadlines = {i: self._deadline(w, self.flying[i][0][1]) for i, w in busy.items()}
        wait = max(min(min(deadlines.values()) - now, 0.5), 0)
        ends = {w.conn: i for i, w in busy.items()} | {w.process.sentinel: i for i, w in busy.items()}
        for ready in connection_wait(list(ends), wait):
            i = ends[ready]
            worker = self.slots[i]
            if not self.flying.get(i) or worker is not busy[i]:
                continue  # already handled by its other end
            try:
                if not worker.conn.poll():  # the sentinel: the results it sent before it ended come first
                    if worker.process.is_alive():
                        continue
                    raise EOFError
                status, value = worker.conn.recv()
            except (EOFError, OSError):
                self._fail(i, timed_out=False)
                continue
            seq, _, _ = self.flying[i].popleft()
            self.done[seq] = (self.items.pop(seq), value if status == "ok" else WorkFailed(value))
        now = time.monotonic()
        for i, worker in busy.items():
            if self.flying.get(i) and worker is self.slots[i] and now >= self._deadline(worker, self.flying[i][0][1]):
                self._fail(i, timed_out=True)

    def _deadline(self, worker: _Worker, number: int) -> float:
        if worker.started[0] == number:
            return worker.started[1] + self.pool.timeout
        return time.monotonic() + self.pool.timeout  # not begun yet: it waits for the one before it

    def _fail(self, i: int, *, timed_out: bool) -> None:
        """The first call in flight on worker ``i`` failed with it: file the failure, start a new
        worker and give it the calls that were queued behind."""
        worker = self.slots[i]
        assert worker is not None
        if not timed_out and worker.process.is_alive():
            worker.process.join(1)  # it closed its pipe: let it end, for its exit code
        failure = self.pool._retire(worker, self.pool.timeout, timed_out=timed_out)
        queued = self.flying.pop(i)
        seq, _, _ = queued.popleft()
        self.done[seq] = (self.items.pop(seq), failure)
        self.slots[i] = None
        for seq, _, call in queued:
            self._post(i, seq, call)


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
