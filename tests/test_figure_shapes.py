"""One figure record: the other figure shapes take their fields from model.Figure.

The API's FigureOut and the store's FigureRow are built from Figure's fields, the
store reads FigureRow and FigureRecord by field name, the contract JSON is read back
by field type; gold and grouping records carry the same names. A field added to
Figure is therefore one edit (plus the table column that keeps it).
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path
from typing import get_type_hints

from claimtrack import extract
from claimtrack.compare.groups import FigureRecord
from claimtrack.evaluate.annotate import Fig, gold_figure
from claimtrack.evaluate.gold import GoldFigure, _figure_to
from claimtrack.model import Article, Dateline, Entity, Figure, Source, Span, Statement, TimeRef, to_plain
from claimtrack.serialize import extraction_from_dict, from_plain
from claimtrack.store import schema as t
from claimtrack.store.queries import FigureRow
from claimtrack.store.records import figure_fields, record_columns
from claimtrack.web.schemas import (
    ArticleOut,
    DatelineOut,
    EntityOut,
    FigureOut,
    SourceOut,
    SpanOut,
    StatementOut,
    TimeRefOut,
    contract_model,
)

PAGES = Path(__file__).parent / "pages"

#: What a figure claims: every shape that holds a figure carries these names.
VALUE = ("low", "high", "approximate", "unit", "category")


@dataclasses.dataclass(frozen=True, slots=True)
class WiderFigure(Figure):
    """Figure with one more field, as a future edit of model.Figure would add it."""

    per: Span | None = None
    revised: TimeRef | None = None


def _names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def test_api_figure_is_the_contract_figure_field_for_field() -> None:
    assert list(FigureOut.model_fields) == _names(Figure)
    assert FigureOut.model_fields["counted"].annotation == SpanOut | None
    assert FigureOut.model_fields["time"].annotation == TimeRefOut | None
    assert FigureOut.model_fields["low"].annotation == float | None  # int | float is one JSON number
    assert FigureOut.model_fields["category"].annotation is str
    assert all(f.is_required() for f in FigureOut.model_fields.values())


def test_every_built_api_model_follows_its_dataclass() -> None:
    pairs = [
        (Article, ArticleOut), (Dateline, DatelineOut), (Source, SourceOut), (Statement, StatementOut), (Entity, EntityOut),
    ]
    for cls, out in pairs:
        assert list(out.model_fields) == _names(cls), cls.__name__
    assert StatementOut.model_fields["sources"].annotation == list[SourceOut]
    assert ArticleOut.model_fields["dateline"].annotation == DatelineOut | None


def test_a_field_added_to_figure_reaches_api_and_store_row() -> None:
    wider = contract_model(WiderFigure, "WiderOut", category=str)
    assert list(wider.model_fields)[-2:] == ["per", "revised"]
    assert wider.model_fields["per"].annotation == SpanOut | None
    assert figure_fields(WiderFigure)[-3:] == [
        ("per", str | None),
        ("revised_value", datetime | None),
        ("revised_expr", str | None),
    ]


def test_store_row_is_ids_then_figure_fields_then_store_fields() -> None:
    flat = figure_fields()
    assert [n for n, _ in flat] == [
        "span", "span_start", "span_end", "low", "high", "approximate", "unit", "counted", "category",
        "location", "time_value", "time_expr", "source_name",
    ]
    names = _names(FigureRow)
    assert names[:5] == ["id", "document_id", "article_id", "statement_id", "local_id"]
    assert names[5 : 5 + len(flat)] == [n for n, _ in flat]
    hints = get_type_hints(FigureRow)
    assert all(hints[n] == tp for n, tp in flat)
    # the table keeps every flat field under its name, so the row's query follows the dataclass
    assert all(n in t.figures.c for n, _ in flat)


def test_grouping_record_reads_its_fields_by_name() -> None:
    labels = [c.name for c in record_columns()]
    fields = {f.name: f for f in dataclasses.fields(FigureRecord)}
    assert set(labels) <= set(fields)
    required = {n for n, f in fields.items() if f.default is dataclasses.MISSING}
    assert required <= set(labels), "a required FigureRecord field the store does not read"
    flat, hints = dict(figure_fields()), get_type_hints(FigureRecord)
    shared = [n for n in fields if n in flat]
    assert set(VALUE) | {"span", "counted"} <= set(shared)
    assert all(hints[n] == flat[n] for n in shared if n != "span"), "same name, same type as the row"
    assert hints["span"] is flat["span"] is str


def test_every_shape_names_the_value_alike() -> None:
    for shape in (Figure, FigureRow, FigureRecord, GoldFigure):
        assert set(VALUE) <= set(_names(shape)), shape.__name__
    assert set(VALUE) <= set(FigureOut.model_fields)
    # gold's fields are all Figure's names
    assert set(_names(GoldFigure)) <= set(_names(Figure))


def test_gold_figure_written_field_for_field() -> None:
    text = "Volgens de brandweer raakten ruim 40 bewoners gewond."
    fig = gold_figure(text, Fig("ruim 40", 41, "wounded", high=None, approx=True, counted="bewoners"))
    assert fig == GoldFigure(
        span=Span.of(text, 29, 36),
        low=41,
        high=None,
        approximate=True,
        unit=None,
        category="wounded",
        counted=Span.of(text, 37, 45),
    )
    assert _figure_to(fig) == {
        "span": {"text": "ruim 40", "start": 29, "end": 36},
        "low": 41,
        "high": None,
        "approximate": True,
        "unit": None,
        "category": "wounded",
        "counted": {"text": "bewoners", "start": 37, "end": 45},
        "statement": None,
        "source_name": None,
    }


def test_contract_read_back_by_field_types() -> None:
    fetched = datetime.fromisoformat("2026-01-14T22:00:00+01:00")
    seen = 0
    for path in sorted(PAGES.iterdir()):
        if path.is_file():
            x = extract(path, fetched_at=fetched)
            back = extraction_from_dict(json.loads(x.to_json()))
            assert back == x and back.to_json() == x.to_json(), path.name
            timed = [f for f in x.figures if f.time is not None and f.time.value is not None]
            assert all(from_plain(Figure, to_plain(f)) == f for f in x.figures)
            seen += len(timed)
    assert seen > 0
