"""Render :class:`~claimtrack.model.Extraction` as the contract's JSON, and read it back.

The JSON is a rendering of the dataclasses, not a second model: field names and
order are the dataclasses' own, spans become ``{"text", "start", "end"}``, times
ISO 8601 with their offset, tuples lists. ``schema`` comes first, ``language_confidence`` right after
``language``.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any

from claimtrack.model import (
    SCHEMA,
    Article,
    Dateline,
    DocumentSource,
    Entity,
    Extraction,
    Figure,
    Source,
    Span,
    Statement,
    TimeRef,
)


def to_plain(value: Any) -> Any:
    """Any contract value (dataclass, tuple, datetime, scalar) as JSON-ready Python values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    """The contract object for one document, ``schema`` first."""
    plain = to_plain(extraction)
    out = {"schema": plain.pop("schema")}
    confidence = plain.pop("language_confidence")
    for key, value in plain.items():
        out[key] = value
        if key == "language":
            out["language_confidence"] = confidence
    return out


def extraction_to_json(extraction: Extraction, indent: int | None = 2) -> str:
    """The contract object as JSON text (UTF-8 characters kept as they are)."""
    return json.dumps(extraction_to_dict(extraction), ensure_ascii=False, indent=indent)


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _span(d: dict | None) -> Span | None:
    return None if d is None else Span(d["text"], d["start"], d["end"])


def _timeref(d: dict | None) -> TimeRef | None:
    if d is None:
        return None
    return TimeRef(_span(d["expression"]), _time(d["value"]), d["granularity"], d["anchor"])


def extraction_from_dict(d: dict[str, Any]) -> Extraction:
    """Rebuild an :class:`Extraction` from its contract object.

    Raises:
        ValueError: if ``d["schema"]`` is not ``claimtrack/1``.
        KeyError: if a required field is missing.
    """
    if d.get("schema") != SCHEMA:
        raise ValueError(f"expected schema {SCHEMA!r}, got {d.get('schema')!r}")
    src = d["source"]
    articles = tuple(
        Article(
            id=a["id"],
            role=a["role"],
            section=a["section"],
            headline=_span(a["headline"]),
            dateline=None
            if a["dateline"] is None
            else Dateline(
                a["dateline"]["place"],
                tuple(a["dateline"]["agencies"]),
                a["dateline"]["start"],
                a["dateline"]["end"],
            ),
            published=_timeref(a["published"]),
            body=_span(a["body"]),
        )
        for a in d["articles"]
    )
    statements = tuple(
        Statement(
            id=s["id"],
            article=s["article"],
            sources=tuple(Source(_span(x["span"]), x["name"], x["type"]) for x in s["sources"]),
            cue=_span(s["cue"]),
            cue_lemma=s["cue_lemma"],
            content=_span(s["content"]),
            kind=s["kind"],
            medium=_span(s["medium"]),
            time=_timeref(s["time"]),
            via=s["via"],
        )
        for s in d["statements"]
    )
    figures = tuple(
        Figure(
            id=f["id"],
            article=f["article"],
            span=_span(f["span"]),
            low=f["low"],
            high=f["high"],
            approximate=f["approximate"],
            unit=f["unit"],
            counted=_span(f["counted"]),
            category=f["category"],
            location=_span(f["location"]),
            time=_timeref(f["time"]),
            statement=f["statement"],
            source_name=f["source_name"],
        )
        for f in d["figures"]
    )
    entities = tuple(
        Entity(e["id"], e["name"], e["type"], tuple(_span(m) for m in e["mentions"]), tuple(e["aliases"]))
        for e in d.get("entities", [])
    )
    return Extraction(
        source=DocumentSource(src["path"], src["url"], _time(src["fetched_at"]), src["sha256"]),
        language=d["language"],
        text=d["text"],
        articles=articles,
        statements=statements,
        figures=figures,
        entities=entities,
        warnings=tuple(d["warnings"]),
        language_confidence=d.get("language_confidence"),
    )
