"""The batch runner behind ``claimtrack ingest``: inputs -> extraction (in a process pool) -> store.

:func:`ingest` walks the targets with :func:`claimtrack.read.inputs.iter_documents`
(files, folders, feeds, WARC, JSONL, URLs), skips documents whose sha256 is in the
store already, extracts the others (in ``workers`` processes when ``workers > 1``),
and writes them in input order, a batch per transaction. Nothing here keeps
global state, prints, or draws: progress goes to an optional callback.

A bad item never stops the batch: unreadable inputs (the reader's
:class:`~claimtrack.read.inputs.Reject`) and documents whose extraction raised
(any exception, a native panic included), ran over its time or memory budget,
or killed its worker process are recorded in the ``rejects`` table with their
source and reason.

Documents are committed in batches (``commit_every``, one transaction each; the
figure groups of the touched events are built once at the end, from the rows the
batches wrote: :class:`~claimtrack.store.write.HeldFigures`) and already-stored documents are skipped, so a run
killed at any moment (even ``SIGKILL``) and started again ends with the same store
as one clean run.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import NamedTuple

from sqlalchemy import Engine

from claimtrack.document import Document
from claimtrack.isolate import MEMORY_BYTES, TIMEOUT, WorkerPool, WorkFailed, format_failure
from claimtrack.read import MAX_BYTES
from claimtrack.read.inputs import PageFile, Reject, iter_documents
from claimtrack.store import connect, store_reject
from claimtrack.store.groups import regroup_pending
from claimtrack.store.rows import DocRows, doc_rows
from claimtrack.store.write import HeldFigures, Prepared, StoreResult, holds_documents, prepare, store_many, stored_documents


@dataclass(frozen=True, slots=True)
class Counts:
    """Running totals of an ingest run.

    ``documents``: new documents stored; ``skipped``: documents already in the store;
    ``articles``/``statements``/``figures``: rows stored with the new documents;
    ``rejected``: inputs recorded in ``rejects`` (unreadable, or extraction failed).
    """

    documents: int = 0
    skipped: int = 0
    articles: int = 0
    statements: int = 0
    figures: int = 0
    rejected: int = 0

    def add(self, r: StoreResult | None) -> Counts:
        """These counts with one document's store result (``None``: the store could not hold it, a reject)."""
        if r is None:
            return replace(self, rejected=self.rejected + 1)
        if not r.stored:
            return replace(self, skipped=self.skipped + 1)
        return replace(
            self, documents=self.documents + 1, articles=self.articles + r.articles,
            statements=self.statements + r.statements, figures=self.figures + r.figures,
        )

    @property
    def seen(self) -> int:
        """Items handled so far: stored, skipped or rejected."""
        return self.documents + self.skipped + self.rejected

    @property
    def failed(self) -> bool:
        """Whether the run failed as a whole: something was rejected and nothing succeeded,
        or there was nothing to read at all."""
        return self.documents + self.skipped == 0


Progress = Callable[[Counts, str], None]

COMMIT_EVERY = 32  # documents per transaction: the store's fixed costs shared, progress still lively
FLUSH_SECONDS = 2.0


def _work(doc: Document, language: str | None, dialect: str | None = None) -> Prepared | DocRows | Reject:
    """Extract and prepare one document (with a ``dialect``: its store rows, :func:`doc_rows`);
    never raises (a Rust panic is a BaseException too)."""
    from claimtrack.lang import available
    from claimtrack.pipeline import extract

    try:
        x = extract(doc, language=language)
        if x.language not in available():
            return Reject(_name(doc), f"unsupported language {x.language} (confidence {x.language_confidence})")
        p = prepare(x)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a bad page must not stop the batch
        return Reject(_name(doc), f"extraction failed: {format_failure(exc)}")
    if dialect is None:
        return p
    try:
        return doc_rows(p, dialect)
    except (ValueError, UnicodeError) as exc:  # as the store would have refused it
        return Reject(_name(doc), f"could not be stored: {format_failure(exc)}")


class Known(NamedTuple):
    """A page file a worker read and found in the store already (a skip, not a reject)."""

    name: str


def _work_any(
    item: Document | PageFile, language: str | None, dialect: str | None = None, store: str | None = None
) -> Prepared | DocRows | Reject | Known:
    """:func:`_work`, for a page file after reading it here (in the worker: reading HTML costs more
    than extracting from it) and asking the store at ``store`` whether it holds it already."""
    if isinstance(item, PageFile):
        item = _opened(item)
        if isinstance(item, Reject):
            return item
        if store is not None and _known(store, item.sha256):
            return Known(_name(item))
    return _work(item, language, dialect)


def _opened(page: PageFile) -> Document | Reject:
    """A page file read as :func:`iter_inputs` reads it."""
    item = page.read()
    if isinstance(item, Reject):
        return Reject(_printable(item.source), item.reason)
    return replace(item, path=_printable(item.path)) if item.path else item


_engines: dict[str, Engine] = {}  # a worker's own connection to the store, by URL


def _known(url: str, sha256: str) -> bool:
    """Whether the store at ``url`` holds the document already; no answer is a no (the
    writer skips a known document anyway; asking first only saves its extraction)."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        engine = _engines.get(url) or _engines.setdefault(url, connect(url, migrate_schema=False))
        return sha256 in stored_documents(engine, [sha256])
    except SQLAlchemyError:
        return False


def _shared_url(engine: Engine) -> str | None:
    """The URL another process can open ``engine``'s store by (None: an in-memory SQLite)."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and (not url.database or "memory" in url.database):
        return None
    return url.render_as_string(hide_password=False)


def _name(doc: Document | PageFile) -> str:
    if isinstance(doc, PageFile):
        return _printable(str(doc.path))
    return doc.path or doc.url or f"sha256:{doc.sha256}"


def iter_inputs(
    targets: Sequence[str],
    *,
    fetched_at: datetime | None = None,
    follow: bool = False,
    max_bytes: int = MAX_BYTES,
    defer: bool = False,
) -> Iterator[Document | Reject | PageFile]:
    """Every document (or reject) of every target, in order; ``fetched_at`` fills in a
    missing fetch time; files over ``max_bytes`` are rejected. With ``defer``, a file
    holding one page is a :class:`PageFile` that the worker reads."""
    for target in targets:
        for item in iter_documents(target, fetched_at=fetched_at, follow=follow, max_bytes=max_bytes, defer=defer):
            if isinstance(item, Document) and item.fetched_at is None and fetched_at is not None:
                item = replace(item, fetched_at=fetched_at)
            if isinstance(item, Document) and item.path:
                item = replace(item, path=_printable(item.path))
            elif isinstance(item, Reject):
                item = Reject(_printable(item.source), item.reason)
            yield item


def _printable(name: str) -> str:
    """A file name as a storable str: bytes that are not UTF-8 (``surrogateescape``) as ``\\xNN``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def run(
    items: Iterable[Document | Reject],
    engine: Engine,
    *,
    workers: int = 1,
    language: str | None = None,
    progress: Progress | None = None,
    timeout: float | None = TIMEOUT,
    memory_bytes: int | None = MEMORY_BYTES,
    commit_every: int = COMMIT_EVERY,
) -> Counts:
    """Extract and store ``items`` (documents and rejects) into ``engine``'s store.

    Args:
        items: documents to extract and store; :class:`Reject` values are recorded.
        engine: a store from :func:`claimtrack.store.connect`.
        workers: processes for extraction.
        language: force a language code; default: identified per page (pages in
            an unsupported language are rejected with the reason).
        progress: called as ``progress(counts, source)`` after every item.
        timeout: seconds one document may take; its worker process is killed after
            that and the document rejected. ``None`` (with ``workers=1``) extracts in
            this process, without time or memory budget.
        memory_bytes: extra memory one worker may take for one document.
        commit_every: documents stored per transaction (also at least every
            :data:`FLUSH_SECONDS`). The figure groups of the events the run touched
            are built once, at the end (a read before that catches up by itself).

    Returns:
        the final :class:`Counts`.

    Raises:
        sqlalchemy.exc.SQLAlchemyError: the store itself failed (not a bad item).
    """
    counts = Counts()
    dialect = engine.dialect.name
    countries: dict[str, str | None] = {}  # of the places the documents name: the regrouping needs no gazetteer
    held = HeldFigures()  # what the batches wrote: the regrouping need not read it back
    batch: list[tuple[DocRows | Reject, str]] = []  # results not yet stored, in input order
    flushed = time.monotonic()

    def done(result: DocRows | Reject, source: str) -> None:
        """Queue one result; store the queue in one transaction every ``commit_every``
        documents (or second), so the store's cost per document stays small."""
        batch.append((result, source))
        if len(batch) >= commit_every or time.monotonic() - flushed > FLUSH_SECONDS:
            flush()

    def flush() -> None:
        nonlocal counts, flushed
        jobs = [(r, source) for r, source in batch if isinstance(r, DocRows)]
        stored = iter(store_many(engine, [r for r, _ in jobs], [s for _, s in jobs], regroup=False, held=held))  # groups at the end
        for r, _ in jobs:
            countries.update(r.countries)
        for result, source in batch:
            if isinstance(result, Reject):
                store_reject(engine, result.source, result.reason)
                counts = replace(counts, rejected=counts.rejected + 1)
            else:
                counts = counts.add(next(stored))
            if progress is not None:
                progress(counts, source)
        batch.clear()
        flushed = time.monotonic()

    def skip(name: str) -> None:
        nonlocal counts
        flush()  # keep the progress in input order
        counts = replace(counts, skipped=counts.skipped + 1)
        if progress is not None:
            progress(counts, name)

    if workers <= 1 and timeout is None:
        for item, stored in _with_stored((_opened(i) if isinstance(i, PageFile) else i for i in items), engine, 1):
            if isinstance(item, Reject):
                done(item, item.source)
            elif stored:
                skip(_name(item))
            else:
                done(_work(item, language, dialect), _name(item))
        flush()
        regroup_pending(engine, countries, held)
        return counts

    # The workers extract; this thread reads the inputs, waits on the workers and stores, in input order.
    _warm_places()
    _warm_path(language, dialect)

    # A worker that read a page file asks the store whether it holds the page (0.5 ms a page), unless
    # the store started empty: then it holds only this run's pages, and the writer skips a page met twice.
    store = _shared_url(engine) if holds_documents(engine) else None

    def call(pair: tuple[Document | Reject | PageFile, bool]) -> tuple | None:
        item, stored = pair
        return None if isinstance(item, Reject) or stored else (item, language, dialect, store)

    # What this process holds now (the warm models, the gazetteer) is shared with the forked workers
    # page by page: a full collection here would write to every object's header, and so copy each
    # page (0.15-0.2 s of CPU and 30,000 page faults per collection). Frozen, no collection visits them.
    gc.freeze()
    try:
        with WorkerPool(workers, timeout=timeout or TIMEOUT, memory_bytes=memory_bytes) as pool:
            for (item, stored), value in pool.imap(_work_any, _with_stored(items, engine, workers * 4), call):
                if isinstance(item, Reject):
                    done(item, item.source)
                elif stored or isinstance(value, Known):
                    skip(_name(item))
                elif isinstance(value, WorkFailed):
                    done(Reject(_name(item), f"extraction failed: {value}"), _name(item))
                else:
                    done(value, _name(item))
            flush()
    finally:
        gc.unfreeze()  # collectable again, now that no worker shares them
    regroup_pending(engine, countries, held)  # the figure groups of every event the run touched, each built once
    return counts


def _with_stored(items: Iterable[Document | Reject | PageFile], engine: Engine, ahead: int) -> Iterator[tuple[Document | Reject | PageFile, bool]]:
    """Each item, and whether its document is in the store already: asked for ``ahead`` items at once."""
    chunk: list[Document | Reject] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= ahead:
            yield from _ask(engine, chunk)
            chunk = []
    yield from _ask(engine, chunk)


def _ask(engine: Engine, chunk: list[Document | Reject | PageFile]) -> Iterator[tuple[Document | Reject | PageFile, bool]]:
    known = stored_documents(engine, [i.sha256 for i in chunk if isinstance(i, Document)])
    for item in chunk:
        yield item, isinstance(item, Document) and item.sha256 in known


def _warm_places() -> None:
    """Load the gazetteer here, before the worker processes are forked: each of them needs it
    for every document (:func:`~claimtrack.store.groups.document_keys`) and inherits it instead of
    loading it, and this process needs it for the figure groups at the end."""
    from claimtrack.compare.events import country_of

    country_of("geo:0")  # the gazetteer and its place -> country table


def _warm_path(language: str | None, dialect: str) -> None:
    """Run a worker's path once here on an invented line, before the workers are forked: what its
    first page loads (the store's row writer, the rows' imports) is then theirs already, not paid
    again in each (about 0.1-0.2 s of CPU and 20 MB of memory a worker)."""
    _work(Document("A 2026-05-12 40 \u20ac", fetched_at=_WARM_TIME), language, dialect)


_WARM_TIME = datetime(2026, 1, 1, tzinfo=timezone.utc)


def ingest(
    targets: Sequence[str],
    db: str | Engine = "sqlite:///claimtrack.db",
    *,
    workers: int = 1,
    fetched_at: datetime | None = None,
    follow: bool = False,
    language: str | None = None,
    progress: Progress | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float | None = TIMEOUT,
    memory_bytes: int | None = MEMORY_BYTES,
) -> Counts:
    """Read every target (file, folder, feed, WARC, JSONL, URL) into the store at ``db``.

    ``fetched_at`` (timezone-aware) is the fetch time for documents that carry none;
    ``follow`` fetches the linked page of feed entries that hold only a summary.
    Each document is extracted in a worker process with a budget of ``timeout``
    seconds and ``memory_bytes`` (see :mod:`claimtrack.isolate`). See :func:`run`
    for the rest.

    Raises:
        ValueError: ``fetched_at`` is naive, or ``workers < 1``.
    """
    if fetched_at is not None and fetched_at.utcoffset() is None:
        raise ValueError("fetched_at needs a timezone offset, e.g. 2026-01-14T22:00:00+01:00")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    engine = connect(db) if isinstance(db, str) else db
    defer = workers > 1  # the workers read the page files (one worker: this process reads alongside it)
    items = iter_inputs(targets, fetched_at=fetched_at, follow=follow, max_bytes=max_bytes, defer=defer)
    return run(
        items, engine, workers=workers, language=language, progress=progress,
        timeout=timeout, memory_bytes=memory_bytes,
    )
