"""The JSON API (``/api/...``): extraction, and read access to the store.

Every list endpoint pages with ``limit`` (1-200, default 50) and ``offset`` and
answers :class:`~claimtrack.web.schemas.Page`. Offsets inside values are code
points into the document text, end-exclusive (output contract v1).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException
from fastapi.concurrency import run_in_threadpool

from claimtrack.errors import ClaimtrackError
from claimtrack.isotime import parse_iso
from claimtrack.model import Extraction
from claimtrack.web.settings import EXTRACT_POOL, WebSettings
from claimtrack.web.schemas import ErrorOut, ExtractionOut, ExtractRequest, FetchRequest

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "a body that is not JSON"},
    413: {"model": ErrorOut, "description": "request body too large"},
    422: {"model": ErrorOut, "description": "input that can not be read or extracted"},
    504: {"model": ErrorOut, "description": "request took too long"},
}


def parse_time(value: str | None, field: str) -> datetime | None:
    """An ISO 8601 time with offset, or None. Raises HTTPException 422 otherwise."""
    if value is None or value == "":
        return None
    try:
        parsed = parse_iso(value, need_offset=False)
    except ValueError:
        raise HTTPException(422, f"{field}: not an ISO 8601 time: {value[:40]!r}") from None
    if parsed.utcoffset() is None:
        raise HTTPException(422, f"{field}: needs a timezone offset, e.g. 2026-01-14T22:00:00+01:00")
    return parsed


def run_extract(
    data: str | bytes,
    *,
    fetched_at: datetime | None,
    language: str | None,
    url: str | None,
) -> Extraction:
    """:func:`claimtrack.extract` on pasted text or uploaded bytes, errors as HTTP 422.

    A ``str`` is always page text here, never a path (the server does not read its own files).
    Inside a request of the app, the extraction runs in the app's worker pool: a page
    that takes longer than the time budget is stopped and answered with 504; one
    that crashes its worker (or needs too much memory) with 422.
    """
    from claimtrack.isolate import TimedOut, WorkFailed
    from claimtrack.read.decode import replace_surrogates

    source = replace_surrogates(data)[0].encode("utf-8") if isinstance(data, str) else data
    pool = EXTRACT_POOL.get()
    try:
        if pool is None:
            return _extract(source, fetched_at=fetched_at, language=language, url=url)
        return pool.call(_extract, source, fetched_at=fetched_at, language=language, url=url)
    except (ClaimtrackError, ValueError) as exc:
        raise HTTPException(422, f"{type(exc).__name__}: {exc}") from None
    except WorkFailed as exc:
        raise HTTPException(504 if isinstance(exc, TimedOut) else 422, str(exc)) from None


def _extract(source: bytes, **kwargs: Any) -> Extraction:
    import claimtrack

    return claimtrack.extract(source, **kwargs)


def router(settings: WebSettings) -> APIRouter:
    """The extraction routes; :func:`claimtrack.web.api_store.add_routes` adds the store's."""
    r = APIRouter(prefix="/api", tags=["api"])

    @r.post("/extract", response_model=ExtractionOut, responses=ERRORS)
    async def extract(body: ExtractRequest) -> dict[str, Any]:
        """Extract articles, statements, figures and entities from page text, without storing it.

        ``fetched_at`` (ISO 8601 with offset) resolves teaser ages such as
        "34 minuten geleden"; without it they keep their words and get no value.
        Input that is not a readable page (empty, binary) is answered with 422.
        """
        extraction = await run_in_threadpool(
            run_extract, body.text, fetched_at=body.fetched_at, language=body.language, url=body.url
        )
        return extraction.to_dict()

    @r.post("/extract/url", response_model=ExtractionOut, responses={**ERRORS, 403: {"model": ErrorOut}})
    async def extract_url(body: FetchRequest) -> dict[str, Any]:
        """Fetch a page and extract it, without storing it (only with ``--allow-fetch``: 403 otherwise).

        Only http(s) URLs of hosts that resolve to public addresses are fetched;
        loopback, private, link-local and reserved addresses are refused (422),
        also as redirect targets. The body is capped like a request body.
        """
        if not settings.allow_fetch:
            raise HTTPException(403, "this server does not fetch URLs (start it with --allow-fetch)")
        from claimtrack.web.fetch import FetchRefused, fetch

        try:
            data, url, fetched_at = await run_in_threadpool(
                fetch, body.url, max_bytes=settings.max_body_bytes, timeout=settings.request_timeout / 2
            )
        except FetchRefused as exc:
            raise HTTPException(422, str(exc)) from None
        extraction = await run_in_threadpool(
            run_extract, data, fetched_at=fetched_at, language=body.language, url=url
        )
        return extraction.to_dict()

    return r
