"""The web application: pages and JSON API over a claimtrack store.

``create_app`` builds a FastAPI app; ``claimtrack serve`` runs it with uvicorn.
The app is read-only by default: ``allow_ingest`` adds ``POST /api/ingest``,
``allow_fetch`` lets ``POST /api/extract`` fetch a URL (never a loopback,
private, link-local or otherwise non-global address).

Safety measures that hold for every request:

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimtrack import __version__

HERE = Path(__file__).parent

#: The Content-Security-Policy of every page: scripts, styles and images only from this server.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


@dataclass(frozen=True, slots=True)
class WebSettings:
    """How the app was started (kept on ``app.state.settings``).

    Attributes:
        db_url: SQLAlchemy URL of the store, or ``None`` for an app without a store
            (only extraction and the Try-it page work then).
        allow_ingest: enables ``POST /api/ingest`` and "store it" on the Try-it page.
        allow_fetch: lets ``POST /api/extract`` fetch a URL given without text.
        max_body_bytes: largest request body accepted (bytes); uploads included.
        request_timeout: seconds before a request is answered with 504.
    """

    db_url: str | None
    allow_ingest: bool = False
    allow_fetch: bool = False
    max_body_bytes: int = 2_000_000
    request_timeout: float = 20.0


def create_app(
    db_url: str | None,
    *,
    allow_ingest: bool = False,
    allow_fetch: bool = False,
    max_body_bytes: int = 2_000_000,
    request_timeout: float = 20.0,
) -> Any:
    """Build the claimtrack web app (a :class:`fastapi.FastAPI` instance).

    Args:
        db_url: SQLAlchemy URL of the store (``sqlite:///claimtrack.db``), or
            ``None`` for extraction only. The store is opened (and created or
            migrated to the current schema) here.
        allow_ingest: add ``POST /api/ingest`` (off by default: read-only).
        allow_fetch: let ``POST /api/extract`` fetch URLs (global addresses only).
        max_body_bytes: request body cap in bytes (413 above it).
        request_timeout: per-request time limit in seconds (504 after it).

    Returns:
        The app; OpenAPI at ``/openapi.json``, docs at ``/docs``.

    Raises:
        sqlalchemy.exc.OperationalError / ArgumentError: the store can not be opened.
    """
    from claimtrack.web import api, pages

    settings = WebSettings(db_url, allow_ingest, allow_fetch, max_body_bytes, request_timeout)
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
            "Read-only unless the server runs with --allow-ingest."
        ),
    )
    app.state.settings = settings
    app.state.templates = templates()
    app.state.store = None
    app.state.group_cache = None
    if db_url is not None:
        from claimtrack.store import connect
        from claimtrack.web.groupcache import GroupCache

        app.state.store = connect(db_url)
        app.state.group_cache = GroupCache(app.state.store)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router(settings))
    app.include_router(pages.router)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TimeLimit, seconds=request_timeout)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    return app


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
    """ASGI middleware: answer 504 when a request takes longer than ``seconds``."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
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
    """ASGI middleware: CSP (not on the interactive API docs), nosniff, no referrer."""

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
                headers.append((b"referrer-policy", b"no-referrer"))
                if not docs:
                    headers.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, add)


async def _plain(send: Send, status: int, text: str) -> None:
    body = json.dumps({"detail": text}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
