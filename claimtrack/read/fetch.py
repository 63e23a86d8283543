"""Fetch one http(s) URL politely and safely: the one fetcher of claimtrack.

``ingest URL``, ``ingest FEED --follow`` and the web app's ``/api/extract/url``
all fetch through :func:`fetch`, under one rule:

* only ``http`` and ``https``;
* the host is resolved once per connection, every address it resolves to is
  checked, and the connection goes to the checked address (a custom httpcore
  network backend does both, so a DNS answer that changes between the check
  and the connection - DNS rebinding - can not redirect it); every redirect hop
  opens its connection through the same check;
* refused: loopback, private (RFC 1918, fc00::/7), shared (100.64/10),
  link-local (the cloud metadata address 169.254.169.254 included), multicast,
  reserved, unspecified, and IPv6 forms that embed an IPv4 address (IPv4-mapped
  ``::ffff:a.b.c.d``, IPv4-compatible, 6to4 ``2002::/16``, Teredo ``2001::/32``,
  NAT64 ``64:ff9b::/96`` and ``64:ff9b:1::/48``) when the embedded address is refused;
* ``timeout`` seconds (default 20) for the whole fetch, redirects and body
  included: every connect and read waits at most until that deadline;
* at most ``max_bytes`` (default 10 MB) of body: a larger ``Content-Length``
  fails before the body is read, and a streamed body stops at the limit;
* at most 5 redirects; no proxy from the environment;
* the user agent ``claimtrack/0.1 (+https://example.invalid/claimtrack)``.

:data:`ALLOWED_NETWORKS` lets a deployment (or a test with a local server)
allow chosen private networks; it is empty by default.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpcore
import httpx

from claimtrack.errors import InputError

USER_AGENT = "claimtrack/0.1 (+https://example.invalid/claimtrack)"
TIMEOUT = 20.0
MAX_BYTES = 10_000_000
MAX_REDIRECTS = 5

#: Networks fetched although they are not global (none by default).
ALLOWED_NETWORKS: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Iterable[str]]

_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


class FetchError(InputError):
    """A URL could not be fetched (refused address, network error, HTTP error status, too large, too slow)."""


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


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def unfetched_scheme(target: str) -> str | None:
    """The scheme of a URL that is not fetched (``ftp``, ``file``, ``s3``), or None: for a
    path or an http(s) URL. Such a target is no file either, so it is named as a URL."""
    found = _SCHEME.match(target)
    return found.group(1).lower() if found and not is_url(target) else None


def unfetched_reason(scheme: str) -> str:
    """Why a ``scheme://`` target is not read, and what to do instead."""
    return (
        f"{scheme}:// is not fetched: claimtrack fetches only http:// and https:// URLs "
        "(download the page and name the file instead)"
    )


def _embedded(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, compatible, 6to4, Teredo, NAT64), or None."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        server, client = address.teredo
        return client if refusal(server) is None else server
    packed = int(address)
    if any(address in net for net in _NAT64) or (packed >> 32 == 0 and packed > 1):
        return ipaddress.IPv4Address(packed & 0xFFFFFFFF)  # NAT64, or the old ::a.b.c.d form
    return None


def refusal(address: Address | str) -> str | None:
    """Why ``address`` may not be fetched from, in words; None when it may."""
    if isinstance(address, str):
        address = ipaddress.ip_address(address.split("%")[0])
    if any(address in net for net in ALLOWED_NETWORKS if net.version == address.version):
        return None
    if isinstance(address, ipaddress.IPv6Address):
        inner = _embedded(address)
        if inner is not None:
            why = refusal(inner)
            return f"it embeds {inner}: {why}" if why else None
    for flag, words in (
        ("is_loopback", "a loopback address"),
        ("is_unspecified", "the unspecified address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_private", "a private address"),
        ("is_reserved", "a reserved address"),
    ):
        if getattr(address, flag):
            return words
    return None if address.is_global else "not a public address"


def resolve(host: str, port: int) -> list[str]:
    """The addresses of ``host`` (the system resolver), as strings."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"can not resolve {host!r}: {exc}") from None
    return [info[4][0] for info in infos]


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def clip(self, timeout: float | None) -> float:
        left = self.at - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout(f"the overall deadline of {self.seconds:g} s passed")
        return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    """A connection whose every read and write waits at most until the fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self.inner, self.deadline = inner, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, self.deadline.clip(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self.deadline.clip(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        return _Stream(self.inner.start_tls(ssl_context, server_hostname, self.deadline.clip(timeout)), self.deadline)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _CheckedBackend(httpcore.SyncBackend):
    """Resolve once, refuse any non-public address, connect to the address that was checked."""

    def __init__(self, resolver: Resolver, deadline: _Deadline) -> None:
        self.resolver, self.deadline = resolver, deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        try:
            addresses = [ipaddress.ip_address(host.strip("[]"))]
        except ValueError:
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in self.resolver(host, port)]
        if not addresses:
            raise _Refused(f"{host!r} resolves to no address")
        for address in addresses:
            why = refusal(address)
            if why is not None:
                raise _Refused(f"{host!r} resolves to {address}, {why}; refused")
        error: Exception | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(str(address), port, self.deadline.clip(timeout), local_address, socket_options)
                return _Stream(stream, self.deadline)
            except httpcore.ConnectError as exc:
                error = exc
        assert error is not None
        raise error

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise _Refused("unix sockets are never fetched")


class _Refused(httpcore.ConnectError):
    """A connection refused by the address rule (kept apart from network errors)."""


def make_client(
    *,
    timeout: float = TIMEOUT,
    user_agent: str = USER_AGENT,
    resolver: Resolver = resolve,
) -> httpx.Client:
    """An httpx client that connects only to checked public addresses, within one deadline.

    The deadline of ``timeout`` seconds starts now and covers every request made
    with the client: make one client per fetch (as :func:`fetch` does). Close it after use.
    """
    deadline = _Deadline(timeout)
    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool._network_backend = _CheckedBackend(resolver, deadline)  # the one way to plug a backend in
    return httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": user_agent},
        trust_env=False,
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


def _host(url: str) -> str:
    """The host name of an http(s) URL ("" when it names none, or it does not parse)."""
    from urllib.parse import urlsplit

    try:
        return urlsplit(url.strip()).hostname or ""
    except ValueError:
        return "?"  # a malformed authority: httpx says what is wrong with it


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    user_agent: str = USER_AGENT,
    resolver: Resolver = resolve,
) -> Fetched:
    """GET ``url`` and return its body, within the limits above.

    Args:
        url: an http(s) URL.
        timeout: seconds for the whole fetch (redirects and body included).
        max_bytes: the body size limit in bytes.
        user_agent: the ``User-Agent`` header.
        resolver: ``resolver(host, port)`` -> addresses; the system's by default
            (tests pass a stub).

    Raises:
        FetchError: not an http(s) URL; a host that resolves to an address that
            is not public (see the module docstring); a network or timeout error; more than 5
            redirects; an HTTP status of 400 or more (or 3xx without a target);
            a body larger than ``max_bytes``. The message names the URL.
    """
    if not is_url(url):
        raise FetchError(f"{url!r} is not fetched: only http and https URLs are fetched")
    if not _host(url):  # httpx would say the scheme is missing
        raise FetchError(f"{url} is not a valid URL: it names no host (http://host/path)")
    client = make_client(timeout=timeout, user_agent=user_agent, resolver=resolver)
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
        if isinstance(exc.__cause__, _Refused):
            raise FetchError(f"{url} is not fetched: {exc.__cause__}") from None
        raise FetchError(f"{url} could not be fetched: {type(exc).__name__}: {exc}") from None
    except (httpx.InvalidURL, ValueError, UnicodeError) as exc:
        if isinstance(exc, FetchError):
            raise
        raise FetchError(f"{url} is not a valid URL: {exc}") from None
    finally:
        client.close()
