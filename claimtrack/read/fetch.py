"""Fetch one http(s) URL politely and safely: timeouts, a size cap, few redirects.

Nothing else in claimtrack opens network connections. The limits:

* ``timeout`` seconds (default 20) for connecting and for each read;
* at most ``max_bytes`` (default 10 MB) of body: a larger ``Content-Length``
  fails before the body is read, and a streamed body stops at the limit;
* at most 5 redirects;
* the user agent ``claimtrack/0.1 (+https://example.invalid/claimtrack)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from claimtrack.errors import InputError

USER_AGENT = "claimtrack/0.1 (+https://example.invalid/claimtrack)"
TIMEOUT = 20.0
MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5


class FetchError(InputError):
    """A URL could not be fetched (network error, HTTP error status, too large, too many redirects)."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response.

    Attributes:
        url: the final URL, after redirects.
        status: the HTTP status code (2xx; others raise :class:`FetchError`).
        media_type: the ``Content-Type`` without parameters, lower case ("text/html"), or None.
        charset: the ``charset`` parameter of ``Content-Type``, or None.
        data: the body bytes (content-encoding such as gzip already undone).
        fetched_at: when the response arrived, timezone-aware (UTC).
    """

    url: str
    status: int
    media_type: str | None
    charset: str | None
    data: bytes
    fetched_at: datetime


def is_url(target: str) -> bool:
    """Whether ``target`` is an http or https URL."""
    return target.lower().startswith(("http://", "https://"))


def make_client(*, timeout: float = TIMEOUT, user_agent: str = USER_AGENT) -> httpx.Client:
    """An httpx client with claimtrack's timeouts, redirect limit and user agent. Close it after use."""
    return httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": user_agent},
    )


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``"text/html; charset=ISO-8859-1"`` -> ``("text/html", "ISO-8859-1")``; None for what is missing."""
    if not value:
        return None, None
    parts = [p.strip() for p in value.split(";")]
    charset = None
    for part in parts[1:]:
        key, _, val = part.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return (parts[0].lower() or None), charset


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    user_agent: str = USER_AGENT,
    client: httpx.Client | None = None,
) -> Fetched:
    """GET ``url`` and return its body, within the limits above.

    Args:
        url: an http(s) URL.
        timeout: seconds for connect and for each read.
        max_bytes: the body size limit in bytes.
        user_agent: the ``User-Agent`` header (ignored when ``client`` is given).
        client: an httpx client to reuse (see :func:`make_client`); one is made
            and closed otherwise.

    Raises:
        FetchError: not an http(s) URL; a network or timeout error; more than 5
            redirects; an HTTP status of 400 or more (or 3xx without a target);
            a body larger than ``max_bytes``. The message names the URL.
    """
    if not is_url(url):
        raise FetchError(f"{url!r} is not an http(s) URL")
    own = client is None
    if client is None:
        client = make_client(timeout=timeout, user_agent=user_agent)
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 300:
                raise FetchError(
                    f"{url} answered HTTP {response.status_code} {response.reason_phrase}".rstrip()
                )
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{url} is {int(length):,} bytes; the limit is {max_bytes:,} bytes")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(
                        f"{url} is larger than the limit of {max_bytes:,} bytes; stopped reading"
                    )
                chunks.append(chunk)
            media_type, charset = parse_content_type(response.headers.get("Content-Type"))
            return Fetched(
                url=str(response.url),
                status=response.status_code,
                media_type=media_type,
                charset=charset,
                data=b"".join(chunks),
                fetched_at=datetime.now(UTC),
            )
    except httpx.TooManyRedirects:
        raise FetchError(f"{url} redirects more than {MAX_REDIRECTS} times") from None
    except httpx.TimeoutException:
        raise FetchError(f"{url} did not answer within {timeout:g} seconds") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url} could not be fetched: {type(exc).__name__}: {exc}") from None
    finally:
        if own:
            client.close()
