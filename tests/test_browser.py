"""The web page in real headless Chromium (Debian's ``chromium``, driven by Playwright).

A uvicorn server runs the app over a fresh store holding the packaged seed-like
sample (ingested through ``POST /api/ingest``) and the hand-extracted demo pages
of :mod:`claimtrack.web.demo` (two outlets that disagree, one hostile page).
Screenshots go to ``docs/screenshots/``.

Needs Chromium at ``$CLAIMTRACK_CHROMIUM`` (default ``/usr/bin/chromium``; ``.ci/browser.sh``
installs it). Without it the tests skip, unless ``CLAIMTRACK_REQUIRE_SERVICES=1``.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CLAIMTRACK_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"
SAMPLE = ROOT / "claimtrack" / "samples" / "wire_nl.txt"

if not Path(CHROMIUM).exists():
    if os.environ.get("CLAIMTRACK_REQUIRE_SERVICES") == "1":
        raise RuntimeError(f"Chromium not found at {CHROMIUM}; run .ci/browser.sh")
    pytest.skip(f"Chromium not found at {CHROMIUM} (run .ci/browser.sh)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, browser) -> Iterator[dict]:  # type: ignore[no-untyped-def]
    # Depends on ``browser`` so that it ends first: the app's forked extraction
    # workers must be gone before Playwright waits for its driver's pipes to close.
    import uvicorn

    from claimtrack.store import store_extraction
    from claimtrack.web import create_app
    from claimtrack.web.demo import page_a, page_b, page_hostile

    db = tmp_path_factory.mktemp("browser") / "store.db"
    app = create_app(f"sqlite:///{db}", allow_ingest=True)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    r = httpx.post(
        f"{base}/api/ingest",
        json={"text": SAMPLE.read_text("utf-8"), "fetched_at": "2026-01-14T22:00:00+00:00",
              "url": "https://nieuws.example.nl/sample"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    ids = {"sample": r.json()["document_id"]}
    for name, x in (("a", page_a()), ("b", page_b()), ("hostile", page_hostile())):
        ids[name] = store_extraction(app.state.store, x).document_id
    yield {"base": base, "ids": ids}
    srv.should_exit = True
    thread.join(timeout=5)
    app.state.extract_pool.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    yield pg
    context.close()


def test_sample_article_has_its_spans_marked(server: dict, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server['base']}/documents/{server['ids']['sample']}/articles/a0")
    text = page.locator("#article-text")
    for kind in ("dateline", "source", "cue", "content", "figure"):
        assert text.locator(f".m-{kind}").count() >= 1, kind
    stored = httpx.get(f"{server['base']}/api/documents/{server['ids']['sample']}").json()["extraction"]
    d = stored["articles"][0]["dateline"]
    assert text.locator(".m-dateline").first.text_content() == stored["text"][d["start"] : d["end"]]
    assert text.locator(".m-figure").count() == sum(f["article"] == "a0" for f in stored["figures"])
    assert page.locator("#agencies").inner_text() == "ANP, RTR"
    # the teaser list links to the three teasers, each with its resolved time
    links = page.locator("#teasers a")
    assert links.count() == 3
    assert "12 minuten geleden \u2192 2026-01-14 21:48 +00:00" in page.locator("#teasers").inner_text()
    links.first.click()
    page.wait_for_url("**/articles/a1")
    assert page.locator("#dateline").inner_text() == "SOLBERG"
    assert page.locator("#published").inner_text().startswith("2026-01-14 21:48 +00:00")
    assert not page.errors


def test_demo_article_hover_values(server: dict, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server['base']}/documents/{server['ids']['a']}/articles/a0")
    fig = page.locator('#article-text .m-figure[data-mark="f0"]')
    assert fig.inner_text() == "240"
    assert fig.get_attribute("title") == "240 \u2013 missing mensen vermist \u2013 source: Mirte Hollander"
    src = page.locator('#article-text .m-source[data-mark="s0"]')
    assert src.get_attribute("title") == "source: Mirte Hollander (PER) (s0)"
    time_mark = page.locator('#article-text .m-time[data-mark="s1"]')
    assert time_mark.get_attribute("title") == "eerder dinsdag \u2192 unresolved: anchor unknown"
    SHOTS.mkdir(parents=True, exist_ok=True)
    fig.hover()
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)


def test_group_chart_has_one_series_per_source(server: dict, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server['base']}/conflicts")
    page.locator("#group-list tr", has_text="Velmoor").locator("a.group-link").click()
    page.wait_for_url("**/groups/*")
    page.wait_for_load_state("load")  # (wait_for_function would need eval, which the page's CSP forbids)
    assert page.evaluate("typeof window.claimtrackChart") == "object"
    labels = page.evaluate("window.claimtrackChart.data.datasets.map(d => d.label)")
    assert sorted(labels) == ["Mirte Hollander", "kustwacht"]
    points = page.evaluate(
        "window.claimtrackChart.data.datasets.map(d => [d.label, d.data.map(p => p.y)])"
    )
    assert dict(points) == {"kustwacht": [95, 130], "Mirte Hollander": [240]}
    # the canvas really drew something
    drawn = page.evaluate(
        """() => { const c = document.getElementById('group-chart');
                   const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }"""
    )
    assert drawn > 1000
    assert page.locator("#group-table tr.disagrees").count() == 2
    assert page.locator("#disagreement").inner_text() == (
        "kustwacht says 130 (2026-01-14 08:30 +00:00, fetched), Mirte Hollander says 240 (2026-01-13 21:00 +00:00, fetched)"
    )
    assert not page.errors
    page.screenshot(path=str(SHOTS / "group.png"), full_page=True)


def test_clicking_a_conflict_opens_both_articles(server: dict, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server['base']}/conflicts")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "conflicts.png"), full_page=True)
    page.locator("#group-list tr", has_text="Velmoor").locator("a.group-link").click()
    page.wait_for_selector("#group-table")
    rows = page.locator("#group-table tr.disagrees")
    headlines = set()
    for i in range(rows.count()):
        rows.nth(i).locator("a.article-link").first.click()
        page.wait_for_selector("#article-text")
        headlines.add(page.locator("h1").inner_text())
        page.go_back()
        page.wait_for_selector("#group-table")
    assert headlines == {
        "Burgemeester: 240 mensen vermist na overstroming in Velmoor",
        "Kustwacht telt 130 vermisten in Velmoor",
    }


def test_hostile_page_renders_inert(server: dict, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server['base']}/documents/{server['ids']['hostile']}/articles/a0")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('#article-text script, #article-text img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    text = page.locator("#article-text").inner_text()
    assert 'Test <script>alert("xss")</script> kop' in text
    assert '<img src=x onerror="alert(1)">' in text
    assert page.locator("h1").inner_text() == 'Test <script>alert("xss")</script> kop'


def test_try_it_renders_pasted_markup_inert(server: dict, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server['base']}/try")
    hostile = 'DELFT (ANP) - Kees zegt dat <img src=x onerror="alert(2)"> 7 mensen <script>alert(3)</script> gewond zijn.'
    page.fill("#text", hostile)
    page.fill("input[name=fetched_at]", "2026-01-14T22:00:00+01:00")
    page.click("button[type=submit]")
    page.wait_for_selector("#doc-text")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('#doc-text script, #doc-text img').length") == 0
    assert page.locator("#doc-text").inner_text() == hostile


def test_try_it_sample_screenshot(server: dict, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server['base']}/try")
    page.fill("#text", SAMPLE.read_text("utf-8"))
    page.fill("input[name=fetched_at]", "2026-01-14T22:00:00+00:00")
    page.click("button[type=submit]")
    page.wait_for_selector("#doc-text")
    assert page.locator("#doc-text .m-dateline").count() == 4
    assert page.locator("#doc-text .m-figure").count() >= 1
    page.screenshot(path=str(SHOTS / "try.png"), full_page=True)
