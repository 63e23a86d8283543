"""CPU time of ``find_figures`` alone over the bench pages, to compare trees.

    PYTHONPATH=<tree> python bench/bench_figures.py [--pages 300] [--repeat 3] [--long KB]

Runs ``extract`` over bench/corpus.py's pages once, keeping the arguments of every
``find_figures`` call the pipeline makes, then replays those calls ``--repeat`` times and
prints the best CPU time (``time.process_time``). The time expressions are already found
by then (the document layer keeps them), so this is the figure stage's own work: the
quantities, what they count, places, clauses and claimants. With ``--long KB`` it replays
the calls of bench_long.py's article of that size instead. Run two trees one after the
other, twice, on a busy machine. With ``--repeats`` it also counts the sentences that repeat
an earlier sentence of the same document: the generated pages repeat far more than real news
(4,393 of 8,913 on the 300 pages; 4 of 1,031 on ../shared/realpages), so a memo within a
document would flatter this bench and not real pages.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_long import article  # noqa: E402
from corpus import corpus  # noqa: E402

import claimtrack.pipeline as pipeline  # noqa: E402

FETCHED = datetime.fromisoformat("2026-01-14T22:00:00+01:00")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--long", type=int, metavar="KB", help="bench_long's article of KB kB instead")
    parser.add_argument("--repeats", action="store_true", help="count sentences repeated within a document")
    args = parser.parse_args()
    texts = [article(args.long)] if args.long else corpus(args.pages)
    calls: list[tuple[tuple, dict]] = []
    find = pipeline.find_figures

    def kept(*a, **k):
        calls.append((a, k))
        return find(*a, **k)

    pipeline.find_figures = kept
    doc_of: list[int] = []  # the document of each call
    for n, text in enumerate(texts):
        before = len(calls)
        pipeline.extract(text, fetched_at=FETCHED)
        doc_of.extend([n] * (len(calls) - before))
    pipeline.find_figures = find
    if args.repeats:
        print(_repeats(calls, doc_of))
    times, found = [], 0
    for _ in range(args.repeat):
        t0 = time.process_time()
        found = sum(len(find(*a, **k)) for a, k in calls)
        times.append(time.process_time() - t0)
    what = f"{args.long} kB article" if args.long else f"{len(texts)} pages"
    print(
        f"find_figures, {what}: {len(calls)} calls, {found} figures, CPU best {min(times):.3f} s"
        f" ({' '.join(f'{t:.3f}' for t in times)})"
    )


def _repeats(calls: list[tuple[tuple, dict]], doc_of: list[int]) -> str:
    """How many of the sentences the calls read repeat an earlier one of the same document."""
    seen: set[tuple[int, str]] = set()
    total = again = 0
    for (a, _), doc in zip(calls, doc_of):
        text, sentences = a[0], a[2]  # find_figures(text, article, sentences, ...)
        for s in sentences:
            key = (doc, text[s.start : s.end])
            total += 1
            again += key in seen
            seen.add(key)
    return f"sentences read: {total}, repeating an earlier sentence of the same document: {again}"


if __name__ == "__main__":
    main()
