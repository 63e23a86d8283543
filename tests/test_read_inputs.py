"""claimtrack.read.inputs.iter_documents: folders, feeds, WARC, JSONL and URLs.

URL tests run against a local http.server on 127.0.0.1 in a thread; nothing leaves
the machine. All page texts are invented.
"""

from __future__ import annotations

import gzip
import io
import shutil
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claimtrack.document import Document
from claimtrack.read.inputs import Reject, count_items, iter_documents

DATA = Path(__file__).parent / "data" / "read"
CET = timezone(timedelta(hours=1))
WHEN = datetime(2026, 1, 12, 18, 30, tzinfo=CET)

PAGE_HTML = (
    '<!DOCTYPE html><html lang="nl"><head><meta charset="windows-1252"><title>Zeestad</title></head>'
    "<body><article><h1>Brug bij Brugdorp weer open</h1>"
    "<p>BRUGDORP (ANP) - De brug bij Brugdorp is na drie dagen werk weer open voor verkeer, meldt de "
    "provincie. Volgens een woordvoerder zijn 40 betonplaten vervangen.</p></article></body></html>"
)
PAGE_TEXT = (
    "Brug bij Brugdorp weer open\n"
    "BRUGDORP (ANP) - De brug bij Brugdorp is na drie dagen werk weer open voor verkeer, meldt de "
    "provincie. Volgens een woordvoerder zijn 40 betonplaten vervangen."
)


def summary(item: Document | Reject) -> tuple:
    if isinstance(item, Reject):
        return ("reject", item.source, item.reason)
    return ("doc", item.path, item.url, item.fetched_at, item.published, item.title, item.language, item.text)


# --- feeds -------------------------------------------------------------------------------------


def test_rss_feed() -> None:
    path = str(DATA / "feed.rss")
    assert [summary(i) for i in iter_documents(path, fetched_at=WHEN)] == [
        (
            "doc",
            f"{path}#entry=1",
            "https://dagblad.example/buitenland/veerboot",
            WHEN,
            datetime(2026, 1, 12, 16, 31, tzinfo=UTC),
            "Veerboot met 212 passagiers veilig aangekomen",
            "nl",
            "Veerboot met 212 passagiers veilig aangekomen\n"
            "NOORDHAVEN (ANP/AFP) - Een veerboot met 212 passagiers is dinsdag veilig aangekomen.\n"
            "De rederij spreekt van een technisch mankement.",
        ),
        (
            "doc",
            f"{path}#entry=2",
            "https://dagblad.example/buitenland/havenstaking",
            WHEN,
            datetime(2026, 1, 12, 14, 5, tzinfo=UTC),
            "Havenstaking in Lindburg verlengd",
            "nl",
            "Havenstaking in Lindburg verlengd\n"
            "LINDBURG (ANP/RTR) - Havenarbeiders leggen het werk nog een week neer, meldt de vakbond.",
        ),
        ("reject", f"{path}#entry=3", "feed entry has no title, summary or content"),
    ]


def test_atom_feed() -> None:
    path = str(DATA / "feed.atom")
    assert [summary(i) for i in iter_documents(path)] == [
        (
            "doc",
            f"{path}#entry=1",
            "https://dagblad.example/binnenland/dijk",
            None,
            datetime(2026, 1, 12, 14, 50, tzinfo=UTC),
            "Dijk bij Oosterveld versterkt met 8000 zandzakken",
            "nl",
            "Dijk bij Oosterveld versterkt met 8000 zandzakken\n"
            "OOSTERVELD (ANP) - Ingenieurs versterken de dijk bij Oosterveld met 8000 zandzakken.\n"
            "Het waterschap verwacht dat het werk vrijdag klaar is.",
        ),
        (
            "doc",
            f"{path}#entry=2",
            "https://dagblad.example/binnenland/opvang",
            None,
            datetime(2026, 1, 12, 14, 0, tzinfo=UTC),
            "Gemeente Zeestad opent tweede opvanglocatie",
            "nl",
            "Gemeente Zeestad opent tweede opvanglocatie\n"
            "ZEESTAD (ANP) - De gemeente opent een tweede opvanglocatie voor 300 bewoners.",
        ),
    ]


def test_xml_that_is_not_a_feed_is_rejected() -> None:
    path = str(DATA / "not_a_feed.xml")
    assert list(iter_documents(path)) == [
        Reject(path, "not a feed: it holds xml, not an RSS or Atom root element")
    ]


def test_a_feed_named_html_is_read_as_a_feed(tmp_path: Path) -> None:
    shutil.copy(DATA / "feed.atom", tmp_path / "nieuws.html")
    docs = list(iter_documents(str(tmp_path / "nieuws.html")))
    assert [d.path for d in docs] == [f"{tmp_path}/nieuws.html#entry=1", f"{tmp_path}/nieuws.html#entry=2"]


# --- JSONL -------------------------------------------------------------------------------------


def test_jsonl_with_bad_lines() -> None:
    path = str(DATA / "pages.jsonl")
    assert [summary(i) for i in iter_documents(path, fetched_at=WHEN)] == [
        (
            "doc",
            f"{path}#line=1",
            "https://dagblad.example/a",
            datetime(2026, 1, 12, 18, 0, tzinfo=CET),
            None,
            None,
            None,
            "Veerboot veilig aangekomen\nNOORDHAVEN (ANP) - Een veerboot met 212 passagiers is veilig aangekomen.",
        ),
        (
            "reject",
            f"{path}#line=3",
            "the line is not JSON (Expecting property name enclosed in double quotes at character 18)",
        ),
        (
            "doc",
            f"{path}#line=4",
            "https://dagblad.example/b",
            WHEN,
            None,
            "Dijk versterkt",
            "nl",
            "Dijk versterkt\nOOSTERVELD (ANP) - Ingenieurs versterken de dijk met 8000 zandzakken.",
        ),
        ("reject", f"{path}#line=5", "the line is a JSON list, not an object"),
        ("reject", f"{path}#line=6", 'the object has neither "text" nor "html"'),
        (
            "reject",
            f"{path}#line=7",
            "'fetched_at' needs a zone offset, e.g. 2026-01-12T18:05:00+01:00: '2026-01-12T18:00:00'",
        ),
    ]


def test_jsonl_line_longer_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "lang.jsonl"
    path.write_text('{"text": "' + "a" * 500 + '"}\n{"text": "Kort bericht"}\n')
    assert [summary(i) for i in iter_documents(str(path), max_bytes=100)] == [
        ("reject", f"{path}#line=1", "the line is longer than the limit of 100 bytes"),
        ("doc", f"{path}#line=2", None, None, None, None, None, "Kort bericht"),
    ]


# --- WARC --------------------------------------------------------------------------------------


def make_warc(path: Path, *, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "claimtrack tests"}))

        def response(url: str, status: str, ctype: str, body: bytes, date: str) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)

        request = writer.create_warc_record(
            "https://dagblad.example/brug",
            "request",
            payload=io.BytesIO(b"GET /brug HTTP/1.1\r\nHost: dagblad.example\r\n\r\n"),
        )
        writer.write_record(request)
        # no <meta charset> reaches the decoder first: the HTTP charset says windows-1252
        body = PAGE_HTML.replace('<meta charset="windows-1252">', "").encode("cp1252")
        response(
            "https://dagblad.example/brug",
            "200 OK",
            "text/html; charset=windows-1252",
            body,
            "2026-01-12T17:20:00Z",
        )
        response(
            "https://dagblad.example/logo.png",
            "200 OK",
            "image/png",
            b"\x89PNG\r\n\x1a\n",
            "2026-01-12T17:20:01Z",
        )
        response(
            "https://dagblad.example/weg",
            "404 Not Found",
            "text/html",
            b"<p>Niet gevonden</p>",
            "2026-01-12T17:20:02Z",
        )
        response("https://dagblad.example/leeg", "200 OK", "text/html", b"   ", "2026-01-12T17:20:03Z")
        response(
            "https://dagblad.example/tekst",
            "200 OK",
            "text/plain; charset=utf-8",
            b"Storing verholpen\nZEESTAD (ANP) - De storing is verholpen.",
            "2026-01-12T17:20:04Z",
        )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    make_warc(path, gz=name.endswith(".gz"))
    assert [summary(i) for i in iter_documents(str(path))] == [
        (
            "doc",
            f"{path}#record=3",
            "https://dagblad.example/brug",
            datetime(2026, 1, 12, 17, 20, tzinfo=UTC),
            None,
            "Brug bij Brugdorp weer open",
            "nl",
            PAGE_TEXT,
        ),
        ("reject", f"{path}#record=6", "the input is empty (it holds no text)"),
        (
            "doc",
            f"{path}#record=7",
            "https://dagblad.example/tekst",
            datetime(2026, 1, 12, 17, 20, 4, tzinfo=UTC),
            None,
            None,
            None,
            "Storing verholpen\nZEESTAD (ANP) - De storing is verholpen.",
        ),
    ]


def test_a_warc_record_over_the_limit_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    make_warc(path, gz=False)
    items = [summary(i) for i in iter_documents(str(path), max_bytes=100)]
    assert items[0] == ("reject", f"{path}#record=3", "the record body is larger than the limit of 100 bytes")


def test_a_file_named_warc_that_is_not_one(tmp_path: Path) -> None:
    path = tmp_path / "nep.warc.gz"
    path.write_bytes(gzip.compress(b"Dit is geen archief"))
    assert list(iter_documents(str(path))) == [
        Reject(str(path), "not a WARC file: it does not start with a WARC/1.x record")
    ]


def test_a_warc_cut_short_yields_what_it_can_then_a_reject(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    make_warc(path, gz=False)
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"Storing verholpen") - 300])
    items = list(iter_documents(str(path)))
    assert isinstance(items[0], Document) and items[0].text == PAGE_TEXT
    assert isinstance(items[-1], Reject) and items[-1].reason.startswith(
        "the WARC file is corrupt after record"
    )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_warc_is_counted_for_the_progress_bar(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    make_warc(path, gz=name.endswith(".gz"))
    assert count_items(str(path)) == 3  # the page records: two pages and the empty one
    assert count_items(str(tmp_path)) == 3


def test_a_warc_cut_short_counts_its_reject(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    make_warc(path, gz=False)
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"Storing verholpen") - 300])
    assert count_items(str(path)) == len(list(iter_documents(str(path)))) == 3


# --- files and folders -------------------------------------------------------------------------


def test_folder_walk_is_sorted_recursive_and_skips_hidden_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("Storm in Zeestad\nZEESTAD (ANP) - Het stormt.", encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text(PAGE_HTML, encoding="cp1252")
    (tmp_path / "b" / "d.xml").write_text("<?xml version='1.0'?><urlset/>", encoding="utf-8")
    (tmp_path / ".verborgen.txt").write_text("Verborgen", encoding="utf-8")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "kapot.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "leeg.htm").write_bytes(b"")
    assert [summary(i) for i in iter_documents(str(tmp_path), fetched_at=WHEN)] == [
        (
            "doc",
            f"{tmp_path}/a.txt",
            None,
            WHEN,
            None,
            None,
            None,
            "Storm in Zeestad\nZEESTAD (ANP) - Het stormt.",
        ),
        ("doc", f"{tmp_path}/b/c.html", None, WHEN, None, "Brug bij Brugdorp weer open", "nl", PAGE_TEXT),
        ("reject", f"{tmp_path}/b/d.xml", "not a feed: it holds xml, not an RSS or Atom root element"),
        ("reject", f"{tmp_path}/kapot.txt", "the input is a PNG image, not a text or HTML page"),
        ("reject", f"{tmp_path}/leeg.htm", "the input is empty (it holds no text)"),
    ]


def test_a_named_file_with_an_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    shutil.copy(DATA / "feed.rss", tmp_path / "nieuws")
    (tmp_path / "pagina.dump").write_text("Storm\nZEESTAD (ANP) - Het stormt.", encoding="utf-8")
    assert len(list(iter_documents(str(tmp_path / "nieuws")))) == 3
    assert [d.text for d in iter_documents(str(tmp_path / "pagina.dump"))] == [
        "Storm\nZEESTAD (ANP) - Het stormt."
    ]


def test_a_missing_target() -> None:
    assert list(iter_documents("/geen/map/hier")) == [Reject("/geen/map/hier", "no such file or folder")]


def test_a_file_over_the_limit(tmp_path: Path) -> None:
    (tmp_path / "groot.txt").write_text("Zeestad " * 100, encoding="utf-8")
    assert list(iter_documents(str(tmp_path / "groot.txt"), max_bytes=100)) == [
        Reject(
            str(tmp_path / "groot.txt"),
            f"the file {tmp_path}/groot.txt is 800 bytes; the limit is 100 bytes "
            "(if the page is really that long, raise the limit: --max-bytes on the command line, max_bytes= in Python)",
        )
    ]


# --- URLs (local server) -----------------------------------------------------------------------

SEEN_AGENTS: list[str] = []


def feed_for(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lokaal</title><link>{base}/</link><description>test</description>
<item><title>Brug weer open</title><link>{base}/page.html</link>
<pubDate>Mon, 12 Jan 2026 17:00:00 GMT</pubDate><description>Korte samenvatting.</description></item>
<item><title>Verdwenen pagina</title><link>{base}/missing</link>
<description>Alleen de samenvatting.</description></item>
</channel></rss>""".encode()


#: How long /slow waits before it answers: far beyond the 0.5 s deadline of its test.
SLOW_SECONDS = 5.0


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def send(self, status: int, ctype: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        try:
            self.answer()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading (size limit, timeout): that is what is tested

    def answer(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/page.html":
            self.send(200, "text/html; charset=windows-1252", PAGE_HTML.encode("cp1252"))
        elif path == "/feed":
            self.send(200, "application/rss+xml", feed_for(base))
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/page.html" if n == 0 else f"/hop/{n - 1}"
            self.send(302, "text/plain", b"", {"Location": target})
        elif path == "/loop":
            self.send(302, "text/plain", b"", {"Location": "/loop"})
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()  # no Content-Length: the client must stop by itself
            for _ in range(100):
                self.wfile.write(b"Zeestad " * 128)
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self.send(200, "text/plain", b"Te laat")
        elif path == "/logo.png":
            self.send(200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")
        else:
            self.send(404, "text/html", b"<p>Niet gevonden</p>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A local server; loopback is allowed to the fetcher while this module runs
    (tests/test_fetch.py checks that it is refused by default)."""
    import ipaddress

    from claimtrack.read import fetch as fetcher

    saved = fetcher.ALLOWED_NETWORKS
    fetcher.ALLOWED_NETWORKS = (ipaddress.ip_network("127.0.0.0/8"),)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    fetcher.ALLOWED_NETWORKS = saved


def test_url_page(server: str) -> None:
    SEEN_AGENTS.clear()
    before = datetime.now(UTC)
    [doc] = iter_documents(f"{server}/page.html", fetched_at=WHEN)
    assert isinstance(doc, Document)
    assert (doc.text, doc.url, doc.path, doc.title, doc.language) == (
        PAGE_TEXT,
        f"{server}/page.html",
        None,
        "Brug bij Brugdorp weer open",
        "nl",
    )
    assert before <= doc.fetched_at <= datetime.now(UTC)  # the time of the response, not the given one
    assert SEEN_AGENTS == ["claimtrack/0.1 (+https://example.invalid/claimtrack)"]


def test_url_redirects_up_to_five_are_followed(server: str) -> None:
    [doc] = iter_documents(f"{server}/hop/4")  # 5 redirects
    assert (doc.url, doc.text) == (f"{server}/page.html", PAGE_TEXT)


#: Seconds for a fetch that must end on its own (a redirect loop, a 404, the size cap): long
#: enough that a loaded machine never turns the answer into a timeout, and a fetch that
#: does not stop by itself still fails the test (with a timeout message) rather than hanging.
ENDS_BY_ITSELF = 30.0


@pytest.mark.parametrize(
    ("path", "reason", "timeout"),
    [
        ("/hop/5", "{url} redirects more than 5 times", ENDS_BY_ITSELF),
        ("/loop", "{url} redirects more than 5 times", ENDS_BY_ITSELF),
        ("/missing", "{url} answered HTTP 404 Not Found", ENDS_BY_ITSELF),
        ("/big", "{url} is larger than the limit of 50,000 bytes; stopped reading", ENDS_BY_ITSELF),
        ("/logo.png", "the input is a PNG image, not a text or HTML page", ENDS_BY_ITSELF),
        # the server answers after SLOW_SECONDS: only the deadline can end this fetch first
        ("/slow", "{url} did not answer within 0.5 seconds", 0.5),
    ],
    ids=["/hop/5", "/loop", "/missing", "/big", "/logo.png", "/slow"],
)
def test_url_errors_are_rejects(server: str, path: str, reason: str, timeout: float) -> None:
    url = f"{server}{path}"
    started = time.monotonic()
    assert list(iter_documents(url, timeout=timeout, max_fetch_bytes=50_000)) == [
        Reject(url, reason.format(url=url))
    ]
    if path == "/slow":  # the deadline ended it, not the server's late answer
        assert time.monotonic() - started < SLOW_SECONDS


def test_url_with_no_server(server: str) -> None:
    [item] = iter_documents("http://127.0.0.1:9/niets", timeout=2)
    assert isinstance(item, Reject) and item.reason.startswith(
        "http://127.0.0.1:9/niets could not be fetched: ConnectError"
    )


def test_url_feed_entries_get_the_feed_fetch_time(server: str) -> None:
    before = datetime.now(UTC)
    items = list(iter_documents(f"{server}/feed"))
    assert [(d.url, d.path, d.text) for d in items] == [
        (f"{server}/page.html", None, "Brug weer open\nKorte samenvatting."),
        (f"{server}/missing", None, "Verdwenen pagina\nAlleen de samenvatting."),
    ]
    assert items[0].fetched_at == items[1].fetched_at and before <= items[0].fetched_at


def test_feed_follow_fetches_pages_of_summary_only_entries(server: str, tmp_path: Path) -> None:
    feed = tmp_path / "lokaal.rss"
    feed.write_bytes(feed_for(server))
    items = list(iter_documents(str(feed), follow=True))
    page, kept = items
    assert (page.path, page.url, page.text, page.title, page.published) == (
        f"{feed}#entry=1",
        f"{server}/page.html",
        PAGE_TEXT,
        "Brug bij Brugdorp weer open",
        datetime(2026, 1, 12, 17, 0, tzinfo=UTC),
    )
    assert (kept.path, kept.text) == (f"{feed}#entry=2", "Verdwenen pagina\nAlleen de samenvatting.")
    assert kept.warnings == (
        f"the entry's link could not be followed: {server}/missing answered HTTP 404 Not Found",
    )


def test_a_naive_fetched_at_is_refused() -> None:
    with pytest.raises(ValueError, match="zone offset"):
        next(iter_documents(str(DATA / "feed.rss"), fetched_at=datetime(2026, 1, 12, 18, 0)))


@pytest.mark.parametrize(
    "subset",
    ['<!ENTITY nbsp "&#160;">', '<!ENTITY buiten SYSTEM "file:///etc/hostname">'],
    ids=["entity", "external-entity"],
)
def test_a_feed_whose_doctype_holds_declarations_is_read_as_a_feed(tmp_path: Path, subset: str) -> None:
    """An internal subset has ">" inside: the feed was "not a feed: it holds text". External
    entities are not read (feedparser drops them)."""
    path = tmp_path / "krant.xml"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [{subset}]>\n<rss version="2.0"><channel><title>Krant</title>'
        "<item><title>Dijkdoorbraak bij Leerdam&buiten;</title><link>https://krant.invalid/12</link>"
        "<description>LEERDAM - Het waterschap meldt dat&nbsp;14 boerderijen zijn ontruimd.</description></item>"
        "</channel></rss>\n",
        encoding="utf-8",
    )
    items = list(iter_documents(str(path)))
    assert [(type(i).__name__, i.url) for i in items] == [("Document", "https://krant.invalid/12")]
    assert items[0].text.replace("\xa0", " ") == (  # the entity reference stays as written
        "Dijkdoorbraak bij Leerdam&buiten;\nLEERDAM - Het waterschap meldt dat 14 boerderijen zijn ontruimd."
    )
