"""The web page and JSON API: rendering, escaping, every endpoint, limits.

All texts here are invented (names, places and numbers); none is news copy.
"""

from __future__ import annotations

import re
import socket
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from markupsafe import Markup

from claimtrack.model import (
    Article,
    Dateline,
    DocumentSource,
    Extraction,
    Figure,
    Source,
    Span,
    Statement,
    TimeRef,
)
from claimtrack.web import create_app
from claimtrack.web.render import (
    Mark,
    format_datetime,
    format_time,
    format_value,
    mark_up,
    render_all,
    render_article,
)

CET = timezone(timedelta(hours=1))

# Offsets written out by hand (code points, end-exclusive).
TEXT = (
    "Dijkdoorbraak bij Delft\n"
    "DELFT (ANP) - Burgemeester Anna Bakker zegt dat meer dan 400 inwoners zijn geëvacueerd.\n"
    "Volgens de brandweer zijn 3 mensen gewond <script>x</script>.\n"
    "20 minuten geleden"
)


def sp(start: int, end: int) -> Span:
    return Span.of(TEXT, start, end)


def sample() -> Extraction:
    """An extraction built by hand: one main article, two statements, two figures."""
    published = TimeRef(sp(174, 192), datetime(2026, 1, 14, 21, 40, tzinfo=CET), "minute", "fetched_at")
    article = Article("a0", "main", None, sp(0, 23), Dateline("DELFT", ("ANP",), 24, 38), published, sp(38, 173))
    s0 = Statement("s0", "a0", (Source(sp(38, 62), "Anna Bakker", "PER"),), sp(63, 67), "zeggen", sp(72, 110), "indirect")
    s1 = Statement("s1", "a0", (Source(sp(120, 132), "brandweer", "ORG"),), sp(112, 119), "volgens", sp(133, 153), "according_to")
    f0 = Figure("f0", "a0", sp(72, 84), 400, None, False, None, sp(85, 110), "displaced", statement="s0", source_name="Anna Bakker")
    f1 = Figure("f1", "a0", sp(138, 139), 3, 3, False, None, sp(140, 153), "wounded", statement="s1", source_name="brandweer")
    return Extraction(
        DocumentSource(None, "https://example.org/delft", datetime(2026, 1, 14, 22, 0, tzinfo=CET), "0" * 64),
        "nl",
        TEXT,
        (article,),
        (s0, s1),
        (f0, f1),
    )


# ---------------------------------------------------------------- render.mark_up


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("abc", [], "abc"),
        ("a<b>&\"c'", [], "a&lt;b&gt;&amp;&#34;c&#39;"),
        ("Jan zegt", [Mark(0, 3, "source", "Jan (PER)", "s0")],
         '<span class="m-source" data-mark="s0" title="Jan (PER)">Jan</span> zegt'),
        # nested: a figure inside a content
        ("dat 30 man", [Mark(0, 10, "content", "c", "s0"), Mark(4, 6, "figure", "f", "f0")],
         ('<span class="m-content" data-mark="s0" title="c">dat '
          '<span class="m-figure" data-mark="f0" title="f">30</span> man</span>')),
        # same stretch: the kind earlier in KINDS is the outer element
        ("30", [Mark(0, 2, "figure", "f", "f0"), Mark(0, 2, "content", "c", "s0")],
         '<span class="m-content" data-mark="s0" title="c"><span class="m-figure" data-mark="f0" title="f">30</span></span>'),
        # partial overlap: the later mark is split so the HTML stays well-formed
        ("abcdef", [Mark(0, 4, "content", "c", "s0"), Mark(2, 6, "time", "t", "s1")],
         ('<span class="m-content" data-mark="s0" title="c">ab<span class="m-time" data-mark="s1" title="t">cd</span></span>'
          '<span class="m-time" data-mark="s1" title="t">ef</span>')),
        # hostile titles and text are escaped
        ("<b>", [Mark(0, 3, "cue", '"><script>', "s0")],
         '<span class="m-cue" data-mark="s0" title="&#34;&gt;&lt;script&gt;">&lt;b&gt;</span>'),
        # empty and unknown-kind marks are dropped
        ("ab", [Mark(1, 1, "cue", "x", "s0"), Mark(0, 2, "nonsense", "x", "s0")], "ab"),
    ],
)
def test_mark_up(text: str, marks: list[Mark], expected: str) -> None:
    out = mark_up(text, marks)
    assert isinstance(out, Markup)
    assert str(out) == expected


def test_mark_up_window_cuts_marks() -> None:
    assert str(mark_up("abcdef", [Mark(1, 5, "cue", "t", "s0")], start=3, end=6)) == (
        '<span class="m-cue" data-mark="s0" title="t">de</span>f'
    )


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (2, 1), (0, 7)])
def test_mark_up_rejects_bad_range(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        mark_up("abcdef", [], start=start, end=end)


@pytest.mark.parametrize(
    ("low", "high", "unit", "expected"),
    [
        (3000, 3000, None, "3000"),
        (12000, None, None, "\u2265 12000"),
        (200, 999, None, "200\u2013999"),
        (None, 50, None, "\u2264 50"),
        (None, None, None, "unknown"),
        (1.5, 1.5, "EUR", "1.5 EUR"),
        (12000.0, 12000.0, None, "12000"),
    ],
)
def test_format_value(low, high, unit, expected) -> None:
    assert format_value(low, high, unit) == expected


@pytest.mark.parametrize(
    ("value", "granularity", "expected"),
    [
        (datetime(2026, 1, 14, 21, 40, tzinfo=CET), "minute", "2026-01-14 21:40 +01:00"),
        (datetime(2026, 1, 14, 21, 40, tzinfo=CET), "day", "2026-01-14"),
        (datetime(2026, 1, 14, tzinfo=CET), "month", "2026-01"),
        (datetime(2026, 1, 14, tzinfo=CET), "year", "2026"),
        (None, "day", ""),
    ],
)
def test_format_datetime(value, granularity, expected) -> None:
    assert format_datetime(value, granularity) == expected


def test_format_time_unresolved_says_so() -> None:
    ref = TimeRef(Span("eerder maandag", 0, 14), None, "day", None)
    assert format_time(ref) == "eerder maandag \u2192 unresolved: anchor unknown"


def test_render_article_marks_every_span() -> None:
    html = str(render_article(sample(), "a0"))
    spans = re.findall(r'<span class="m-(\w+)" data-mark="([\w-]+)" title="([^"]*)">([^<]*)', html)
    got = [(kind, ref, inner) for kind, ref, _title, inner in spans]
    assert got == [
        ("headline", "a0-headline", "Dijkdoorbraak bij Delft"),
        ("dateline", "a0-dateline", "DELFT (ANP) - "),
        ("source", "s0", "Burgemeester Anna Bakker"),
        ("cue", "s0", "zegt"),
        ("content", "s0", ""),
        ("figure", "f0", "meer dan 400"),
        ("counted", "f0", "inwoners zijn geëvacueerd"),
        ("cue", "s1", "Volgens"),
        ("source", "s1", "de brandweer"),
        ("content", "s1", "zijn "),
        ("figure", "f1", "3"),
        ("counted", "f1", "mensen gewond"),
        ("time", "a0-published", "20 minuten geleden"),
    ]
    titles = {(k, r): t for k, r, t, _ in spans}
    assert titles[("source", "s0")] == "source: Anna Bakker (PER) (s0)"
    assert titles[("figure", "f0")] == "\u2265 400 \u2013 displaced inwoners zijn geëvacueerd \u2013 source: Anna Bakker"
    assert titles[("time", "a0-published")] == (
        "20 minuten geleden \u2192 2026-01-14 21:40 +01:00 (minute, from fetched_at)"
    )
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "<script>" not in html


def test_render_all_text_survives_round_trip() -> None:
    html = str(render_all(sample()))
    plain = re.sub(r"<[^>]+>", "", html)
    assert plain.replace("&lt;", "<").replace("&gt;", ">") == TEXT


# ---------------------------------------------------------------- extraction API and Try it


@pytest.fixture()
def bare() -> TestClient:
    return TestClient(create_app(None))


def test_extract_returns_contract(bare: TestClient) -> None:
    text = "ZWOLLE (ANP) - De wethouder zegt dat 25 gezinnen hun huis uit moesten."
    r = bare.post("/api/extract", json={"text": text, "fetched_at": "2026-01-14T22:00:00+01:00"})
    assert r.status_code == 200
    body = r.json()
    assert body["schema"] == "claimtrack/1"
    assert body["text"] == text
    assert body["source"]["fetched_at"] == "2026-01-14T22:00:00+01:00"
    assert body["articles"][0]["id"] == "a0"
    assert body["articles"][0]["body"]["end"] <= len(text)


@pytest.mark.parametrize(
    ("path", "payload", "status", "detail"),
    [
        ("/api/extract", {}, 422, "Field required"),
        ("/api/extract", {"text": ""}, 422, "the input is empty (it holds no text)"),
        ("/api/extract", {"text": "   "}, 422, "the input is empty (it holds no text)"),
        ("/api/extract", {"text": "x", "fetched_at": "gisteren"}, 422, "not an ISO 8601 time"),
        ("/api/extract", {"text": "x", "fetched_at": 1768338000}, 422, "not an ISO 8601 time"),
        ("/api/extract", {"text": "x", "fetched_at": "2026-01-14T22:00:00"}, 422, "timezone"),
        ("/api/extract", {"text": "x", "colour": "red"}, 422, "Extra inputs"),
        ("/api/extract/url", {"url": "http://127.0.0.1/"}, 403, "--allow-fetch"),
    ],
)
def test_extract_refuses(bare: TestClient, path: str, payload: dict, status: int, detail: str) -> None:
    r = bare.post(path, json=payload)
    assert r.status_code == status
    assert detail in str(r.json()["detail"])


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8000/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://0.0.0.0/",
        "file:///etc/passwd",
        "ftp://example.org/",
    ],
)
def test_fetch_never_reaches_private_addresses(url: str) -> None:
    client = TestClient(create_app(None, allow_fetch=True))
    r = client.post("/api/extract/url", json={"url": url})
    assert r.status_code == 422
    assert "refused" in r.json()["detail"] or "only http and https" in r.json()["detail"]


def test_body_limit(bare: TestClient) -> None:
    small = TestClient(create_app(None, max_body_bytes=1000))
    r = small.post("/api/extract", json={"text": "a" * 2000})
    assert r.status_code == 413
    r = small.post("/api/extract", json={"text": "DELFT (ANP) - Het regent."})
    assert r.status_code == 200


def test_time_limit() -> None:
    # The limit is enforced: the handler is cancelled, not waited for (no clock here:
    # a handler that ran its 60 s would say "finished").
    import asyncio

    app = create_app(None, request_timeout=0.2)
    seen: list[str] = []

    @app.get("/slow")
    async def slow() -> dict:
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise
        seen.append("finished")
        return {}

    r = TestClient(app).get("/slow")
    assert r.status_code == 504
    assert r.json() == {"detail": "request took longer than 0.2 s", "error": "timeout"}
    assert seen == ["cancelled"]


XSS = 'DELFT (ANP) - Jan zegt dat <script>alert("x")</script> 5 mensen <img src=x onerror="alert(1)"> gewond zijn.'


def test_try_page_renders_hostile_text_inert(bare: TestClient) -> None:
    r = bare.post("/try", data={"text": XSS})
    assert r.status_code == 200
    assert "content-security-policy" in r.headers
    assert "script-src 'self'" in r.headers["content-security-policy"]
    doc = r.text.split('id="doc-text">', 1)[1].split("</div>", 1)[0]
    assert "<script" not in doc and "<img" not in doc
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in doc
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in doc
    # the only script elements on the page are none (Try it needs no script)
    assert "<script" not in r.text


def test_try_page_upload(bare: TestClient) -> None:
    page = b"UTRECHT (ANP) - Er zijn 12 bomen omgewaaid."
    r = bare.post("/try", files={"file": ("p.txt", page, "text/plain")})
    assert r.status_code == 200
    assert "UTRECHT" in r.text.split('id="doc-text">', 1)[1]


@pytest.mark.parametrize(
    ("form", "status", "message"),
    [
        ({"text": ""}, 422, "paste some text"),
        ({"text": "x", "language": "fr"}, 422, "unknown language"),
        ({"text": "x", "fetched_at": "morgen"}, 422, "not an ISO 8601 time"),
        ({"text": "DELFT (ANP) - Het regent.", "store": "1"}, 403, "read-only"),
    ],
)
def test_try_page_errors(bare: TestClient, form: dict, status: int, message: str) -> None:
    r = bare.post("/try", data=form)
    assert r.status_code == status
    assert message in r.text


def test_try_form_and_openapi(bare: TestClient) -> None:
    assert bare.get("/try").status_code == 200
    spec = bare.get("/openapi.json").json()
    assert "/api/extract" in spec["paths"]
    assert "/api/ingest" not in spec["paths"]


def test_static_chart_library_is_served(bare: TestClient) -> None:
    r = bare.get("/static/vendor/chart.umd.min.js")
    assert r.status_code == 200
    assert r.text.startswith("/*!\n * Chart.js v4.6.1")


# ---------------------------------------------------------------- store-backed API and pages


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """An app over a fresh store holding the three demo pages (documents 1, 2, 3)."""
    from claimtrack.store import store_extraction
    from claimtrack.web.demo import demo_extractions

    db = tmp_path_factory.mktemp("web") / "store.db"
    app = create_app(f"sqlite:///{db}", allow_ingest=True)
    for x in demo_extractions():
        store_extraction(app.state.store, x)
    return TestClient(app)


def test_api_documents(store: TestClient) -> None:
    body = store.get("/api/documents").json()
    assert body["total"] == 3 and body["limit"] == 50 and body["offset"] == 0
    assert [d["publisher"] for d in body["items"]] == ["evil.example.org", "krant.example.com", "nieuws.example.nl"]
    assert [(d["articles"], d["statements"], d["figures"]) for d in body["items"]] == [(1, 1, 1), (2, 2, 2), (2, 3, 2)]
    page2 = store.get("/api/documents", params={"limit": 1, "offset": 1}).json()
    assert [d["publisher"] for d in page2["items"]] == ["krant.example.com"]
    assert (page2["total"], page2["limit"], page2["offset"]) == (3, 1, 1)
    since = store.get("/api/documents", params={"since": "2026-01-14T00:00:00+00:00"}).json()
    assert since["total"] == 2


def test_api_document(store: TestClient) -> None:
    body = store.get("/api/documents/1").json()
    assert body["publisher"] == "nieuws.example.nl"
    x = body["extraction"]
    assert x["schema"] == "claimtrack/1"
    f0 = x["figures"][0]
    assert (f0["span"]["text"], f0["span"]["start"], f0["span"]["end"], f0["low"], f0["high"]) == ("240", 138, 141, 240, 240)
    assert x["text"][138:141] == "240"
    assert store.get("/api/documents/99").status_code == 404


def test_api_search(store: TestClient) -> None:
    body = store.get("/api/search", params={"q": "vermist"}).json()
    assert body["total"] == 2
    assert {(h["document_id"], h["local_id"]) for h in body["items"]} == {(1, "a0"), (2, "a0")}
    assert store.get("/api/search", params={"q": "havenwet"}).json()["items"][0]["role"] == "teaser"
    assert store.get("/api/search", params={"q": ""}).json()["total"] == 0


def test_api_article(store: TestClient) -> None:
    body = store.get("/api/articles/1").json()
    assert (body["document_id"], body["local_id"], body["dateline_place"], body["dateline_agencies"]) == (1, "a0", "VELMOOR", "ANP")
    assert [(s["local_id"], s["source_name"], s["cue"]) for s in body["statements"]] == [
        ("s0", "Mirte Hollander", "zegt"),
        ("s1", "kustwacht", "meldde"),
        ("s2", "Mirte Hollander", "schrijft"),
    ]
    assert store.get("/api/articles/999").status_code == 404
    assert store.get("/api/articles/0").status_code == 422


def test_api_statements(store: TestClient) -> None:
    body = store.get("/api/statements", params={"source": "Kustwacht"}).json()
    assert body["total"] == 2
    assert [(s["content"], s["content_start"], s["content_end"]) for s in body["items"]] == [
        ("zijn in Velmoor 130 mensen vermist", 77, 111),
        ("95 mensen vermist waren", 206, 229),
    ]
    assert store.get("/api/statements", params={"document_id": 3}).json()["total"] == 1


def test_api_figures(store: TestClient) -> None:
    body = store.get("/api/figures", params={"category": "missing"}).json()
    assert [(f["span"], f["low"], f["claimant"]) for f in body["items"]] == [
        ("130", 130, "kustwacht"),
        ("240", 240, "Mirte Hollander"),
        ("95", 95, "kustwacht"),
    ]
    people = store.get("/api/figures", params={"category": "people"}).json()["items"][0]
    assert (people["span"], people["low"], people["high"], people["approximate"]) == ("honderden", 200, 999, True)
    assert store.get("/api/figures", params={"category": "nonsense"}).status_code == 422


def test_api_groups_and_conflicts(store: TestClient) -> None:
    all_groups = store.get("/api/groups").json()
    assert all_groups["total"] == 3
    conflicts = store.get("/api/groups", params={"conflicts": "true"}).json()
    assert conflicts["total"] == 1
    g = conflicts["items"][0]
    assert (g["category"], g["place"]) == ("missing", "Velmoor")
    # the coast guard's 95 is dated "eerder dinsdag" (read against the fetch time: no publication time), before the mayor's 240
    assert [(c["claimant"], c["low"]) for c in g["claims"]] == [("kustwacht", 130), ("Mirte Hollander", 240), ("kustwacht", 95)]
    assert g["disagreements"] == [
        {"claimant_a": "kustwacht", "value_a": [130, 130], "claimant_b": "Mirte Hollander", "value_b": [240, 240],
         "at_a": "2026-01-14T08:30:00Z", "at_b": "2026-01-13T21:00:00Z",  # within SAME_TIME of each other
         "basis_a": "fetched", "basis_b": "fetched"}  # these pages carry no publication time
    ]
    one = store.get(f"/api/groups/{g['id']}").json()
    assert one["id"] == g["id"]
    assert store.get("/api/groups/0000000000000000").status_code == 404


def test_api_entities(store: TestClient) -> None:
    body = store.get("/api/entities").json()
    assert [e["name"] for e in body["items"]][:2] == ["Mirte Hollander", "kustwacht"]
    one = store.get("/api/entities/1").json()
    assert one["aliases"] == ["Mirte Hollander", "Hollander"]
    assert [s["cue"] for s in one["statements"]] == ["zei", "zegt", "schrijft"]
    assert store.get("/api/entities/999").status_code == 404


def test_api_entities_by_type_in_any_case_and_an_unknown_type_is_named(store: TestClient) -> None:
    """An unknown type was an empty list without a word, and "per" found nothing where "PER" did."""
    people = store.get("/api/entities", params={"type": "PER"}).json()
    assert people["total"] == 2 and {e["type"] for e in people["items"]} == {"PER"}
    assert store.get("/api/entities", params={"type": "per"}).json() == people
    assert store.get("/api/entities", params={"type": ""}).json()["total"] == store.get("/api/entities").json()["total"]
    wrong = store.get("/api/entities", params={"type": "person"})
    assert wrong.status_code == 422 and wrong.json()["error"] == "invalid_request"
    assert wrong.json()["detail"][0]["msg"] == "Input should be 'PER', 'ORG', 'GPE' or 'OTHER'"


def test_api_ingest_is_idempotent(store: TestClient) -> None:
    text = "ZWOLLE (ANP) - De wethouder zegt dat 25 gezinnen hun huis uit moesten."
    first = store.post("/api/ingest", json={"text": text, "fetched_at": "2026-01-15T10:00:00+01:00"}).json()
    again = store.post("/api/ingest", json={"text": text}).json()
    assert first["stored"] is True and again["stored"] is False
    assert first["document_id"] == again["document_id"] == 4
    assert store.get(f"/api/documents/{first['document_id']}").json()["text"] == text


def test_ingest_absent_when_read_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(create_app(f"sqlite:///{tmp_path / 'ro.db'}"))
    refused = client.post("/api/ingest", json={"text": "x"})  # was a bare 404, read as a wrong address
    assert refused.status_code == 403
    assert refused.json() == {"detail": "this server does not store pages (start it with --allow-ingest)",
                              "error": "ingest_not_allowed"}
    assert "/api/ingest" not in client.get("/openapi.json").json()["paths"]


def test_a_wrong_method_and_a_too_deep_body_say_what_was_wrong(bare: TestClient) -> None:
    """405 was "Method Not Allowed" with the code http_405; a body nested 5,000 deep was said
    to be "not UTF-8 JSON"."""
    wrong = bare.get("/api/extract")
    assert wrong.status_code == 405
    assert wrong.json() == {"detail": "GET is not answered here; this address answers POST", "error": "method_not_allowed"}
    deep = bare.post("/api/extract", content=b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}",
                     headers={"content-type": "application/json"})
    assert deep.status_code == 400 and deep.json()["detail"] == (
        'the request body could not be read (it nests arrays or objects too deeply); send UTF-8 JSON such as {"text": "..."}'
    )
    latin = bare.post("/api/extract", content='{"text": "Tiël"}'.encode("latin-1"), headers={"content-type": "application/json"})
    assert latin.status_code == 400 and "(it is not UTF-8 JSON)" in latin.json()["detail"]


def test_store_routes_without_store(bare: TestClient) -> None:
    assert bare.get("/api/documents").status_code == 503
    assert bare.get("/conflicts").status_code == 503


def test_a_since_after_until_is_named_by_the_api_and_the_page(store: TestClient) -> None:
    """Swapped since/until gave an empty list without a word; the same day twice is that day."""
    for path in ("/api/figures", "/api/documents", "/api/statements", "/api/groups"):
        r = store.get(path, params={"since": "2026-01-14T12:00:00+00:00", "until": "2026-01-14T06:00:00+00:00"})
        assert r.status_code == 422 and r.json()["error"] == "invalid_request", path
        assert r.json()["detail"] == [{
            "type": "value_error", "loc": ["query", "until"],
            "msg": "since=2026-01-14T12:00:00+00:00 is not before until=2026-01-14T06:00:00+00:00: "
                   "no time lies between them (swapped?)",
        }]
    assert store.get("/api/documents", params={"since": "2026-01-14", "until": "2026-01-14"}).status_code == 200
    page = store.get("/", params={"q": "vermist", "since": "2026-01-15", "until": "2026-01-13"}).text
    assert "from 2026-01-15 is not before to 2026-01-13: no time lies between them (swapped?)" in page


def test_document_pages_by_id_answer_a_page_not_an_error(store: TestClient) -> None:
    """An id past SQLite's integers was a 500 (OverflowError); /documents/1 was a bare JSON 404."""
    huge = store.get("/documents/99999999999999999999/articles/a0")
    assert huge.status_code == 404 and "no article a0 in document 99999999999999999999" in huge.text
    first = store.get("/documents/1", follow_redirects=False)
    assert (first.status_code, first.headers["location"]) == (303, "/documents/1/articles/a0")
    missing = store.get("/documents/999")
    assert missing.status_code == 404 and "no document 999" in missing.text and "<html" in missing.text


def test_a_page_address_with_a_word_for_its_id_is_the_page_404_not_json(store: TestClient) -> None:
    """/entities/abc answered the API's JSON 422 in the browser; the API keeps its 422."""
    r = store.get("/entities/abc")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "no page at /entities/abc: the entity id is a number" in r.text
    hostile = store.get("/documents/<svg>/articles/a0")
    assert hostile.status_code == 404 and "<svg>" not in hostile.text
    assert "no page at /documents/&lt;svg&gt;/articles/a0: the document id is a number" in hostile.text
    assert store.get("/api/entities/abc").json()["error"] == "invalid_request"


def test_page_search(store: TestClient) -> None:
    r = store.get("/", params={"q": "vermist"})
    assert r.status_code == 200
    assert r.text.count('href="/documents/1/articles/a0"') == 1
    assert r.text.count('href="/documents/2/articles/a0"') == 1
    r = store.get("/", params={"source": "Mirte Hollander"})
    assert "er in Velmoor inmiddels 240 mensen vermist zijn" in r.text
    r = store.get("/", params={"category": "people", "place": "Keldra"})
    assert "200\u2013999" in r.text
    r = store.get("/", params={"q": "vermist", "since": "2026-01-14", "until": "2026-01-14"})
    assert 'href="/documents/2/articles/a0"' in r.text and 'href="/documents/1/articles/a0"' not in r.text
    assert "dates must be YYYY-MM-DD" in store.get("/", params={"q": "x", "since": "14-01-2026"}).text
    home = store.get("/")
    for i in (1, 2, 3):
        assert f'<a href="/documents/{i}/articles/a0">open</a>' in home.text


def test_page_article(store: TestClient) -> None:
    r = store.get("/documents/1/articles/a0")
    assert r.status_code == 200
    html = r.text
    assert '<span class="m-figure" data-mark="f0" title="240 \u2013 missing mensen vermist \u2013 source: Mirte Hollander">240</span>' in html
    assert '<span class="m-dateline" data-mark="a0-dateline" title="dateline: VELMOOR (ANP)">VELMOOR (ANP) - </span>' in html
    assert 'title="eerder dinsdag \u2192 unresolved: anchor unknown">eerder dinsdag</span>' in html
    assert '<a href="/documents/1/articles/a1">OSTRAVIN (ANP/AFP)</a>' in html
    assert "12 minuten geleden \u2192 2026-01-13 21:48 +01:00 (minute, from fetched_at)" in html
    assert store.get("/documents/1/articles/a9").status_code == 404
    assert store.get("/documents/99/articles/a0").status_code == 404


def test_page_article_redirect(store: TestClient) -> None:
    r = store.get("/articles/3", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/documents/2/articles/a0")
    assert store.get("/articles/999", follow_redirects=False).status_code == 404


def test_page_hostile_article_is_escaped(store: TestClient) -> None:
    html = store.get("/documents/3/articles/a0").text
    assert "<script>alert" not in html and "<img src" not in html
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "script-src 'self'" in store.get("/documents/3/articles/a0").headers["content-security-policy"]


def test_page_group(store: TestClient) -> None:
    gid = store.get("/api/groups", params={"conflicts": "true"}).json()["items"][0]["id"]
    r = store.get(f"/groups/{gid}")
    assert r.status_code == 200
    data = re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', r.text).group(1)
    import json

    chart = json.loads(data)
    assert chart == {
        "unit": None,
        "series": [
            {"label": "kustwacht", "points": [
                {"x": 1768258800000, "low": 95.0, "high": 95.0, "text": "95"},  # "eerder dinsdag": Tuesday 00:00 CET
                {"x": 1768379400000, "low": 130.0, "high": 130.0, "text": "130"},
            ]},
            {"label": "Mirte Hollander", "points": [{"x": 1768338000000, "low": 240.0, "high": 240.0, "text": "240"}]},
        ],
    }
    assert r.text.count('class="disagrees"') == 2
    assert r.text.count(' revised"') == 1
    assert '<a class="article-link" href="/documents/1/articles/a0#fig-f0">article</a>' in r.text
    assert '<a class="article-link" href="/documents/2/articles/a0#fig-f0">article</a>' in r.text
    assert store.get("/groups/nope").status_code == 404


def test_page_group_chart_json_cannot_break_out() -> None:
    from claimtrack.web.app import templates

    env = templates().env
    out = env.from_string("{{ c|tojson }}").render(c={"label": "</script><script>alert(1)</script>"})
    assert "</script>" not in out and "\\u003c/script\\u003e" in out


def test_page_conflicts(store: TestClient) -> None:
    r = store.get("/conflicts")
    assert r.status_code == 200
    assert r.text.count('class="group-link"') == 1
    assert "kustwacht: <strong>130</strong>; Mirte Hollander: <strong>240</strong>; kustwacht: <strong>95</strong>" in r.text


def test_page_entities(store: TestClient) -> None:
    r = store.get("/entities")
    assert '<a href="/entities/1">Mirte Hollander</a>' in r.text
    assert "Kees &lt;img src=x onerror=&#34;alert(1)&#34;&gt; Mol" in r.text
    r = store.get("/entities/2")
    assert r.status_code == 200
    assert "zijn in Velmoor 130 mensen vermist" in r.text
    assert '<td class="num">130</td>' in r.text and '<td class="num">95</td>' in r.text
    assert store.get("/entities/999").status_code == 404


def test_try_page_can_store_when_allowed(store: TestClient) -> None:
    token = re.search(r'name="csrf_token" value="([^"]+)"', store.get("/try").text).group(1)  # and its cookie
    r = store.post("/try", data={"text": "LEIDEN (ANP) - De rector zegt dat 40 studenten zijn geëvacueerd.", "store": "1", "csrf_token": token})
    assert r.status_code == 200
    assert re.search(r'id="stored">stored as document \d+: 1 article,', r.text)


def test_group_cache_matches_the_store_and_follows_ingests(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimtrack.store import queries, store_extraction
    from claimtrack.web.demo import page_a, page_b

    app = create_app(f"sqlite:///{tmp_path / 'cache.db'}")
    engine, cache = app.state.store, app.state.group_cache
    store_extraction(engine, page_a())
    first = cache.index()
    assert [g.id for g in first.groups] == [g.id for g in queries.list_groups(engine).items]
    assert first.version == (1, 2)
    assert cache.index() is first  # unchanged store: no regrouping
    store_extraction(engine, page_b())
    second = cache.index()
    assert second is not first and second.version == (2, 4)
    assert [g.id for g in second.conflicts] == [g.id for g in queries.conflicts(engine).items]
    gid = second.conflicts[0].id
    assert cache.get(gid) == queries.get_group(engine, gid)
    assert cache.get("nope") is None


def test_group_cache_holding_matches_list_groups(store: TestClient) -> None:
    from claimtrack.store import queries

    engine, cache = store.app.state.store, store.app.state.group_cache  # type: ignore[attr-defined]
    for words, category in (("velmoor", None), (None, "people"), ("keldra", "people"), ("nergens", None)):
        f = queries.Filters(category=category)
        ids = {x.id for x in queries.list_figures(engine, words, f, limit=100_000).items}
        assert [g.id for g in cache.holding(ids, limit=50).items] == [
            g.id for g in queries.list_groups(engine, words, f).items
        ], (words, category)


def test_body_limit_counts_streamed_bytes() -> None:
    small = TestClient(create_app(None, max_body_bytes=1000))

    def chunks():  # no Content-Length: the body arrives in pieces
        for _ in range(10):
            yield b'{"text": "' + b"a" * 200 + b'"}'

    r = small.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://93.184.215.14/", True),
        ("https://[2606:4700::1111]/", True),
        ("http://100.64.0.1/", False),  # shared address space (carrier-grade NAT)
        ("http://[fd00::1]/", False),
        ("http://[::ffff:127.0.0.1]/", False),
        ("http://224.0.0.1/", False),
        ("http:///nohost", False),
    ],
)
def test_check_url(url: str, allowed: bool) -> None:
    from claimtrack.web.fetch import FetchRefused, check_url

    if allowed:
        check_url(url)
    else:
        with pytest.raises(FetchRefused):
            check_url(url)


def test_serve_command_runs_uvicorn(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import uvicorn
    from typer.testing import CliRunner

    from claimtrack.cli import app

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: seen.update(app=web, **kw))
    db = tmp_path / "serve.db"
    with socket.socket() as probe:  # a port free now (serve checks it before starting)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", str(port), "--allow-ingest"])
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", port)
    assert seen["app"].state.settings.allow_ingest is True
    assert seen["app"].state.settings.allow_fetch is False
    assert "/api/ingest" in seen["app"].openapi()["paths"]
    assert db.exists()


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://nieuws.example.nl/a", True),
        ("HTTP://nieuws.example.nl/a", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("", False),
        (None, False),
    ],
)
def test_web_link(url, linked) -> None:  # type: ignore[no-untyped-def]
    from claimtrack.web.render import web_link

    assert web_link(url) is linked


def test_page_never_links_a_javascript_url(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimtrack.store import store_extraction
    from claimtrack.web.demo import page_hostile

    app = create_app(f"sqlite:///{tmp_path / 'js.db'}")
    doc = store_extraction(app.state.store, page_hostile(url="javascript:alert(1)")).document_id
    html = TestClient(app).get(f"/documents/{doc}/articles/a0").text
    assert 'href="javascript:' not in html
    assert "<dd>javascript:alert(1)</dd>" in html


def test_api_page_lists_every_operation(store: TestClient) -> None:
    html = store.get("/api").text
    spec = store.get("/openapi.json").json()
    n = sum(len(methods) for methods in spec["paths"].values())
    assert n == 13
    assert html.count("<tr><td><code>") == n
    assert "<code>GET</code></td><td><code>/api/groups/{group_id}</code>" in html
    assert "<code>POST</code></td><td><code>/api/ingest</code>" in html


def test_api_docs_need_no_cdn(bare: TestClient) -> None:
    import re

    page = bare.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r'(?:href|src)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/") for a in assets)
    assert all(bare.get(a).status_code == 200 for a in assets)


def test_api_writes_whole_figure_values_as_integers_and_keeps_decimals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The store keeps figure values as floats; the API wrote 41.0 where the page said 41 (the
    command line's JSON writes 41). Whole values are integers, decimals stay as they are."""
    client = TestClient(create_app(f"sqlite:///{tmp_path / 'w.db'}", allow_ingest=True))
    pages = ("Hoogwater in Dorrelo\nDORRELO - Volgens het waterschap steeg de beek 2,25 meter. "
             "De burgemeester zegt dat 41 gezinnen hun huis uit moesten.\n",
             "Evacuatie in Dorrelo\nDORRELO - De brandweer meldt dat 57 gezinnen hun huis uit moesten.\n")
    for text in pages:
        assert client.post("/api/ingest", json={"text": text, "fetched_at": "2026-02-03T09:00:00+01:00"}).json()["stored"]
    raw = client.get("/api/figures").text
    assert sorted(re.findall(r'"span":"([^"]+)"[^}]*?"low":([^,]+),"high":([^,]+),', raw)) == [
        ("2,25 meter", "2.25", "2.25"), ("41", "41", "41"), ("57", "57", "57")
    ]
    group = client.get("/api/groups", params={"conflicts": "true"}).text
    assert '"value_a":[41,41]' in group and '"value_b":[57,57]' in group and ".0," not in group
    article = client.get("/api/articles/1").text
    assert '"low":41,"high":41,' in article and '"low":2.25,"high":2.25,' in article
