"""What a Dask worker does with one part: read, skip what is stored, extract, write Parquet.

Runs in the worker process; every function here is module-level and picklable.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from claimtrack.backfill.plan import Part
from claimtrack.backfill.tables import write_part
from claimtrack.document import Document
from claimtrack.ingest import _isolated, _printable, _work, iter_inputs
from claimtrack.isolate import WorkerPool
from claimtrack.read.inputs import Reject, jsonl_part, warc_part
from claimtrack.store.write import Prepared


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of one backfill run, shipped with every part."""

    out: str | None
    language: str | None = None
    fetched_at: datetime | None = None
    max_bytes: int = 0
    timeout: float | None = None
    memory_bytes: int | None = None


@dataclass(frozen=True, slots=True)
class PartResult:
    """A part done: what the store still needs (extractions and rejects, in input order),
    how many of its documents the store had already, and the worker's peak memory."""

    key: str
    records: int
    items: tuple[Prepared | Reject, ...]
    skipped: int
    peak_rss: int
    worker: int  # process id of the Dask worker that did it


_pool: WorkerPool | None = None


def _extract(doc: Document, opts: Options) -> Prepared | Reject:
    """One document in a killable child process (the budget of :mod:`claimtrack.isolate`);
    in this process when there is no budget or the worker may not have children (a
    daemonic Dask worker: start the cluster with ``distributed.worker.daemon: False``)."""
    global _pool
    if opts.timeout is None or multiprocessing.current_process().daemon:
        return _work(doc, opts.language)
    if _pool is None:
        _pool = WorkerPool(1, timeout=opts.timeout, memory_bytes=opts.memory_bytes, method="spawn")  # its parent must be this worker
    return _isolated(_pool, doc, opts.language)


def items_of(part: Part, opts: Options) -> Iterator[Document | Reject]:
    """The documents and rejects of a part, named exactly as ``claimtrack ingest`` names them."""
    if part.path is None:
        yield from iter_inputs(list(part.files), fetched_at=opts.fetched_at, max_bytes=opts.max_bytes)
        return
    read_part = jsonl_part if part.kind == "jsonl" else warc_part
    for item in read_part(
        part.path, offset=part.offset, first=part.first, limit=part.limit,
        fetched_at=opts.fetched_at, max_bytes=opts.max_bytes,
    ):
        if isinstance(item, Document):
            yield replace(item, path=_printable(item.path)) if item.path else item
        else:
            yield Reject(_printable(item.source), item.reason)


def run_part(part: Part, known: frozenset[str], opts: Options) -> PartResult:
    """Do one part. Documents whose sha256 is in ``known`` (the store's) are extracted only
    when this part's Parquet is not written yet, and are not handed back."""
    done = opts.out is not None and (Path(opts.out) / "_parts" / part.key).exists()
    results: list[Prepared | Reject] = []
    skipped = 0
    for item in items_of(part, opts):
        if isinstance(item, Reject):
            results.append(item)
        elif item.sha256 in known and (done or opts.out is None):
            skipped += 1
        else:
            results.append(_extract(item, opts))
    if opts.out is not None and not done:
        write_part(Path(opts.out), part.key, results, part.order)
    needed = []
    for r in results:
        if isinstance(r, Prepared) and r.extraction.source.sha256 in known:
            skipped += 1
        else:
            needed.append(r)
    return PartResult(part.key, part.records, tuple(needed), skipped, _peak_rss(), os.getpid())


def _peak_rss() -> int:
    """Peak resident memory of this worker process and its extraction child, in bytes."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # children that ended
    if _pool is not None:
        for w in list(_pool._all):
            kids = max(kids, _rss_of(w.process.pid))
    return max(own, kids) * 1024


def _rss_of(pid: int | None) -> int:
    """VmHWM of a live process in KiB (0 when it can not be read)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0
