"""Load a backfill's Parquet output into a store: ``claimtrack load OUT --db URL``.

The workers' Parquet (:mod:`.tables`) holds everything the store keeps: each
``documents`` row carries the text, the contract object and the keys the worker
computed. Parts are loaded in the run's input order (their ``_parts`` markers), in
batches of large transactions (:func:`~claimtrack.store.write.store_many`:
PostgreSQL ``COPY`` for figures and mentions, SQLite ``executemany``), and the
figure groups of the events they touched are built once at the end. Documents the
store has already are skipped, so loading twice, or after a stopped load, adds
only what is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine

from claimtrack.backfill.tables import prepared_from_row
from claimtrack.ingest import Counts
from claimtrack.store import store_reject
from claimtrack.store.groups import regroup_pending
from claimtrack.store.rows import DocRows, doc_rows
from claimtrack.store.write import HeldFigures, Prepared, store_many

BATCH = 500  # documents per transaction


def parts_of(out: Path) -> list[str]:
    """The keys of the parts written under ``out``, in input order.

    Raises:
        FileNotFoundError: ``out`` holds no finished part.
    """
    markers = sorted((out / "_parts").glob("*")) if (out / "_parts").is_dir() else []
    if not markers:
        raise FileNotFoundError(f"{out} holds no finished backfill part (no {out / '_parts'} markers)")

    def order(p: Path) -> tuple[int, str]:
        text = p.read_text().strip()
        return (int(text) if text.isdigit() else 0, p.name)

    return [p.name for p in sorted(markers, key=order)]


def _rows(path: Path) -> Iterator[dict]:
    import pyarrow.parquet as pq

    if path.exists():
        for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
            yield from batch.to_pylist()


def load(out: str | Path, engine: Engine, *, batch: int = BATCH, progress: Callable[[Counts], None] | None = None) -> Counts:
    """Load every finished part under ``out`` into ``engine``'s store; returns the counts."""
    out = Path(out)
    counts = Counts()
    held, countries = HeldFigures(), {}  # what the batches wrote: the final groups need not read it back
    for key in parts_of(out):
        for r in _rows(out / "rejects" / f"part-{key}.parquet"):
            store_reject(engine, r["source"], r["reason"])
            counts = replace(counts, rejected=counts.rejected + 1)
        pending: list[Prepared] = []
        for row in _rows(out / "documents" / f"part-{key}.parquet"):
            pending.append(prepared_from_row(row))
            if len(pending) >= batch:
                counts = _store(engine, pending, counts, held, countries)
                pending = []
        counts = _store(engine, pending, counts, held, countries)
        if progress is not None:
            progress(counts)
    regroup_pending(engine, countries, held)
    return counts


def _store(engine: Engine, items: list[Prepared], counts: Counts, held: HeldFigures, countries: dict) -> Counts:
    names = [p.extraction.source.path or p.extraction.source.url or p.extraction.source.sha256 for p in items]
    rows = [_rows_of(p, engine.dialect.name) for p in items]
    for r in rows:
        if isinstance(r, DocRows):
            countries.update(r.countries)
    for r in store_many(engine, rows, names, regroup=False, held=held) if items else []:
        counts = counts.add(r)
    return counts


def _rows_of(p: Prepared, dialect: str) -> DocRows | Prepared:
    """Its rows; the item itself when they can not be made (the store's writer says why, one by one)."""
    try:
        return doc_rows(p, dialect)
    except (ValueError, UnicodeError):
        return p
