"""Fetch a page for ``POST /api/extract`` when the server allows it, never from a private address.

Only ``http``/``https`` URLs whose host resolves exclusively to global addresses
(:attr:`ipaddress.IPv4Address.is_global`) are fetched: loopback, private
(RFC 1918, fc00::/7), link-local (169.254/16, the cloud metadata address
included), multicast, reserved and unspecified addresses are refused. Every
redirect target is checked the same way (at most :data:`MAX_REDIRECTS`), the
body is read up to ``max_bytes`` and the whole fetch is bounded by ``timeout``.
"""

from __future__ import annotations

import ipaddress
import socket
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 3


class FetchRefused(Exception):
    """The URL may not be fetched (scheme, address) or the fetch failed; the message says why."""


def check_url(url: str) -> None:
    """Raise :class:`FetchRefused` unless ``url`` is http(s) and its host resolves only to global addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}")
    host = parts.hostname
    if not host:
        raise FetchRefused("the URL has no host")
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchRefused(f"can not resolve {host!r}: {exc}") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast or address.is_reserved:
            raise FetchRefused(f"{host!r} resolves to a non-public address ({address}); refused")


def fetch(url: str, *, max_bytes: int, timeout: float) -> tuple[bytes, str, datetime]:
    """GET a page after :func:`check_url`, following checked redirects.

    Returns:
        ``(body, final_url, fetched_at)`` with ``fetched_at`` in UTC.

    Raises:
        FetchRefused: refused address or scheme, too many redirects, a body over
            ``max_bytes``, an HTTP error status, or a network failure.
    """
    import httpx

    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(url)
            try:
                with client.stream("GET", url, headers={"user-agent": "claimtrack"}) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise FetchRefused(f"{url} answered HTTP {response.status_code}")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > max_bytes:
                            raise FetchRefused(f"{url} is larger than {max_bytes} bytes")
                    return bytes(body), url, datetime.now(UTC)
            except httpx.HTTPError as exc:
                raise FetchRefused(f"fetching {url} failed: {exc}") from exc
    raise FetchRefused(f"more than {MAX_REDIRECTS} redirects")
