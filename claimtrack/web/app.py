"""The web application: pages and JSON API over a claimtrack store.

``create_app`` builds a FastAPI app; ``claimtrack serve`` runs it with uvicorn.
The app is read-only by default: ``allow_ingest`` adds ``POST /api/ingest``,
``allow_fetch`` lets ``POST /api/extract`` fetch a URL (never a loopback,
private, link-local or otherwise non-global address).

Safety measures that hold for every request:

* the ``Host`` header must name one of ``allowed_hosts`` (default: 127.0.0.1,
  localhost and ::1): a page on another site can not reach the server through
  a DNS name that it points at 127.0.0.1 (DNS rebinding); 400 otherwise;
* a request that writes (POST, PUT, PATCH, DELETE) from a browser must come from
  this server's own pages: an ``Origin`` (or else ``Referer``) naming another
  site is refused with 403; the Try-it form also carries a token that must match
  its cookie before anything is stored (double-submit; see :func:`csrf_ok`);
* extraction runs in worker processes (:class:`claimtrack.isolate.WorkerPool`)
  with the request's time budget and a memory cap: a page that runs too long is
  stopped (its worker killed), not left burning a core after the 504;
* request bodies larger than ``max_body_bytes`` are refused with 413 before
  they are read in full (Content-Length checked, streamed bytes counted);
* a request that takes longer than ``request_timeout`` seconds gets 504;
* HTML pages carry a strict Content-Security-Policy (no inline script, no
  third-party origin) and ``X-Content-Type-Options: nosniff``; all article text
  is escaped by :mod:`claimtrack.web.render` and Jinja2 autoescaping.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import weakref
from collections.abc import Sequence
from urllib.parse import urlsplit
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimtrack import __version__
from claimtrack.web.settings import CSRF_COOKIE, DEFAULT_HOSTS, EXTRACT_POOL, WebSettings, csrf_ok

# The settings' names are also importable from here (callers and tests use claimtrack.web.app).
__all__ = [
    "CSRF_COOKIE", "DEFAULT_HOSTS", "EXTRACT_POOL", "StoreMissing", "WebSettings", "create_app", "csrf_ok", "templates",
]

HERE = Path(__file__).parent

#: The Content-Security-Policy of every page: scripts, styles and images only from this server.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class StoreMissing(Exception):
    """A read-only server was pointed at a store that does not exist (or needs a migration)."""


#: FastAPI's answer to a body it can not decode (binary bytes sent as JSON).
_UNPARSED = "There was an error parsing the body"


def create_app(
    db_url: str | None,
    *,
    allow_ingest: bool = False,
    allow_fetch: bool = False,
    max_body_bytes: int = 2_000_000,
    request_timeout: float = 20.0,
    allowed_hosts: Sequence[str] | None = None,
    extract_workers: int = 2,
    create_store: bool = True,
) -> Any:
    """Build the claimtrack web app (a :class:`fastapi.FastAPI` instance).

    Args:
        db_url: SQLAlchemy URL of the store (``sqlite:///claimtrack.db``), or
            ``None`` for extraction only. The store is opened here, and created or
            migrated to the current schema when ``create_store`` (``serve`` passes
            ``create_store=allow_ingest``: a read-only server never writes).
        allow_ingest: add ``POST /api/ingest`` (off by default: read-only).
        allow_fetch: let ``POST /api/extract`` fetch URLs (global addresses only).
        max_body_bytes: request body cap in bytes (413 above it).
        request_timeout: per-request time limit in seconds (504 after it); an
            extraction is stopped (its worker process killed) at that limit.
        allowed_hosts: names the ``Host`` header may give (default :data:`DEFAULT_HOSTS`).
        extract_workers: worker processes for extraction.
        create_store: create or migrate the store when needed; with ``False`` a
            missing or outdated store is :class:`StoreMissing`.

    Returns:
        The app; OpenAPI at ``/openapi.json``, docs at ``/docs``.

    Raises:
        StoreMissing: ``create_store=False`` and no store at ``db_url``, or a store
            whose schema is not the current one.
        sqlalchemy.exc.OperationalError / ArgumentError: the store can not be opened.
    """
    from claimtrack.isolate import WorkerPool
    from claimtrack.web import api, api_store, pages

    hosts = tuple(h.lower().strip("[]") for h in (allowed_hosts if allowed_hosts is not None else DEFAULT_HOSTS))
    settings = WebSettings(db_url, allow_ingest, allow_fetch, max_body_bytes, request_timeout, hosts)
    # FastAPIOffline serves the /docs and /redoc assets itself: no CDN, so the API
    # docs work on a machine without internet access.
    app = FastAPIOffline(
        title="claimtrack",
        version=__version__,
        description=(
            "Who claims what, with which figures, when, and where sources disagree. "
            "JSON API over the claimtrack store: documents, articles, statements "
            "(source/cue/content), figures (low/high bounds), comparison groups and "
            "entities; every value with a character span (code points, end-exclusive). "
            "A figure's low/high are JSON numbers: whole values written as integers (41), others as decimals (2.25). "
            "Read-only unless the server runs with --allow-ingest."
        ),
    )
    app.state.settings = settings
    app.state.templates = templates()
    app.state.store = None
    app.state.group_cache = None
    if db_url is not None:
        from claimtrack.web.groupcache import GroupCache

        app.state.store = open_store(db_url, writable=create_store)
        app.state.group_cache = GroupCache(app.state.store)
    # Stopped a little before the 504 so that the answer says what happened.
    pool = WorkerPool(extract_workers, timeout=request_timeout * 0.9)
    app.state.extract_pool = pool
    weakref.finalize(app, pool.close)  # workers are daemons too: they end with the server
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    routes = api.router(settings)
    api_store.add_routes(routes, settings)
    app.include_router(routes)
    app.include_router(pages.router)
    _no_input_echo(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TimeLimit, seconds=request_timeout, pool=pool)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SameOrigin)
    app.add_middleware(AllowedHosts, hosts=hosts)
    return app


def open_store(db_url: str, *, writable: bool) -> Any:
    """The app's store: created or migrated only when the app may write.

    Raises:
        StoreMissing: read-only, and the store does not exist or is not at the current schema.
    """
    from sqlalchemy.engine import make_url

    from claimtrack.store import connect
    from claimtrack.store.db import current_revision, head_revision, normalise_url

    if writable:
        return connect(db_url)
    url = make_url(normalise_url(db_url))
    hint = "fill it first (claimtrack ingest PAGES --db ...) or start the server with --allow-ingest"
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if not path.is_file():
            raise StoreMissing(f"no store at {url.database}; {hint}")
        # a store in a folder (or a file) the server may only read: SQLite mode=ro, no WAL pragma
        read_only = not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK))
    else:
        read_only = False
    engine = connect(db_url, migrate_schema=False, read_only=read_only)
    revision = current_revision(engine)
    if revision != head_revision():
        found = "an empty database" if revision is None else f"schema revision {revision}"
        raise StoreMissing(f"the store holds {found}, not the current schema {head_revision()}; {hint}")
    return engine


def _named_error(error: Any) -> dict[str, Any]:
    """One validation problem as type, place and words, never the input; pydantic's
    "string_unicode" (a lone surrogate in a capped field) under the words of ``lone_surrogate``."""
    from claimtrack.web.schemas import LONE_SURROGATE

    if error["type"] == "string_unicode":
        return {"type": "lone_surrogate", "loc": error["loc"], "msg": LONE_SURROGATE.format(where="")}
    return {k: v for k, v in error.items() if k in ("type", "loc", "msg")}


def _no_input_echo(app: Any) -> None:
    """422 for invalid requests without echoing the input back (it may be huge, or hold
    lone surrogates that no JSON encoder writes)."""
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse

    async def handler(request: Any, exc: RequestValidationError) -> Any:
        errors = [_named_error(e) for e in exc.errors()]
        if not request.url.path.startswith("/api") and all(tuple(e["loc"])[:1] == ("path",) for e in errors):
            # a page address with a word where an id goes (/entities/abc): the page's 404, not JSON
            from claimtrack.web.pages import page

            name = str(errors[0]["loc"][-1]).replace("_", " ")
            return page(request, "error.html", 404, status="Not found",
                        message=f"no page at {request.url.path}: the {name} is a number")
        code = "lone_surrogate" if any(e["type"] == "lone_surrogate" for e in errors) else "invalid_request"
        content: dict[str, Any] = {"detail": errors, "error": code}
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json" and any(tuple(e["loc"])[:1] == ("body",) for e in errors):
            # a form upload (curl -F file=@page.html) to a JSON route: say what the route takes
            content["hint"] = (
                f"this route reads a JSON body (Content-Type: application/json), e.g. "
                f'{{"text": "..."}}; the request sent {ctype or "no Content-Type"}'
            )
        return JSONResponse(content, status_code=422)

    app.add_exception_handler(RequestValidationError, handler)

    async def with_code(request: Any, exc: Any) -> Any:
        """``{"detail": message, "error": code}``: the message for people, the code for clients."""
        from fastapi.exception_handlers import http_exception_handler

        from claimtrack.web.api import STATUS_ERRORS

        if exc.status_code in (204, 304):
            return await http_exception_handler(request, exc)
        code = getattr(exc, "error", None) or STATUS_ERRORS.get(exc.status_code, f"http_{exc.status_code}")
        detail = exc.detail
        if exc.status_code == 400 and detail == _UNPARSED:  # FastAPI's words name no cause and no cure
            cause = ("it nests arrays or objects too deeply" if isinstance(exc.__cause__, RecursionError)
                     else "it is not UTF-8 JSON")
            detail = f"the request body could not be read ({cause}); send UTF-8 JSON such as {{\"text\": \"...\"}}"
        elif exc.status_code == 405 and (getattr(exc, "headers", None) or {}).get("Allow"):
            detail = f"{request.method} is not answered here; this address answers {exc.headers['Allow']}"
        return JSONResponse({"detail": detail, "error": code}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    async def read_only(request: Any, exc: Any) -> Any:  # a read-only store that needs a writer first
        return JSONResponse({"detail": str(exc), "error": "store_read_only"}, status_code=503)

    from starlette.exceptions import HTTPException as StarletteHTTPException

    from claimtrack.errors import StoreReadOnly

    app.add_exception_handler(StarletteHTTPException, with_code)
    app.add_exception_handler(StoreReadOnly, read_only)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None


def _host_name(value: str) -> str:
    """``"LocalHost:8000"`` -> ``"localhost"``; ``"[::1]:8000"`` -> ``"::1"``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class AllowedHosts:
    """ASGI middleware: 400 unless the ``Host`` header names an allowed host ("*" allows any)."""

    def __init__(self, app: ASGIApp, hosts: Sequence[str]) -> None:
        self.app = app
        self.hosts = frozenset(hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "*" not in self.hosts:
            host = _host_name(_header(scope, b"host") or "")
            if host not in self.hosts:
                await _plain(send, 400, "this host name is not served (see serve --allowed-host)")
                return
        await self.app(scope, receive, send)


class SameOrigin:
    """ASGI middleware: a writing request whose ``Origin`` (else ``Referer``) is another site gets 403.

    Requests with neither header (curl, scripts) pass: browsers send ``Origin``
    on every cross-site POST. Every request gets a CSRF token in
    ``request.state.csrf_token``, kept in a SameSite=Strict cookie.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] in ("POST", "PUT", "PATCH", "DELETE") and not _same_origin(scope):
            await _plain(send, 403, "cross-site request refused: it does not come from this server's pages")
            return
        token = _cookie(scope, CSRF_COOKIE)
        fresh = token is None or len(token) != 43
        if fresh:
            token = secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf_token"] = token

        async def with_cookie(message: Message) -> None:
            if fresh and message["type"] == "http.response.start":
                cookie = f"{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
                message = {**message, "headers": [*message.get("headers", []), (b"set-cookie", cookie.encode())]}
            await send(message)

        await self.app(scope, receive, with_cookie)


def _same_origin(scope: Scope) -> bool:
    host = (_header(scope, b"host") or "").lower()
    origin = _header(scope, b"origin")
    if origin is not None:
        return origin.lower() != "null" and urlsplit(origin).netloc.lower() == host
    referer = _header(scope, b"referer")
    if referer is not None:
        return urlsplit(referer).netloc.lower() == host
    return True


def _cookie(scope: Scope, name: str) -> str | None:
    from http.cookies import CookieError, SimpleCookie

    raw = _header(scope, b"cookie")
    if not raw:
        return None
    jar = SimpleCookie()
    try:
        jar.load(raw)
    except CookieError:
        return None
    return jar[name].value if name in jar else None


def templates() -> Jinja2Templates:
    """The Jinja2 templates of ``claimtrack/web/templates`` (autoescape on for every file)."""
    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    return Jinja2Templates(env=env)


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await _plain(send, 413, f"request body larger than {self.max_bytes} bytes")
                    return
        seen = 0
        started = False
        refused = False

        async def counted() -> Message:
            # A body streamed without Content-Length: answer 413 as soon as it is
            # too large, then stop the app (whatever it answers is dropped).
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes and not refused:
                    refused = True
                    if not started:
                        await _plain(send, 413, f"request body larger than {self.max_bytes} bytes")
                    raise _TooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if refused:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _TooLarge:
            pass


class _TooLarge(Exception):
    pass


class TimeLimit:
    """ASGI middleware: answer 504 when a request takes longer than ``seconds``; tells
    :func:`claimtrack.web.api.run_extract` which worker pool to use (its calls end by then)."""

    def __init__(self, app: ASGIApp, seconds: float, pool: Any = None) -> None:
        self.app = app
        self.seconds = seconds
        self.pool = pool

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        EXTRACT_POOL.set(self.pool)  # read by api.run_extract, in the request's threads too
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await asyncio.wait_for(self.app(scope, receive, watched), self.seconds)
        except TimeoutError:
            if not started:
                await _plain(send, 504, f"request took longer than {self.seconds:g} s")


class SecurityHeaders:
    """ASGI middleware: CSP (not on the interactive API docs), nosniff, referrer only to this site."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope.get("path", "") in ("/docs", "/redoc", "/docs/oauth2-redirect")

        async def add(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                # same-origin, not no-referrer: under no-referrer a browser sends
                # "Origin: null" on this site's own form posts, which the
                # cross-site check must refuse
                headers.append((b"referrer-policy", b"same-origin"))
                if not docs:
                    headers.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, add)


#: The ``error`` code of each answer the middleware gives itself.
_PLAIN_ERRORS = {400: "host_not_allowed", 403: "cross_site", 413: "too_large", 504: "timeout"}


async def _plain(send: Send, status: int, text: str) -> None:
    body = json.dumps({"detail": text, "error": _PLAIN_ERRORS.get(status, f"http_{status}")}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
