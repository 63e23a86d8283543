"""The one fetcher (claimtrack.read.fetch): public addresses only, resolve once, one deadline.

Local listeners count every connection they accept: those that must receive
nothing are asserted to have seen none. A second loopback address (127.0.0.2)
stands for "a public server" by being put in ALLOWED_NETWORKS for a test.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimtrack.document import Document
from claimtrack.read import fetch as fetcher
from claimtrack.read.fetch import FetchError, fetch, refusal
from claimtrack.read.inputs import iter_documents


class Listener:
    """A tiny HTTP server on one address: counts connections, answers with a fixed reply."""

    def __init__(self, host: str, port: int = 0, reply: bytes = b"", drip: float = 0.0) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.reply, self.drip, self.accepted = reply, drip, 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        try:
            conn.recv(65536)
            if self.drip:
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n")
                for _ in range(200):
                    time.sleep(self.drip)
                    conn.sendall(b"x")
            conn.sendall(self.reply)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.sock.close()


def page(body: bytes, status: str = "200 OK", extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n"
    return head.encode() + body


@pytest.fixture
def secret() -> Iterator[Listener]:
    """The internal service that must never be reached."""
    listener = Listener("127.0.0.1", reply=page(b"geheim"))
    yield listener
    listener.close()


@pytest.fixture
def public(monkeypatch: pytest.MonkeyPatch) -> Iterator[Listener]:
    """A server on 127.0.0.2, allowed for this test as if it were public."""
    monkeypatch.setattr(fetcher, "ALLOWED_NETWORKS", (ipaddress.ip_network("127.0.0.2/32"),))
    listener = Listener("127.0.0.2", reply=page(b"Zeestad opent een nieuwe brug."))
    yield listener
    listener.close()


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "a loopback address"),
        ("10.20.30.40", "a private address"),
        ("100.64.0.1", "not a public address"),
        ("169.254.169.254", "a link-local address"),
        ("224.0.0.251", "a multicast address"),
        ("0.0.0.0", "the unspecified address"),
        ("::1", "a loopback address"),
        ("::", "the unspecified address"),
        ("fe80::1", "a link-local address"),
        ("fd12:3456::1", "a private address"),
        ("::ffff:127.0.0.1", "it embeds 127.0.0.1: a loopback address"),
        ("::ffff:10.0.0.1", "it embeds 10.0.0.1: a private address"),
        ("::127.0.0.1", "it embeds 127.0.0.1: a loopback address"),
        ("2002:7f00:1::1", "it embeds 127.0.0.1: a loopback address"),  # 6to4
        ("2002:a9fe:a9fe::", "it embeds 169.254.169.254: a link-local address"),
        ("64:ff9b::7f00:1", "it embeds 127.0.0.1: a loopback address"),  # NAT64
        ("64:ff9b:1::c0a8:101", "it embeds 192.168.1.1: a private address"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "it embeds 127.0.0.1: a loopback address"),  # Teredo
        ("93.184.215.14", None),
        ("2606:4700::1111", None),
        ("2002:5db8:d70e::1", None),  # 6to4 of a public address
    ],
)
def test_address_rule(address: str, why: str | None) -> None:
    assert refusal(address) == why


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/secret",
        "http://localhost:{port}/secret",
        "http://[::ffff:127.0.0.1]:{port}/secret",
        "http://[2002:7f00:1::1]:{port}/secret",
        "http://2130706433:{port}/secret",  # 127.0.0.1 as one decimal number
    ],
)
def test_internal_addresses_receive_nothing(secret: Listener, url: str) -> None:
    with pytest.raises(FetchError, match="is not fetched|can not resolve"):
        fetch(url.format(port=secret.port), timeout=3)
    assert secret.accepted == 0


def test_other_schemes_are_refused() -> None:
    for url in ("file:///etc/passwd", "ftp://example.com/x", "gopher://a/"):
        with pytest.raises(FetchError, match="only http and https URLs are fetched"):
            fetch(url)


def test_resolve_once_and_connect_to_the_checked_address(public: Listener) -> None:
    """A resolver that answers the checked address first and the internal one after
    (DNS rebinding): the connection goes to the first answer, the internal one gets nothing."""
    internal = Listener("127.0.0.1", public.port, reply=page(b"geheim"))
    answers = iter([["127.0.0.2"], ["127.0.0.1"], ["127.0.0.1"]])
    calls: list[str] = []

    def stub(host: str, port: int) -> list[str]:
        calls.append(host)
        return next(answers)

    try:
        got = fetch(f"http://nieuws.example:{public.port}/brug", timeout=5, resolver=stub)
    finally:
        internal.close()
    assert (got.data, got.url) == (b"Zeestad opent een nieuwe brug.", f"http://nieuws.example:{public.port}/brug")
    assert calls == ["nieuws.example"]
    assert (public.accepted, internal.accepted) == (1, 0)


def test_a_rebinding_answer_is_refused(secret: Listener) -> None:
    def stub(host: str, port: int) -> list[str]:
        return ["93.184.215.14", "127.0.0.1"]  # one internal address among public ones is enough

    with pytest.raises(FetchError, match="resolves to 127.0.0.1, a loopback address; refused"):
        fetch(f"http://nieuws.example:{secret.port}/", resolver=stub, timeout=3)
    assert secret.accepted == 0


def test_every_redirect_hop_is_checked(public: Listener, secret: Listener) -> None:
    public.reply = page(b"", "302 Found", f"Location: http://127.0.0.1:{secret.port}/secret\r\n")
    with pytest.raises(FetchError, match="127.0.0.1.*loopback"):
        fetch(f"http://127.0.0.2:{public.port}/", timeout=3)
    assert (public.accepted, secret.accepted) == (1, 0)


def test_one_deadline_for_the_whole_fetch(public: Listener) -> None:
    public.drip = 0.3  # a byte every 0.3 s: each read is quick, the whole would take 60 s
    start = time.monotonic()
    with pytest.raises(FetchError, match="did not answer within 1 seconds"):
        fetch(f"http://127.0.0.2:{public.port}/", timeout=1)
    assert time.monotonic() - start < 10  # generous: the drip alone would take 60 s


def test_feed_follow_does_not_fetch_internal_links(secret: Listener, tmp_path: Path) -> None:
    feed = tmp_path / "nieuws.rss"
    feed.write_text(
        '<rss version="2.0"><channel><title>Nieuws</title><item><title>Brug open</title>'
        f"<link>http://127.0.0.1:{secret.port}/secret</link>"
        "<description>Zeestad opent de brug.</description></item></channel></rss>"
    )
    [doc] = iter_documents(str(feed), follow=True)
    assert isinstance(doc, Document)
    assert doc.text == "Brug open\nZeestad opent de brug."
    assert doc.warnings[0].startswith(
        f"the entry's link could not be followed: http://127.0.0.1:{secret.port}/secret is not fetched"
    )
    assert secret.accepted == 0


def test_ingest_of_an_internal_url_is_one_reject(secret: Listener) -> None:
    url = f"http://127.0.0.1:{secret.port}/secret"
    [item] = iter_documents(url)
    assert item.source == url and "127.0.0.1, a loopback address; refused" in item.reason
    assert secret.accepted == 0


def test_web_check_url_uses_the_same_rule() -> None:
    from claimtrack.web.fetch import FetchRefused, check_url

    for url in ("http://[2002:7f00:1::1]/", "http://[64:ff9b::a00:1]/", "http://0.0.0.0/"):
        with pytest.raises(FetchRefused):
            check_url(url)
    check_url("http://93.184.215.14/")


@pytest.mark.parametrize("url", ["http://", "https:///pad/naar", "http://:8080/x"])
def test_a_url_without_a_host_says_so(url: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch(url, resolver=lambda host, port: [])
    assert str(info.value) == f"{url} is not a valid URL: it names no host (http://host/path)"
