"""How the web app was started, and what every request may read of it.

Kept apart from :mod:`claimtrack.web.app` so that the routers (``api``,
``api_store``, ``pages``) can read the settings without importing the module
that imports them (no import cycle).
"""

from __future__ import annotations

import contextvars
import hmac
from dataclasses import dataclass
from typing import Any


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
        allowed_hosts: host names (without port) the ``Host`` header may name.
    """

    db_url: str | None
    allow_ingest: bool = False
    allow_fetch: bool = False
    max_body_bytes: int = 2_000_000
    request_timeout: float = 20.0
    allowed_hosts: tuple[str, ...] = ()


#: The hosts served by default: the local machine. "testserver" is the name
#: Starlette's TestClient sends; no public DNS name can be it.
DEFAULT_HOSTS = ("127.0.0.1", "localhost", "::1", "testserver")

#: The extraction worker pool of the app serving the current request (set per request).
EXTRACT_POOL: contextvars.ContextVar[Any] = contextvars.ContextVar("claimtrack_extract_pool", default=None)

CSRF_COOKIE = "claimtrack_csrf"


def csrf_ok(request: Any, token: str) -> bool:
    """Whether a form's ``csrf_token`` matches the request's CSRF cookie (double-submit)."""
    cookie = request.cookies.get(CSRF_COOKIE)
    return bool(cookie and token) and hmac.compare_digest(cookie.encode(), token.encode())
