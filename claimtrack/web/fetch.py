"""Fetch a page for ``POST /api/extract/url``: :mod:`claimtrack.read.fetch` under its one rule.

Kept as the web's names for it: :class:`FetchRefused` is the fetcher's
:class:`~claimtrack.read.fetch.FetchError`; :func:`check_url` checks a URL's
scheme and every address its host resolves to, as the fetcher does before it
connects (the fetch itself checks again, at connect time, and connects to the
checked address).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from claimtrack.read.fetch import FetchError, refusal, resolve
from claimtrack.read.fetch import fetch as _fetch

FetchRefused = FetchError


def check_url(url: str) -> None:
    """Raise :class:`FetchRefused` unless ``url`` is http(s) and its host resolves only to public addresses."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchRefused(f"not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}")
    host = parts.hostname
    if not host:
        raise FetchRefused("the URL has no host")
    for address in resolve(host, port or (443 if parts.scheme == "https" else 80)):
        why = refusal(address)
        if why is not None:
            raise FetchRefused(f"{host!r} resolves to {address}, {why}; refused")


def fetch(url: str, *, max_bytes: int, timeout: float) -> tuple[bytes, str, datetime]:
    """GET a page through :func:`claimtrack.read.fetch.fetch`: ``(body, final_url, fetched_at)``.

    Raises:
        FetchRefused: refused address or scheme, too many redirects, a body over
            ``max_bytes``, an HTTP error status, a network failure, or ``timeout`` passed.
    """
    got = _fetch(url, max_bytes=max_bytes, timeout=timeout)
    return got.data, got.url, got.fetched_at
