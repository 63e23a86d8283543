"""Throughput of ``claimtrack.extract`` on one core: pages/s and words/s.

    python bench/bench_extract.py [--pages 1000] [--language nl] [--profile]

Generates the corpus (bench/corpus.py), warms up on 20 pages, then times
``extract`` over all of them in this process. Prints one line of results: wall
time and CPU time of this process (compare trees side by side by CPU time when
the machine is busy; ``PYTHONPATH=<other tree>`` measures another tree's code).
``--language`` gives ``extract`` the pages' language, so that no tree identifies it:
c8925de never did (it took the page's hint), so this is the like-for-like comparison
of the analysis itself.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402

from claimtrack import extract as _extract  # noqa: E402

FETCHED = datetime.fromisoformat("2026-01-14T22:00:00+01:00")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--profile", action="store_true", help="print a cProfile summary instead")
    parser.add_argument("--language", help="the pages' language, given to extract (no identification)")
    args = parser.parse_args()
    pages = corpus(args.pages)
    extract = partial(_extract, language=args.language) if args.language else _extract
    for text in pages[:20]:
        extract(text, fetched_at=FETCHED)
    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("for t in pages: extract(t, fetched_at=FETCHED)", globals(), {"pages": pages, "extract": extract, "FETCHED": FETCHED}, "/tmp/claimtrack.prof")
        pstats.Stats("/tmp/claimtrack.prof").sort_stats("cumulative").print_stats(25)
        return
    words = sum(len(t.split()) for t in pages)
    statements = figures = 0
    start, cpu = time.perf_counter(), time.process_time()
    for text in pages:
        result = extract(text, fetched_at=FETCHED)
        statements += len(result.statements)
        figures += len(result.figures)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    # CPU time too: on a loaded machine wall time drifts, CPU time much less
    print(
        f"extract: {len(pages)} pages, {words} words in {elapsed:.2f} s: "
        f"{len(pages) / elapsed:.0f} pages/s, {words / elapsed:,.0f} words/s "
        f"(CPU {cpu:.2f} s: {len(pages) / cpu:.0f} pages/s) "
        f"({statements} statements, {figures} figures)"
    )


if __name__ == "__main__":
    main()
