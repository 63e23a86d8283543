"""The values every stage passes on: immutable dataclasses with spans into one text.

These classes *are* the output contract (``shared/design/output-contract.md``,
version 1): :func:`to_plain` renders them to JSON values and adds nothing;
:mod:`claimtrack.serialize` reads the JSON back. (The rendering lives here, not in
``serialize``, so that this module imports no other claimtrack module.)

Conventions that hold for every class here:

* offsets are Python string indices (code points) into ``Extraction.text`` /
  ``Document.text``, end-exclusive;
* times are timezone-aware :class:`datetime.datetime` values (ISO 8601 with an
  offset once serialised);
* a value that is not known is ``None``, never an empty string or a guess.

All classes are frozen and picklable, so a batch can run in a process pool or on
a cluster unchanged.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from claimtrack.quick import quick_init

SCHEMA = "claimtrack/1"

Role = Literal["main", "teaser"]
Granularity = Literal["minute", "hour", "day", "week", "month", "year"]
Anchor = Literal["fetched_at", "published", "absolute"]
SourceType = Literal["PER", "ORG", "GPE", "OTHER"]
StatementKind = Literal["direct", "indirect", "mixed", "according_to"]
Category = Literal[
    "killed",
    "wounded",
    "killed_or_wounded",
    "missing",
    "arrested",
    "displaced",
    "troops",
    "people",
    "money",
    "percent",
    "other",
]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]


@quick_init  # built by the hundred per page: a cheaper __init__, same class
@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document text: ``text == doc[start:end]``.

    Build one with :meth:`Span.of` so that ``text`` is always derived from the
    document, never typed in apart from it.
    """

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, doc: str, start: int, end: int) -> Span:
        """The span ``doc[start:end]``.

        Raises:
            ValueError: if ``0 <= start <= end <= len(doc)`` does not hold.
        """
        if not 0 <= start <= end <= len(doc):
            raise ValueError(f"span {start}:{end} lies outside a text of {len(doc)} characters")
        # what __init__ does, without its call: spans are built by the ten thousand per page
        self = _new(cls)
        _set_text(self, doc[start:end])
        _set_start(self, start)
        _set_end(self, end)
        return self

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


_new = object.__new__
_set_text, _set_start, _set_end = (Span.__dict__[name].__set__ for name in ("text", "start", "end"))


@quick_init
@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time the text refers to, and the words it came from.

    ``value`` is ``None`` where the anchor it needs (the article's publication
    time, say) is unknown: the expression is kept, the time is never guessed.
    ``anchor`` says what ``value`` was (or would be) computed from.
    """

    expression: Span | None
    value: datetime | None
    granularity: Granularity
    anchor: Anchor | None


@quick_init
@dataclass(frozen=True, slots=True)
class Dateline:
    """``KOERSK (ANP/AFP) - ``: the place and the agencies; offsets cover the whole dateline."""

    place: str
    agencies: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One article on a page: the main article or a teaser in a list."""

    id: str
    role: Role
    section: str | None
    headline: Span | None
    dateline: Dateline | None
    published: TimeRef | None
    body: Span


@quick_init  # one per statement / source found: a cheaper __init__, same class
@dataclass(frozen=True, slots=True)
class Source:
    """Who a statement is attributed to; ``name`` is the canonical name."""

    span: Span
    name: str
    type: SourceType


@quick_init  # one per statement / source found: a cheaper __init__, same class
@dataclass(frozen=True, slots=True)
class Statement:
    """An attribution relation (source, cue, content), as in PARC 3.0 and Citron."""

    id: str
    article: str
    sources: tuple[Source, ...]
    cue: Span
    cue_lemma: str
    content: Span
    kind: StatementKind
    medium: Span | None = None
    time: TimeRef | None = None
    via: str | None = None


@quick_init  # one per figure found: a cheaper __init__, same class
@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity the text claims: an exact value (``low == high``) or bounds.

    ``low``/``high`` follow UCDP's low/high estimates: ``meer dan 12.000`` is
    ``low=12000, high=None``; ``honderden`` is ``low=200, high=999`` and
    ``approximate=True``.
    """

    id: str
    article: str
    span: Span
    low: int | float | None
    high: int | float | None
    approximate: bool
    unit: str | None
    counted: Span | None
    category: Category
    location: Span | None = None
    time: TimeRef | None = None
    statement: str | None = None
    source_name: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place named in the document, with all its mentions."""

    id: str
    name: str
    type: str
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DocumentSource:
    """Where a document came from. ``sha256`` is of the normalised text (UTF-8)."""

    path: str | None
    url: str | None
    fetched_at: datetime | None
    sha256: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything claimtrack read from one document (output contract v1)."""

    source: DocumentSource
    language: str
    text: str
    articles: tuple[Article, ...]
    statements: tuple[Statement, ...]
    figures: tuple[Figure, ...]
    entities: tuple[Entity, ...] = ()
    warnings: tuple[str, ...] = ()
    schema: str = field(default=SCHEMA)
    # How sure the language identification was (0..1); None when the caller chose the language.
    language_confidence: float | None = None
    # The sentences analysed (each article's headline, lead and body, in page order),
    # so that later stages (the store's evidence) need not split again. Not part of
    # the contract JSON, and not compared: a contract read back has none.
    sentences: tuple[Span, ...] = field(default=(), compare=False, metadata={"contract": False})

    def to_dict(self) -> dict:
        """The contract's JSON object as plain Python values (see :func:`extraction_to_dict`)."""
        return extraction_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        """The contract's JSON text."""
        return extraction_to_json(self, indent=indent)


# ---------------------------------------------------------------- rendering to JSON values
# Field names and order are the dataclasses' own, spans become {"text", "start", "end"},
# times ISO 8601 with their offset, tuples lists; fields marked contract=False are left out.


#: Each contract dataclass's fields in the contract (a table of classes, filled on first use).
_CONTRACT_FIELDS: dict[type, tuple[str, ...]] = {}
_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_plain(value: Any) -> Any:
    """Any contract value (dataclass, tuple, datetime, scalar) as JSON-ready Python values."""
    cls = type(value)
    if cls in _SCALARS:  # most values: checked first, as the output of a long page has millions
        return value
    names = _CONTRACT_FIELDS.get(cls)
    if names is None and dataclasses.is_dataclass(cls):
        names = _CONTRACT_FIELDS[cls] = tuple(
            f.name for f in dataclasses.fields(cls) if f.metadata.get("contract", True)
        )
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    """The contract object for one document: ``schema`` first, ``language_confidence`` right after ``language``."""
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
