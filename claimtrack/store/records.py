"""The columns of the store's figure shapes, read from their dataclasses' field names.

A field of :class:`~claimtrack.store.queries.FigureRow` or of
:class:`~claimtrack.compare.groups.FigureRecord` named like a column of the
``figures`` table is read from that column; the few that come from elsewhere
(the document, the article) are named in :data:`RECORD_FROM`. Adding a stored
field to either shape is therefore one edit: the query follows the dataclass.

Both :mod:`claimtrack.store.queries` and :mod:`claimtrack.store.groups` read
figures this way, so this module sits below both (no import cycle between them).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import func

from claimtrack.compare.groups import FigureRecord
from claimtrack.store import schema as t


def _record_from() -> dict[str, Any]:
    fc, d, a = t.figures.c, t.documents.c, t.articles.c
    return {
        "figure_id": fc.id,
        "doc_sha": d.sha256,
        "publisher": d.publisher,
        "url": d.url,
        "fingerprint": a.fingerprint,
        "sketch": a.sketch,
        # where the figure is: its own location, else its article's dateline place
        "place": func.coalesce(fc.location, a.dateline_place),
    }


def record_columns() -> list:
    """The columns of a :class:`FigureRecord` (figures joined with documents and articles).

    The fields the store's kept grouping sets later (event, quantity, ...) are
    neither ``figures`` columns nor in the map above, so they keep their defaults.
    """
    fc, elsewhere = t.figures.c, _record_from()
    out = []
    for f in dataclasses.fields(FigureRecord):
        if f.name in elsewhere:
            out.append(elsewhere[f.name].label(f.name))
        elif f.name in fc:
            out.append(fc[f.name])
    return out


def row_columns(row_class: type) -> list:
    """The columns of a figure row class: ``figures`` columns by name, ``publisher``/``url`` from its document."""
    fc, d = t.figures.c, t.documents.c
    return [d[f.name] if f.name in ("publisher", "url") else fc[f.name] for f in dataclasses.fields(row_class)]
