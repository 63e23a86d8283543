"""Store-backed API routes: documents, search, articles, statements, figures, groups, entities, ingest.

Every route reads through :mod:`claimtrack.store.queries` and answers its frozen
dataclasses as JSON (times ISO 8601, offsets code points, end-exclusive). Lists
page with ``limit`` (1-200, default 50) and ``offset`` and answer
``{"items", "total", "limit", "offset"}``. A store-less app (``db_url=None``)
answers 503 on these routes.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, BeforeValidator

from claimtrack.compare.groups import FigureGroup
from claimtrack.isotime import calendar_date, parse_rfc3339
from claimtrack.model import CATEGORIES, Extraction, SourceType
from claimtrack.store import queries as q
from claimtrack.web.api import run_extract
from claimtrack.web.schemas import ErrorOut, ExtractRequest, Page
from claimtrack.web.settings import WebSettings
from claimtrack.wording import plural


def _moment(value: Any, *, end: bool) -> datetime:
    """A ``since``/``until`` value: a time with offset, or a plain date (``2026-01-16``) read as the
    command line's ``--since`` reads it: that day's midnight in the server's local zone; for
    ``until`` the next midnight, so that ``until=DATE`` takes in the whole of that day."""
    day = calendar_date(value)
    if day is not None:
        return q.day_start(day, end=end)
    try:
        return parse_rfc3339(value)
    except ValueError as exc:
        if "offset" in str(exc):  # a time without its offset: that message says what to add
            raise
        shown = repr(value[:40]) if isinstance(value, str) else "the value"
        raise ValueError(  # as the command line's --since says it: a date works too
            f"{shown} is neither a date (2026-01-16: from its midnight in the server's zone) "
            "nor an ISO 8601 time with offset (2026-01-16T08:00:00+01:00)"
        ) from None


_ZONE = "a plain date is that day in the server's local zone"
Since = Annotated[
    datetime | None,
    BeforeValidator(partial(_moment, end=False)),
    Query(description=f"from this time on: ISO 8601 with offset, or a date (YYYY-MM-DD: from its midnight; {_ZONE})"),
]
Until = Annotated[
    datetime | None,
    BeforeValidator(partial(_moment, end=True)),
    Query(description=f"before this time: ISO 8601 with offset, or a date (YYYY-MM-DD: that whole day included; {_ZONE})"),
]
CategoryName = Literal[CATEGORIES]  # type: ignore[valid-type]
# an unknown type was an empty list without a word, and "per" found nothing where "PER" did
EntityType = Annotated[
    Literal[get_args(SourceType)] | None,  # type: ignore[valid-type]
    BeforeValidator(lambda v: (v.upper() or None) if isinstance(v, str) else v),  # "" as before: any type
    Query(description="PER, ORG, GPE or OTHER (any case)"),
]
Limit = Annotated[int, Query(ge=1, le=200, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
Words = Annotated[str | None, Query(max_length=200, description="words that must all occur")]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "no such item"}}
NO_STORE: dict[int | str, dict[str, Any]] = {503: {"model": ErrorOut, "description": "the app runs without a store"}}


class IngestResult(BaseModel):
    """What ``POST /api/ingest`` did: ``stored`` is false when the document was in the store already."""

    document_id: int
    stored: bool
    articles: int
    statements: int
    figures: int


def engine_of(request: Request) -> Any:
    """The app's store engine. Raises HTTPException 503 when the app has no store."""
    engine = request.app.state.store
    if engine is None:
        raise HTTPException(503, "this server runs without a store (start it with --db)")
    return engine


def filters(
    since: Since = None,
    until: Until = None,
    language: str | None = None,
    publisher: str | None = None,
    category: str | None = None,
    source: str | None = None,
    document_id: int | None = None,
) -> q.Filters:
    """A :class:`~claimtrack.store.queries.Filters` from query values; a window with no time in
    it (``since`` not before ``until``) is a 422, not an empty list."""
    from fastapi.exceptions import RequestValidationError

    problem = q.empty_window(since, until, (f"since={since and since.isoformat()}", f"until={until and until.isoformat()}"))
    if problem is not None:
        raise RequestValidationError([{"type": "value_error", "loc": ("query", "until"), "msg": problem}])
    return q.Filters(since, until, language, publisher, category, source, document_id)


def page_of(p: q.Page) -> dict[str, Any]:
    """A queries Page as the API's page object."""
    return {"items": list(p.items), "total": p.total, "limit": p.limit, "offset": p.offset}


def ingest_extraction(app: Any, extraction: Extraction) -> str:
    """Store one extraction in the app's store; a sentence saying what happened (for the Try-it page)."""
    from claimtrack.store import store_extraction

    engine = app.state.store
    if engine is None:
        return "not stored: this server runs without a store"
    result = store_extraction(engine, extraction)
    if not result.stored:
        return f"already in the store as document {result.document_id}"
    counts = ((result.articles, "article"), (result.statements, "statement"), (result.figures, "figure"))
    return f"stored as document {result.document_id}: " + ", ".join(plural(n, w) for n, w in counts)


def add_routes(r: APIRouter, settings: WebSettings) -> None:
    """Add the store's read routes (and ``POST /ingest``, if ``settings.allow_ingest``) to ``r``."""

    @r.get("/documents", response_model=Page[q.DocumentRow], responses=NO_STORE)
    def documents(
        request: Request,
        since: Since = None,
        until: Until = None,
        language: Annotated[str | None, Query(max_length=16)] = None,
        publisher: Annotated[str | None, Query(max_length=200)] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Stored documents, newest fetched first, with their counts (no text)."""
        f = filters(since, until, language, publisher)
        return page_of(q.list_documents(engine_of(request), f, limit=limit, offset=offset))

    @r.get("/documents/{document_id}", response_model=q.DocumentView, responses={**NOT_FOUND, **NO_STORE})
    def document(request: Request, document_id: Annotated[int, Path(ge=1, le=2**62)]) -> Any:
        """One document: its text and its whole extraction (output contract v1)."""
        found = q.get_document(engine_of(request), document_id)
        if found is None:
            raise HTTPException(404, f"no document {document_id}")
        return found

    @r.get("/search", response_model=Page[q.ArticleHit], responses=NO_STORE)
    def search(
        request: Request,
        q_: Annotated[str, Query(alias="q", max_length=200, description="words, each matched as a prefix")] = "",
        since: Since = None,
        until: Until = None,
        publisher: Annotated[str | None, Query(max_length=200)] = None,
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Full-text search over article headlines and bodies, best match first."""
        f = filters(since, until, None, publisher)
        return page_of(q.search(engine_of(request), q_, f, limit=limit, offset=offset))

    @r.get("/articles/{article_id}", response_model=q.ArticleView, responses={**NOT_FOUND, **NO_STORE})
    def article(request: Request, article_id: Annotated[int, Path(ge=1, le=2**62)]) -> Any:
        """One article with its body, statements and figures (offsets into its document's text)."""
        found = q.get_article(engine_of(request), article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id}")
        return found

    @r.get("/statements", response_model=Page[q.StatementRow], responses=NO_STORE)
    def statements(
        request: Request,
        source: Annotated[str | None, Query(max_length=200, description="source name words, whole words, any case")] = None,
        entity_id: Annotated[int | None, Query(ge=1, le=2**62)] = None,
        document_id: Annotated[int | None, Query(ge=1, le=2**62)] = None,
        since: Since = None,
        until: Until = None,
        publisher: Annotated[str | None, Query(max_length=200)] = None,
        q_: Annotated[str | None, Query(alias="q", max_length=200, description="words of the content (all of them)")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Statements (source, cue, content), newest document first."""
        f = filters(since, until, None, publisher, None, source, document_id)
        return page_of(
            q.list_statements(engine_of(request), f, entity_id=entity_id, query=q_, limit=limit, offset=offset)
        )

    @r.get("/figures", response_model=Page[q.FigureRow], responses=NO_STORE)
    def figures(
        request: Request,
        q_: Annotated[str | None, Query(alias="q", max_length=200, description="words of subject, place or claimant")] = None,
        category: CategoryName | None = None,
        source: Annotated[str | None, Query(max_length=200)] = None,
        document_id: Annotated[int | None, Query(ge=1, le=2**62)] = None,
        since: Since = None,
        until: Until = None,
        publisher: Annotated[str | None, Query(max_length=200)] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Figures (low/high bounds, category, counted subject, source), newest first."""
        f = filters(since, until, None, publisher, category, source, document_id)
        return page_of(q.list_figures(engine_of(request), q_, f, limit=limit, offset=offset))

    @r.get("/groups", response_model=Page[FigureGroup], responses=NO_STORE)
    def groups(
        request: Request,
        q_: Annotated[str | None, Query(alias="q", max_length=200)] = None,
        category: CategoryName | None = None,
        source: Annotated[str | None, Query(max_length=200)] = None,
        since: Since = None,
        until: Until = None,
        conflicts: Annotated[bool, Query(description="only groups where sources disagree")] = False,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Figure groups (figures that count the same thing), newest first, with claims and disagreements."""
        engine = engine_of(request)
        if conflicts and not (q_ or category or source or since or until):
            return page_of(request.app.state.group_cache.conflicts(limit=limit, offset=offset))
        f = filters(since, until, None, None, category, source)
        return page_of(q.list_groups(engine, q_, f, only_conflicts=conflicts, limit=limit, offset=offset))

    @r.get("/groups/{group_id}", response_model=FigureGroup, responses={**NOT_FOUND, **NO_STORE})
    def group(request: Request, group_id: Annotated[str, Path(max_length=64)]) -> Any:
        """One figure group by its stable id."""
        engine_of(request)
        found = request.app.state.group_cache.get(group_id)
        if found is None:
            raise HTTPException(404, f"no group {group_id}")
        return found

    @r.get("/entities", response_model=Page[q.EntityRow], responses=NO_STORE)
    def entities(
        request: Request,
        q_: Annotated[str | None, Query(alias="q", max_length=200)] = None,
        type: EntityType = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Canonical entities (sources and places), most mentioned first."""
        return page_of(q.list_entities(engine_of(request), q_, type=type, limit=limit, offset=offset))

    @r.get("/entities/{entity_id}", response_model=q.EntityView, responses={**NOT_FOUND, **NO_STORE})
    def entity(request: Request, entity_id: Annotated[int, Path(ge=1, le=2**62)]) -> Any:
        """One entity with its aliases, documents and the statements it is the source of."""
        found = q.get_entity(engine_of(request), entity_id)
        if found is None:
            raise HTTPException(404, f"no entity {entity_id}")
        return found

    if not settings.allow_ingest:

        @r.post("/ingest", include_in_schema=False)
        def no_ingest() -> None:
            """A read-only server: say how to allow it (a bare 404 read as a wrong address)."""
            from claimtrack.web.api import ApiError

            raise ApiError(403, "this server does not store pages (start it with --allow-ingest)", "ingest_not_allowed")

    else:

        @r.post("/ingest", response_model=IngestResult, responses={400: {"model": ErrorOut}, 413: {"model": ErrorOut}, 422: {"model": ErrorOut}, **NO_STORE})
        async def ingest(request: Request, body: ExtractRequest) -> Any:
            """Extract a page and store it (only with ``--allow-ingest``); idempotent by the text's sha256."""
            from claimtrack.store import store_extraction

            engine = engine_of(request)
            extraction = await run_in_threadpool(
                run_extract, body.text, fetched_at=body.fetched_at, language=body.language, url=body.url
            )
            result = await run_in_threadpool(store_extraction, engine, extraction)
            return IngestResult(
                document_id=result.document_id,
                stored=result.stored,
                articles=result.articles,
                statements=result.statements,
                figures=result.figures,
            )
