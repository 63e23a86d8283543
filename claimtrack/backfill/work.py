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
from claimtrack.backfill.tables import rows as table_rows
from claimtrack.backfill.tables import write_part
from claimtrack.document import Document
from claimtrack.ingest import _name, _printable, _work, iter_inputs
from claimtrack.isolate import WorkerPool, WorkFailed, format_failure
from claimtrack.read.inputs import Reject, jsonl_part, warc_part
from claimtrack.store.rows import DocRows, doc_rows


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of one backfill run, shipped with every part."""

    out: str | None
    language: str | None = None
    fetched_at: datetime | None = None
    max_bytes: int = 0
    timeout: float | None = None
    memory_bytes: int | None = None
    dialect: str | None = None  # the store's ("sqlite", "postgresql"); None: Parquet only


@dataclass(frozen=True, slots=True)
class Extracted:
    """One document done, in the plain values a part needs: its Parquet rows (until the part
    is written), its store rows (:class:`~claimtrack.store.rows.DocRows`; ``None`` without a
    store, or with ``refused`` saying why the store can not hold it) and its sizes."""

    sha256: str
    name: str
    tables: dict[str, list[dict]] | None
    rows: DocRows | None
    sizes: tuple[int, int, int]  # articles, statements, figures
    refused: str | None = None


@dataclass(frozen=True, slots=True)
class PartResult:
    """A part done: what the store still needs (extractions and rejects, in input order),
    how many of its documents the store had already, and the worker's peak memory."""

    key: str
    records: int
    items: tuple[Extracted | Reject, ...]
    skipped: int
    peak_rss: int
    worker: int  # process id of the Dask worker that did it


_pool: WorkerPool | None = None


def extracted(doc: Document, language: str | None, dialect: str | None, parquet: bool) -> Extracted | Reject:
    """Extract one document and turn it into plain rows right where it was extracted (the
    extraction's objects never travel between processes); never raises."""
    r = _work(doc, language)
    if isinstance(r, Reject):
        return r
    x, rows, refused = r.extraction, None, None
    if dialect is not None:
        try:
            rows = doc_rows(r, dialect)
        except (ValueError, UnicodeError) as exc:  # as the store would have refused it
            refused = f"could not be stored: {format_failure(exc)}"
    return Extracted(
        x.source.sha256, _name(doc), table_rows([r]) if parquet else None, rows,
        (len(x.articles), len(x.statements), len(x.figures)), refused,
    )


def _extract(doc: Document, opts: Options, parquet: bool) -> Extracted | Reject:
    """One document in a killable child process (the budget of :mod:`claimtrack.isolate`);
    in this process when there is no budget or the worker may not have children (a
    daemonic Dask worker: start the cluster with ``distributed.worker.daemon: False``)."""
    global _pool
    if opts.timeout is None or multiprocessing.current_process().daemon:
        return extracted(doc, opts.language, opts.dialect, parquet)
    if _pool is None:
        _pool = WorkerPool(1, timeout=opts.timeout, memory_bytes=opts.memory_bytes, method="spawn")  # its parent must be this worker
    try:
        return _pool.call(extracted, doc, opts.language, opts.dialect, parquet)
    except WorkFailed as exc:
        return Reject(_name(doc), f"extraction failed: {exc}")


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
    parquet = opts.out is not None and not done
    results: list[Extracted | Reject] = []
    skipped = 0
    for item in items_of(part, opts):
        if isinstance(item, Reject):
            results.append(item)
        elif item.sha256 in known and (done or opts.out is None):
            skipped += 1
        else:
            results.append(_extract(item, opts, parquet))
    if parquet:
        tables = table_rows([r for r in results if isinstance(r, Reject)])
        for r in results:
            if isinstance(r, Extracted) and r.tables is not None:
                for name, rows in r.tables.items():
                    tables[name].extend(rows)
        write_part(Path(opts.out), part.key, tables, part.order)
    needed = []
    for r in results:
        if isinstance(r, Extracted) and r.sha256 in known:
            skipped += 1
        else:
            needed.append(replace(r, tables=None) if isinstance(r, Extracted) else r)  # written: not sent back
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
