"""Export statements, figures and figure groups as flat rows: CSV, JSONL or Parquet.

One row per statement, per figure, and per claim of a figure group (the group's
fields repeated on each of its claims). Times are ISO 8601 strings in UTC; lists
(publishers, source names) are joined with ``"; "``. Offsets are code points into
the document text, end-exclusive.

Every row says where it comes from: ``path`` (the file, for local inputs) and
``url`` of its document and the ``headline`` of its article (for groups: of each
claim's figures, joined). A CSV with no rows still has its header line.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from claimtrack.errors import ClaimtrackError
from claimtrack.store import queries as q
from claimtrack.store import schema as t

TABLES = ("statements", "figures", "groups")
FORMATS = ("csv", "jsonl", "parquet")
_PAGE = 1000


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


_GROUP_COLUMNS = (
    "group_id", "event_id", "quantity", "category", "unit", "subject", "place", "group_start", "group_end", "disagreement", "revisions",
    "claimant", "low", "high", "publishers", "first_seen", "last_seen", "span", "evidence", "figure_ids", "urls",
    "paths", "headlines",
)


def columns(table: str) -> tuple[str, ...]:
    """The column names of ``table``'s rows, in order (also for an export with no rows)."""
    if table == "statements":
        return tuple(f.name for f in dataclasses.fields(q.StatementRow)) + ("path", "headline")
    if table == "figures":
        return tuple(f.name for f in dataclasses.fields(q.FigureRow)) + ("path", "headline")
    if table == "groups":
        return _GROUP_COLUMNS
    raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")


def _provenance(engine: Engine, items) -> dict[int, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    """``article_id -> (document path, article headline)`` for the rows of one page."""
    ids = {x.article_id for x in items}
    a, d = t.articles.c, t.documents.c
    with engine.connect() as conn:
        found = conn.execute(
            select(a.id, d.path, a.headline).join(t.documents, d.id == a.document_id).where(a.id.in_(ids))
        ).all()
    return {r[0]: (r[1], r[2]) for r in found}


def _figure_provenance(engine: Engine, figure_ids: set[int]) -> dict[int, tuple[str | None, str | None]]:
    f, a, d = t.figures.c, t.articles.c, t.documents.c
    with engine.connect() as conn:
        found = conn.execute(
            select(f.id, d.path, a.headline)
            .join(t.articles, a.id == f.article_id)
            .join(t.documents, d.id == f.document_id)
            .where(f.id.in_(figure_ids))
        ).all()
    return {r[0]: (r[1], r[2]) for r in found}


def _joined(values) -> str:  # type: ignore[no-untyped-def]
    return "; ".join(dict.fromkeys(v for v in values if v))


def rows(engine: Engine, table: str, filters: q.Filters | dict | None = None) -> Iterator[dict[str, Any]]:
    """The flat rows of ``table`` (``"statements"``, ``"figures"`` or ``"groups"``).

    Raises:
        ValueError: an unknown table name.
    """
    columns(table)  # an unknown name fails here, before any query
    if table in ("statements", "figures"):
        offset = 0
        while True:
            if table == "statements":
                page = q.list_statements(engine, filters, limit=_PAGE, offset=offset).items
            else:
                page = q.list_figures(engine, None, filters, limit=_PAGE, offset=offset).items
            if not page:
                return
            where = _provenance(engine, page)
            for x in page:
                row = {k: _plain(v) for k, v in dataclasses.asdict(x).items()}
                if table == "statements":
                    row["sources"] = "; ".join(s["name"] for s in x.sources)
                row["path"], row["headline"] = where.get(x.article_id, (None, None))
                yield row
            offset += _PAGE
    for g in q.list_groups(engine, None, filters, limit=10**9).items:
        where = _figure_provenance(engine, {i for c in g.claims for i in c.figure_ids})
        for c in g.claims:
            yield {
                "group_id": g.id,
                "event_id": g.event,
                "quantity": g.quantity,
                "category": g.category,
                "unit": g.unit,
                "subject": g.subject,
                "place": g.place,
                "group_start": _plain(g.start),
                "group_end": _plain(g.end),
                "disagreement": g.disagreement,
                "revisions": len(g.revisions),
                "claimant": c.claimant,
                "low": c.low,
                "high": c.high,
                "publishers": "; ".join(c.publishers),
                "first_seen": _plain(c.first_seen),
                "last_seen": _plain(c.last_seen),
                "span": c.span,
                "evidence": c.evidence,
                "figure_ids": "; ".join(str(i) for i in c.figure_ids),
                "urls": "; ".join(c.urls),
                "paths": _joined(where.get(i, (None, None))[0] for i in c.figure_ids),
                "headlines": _joined(where.get(i, (None, None))[1] for i in c.figure_ids),
            }


def write(engine: Engine, table: str, fmt: str, path: Path, filters: q.Filters | dict | None = None) -> int:
    """Write ``table`` in format ``fmt`` to ``path``; returns the number of rows written.

    Raises:
        ValueError: an unknown table or format.
        OSError: the file can not be written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    data = list(rows(engine, table, filters))
    if fmt != "parquet":  # text formats write 41 as the page and `figures -f json` do, not the store's 41.0
        from claimtrack.serialize import whole_numbers

        data = [whole_numbers(row) for row in data]
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for row in data:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(data[0]) if data else list(columns(table)))
            writer.writeheader()
            writer.writerows(data)
    else:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ModuleNotFoundError:
            raise ClaimtrackError("parquet export needs pyarrow: pip install 'claimtrack[parquet]'") from None

        table_data = pa.Table.from_pylist(data) if data else pa.table({c: pa.array([], pa.null()) for c in columns(table)})
        pq.write_table(table_data, path)
    return len(data)
