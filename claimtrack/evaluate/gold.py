"""The gold format: what a human says claimtrack should find in one document.

A gold file is JSONL, one :class:`GoldDocument` per line (documented in
``eval/README.md``). Spans are ``{"text", "start", "end"}`` objects with Python
string offsets (code points, end-exclusive) into the document's ``text``, exactly
as in output contract v1; :func:`load` checks that ``text == doc[start:end]``
for every span, so a gold file can not drift from its text unnoticed.

Gold values follow the conventions the extractor team uses (content without the
complementiser and the final period, cue = finite verb, source span = whole noun
phrase with a canonical name, figure span = bound words + number + unit). Those
conventions are applied when gold is *written*, by :mod:`claimtrack.evaluate.annotate`.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable, Iterator

from claimtrack.isotime import parse_iso
from claimtrack.model import CATEGORIES, Span

KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "according_to")
ROLES: tuple[str, ...] = ("main", "teaser")


class GoldError(ValueError):
    """A gold document is malformed: a span that does not match its text, an unknown value, ..."""


@dataclass(frozen=True, slots=True)
class GoldSource:
    """A statement's source: the noun phrase as written and its canonical name.

    ``aliases`` are other names the scorer accepts (case-insensitively) as the same source.
    """

    span: Span
    name: str
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """The canonical name first, then the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldStatement:
    """An attribution relation as it should be extracted.

    ``sources`` is empty only for sourceless reports ("naar verluidt").

    ``cue`` is the finite speech verb (first part of a separable verb), or the
    according-to marker; ``cue_aux`` is the finite auxiliary of a perfect-tense cue
    ("heeft ... bekendgemaakt": cue "bekendgemaakt", cue_aux "heeft"), so either
    reading of the convention scores as a cue hit.
    """

    sources: tuple[GoldSource, ...]
    cue: Span
    content: Span
    kind: str
    cue_aux: Span | None = None
    medium: Span | None = None
    time: Span | None = None
    via: int | None = None


@dataclass(frozen=True, slots=True)
class GoldFigure:
    """A figure as it should be extracted; ``statement`` indexes the document's gold statements.

    Its fields are :class:`~claimtrack.model.Figure`'s, by the same names (in the
    gold file's order), less the placement the extractor numbers (``id``,
    ``article``) and what gold does not judge (``location``, ``time``);
    ``statement`` is an index here, not an id. As in the output contract, a figure inside a statement's
    content carries that statement (the loader enforces it both ways).
    """

    span: Span
    low: int | float | None
    high: int | float | None
    approximate: bool
    unit: str | None
    category: str
    counted: Span | None = None
    statement: int | None = None
    source_name: str | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An article on the page, found by ``anchor`` (its dateline, else its first words).

    ``published`` is the publication time (resolved against ``fetched_at`` for
    "N minuten geleden"), ``None`` where the page does not say it.
    """

    role: str
    anchor: Span
    place: str | None = None
    agencies: tuple[str, ...] = ()
    published: datetime | None = None
    published_expression: Span | None = None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated document: its text, when it was fetched, and what it holds."""

    id: str
    split: str
    language: str
    style: str
    fetched_at: datetime | None
    text: str
    articles: tuple[GoldArticle, ...]
    statements: tuple[GoldStatement, ...]
    figures: tuple[GoldFigure, ...]
    notes: str = ""
    tags: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------- to/from JSON


def _span_to(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"text": span.text, "start": span.start, "end": span.end}


def _time_to(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _figure_to(figure: GoldFigure) -> dict[str, Any]:
    """A gold figure's JSON object: its fields in order, spans as ``{"text", "start", "end"}``."""
    out = {}
    for f in dataclasses.fields(figure):
        value = getattr(figure, f.name)
        out[f.name] = _span_to(value) if isinstance(value, Span) else value
    return out


def to_dict(doc: GoldDocument) -> dict[str, Any]:
    """The JSON object of one gold line (plain Python values)."""
    return {
        "id": doc.id,
        "split": doc.split,
        "language": doc.language,
        "style": doc.style,
        "tags": list(doc.tags),
        "notes": doc.notes,
        "fetched_at": _time_to(doc.fetched_at),
        "text": doc.text,
        "articles": [
            {
                "role": a.role,
                "anchor": _span_to(a.anchor),
                "place": a.place,
                "agencies": list(a.agencies),
                "published": _time_to(a.published),
                "published_expression": _span_to(a.published_expression),
            }
            for a in doc.articles
        ],
        "statements": [
            {
                "sources": [
                    {"span": _span_to(s.span), "name": s.name, "aliases": list(s.aliases)}
                    for s in st.sources
                ],
                "cue": _span_to(st.cue),
                "cue_aux": _span_to(st.cue_aux),
                "content": _span_to(st.content),
                "kind": st.kind,
                "medium": _span_to(st.medium),
                "time": _span_to(st.time),
                "via": st.via,
            }
            for st in doc.statements
        ],
        "figures": [_figure_to(f) for f in doc.figures],
    }


def dumps(doc: GoldDocument) -> str:
    """One JSONL line (no trailing newline), keys in a fixed order, non-ASCII kept."""
    return json.dumps(to_dict(doc), ensure_ascii=False)


def _span_from(obj: Any, text: str, where: str) -> Span | None:
    if obj is None:
        return None
    try:
        start, end, quoted = int(obj["start"]), int(obj["end"]), obj["text"]
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldError(f"{where}: a span needs text, start and end ({exc})") from None
    if not 0 <= start <= end <= len(text):
        raise GoldError(f"{where}: span {start}:{end} lies outside a text of {len(text)} characters")
    if text[start:end] != quoted:
        raise GoldError(f"{where}: span {start}:{end} is {text[start:end]!r} in the text, not {quoted!r}")
    if start == end:
        raise GoldError(f"{where}: empty span at {start}")
    return Span(quoted, start, end)


def _req_span(obj: Any, text: str, where: str) -> Span:
    span = _span_from(obj, text, where)
    if span is None:
        raise GoldError(f"{where}: a span is required here")
    return span


def _time_from(value: Any, where: str) -> datetime | None:
    if value is None:
        return None
    try:
        out = parse_iso(value, need_offset=False)
    except (TypeError, ValueError):
        raise GoldError(f"{where}: {value!r} is not an ISO 8601 time") from None
    if out.utcoffset() is None:
        raise GoldError(f"{where}: {value!r} has no timezone offset")
    return out


def _number(value: Any, where: str) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise GoldError(f"{where}: {value!r} is not a number")
    return value


def from_dict(obj: dict[str, Any]) -> GoldDocument:
    """Parse and validate one gold object.

    Raises:
        GoldError: a span that does not match the text, an unknown kind, role or
            category, a bad time, ``low > high``, or a statement index out of range.
    """
    did = str(obj.get("id", "?"))
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        raise GoldError(f"{did}: the document needs a non-empty text")
    fetched_at = _time_from(obj.get("fetched_at"), f"{did}.fetched_at")

    articles = []
    for i, a in enumerate(obj.get("articles", [])):
        w = f"{did}.articles[{i}]"
        if a.get("role") not in ROLES:
            raise GoldError(f"{w}: role {a.get('role')!r} is not one of {ROLES}")
        articles.append(
            GoldArticle(
                role=a["role"],
                anchor=_req_span(a.get("anchor"), text, f"{w}.anchor"),
                place=a.get("place"),
                agencies=tuple(a.get("agencies") or ()),
                published=_time_from(a.get("published"), f"{w}.published"),
                published_expression=_span_from(a.get("published_expression"), text, f"{w}.published_expression"),
            )
        )

    statements = []
    raw_statements = obj.get("statements", [])
    for i, s in enumerate(raw_statements):
        w = f"{did}.statements[{i}]"
        if s.get("kind") not in KINDS:
            raise GoldError(f"{w}: kind {s.get('kind')!r} is not one of {KINDS}")
        sources = tuple(
            GoldSource(
                span=_req_span(src.get("span"), text, f"{w}.sources[{j}]"),
                name=_nonempty(src.get("name"), f"{w}.sources[{j}].name"),
                aliases=tuple(src.get("aliases") or ()),
            )
            for j, src in enumerate(s.get("sources") or ())
        )
        cue_span = _req_span(s.get("cue"), text, f"{w}.cue")
        for j, src in enumerate(sources):
            if src.span.overlaps(cue_span):
                raise GoldError(f"{w}.sources[{j}]: source span {src.span.text!r} overlaps the cue {cue_span.text!r}")
        via = s.get("via")
        if via is not None and not (isinstance(via, int) and 0 <= via < len(raw_statements) and via != i):
            raise GoldError(f"{w}.via: {via!r} is not another statement's index")
        statements.append(
            GoldStatement(
                sources=sources,
                cue=_req_span(s.get("cue"), text, f"{w}.cue"),
                cue_aux=_span_from(s.get("cue_aux"), text, f"{w}.cue_aux"),
                content=_req_span(s.get("content"), text, f"{w}.content"),
                kind=s["kind"],
                medium=_span_from(s.get("medium"), text, f"{w}.medium"),
                time=_span_from(s.get("time"), text, f"{w}.time"),
                via=via,
            )
        )

    figures = []
    for i, f in enumerate(obj.get("figures", [])):
        w = f"{did}.figures[{i}]"
        if f.get("category") not in CATEGORIES:
            raise GoldError(f"{w}: category {f.get('category')!r} is not one of {CATEGORIES}")
        low, high = _number(f.get("low"), f"{w}.low"), _number(f.get("high"), f"{w}.high")
        if low is None and high is None:
            raise GoldError(f"{w}: a figure needs low or high")
        if low is not None and high is not None and low > high:
            raise GoldError(f"{w}: low {low} > high {high}")
        st = f.get("statement")
        if st is not None and not (isinstance(st, int) and 0 <= st < len(statements)):
            raise GoldError(f"{w}.statement: {st!r} is not a statement index")
        fspan = _req_span(f.get("span"), text, f"{w}.span")
        holders = [k for k, stmt in enumerate(statements) if stmt.content.contains(fspan)]
        if st is None and holders:
            raise GoldError(f"{w}: {fspan.text!r} lies in the content of statement {holders[0]} but names no statement")
        if st is not None and st not in holders:
            raise GoldError(f"{w}: {fspan.text!r} does not lie in the content of statement {st}")
        source_name = f.get("source_name")
        if st is not None and source_name is None and statements[st].sources:
            source_name = statements[st].sources[0].name
        figures.append(
            GoldFigure(
                span=_req_span(f.get("span"), text, f"{w}.span"),
                low=low,
                high=high,
                approximate=bool(f.get("approximate", False)),
                unit=f.get("unit"),
                category=f["category"],
                counted=_span_from(f.get("counted"), text, f"{w}.counted"),
                statement=st,
                source_name=source_name,
            )
        )

    return GoldDocument(
        id=did,
        split=str(obj.get("split", "")),
        language=str(obj.get("language", "nl")),
        style=str(obj.get("style", "")),
        fetched_at=fetched_at,
        text=text,
        articles=tuple(articles),
        statements=tuple(statements),
        figures=tuple(figures),
        notes=str(obj.get("notes", "")),
        tags=tuple(obj.get("tags") or ()),
    )


def _nonempty(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise GoldError(f"{where}: a non-empty string is required")
    return value


def iter_load(path: str | os.PathLike[str]) -> Iterator[GoldDocument]:
    """Read a gold JSONL file lazily, one validated :class:`GoldDocument` per non-blank line.

    Raises:
        GoldError: a line that is not JSON or not a valid gold document (with its line number).
        OSError: the file can not be read.
    """
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{lineno}: not JSON ({exc})") from None
            try:
                yield from_dict(obj)
            except GoldError as exc:
                raise GoldError(f"{path}:{lineno}: {exc}") from None


def load(path: str | os.PathLike[str]) -> tuple[GoldDocument, ...]:
    """Read and validate a whole gold JSONL file; ids must be unique (see :func:`iter_load`)."""
    docs = tuple(iter_load(path))
    seen: set[str] = set()
    for d in docs:
        if d.id in seen:
            raise GoldError(f"{path}: document id {d.id!r} occurs twice")
        seen.add(d.id)
    return docs


def write(path: str | os.PathLike[str], docs: Iterable[GoldDocument]) -> int:
    """Write gold documents as JSONL (after a round-trip validation); returns how many."""
    lines = []
    for d in docs:
        line = dumps(d)
        from_dict(json.loads(line))  # validate exactly what is written
        lines.append(line)
    Path(path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)
