"""Pydantic models of the JSON the API speaks: output contract v1 and the API's own envelopes.

They mirror :mod:`claimtrack.model` field for field (``shared/design/output-contract.md``)
so that the OpenAPI document describes exactly what :func:`claimtrack.extract`
returns; the dataclasses stay the one model, these only describe their JSON. Most are
built from the dataclasses (:func:`contract_model`); spans, time references, the
document source and the envelope are written out for their descriptions and aliases.
"""

from __future__ import annotations

import dataclasses
from types import UnionType
from typing import Annotated, Any, Generic, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, create_model
from pydantic_core import PydanticCustomError

from claimtrack import lang
from claimtrack.isotime import parse_rfc3339
from claimtrack.model import Article, Dateline, Entity, Figure, Source, Span, Statement, TimeRef

T = TypeVar("T")

#: The language codes with data in :mod:`claimtrack.lang`, fixed when the app starts.
Language = Literal[lang.available()]  # type: ignore[valid-type]

#: Words of the "lone_surrogate" error (also for pydantic's own "string_unicode", which a
#: field with a length cap gives for the same cause).
LONE_SURROGATE = (
    "the text holds a lone surrogate{where}: half of a UTF-16 pair, no character; send whole "
    "characters (UTF-8, or both halves of a pair as JSON escapes)"
)


def whole_characters(value: str) -> str:
    """A JSON string with a lone surrogate (``"\\ud800"``, valid JSON syntax) is refused, named."""
    from claimtrack.read.decode import first_surrogate

    at = first_surrogate(value)
    if at is not None:
        where = f" (U+{ord(value[at]):04X}, at character {at})"
        raise PydanticCustomError("lone_surrogate", LONE_SURROGATE.format(where=where))
    return value


#: Request text: any string of whole characters (empty is answered by the extraction, as
#: whitespace is: ``empty_input``).
RequestText = Annotated[str, AfterValidator(whole_characters)]


class SpanOut(BaseModel):
    """``{"text", "start", "end"}``: code points into the document text, end-exclusive."""

    text: str
    start: int
    end: int


class TimeRefOut(BaseModel):
    expression: SpanOut | None
    value: str | None = Field(description="ISO 8601 with offset; null where the anchor is unknown")
    granularity: Literal["minute", "hour", "day", "week", "month", "year"]
    anchor: Literal["fetched_at", "published", "absolute"] | None


def contract_model(cls: type, name: str, **override: Any) -> type[BaseModel]:
    """The pydantic model of a contract dataclass's JSON, field for field from ``cls``.

    Names, order and nullability are the dataclass's own; a span is a
    :class:`SpanOut`, a time reference a :class:`TimeRefOut` (and so on for the
    classes already built here), a tuple a list, a number (``int | float``) a JSON
    number. ``override`` gives a field another type. A field added to the dataclass
    is thereby added to the API schema too.
    """
    hints = get_type_hints(cls)
    fields = {
        f.name: (override.get(f.name, _json_type(hints[f.name])), ...)
        for f in dataclasses.fields(cls)
        if f.metadata.get("contract", True)
    }
    model = create_model(name, **fields)  # type: ignore[call-overload]
    _OUT[cls] = model
    return model


def _json_type(tp: Any) -> Any:
    if tp in _OUT:
        return _OUT[tp]
    args = get_args(tp)
    if get_origin(tp) in (Union, UnionType):
        kept = [_json_type(a) for a in args if not (a is int and float in args)]
        return Union[tuple(kept)]
    if get_origin(tp) is tuple:  # tuple[X, ...]
        return list[_json_type(args[0])]  # type: ignore[misc]
    return tp


#: Contract classes and the JSON models that describe them (filled by :func:`contract_model`).
_OUT: dict[Any, type[BaseModel]] = {Span: SpanOut, TimeRef: TimeRefOut}

# The contract's values, each field for field from its dataclass.
DatelineOut = contract_model(Dateline, "DatelineOut")
ArticleOut = contract_model(Article, "ArticleOut")
SourceOut = contract_model(Source, "SourceOut")
StatementOut = contract_model(Statement, "StatementOut")
FigureOut = contract_model(Figure, "FigureOut", category=str)  # category as its name
EntityOut = contract_model(Entity, "EntityOut")


class DocumentSourceOut(BaseModel):
    path: str | None
    url: str | None
    fetched_at: str | None
    sha256: str


class ExtractionOut(BaseModel):
    """One document's extraction, output contract v1."""

    model_config = ConfigDict(populate_by_name=True)

    schema_: Literal["claimtrack/1"] = Field(alias="schema")
    source: DocumentSourceOut
    language: str
    language_confidence: float | None = Field(
        default=None, description="how sure language identification was (0..1); null when the caller chose the language"
    )
    text: str
    articles: list[ArticleOut]
    statements: list[StatementOut]
    figures: list[FigureOut]
    entities: list[EntityOut]
    warnings: list[str]


class ExtractRequest(BaseModel):
    """What ``POST /api/extract`` reads: the page text (or HTML) and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: RequestText = Field(description="page text or HTML (the request body is size-capped)")
    url: str | None = Field(default=None, max_length=2048, description="the page's address; recorded, not fetched")
    fetched_at: Annotated[AwareDatetime, BeforeValidator(parse_rfc3339)] | None = Field(
        default=None,
        description="when the page was fetched, ISO 8601 with offset; resolves 'N minuten geleden'",
    )
    language: Language | None = None


class FetchRequest(BaseModel):
    """What ``POST /api/extract/url`` reads: a public http(s) URL (only with ``--allow-fetch``)."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=2048, description="http or https URL of a public host")
    language: Language | None = None


class Page(BaseModel, Generic[T]):
    """A page of results: ``items`` from ``offset``, at most ``limit`` of ``total``."""

    items: list[T]
    total: int
    limit: int
    offset: int


class ErrorOut(BaseModel):
    """An error answer: ``detail`` for people (a sentence; for 422 of a malformed request,
    pydantic's list of problems) and ``error``, a stable code for clients
    (``empty_input``, ``binary_input``, ``input_too_large``, ``unsupported_language``,
    ``extraction_failed``, ``fetch_refused``, ``invalid_request``, ``not_found``, ``timeout``, ...)."""

    detail: Any
    error: str
