"""The contract's JSON for :class:`~claimtrack.model.Extraction`: written, and read back.

The JSON is a rendering of the dataclasses, not a second model: field names and
order are the dataclasses' own, spans become ``{"text", "start", "end"}``, times
ISO 8601 with their offset, tuples lists. ``schema`` comes first, ``language_confidence`` right after
``language``. The writing half lives in :mod:`claimtrack.model` (so that the classes'
``to_dict``/``to_json`` need no import of this module) and is re-exported here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from claimtrack.isotime import parse_iso
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
    extraction_to_dict,
    extraction_to_json,
    to_plain,
)

__all__ = ["extraction_from_dict", "extraction_to_dict", "extraction_to_json", "to_plain"]


def _time(value: str | None) -> datetime | None:
    return None if value is None else parse_iso(value, need_offset=False)


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
