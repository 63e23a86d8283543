"""The client side of a backfill: a cluster, the parts in flight, the store loaded in input order."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import Engine, select

from claimtrack.backfill.plan import PART_SIZE, plan
from claimtrack.backfill.work import Extracted, Options, PartResult, run_part
from claimtrack.errors import ClaimtrackError
from claimtrack.ingest import Counts
from claimtrack.isolate import MEMORY_BYTES, TIMEOUT
from claimtrack.read import MAX_BYTES
from claimtrack.read.inputs import Reject
from claimtrack.store import connect, store_reject
from claimtrack.store import schema as t
from claimtrack.store.groups import regroup_pending
from claimtrack.store.write import HeldFigures, store_many


@dataclass(slots=True)
class Backfilled:
    """What a backfill did: the counts (as ``ingest``'s), records read of ``total``,
    whether it was stopped (Ctrl-C), and the peak memory of each worker process."""

    counts: Counts = field(default_factory=Counts)
    records: int = 0
    total: int = 0
    parts: int = 0
    stopped: bool = False
    seconds: float = 0.0
    load_seconds: float = 0.0  # of ``seconds``, spent loading the store (in this process)
    peak_rss: dict[int, int] = field(default_factory=dict)
    rejects: list[tuple[str, str]] = field(default_factory=list)  # the first REJECTS_SHOWN, to print


#: Rejects a backfill keeps with their reasons to print (all of them are in the store and the Parquet).
REJECTS_SHOWN = 50


#: ``started(dashboard link or None, total records, parts)``, then ``progress(backfilled)`` per part.
Started = Callable[[str | None, int, int], None]
Progress = Callable[[Backfilled], None]


def backfill(
    targets: list[str],
    db: str | Engine | None = "sqlite:///claimtrack.db",
    *,
    out: str | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    language: str | None = None,
    fetched_at: datetime | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float | None = TIMEOUT,
    memory_bytes: int | None = MEMORY_BYTES,
    part_size: int = PART_SIZE,
    started: Started | None = None,
    progress: Progress | None = None,
) -> Backfilled:
    """Ingest ``targets`` on a Dask cluster into the store at ``db`` (and Parquet under ``out``).

    Without ``scheduler`` a local cluster of ``workers`` processes (default: one per
    core) is started and stopped; with one (``tcp://host:8786``) that cluster is
    used. Ctrl-C stops the run: every part loaded so far stays in the store, every
    part written stays in ``out``; run it again to add the rest.

    Raises:
        ValueError: ``fetched_at`` is naive, or ``workers``/``part_size`` below 1.
    """
    if fetched_at is not None and fetched_at.utcoffset() is None:
        raise ValueError("fetched_at needs a timezone offset, e.g. 2026-01-14T22:00:00+01:00")
    if (workers is not None and workers < 1) or part_size < 1:
        raise ValueError("workers and part_size must be at least 1")
    engine = connect(db) if isinstance(db, str) else db  # None: Parquet only, no store
    parts = plan(targets, part_size)
    done = Backfilled(total=sum(p.records for p in parts))
    opts = Options(out, language, fetched_at, max_bytes, timeout, memory_bytes, engine.dialect.name if engine is not None else None)
    begun = time.monotonic()
    kept = _Kept()  # what the loads wrote: the final groups need not read it back (as ingest's)
    with _client(scheduler, workers) as client:
        if started is not None:
            started(_dashboard(client, scheduler), done.total, len(parts))
        known = _stored_keys(engine) if engine is not None else frozenset()
        try:
            _drive(client, parts, known, opts, engine, done, progress, kept)
        except KeyboardInterrupt:
            done.stopped = True
    if engine is not None and not done.stopped:  # stopped: the next run, or the first read, regroups
        began = time.monotonic()
        regroup_pending(engine, kept.countries, kept.held)
        done.load_seconds += time.monotonic() - began
    done.seconds = time.monotonic() - begun
    return done


@dataclass(slots=True)
class _Kept:
    """What a run's loads wrote, for its final figure groups: the figures (:class:`HeldFigures`) and
    the country of each gazetteer place the documents name."""

    held: HeldFigures = field(default_factory=HeldFigures)
    countries: dict[str, str | None] = field(default_factory=dict)


def _drive(client, parts, known, opts, engine, done, progress, kept=None) -> None:  # type: ignore[no-untyped-def]
    """Keep a window of parts in flight; load finished ones into the store in input order."""
    from distributed import as_completed

    window = max(4, 3 * len(client.scheduler_info().get("workers", {})) or 4)
    keys = _Keys(client, known)
    submitted: list = []
    run = uuid.uuid4().hex[:12]  # task keys unique to this run: clients may share a scheduler
    index: dict[str, tuple[int, object]] = {}  # task key: the part, the stored keys it was given
    pending = as_completed()

    def submit(i: int) -> None:
        fut = client.submit(run_part, parts[i], keys.current, opts, key=f"claimtrack-part-{run}-{i}-{len(submitted)}")
        submitted.append(fut)
        index[fut.key] = (i, keys.current)
        pending.add(fut)

    for i in range(min(window, len(parts))):
        submit(i)
    ready: dict[int, PartResult] = {}
    next_load, next_part = 0, min(window, len(parts))
    try:
        for fut in pending:
            i, given = index.pop(fut.key)
            if fut.cancelled() and keys.lost(given):  # they died with their workers: the part runs again
                submit(i)
                continue
            ready[i] = fut.result()
            fut.release()
            if next_part < len(parts):
                submit(next_part)
                next_part += 1
            while next_load in ready:
                began = time.monotonic()
                _load(engine, ready.pop(next_load), done, kept)
                done.load_seconds += time.monotonic() - began
                next_load += 1
                if progress is not None:
                    progress(done)
    except BaseException:
        client.cancel(submitted)
        raise


class _Keys:
    """The store's keys, scattered to every worker. A part's task is cancelled when every worker
    holding them died (a one-worker cluster whose worker was killed): they are scattered again,
    at most ``LOST`` times, and the part is run again."""

    LOST = 5

    def __init__(self, client, known: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
        self.client, self.known, self.times = client, known, 0
        self.current = self._scatter()

    def _scatter(self):  # type: ignore[no-untyped-def]
        [fut] = self.client.scatter([self.known], broadcast=True, hash=False)  # a list: one object, not its items
        return fut

    def _held(self) -> bool:
        """Whether a worker holds the keys. Asked of the scheduler, since the client may learn that
        the keys' future is lost only after it learns that a part needing them was cancelled."""
        return bool(self.client.who_has([self.current]).get(self.current.key))

    def lost(self, given) -> bool:  # type: ignore[no-untyped-def]
        """Whether ``given`` (what a cancelled task had) is lost; scatter anew once per loss."""
        if given is self.current:
            if self.current.status not in ("cancelled", "lost", "error") and self._held():
                return False  # cancelled for another reason
            if self.times == self.LOST:
                raise ClaimtrackError(f"every worker holding the store's keys died, {self.LOST + 1} times; the backfill"
                                      " stopped (the parts loaded stay: run it again to add the rest)")
            self.times += 1
            self.current = self._scatter()
        return True


def _note(done: Backfilled, source: str, reason: str) -> None:
    if len(done.rejects) < REJECTS_SHOWN:
        done.rejects.append((source, reason))


def _load(engine: Engine | None, result: PartResult, done: Backfilled, kept: _Kept | None = None) -> None:
    """One part into the store: rejects, then the documents' rows in one transaction (what it
    wrote added to ``kept``)."""
    c = replace(done.counts, skipped=done.counts.skipped + result.skipped)
    docs = [r for r in result.items if isinstance(r, Extracted)]
    for r in result.items:
        if isinstance(r, Reject):
            if engine is not None:
                store_reject(engine, r.source, r.reason)
            c = replace(c, rejected=c.rejected + 1)
            _note(done, r.source, r.reason)
    if engine is None:  # Parquet only: every extraction counts as new
        _finish(done, result, replace(c, documents=c.documents + len(docs),
            articles=c.articles + sum(d.sizes[0] for d in docs),
            statements=c.statements + sum(d.sizes[1] for d in docs),
            figures=c.figures + sum(d.sizes[2] for d in docs)))
        return
    for d in docs:
        if d.rows is None:  # the store can not hold it (the worker said why)
            store_reject(engine, d.name, d.refused or "could not be stored")
            c = replace(c, rejected=c.rejected + 1)
            _note(done, d.name, d.refused or "could not be stored")
    ok = [d for d in docs if d.rows is not None]
    held = kept.held if kept is not None else None
    for s in store_many(engine, [d.rows for d in ok], [d.name for d in ok], regroup=False, held=held):  # groups once, at the end
        c = c.add(s)
    if kept is not None:
        for d in ok:
            kept.countries.update(d.rows.countries)
    _finish(done, result, c)


def _finish(done: Backfilled, result: PartResult, c: Counts) -> None:
    done.counts = c
    done.records += result.records
    done.parts += 1
    done.peak_rss[result.worker] = max(done.peak_rss.get(result.worker, 0), result.peak_rss)


def _dashboard(client, scheduler: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The dashboard address; a local cluster serves one only when bokeh is installed."""
    import importlib.util

    if scheduler is None and importlib.util.find_spec("bokeh") is None:
        return None
    return getattr(client, "dashboard_link", None)


def _stored_keys(engine: Engine) -> frozenset[str]:
    with engine.connect() as conn:
        return frozenset(conn.execute(select(t.documents.c.sha256)).scalars())


class _client:
    """A Dask client on ``scheduler``, or on a local cluster of ``workers`` processes that
    may start children (the per-record time budget needs them)."""

    def __init__(self, scheduler: str | None, workers: int | None) -> None:
        self.scheduler, self.workers = scheduler, workers
        self.cluster = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        import dask
        from distributed import Client, LocalCluster

        if self.scheduler:
            self.client = Client(self.scheduler)
            return self.client
        with dask.config.set({"distributed.worker.daemon": False}):
            self.cluster = LocalCluster(
                n_workers=self.workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                dashboard_address="127.0.0.1:0", silence_logs=40,
            )
        self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
