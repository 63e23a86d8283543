"""The JSON API (``/api/...``): extraction, and read access to the store.

Every list endpoint pages with ``limit`` (1-200, default 50) and ``offset`` and
answers :class:`~claimtrack.web.schemas.Page`. Offsets inside values are code
points into the document text, end-exclusive (output contract v1).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from claimtrack.errors import ClaimtrackError
from claimtrack.isotime import parse_iso
from claimtrack.model import Extraction
from claimtrack.serialize import whole_numbers
from claimtrack.web.settings import EXTRACT_POOL, WebSettings
from claimtrack.web.schemas import ErrorOut, ExtractionOut, ExtractRequest, FetchRequest

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "a body that is not JSON"},
    413: {"model": ErrorOut, "description": "request body too large"},
    422: {"model": ErrorOut, "description": "input that can not be read or extracted"},
    504: {"model": ErrorOut, "description": "request took too long"},
}


class ApiError(HTTPException):
    """An HTTP error with a stable machine code beside its message: ``{"detail": ..., "error": ...}``."""

    def __init__(self, status_code: int, detail: str, error: str) -> None:
        super().__init__(status_code, detail)
        self.error = error


#: The ``error`` code of an error raised without one, by HTTP status.
STATUS_ERRORS = {
    400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 413: "too_large",
    422: "invalid_input", 503: "no_store", 504: "timeout",
}


def error_code(exc_name: str) -> str:
    """``"BinaryInput"`` -> ``"binary_input"``: the code of one of claimtrack's own errors."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", exc_name).lower()


def _failure(text: str, errors: frozenset[str]) -> tuple[str, str]:
    """A worker's ``"BinaryInput: the input is ..."`` as the message without the class name and
    its code; a crash (a name that is not one of claimtrack's errors) is ``extraction_failed``."""
    from claimtrack.isolate import _NO_MEMORY

    name, sep, rest = text.partition(": ")
    if text == _NO_MEMORY:
        return text, "too_much_memory"
    if not sep or not name.isidentifier():
        return text, "extraction_failed"
    if name in errors:
        return rest, error_code(name)
    if name == "ValueError":
        return rest, "invalid_input"
    return f"the extraction failed on this input: {rest}", "extraction_failed"


def _own_errors() -> frozenset[str]:
    """The names of claimtrack's error classes (those a worker may report)."""
    import claimtrack.read.feeds, claimtrack.read.fetch, claimtrack.read.jsonl  # noqa: E401, F401  (their errors)

    todo, names = [ClaimtrackError], set()
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return frozenset(names)


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
    except ClaimtrackError as exc:
        raise ApiError(422, str(exc), error_code(type(exc).__name__)) from None
    except ValueError as exc:
        raise ApiError(422, str(exc), "invalid_input") from None
    except TimedOut as exc:
        raise ApiError(504, str(exc), "timeout") from None
    except WorkFailed as exc:
        raise ApiError(422, *_failure(str(exc), _own_errors())) from None


def _extract(source: bytes, **kwargs: Any) -> Extraction:
    import claimtrack

    return claimtrack.extract(source, **kwargs)


class WholeNumberJSON(JSONResponse):
    """The API's JSON: a whole number is written as an integer (41, not 41.0), as the command
    line writes it; the store keeps figure values as floats, and a client reading 41 into an
    integer type would fail on 41.0."""

    def render(self, content: Any) -> bytes:
        return super().render(whole_numbers(content))


def router(settings: WebSettings) -> APIRouter:
    """The extraction routes; :func:`claimtrack.web.api_store.add_routes` adds the store's."""
    r = APIRouter(prefix="/api", tags=["api"], default_response_class=WholeNumberJSON)

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
            raise ApiError(403, "this server does not fetch URLs (start it with --allow-fetch)", "fetch_not_allowed")
        from claimtrack.web.fetch import FetchRefused, fetch

        try:
            data, url, fetched_at = await run_in_threadpool(
                fetch, body.url, max_bytes=settings.max_body_bytes, timeout=settings.request_timeout / 2
            )
        except FetchRefused as exc:
            raise ApiError(422, str(exc), "fetch_refused") from None
        extraction = await run_in_threadpool(
            run_extract, data, fetched_at=fetched_at, language=body.language, url=url
        )
        return extraction.to_dict()

    return r
