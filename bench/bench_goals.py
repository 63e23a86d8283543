"""Speed goals that used to be timed tests, and the hostile shapes the fuzz run found,
measured side by side (tests check behaviour; speed lives here).

    python3 bench/bench_goals.py                       # this tree
    python3 bench/bench_goals.py --against /work/old-c8925de   # and another tree, same run

Each row: the goal, the best of ``--repeat`` CPU times (``time.process_time``; the web
row is wall time, it waits on a deadline). A process is warmed up first
(:func:`claimtrack.isolate.warm_up` where the tree has it). Rows a tree cannot run say why.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def _refused(fn) -> None:  # type: ignore[no-untyped-def]
    from claimtrack.errors import InputTooLarge

    try:
        fn()
    except InputTooLarge:
        return
    raise AssertionError("not refused")


def _web_504() -> float:
    """Wall seconds until a request over its 0.2 s limit is answered (handler sleeps 2 s)."""
    import asyncio

    from fastapi.testclient import TestClient

    from claimtrack.web import create_app

    app = create_app(None, request_timeout=0.2)

    @app.get("/slow")
    async def slow() -> dict:
        await asyncio.sleep(2)
        return {}

    client = TestClient(app)
    start = time.perf_counter()
    assert client.get("/slow").status_code == 504
    return time.perf_counter() - start


# The shapes the long fuzz run found slow (each scaled to a few kB), goal 50 CPU ms per kB.
SHAPES = {
    "unclosed bracket of digits": lambda: "De kosten (" + "5.," * 30 + "5 miljoen stijgen. " * 40,
    "XML declarations before the root": lambda: ('<?xml version="1.0"?>' * 150 + "<rss>").encode(),
    "unclosed <div><py> x 260": lambda: "<html><body><p>Het veer vaart.</p>" + "<div><py>x " * 260 + "</body></html>",
    "figure + weekday, no stop": lambda: "240 mensen dinsdag " * 100,
}


def measure(repeat: int) -> dict[str, float | str]:
    try:
        from claimtrack.isolate import warm_up

        warm_up()
    except ImportError:
        pass
    import claimtrack
    from claimtrack.read import read

    rows: dict[str, float | str] = {}
    data = (ROOT / "tests" / "data" / "read" / "article.html").read_bytes()
    read(data)
    rows["read(article.html), s per page"] = _best(lambda: read(data), repeat)
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "groot.txt"
        with open(big, "wb") as fh:
            fh.truncate(50_000_000)
        rows["read(50 MB file) refused, s"] = _best(lambda: _refused(lambda: read(big)), repeat)
    text = "Zeestad opent een opvang. " * 2_000_000
    rows["read(50 MB str) refused, s"] = _best(lambda: _refused(lambda: read(text)), repeat)
    rows["web 504 at 0.2 s limit, wall s"] = min(_web_504() for _ in range(repeat))
    for name, make in SHAPES.items():
        source = make()
        size = len(source if isinstance(source, bytes) else source.encode())

        def run(source=source) -> None:  # type: ignore[no-untyped-def]
            try:
                if isinstance(source, bytes) and source.startswith(b"<?xml"):
                    from claimtrack.read.wire import wire_kind

                    wire_kind(source)
                else:
                    claimtrack.extract(source, language="nl")
            except Exception:  # noqa: BLE001 - an error answer is fine here; its time counts
                pass

        rows[f"{name} ({size:,} B), ms per kB"] = round(_best(run, repeat) * 1e6 / max(size, 1000), 1)
    return rows


GOALS = {
    "read(article.html), s per page": 0.05,
    "read(50 MB file) refused, s": 0.1,
    "read(50 MB str) refused, s": 0.5,
    "web 504 at 0.2 s limit, wall s": 1.5,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--against", default=None, help="another checkout to measure in the same run")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # one tree's rows, for --against
    args = ap.parse_args()
    if args.json:
        print(json.dumps(measure(args.repeat)))
        return
    trees = [str(ROOT)] + ([args.against] if args.against else [])
    columns = []
    for tree in trees:
        env = dict(os.environ, PYTHONPATH=tree)
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--json", "--repeat", str(args.repeat)],
            env=env, cwd=tree, capture_output=True, text=True, timeout=3600,
        )
        columns.append(json.loads(out.stdout.splitlines()[-1]) if out.returncode == 0 else {"error": out.stderr[-300:]})
    names = list(dict.fromkeys(k for c in columns for k in c))
    print("| measure | goal | " + " | ".join(trees) + " |")
    print("|---|---|" + "---|" * len(trees))
    for name in names:
        goal = GOALS.get(name, 50.0 if "per kB" in name else "")
        cells = [f"{c[name]:.4g}" if isinstance(c.get(name), float) else str(c.get(name, "-")) for c in columns]
        print(f"| {name} | {goal} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
