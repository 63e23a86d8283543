"""CPU time of the attribution stage alone: ``find_statements`` on the bench pages.

    python bench/bench_attribution.py [--pages 300] [--repeat 3] [--time-table]

Runs ``extract`` once over the generated corpus (bench/corpus.py) and records every
call the pipeline makes to :func:`claimtrack.attribution.find_statements` (its text,
article, sentences, tokens and mentions); then times those calls alone, best of
``--repeat`` runs, in CPU seconds (``time.process_time``: the machine may be shared).
``--time-table`` answers ``timeref.find_time_expressions`` from a table filled on the
first run: the cost left when time expressions come from a per-sentence table built
once per document (issue 8's document layer) instead of being searched here.
Run it on two trees one after the other (PYTHONPATH=tree) to compare them.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402

import claimtrack.pipeline as pipeline  # noqa: E402
from claimtrack import extract, timeref  # noqa: E402

FETCHED = datetime.fromisoformat("2026-01-14T22:00:00+01:00")


def recorded_calls(pages: list[str]) -> list[tuple[tuple, dict]]:
    """The arguments of every find_statements call extract makes on ``pages``."""
    calls: list[tuple[tuple, dict]] = []
    real = pipeline.find_statements

    def record(*args, **kwargs):
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    pipeline.find_statements = record
    try:
        for text in pages:
            extract(text, fetched_at=FETCHED)
    finally:
        pipeline.find_statements = real
    return calls


def with_time_table() -> None:
    """Answer time-expression searches from a table (filled on first use)."""
    search = timeref.find_time_expressions
    table: dict[tuple[int, int, int], tuple] = {}

    def lookup(text, within, language):
        key = (id(text), within.start, within.end)
        if key not in table:
            table[key] = search(text, within, language)
        return table[key]

    timeref.find_time_expressions = lookup


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--time-table", action="store_true", help="time expressions from a table")
    args = parser.parse_args()
    calls = recorded_calls(corpus(args.pages))
    find = pipeline.find_statements
    if args.time_table:
        with_time_table()
        for a, k in calls:  # fill the table
            find(*a, **k)
    best, statements = float("inf"), 0
    for _ in range(args.repeat):
        start = time.process_time()
        statements = sum(len(find(*a, **k)) for a, k in calls)
        best = min(best, time.process_time() - start)
    print(
        f"find_statements: {args.pages} pages, {len(calls)} articles, {statements} statements: "
        f"{best:.3f} CPU s (best of {args.repeat}{', time table' if args.time_table else ''})"
    )


if __name__ == "__main__":
    main()
