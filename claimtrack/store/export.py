"""Export statements, figures and figure groups as flat rows: CSV, JSONL or Parquet.

One row per statement, per figure, and per claim of a figure group (the group's
fields repeated on each of its claims). Times are ISO 8601 strings in UTC; lists
(publishers, source names) are joined with ``"; "``. Offsets are code points into
the document text, end-exclusive.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from claimtrack.errors import ClaimtrackError
from claimtrack.store import queries as q

TABLES = ("statements", "figures", "groups")
FORMATS = ("csv", "jsonl", "parquet")
_PAGE = 1000


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def rows(engine: Engine, table: str, filters: q.Filters | dict | None = None) -> Iterator[dict[str, Any]]:
    """The flat rows of ``table`` (``"statements"``, ``"figures"`` or ``"groups"``).

    Raises:
        ValueError: an unknown table name.
    """
    if table == "statements":
        offset = 0
        while page := q.list_statements(engine, filters, limit=_PAGE, offset=offset).items:
            for s in page:
                d = {k: _plain(v) for k, v in dataclasses.asdict(s).items()}
                d["sources"] = "; ".join(x["name"] for x in s.sources)
                yield d
            offset += _PAGE
    elif table == "figures":
        offset = 0
        while page := q.list_figures(engine, None, filters, limit=_PAGE, offset=offset).items:
            for f in page:
                yield {k: _plain(v) for k, v in dataclasses.asdict(f).items()}
            offset += _PAGE
    elif table == "groups":
        for g in q.list_groups(engine, None, filters, limit=10**9).items:
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
                }
    else:
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")


def write(engine: Engine, table: str, fmt: str, path: Path, filters: q.Filters | dict | None = None) -> int:
    """Write ``table`` in format ``fmt`` to ``path``; returns the number of rows written.

    Raises:
        ValueError: an unknown table or format.
        OSError: the file can not be written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    data = list(rows(engine, table, filters))
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for row in data:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            if data:
                writer = csv.DictWriter(fh, fieldnames=list(data[0]))
                writer.writeheader()
                writer.writerows(data)
    else:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ModuleNotFoundError:
            raise ClaimtrackError("parquet export needs pyarrow: pip install 'claimtrack[parquet]'") from None

        pq.write_table(pa.Table.from_pylist(data), path)
    return len(data)
