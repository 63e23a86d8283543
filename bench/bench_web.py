"""Benchmark the web pages on a large store (not a timed test).

Builds (or reuses) an SQLite store of ``--docs`` documents made from the invented
demo page of :mod:`claimtrack.web.demo`: ``--group`` figures (two per document)
count missing people in one place within a few days, so they form one figure
group with a disagreement; every other document is about its own invented place.
Then it serves the app with uvicorn and times page loads over HTTP (server-side
rendering plus transfer) and, when Chromium is there, full page loads in headless
Chromium (navigation start to the end of the load event: CSS, Chart.js and the
drawn chart included). The store-wide figure grouping, done once per store state
by :mod:`claimtrack.web.groupcache`, is timed apart.

Goals (issue 5): an article page under 300 ms; a group of 500 figures on a store of
10,000 documents under 1 s.

    python bench/bench_web.py                     # 10,000 documents, a group of 500 figures
    python bench/bench_web.py --docs 2000 --group 200 --repeat 5
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

SYLLABLES = ("ka", "mo", "re", "lu", "vi", "sa", "do", "ne", "pi", "tor", "gal", "ben")


def place_name(i: int) -> str:
    """An invented one-word place name, different for every ``i`` (``Kakaka``, ``Kakamo``, ...)."""
    parts = []
    for _ in range(4):
        parts.append(SYLLABLES[i % len(SYLLABLES)])
        i //= len(SYLLABLES)
    return "".join(reversed(parts)).capitalize()


def build(db: Path, docs: int, group: int) -> tuple[float, int]:
    """Fill the store at ``db``; returns (seconds, documents stored)."""
    from claimtrack.store import connect, store_extraction
    from claimtrack.web.demo import page_a

    engine = connect(f"sqlite:///{db}")
    start = datetime(2026, 1, 10, 8, 0, tzinfo=UTC)
    in_group = group // 2
    t0 = time.perf_counter()
    for i in range(docs):
        if i < in_group:
            x = page_a(
                start + timedelta(minutes=15 * i),
                f"https://outlet{i % 40}.example.nl/velmoor/{i}",
                place="Velmoor",
                mayor=200 + i,
                guard=60 + i % 30,
            )
        else:
            x = page_a(
                start + timedelta(hours=i),
                f"https://outlet{i % 40}.example.nl/{i}",
                place=place_name(i),
                mayor=100 + i % 500,
                guard=10 + i % 50,
            )
        store_extraction(engine, x)
    engine.dispose()
    return time.perf_counter() - t0, docs


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(client: httpx.Client, url: str, repeat: int) -> tuple[float, float, float, int]:
    """(first ms, median ms, max ms, bytes): one cold GET, then ``repeat`` more."""
    t0 = time.perf_counter()
    r = client.get(url)
    first = (time.perf_counter() - t0) * 1000
    r.raise_for_status()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        r.raise_for_status()
    return first, statistics.median(times), max(times), len(r.content)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--group", type=int, default=500, help="figures in the big group (even)")
    ap.add_argument("--db", type=Path, default=None, help="store file (reused when it exists)")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument(
        "--browser", default=os.environ.get("CLAIMTRACK_CHROMIUM", "/usr/bin/chromium"),
        help="Chromium for full page loads (load event, chart drawn); '' to skip",
    )
    args = ap.parse_args()

    import uvicorn

    from claimtrack.store import queries
    from claimtrack.web import create_app

    db = args.db or Path(tempfile.mkdtemp(prefix="claimtrack-bench-")) / "store.db"
    if not db.exists():
        seconds, n = build(db, args.docs, args.group)
        print(f"built {n} documents in {seconds:.1f} s ({n / seconds:.0f} documents/s) at {db}")
    app = create_app(f"sqlite:///{db}")
    engine = app.state.store
    t0 = time.perf_counter()
    index = app.state.group_cache.index()
    print(f"grouped all figures in {time.perf_counter() - t0:.2f} s (once per store state)")
    big = max(index.groups, key=lambda g: sum(len(c.figure_ids) for c in g.claims))
    n_figures = sum(len(c.figure_ids) for c in big.claims)
    print(f"store: {queries.counts(engine)}; big group {big.id}: {n_figures} figures, {len(big.claims)} claims")

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    pages = [
        ("article page", "/documents/1/articles/a0", 300),
        ("teaser page", "/documents/1/articles/a1", 300),
        (f"group page ({n_figures} figures)", f"/groups/{big.id}", 1000),
        ("group JSON", f"/api/groups/{big.id}", 1000),
        ("conflicts page", "/conflicts", None),
        ("search page", "/?q=vermist+velmoor", None),
        ("try-it form", "/try", None),
    ]
    print(f"{'page':32} {'first ms':>9} {'median ms':>10} {'max ms':>9} {'kB':>7}  goal (median)")
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, url, goal in pages:
            first, med, worst, size = timed(client, url, args.repeat)
            verdict = "" if goal is None else (f"< {goal} ms ok" if med < goal else f"< {goal} ms MISSED")
            print(f"{name:32} {first:9.1f} {med:10.1f} {worst:9.1f} {size / 1000:7.1f}  {verdict}")
    if args.browser and Path(args.browser).exists():
        browser_loads(base, [(n, u, g) for n, u, g in pages if g is not None], args.browser, args.repeat)
    server.should_exit = True
    thread.join(timeout=5)


def browser_loads(base: str, pages: list[tuple[str, str, int]], chromium: str, repeat: int) -> None:
    """Full page loads in headless Chromium: navigation start to the end of the load event
    (HTML, CSS, Chart.js and the drawn chart included), median of ``repeat``."""
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    print(f"{'in Chromium':32} {'first ms':>9} {'median ms':>10} {'max ms':>9}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=args, headless=True)
        page = browser.new_page()
        for name, url, goal in pages:
            times = []
            for _ in range(repeat + 1):
                page.goto(base + url, wait_until="load")
                times.append(page.evaluate(
                    "(() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; })()"
                ))
            first, rest = times[0], times[1:]
            med = statistics.median(rest)
            verdict = f"< {goal} ms ok" if med < goal else f"< {goal} ms MISSED"
            print(f"{name:32} {first:9.1f} {med:10.1f} {max(rest):9.1f}  {verdict}")
        browser.close()


if __name__ == "__main__":
    main()
