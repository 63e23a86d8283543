"""The store's figure shapes, built from :class:`claimtrack.model.Figure` and read by field name.

:func:`figure_fields` flattens ``Figure``'s fields the way the ``figures`` table
keeps them; :class:`~claimtrack.store.queries.FigureRow` is the store's ids, those
fields, then what the store adds (:func:`row_class`). A field of ``FigureRow`` or
of :class:`~claimtrack.compare.groups.FigureRecord` named like a column of
``figures`` is read from that column; the few that come from elsewhere (the
document, the article) are named in ``_record_from``. So a field added to
``Figure`` (and to the table) reaches the row, its query, the API schema and the
CSV export without a second list.

Both :mod:`claimtrack.store.queries` and :mod:`claimtrack.store.groups` read
figures this way, so this module sits below both (no import cycle between them).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any, Literal, get_args, get_origin, get_type_hints

from sqlalchemy import func

from claimtrack.compare.groups import FigureRecord
from claimtrack.model import Figure, Span, TimeRef
from claimtrack.store import schema as t

#: Figure fields that say where it sits, not what it claims: a row holds the store's ids instead.
PLACEMENT = ("id", "article", "statement")


def figure_fields(cls: type = Figure) -> list[tuple[str, Any]]:
    """``Figure``'s claim as flat row fields ``(name, type)``, in ``Figure``'s order.

    The figure's own ``span`` is its text and offsets (``span_start``, ``span_end``),
    any other span its text; a time is its value and its words (``time_value``,
    ``time_expr``); a number a float, a category its name.
    """
    hints = get_type_hints(cls)
    out: list[tuple[str, Any]] = []
    for f in dataclasses.fields(cls):
        if f.name in PLACEMENT:
            continue
        tp, args = hints[f.name], get_args(hints[f.name])
        if tp is Span:
            out += [(f.name, str), (f"{f.name}_start", int), (f"{f.name}_end", int)]
        elif Span in args:
            out.append((f.name, str | None))
        elif TimeRef in args:
            out += [(f"{f.name}_value", datetime | None), (f"{f.name}_expr", str | None)]
        elif int in args and float in args:
            out.append((f.name, float | None if type(None) in args else float))
        elif get_origin(tp) is Literal:
            out.append((f.name, str))
        else:
            out.append((f.name, tp))
    return out


def row_class(name: str, doc: str, fields: list[tuple[str, Any]], module: str) -> type:
    """A frozen dataclass with these fields (what the store's read API returns)."""
    cls = dataclasses.make_dataclass(name, fields, frozen=True, slots=True)
    cls.__doc__, cls.__module__ = doc, module
    return cls


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
