"""Seconds per kB of ``claimtrack.extract`` on one long article: flat when time is linear.

    python bench/bench_long.py [--sizes 100,1000,3000] [--shape article|repeat] [--profile KB]

Builds one article (a headline, a wire dateline, then body paragraphs from
bench/corpus.py's generator, seeded) of each size in kB, runs ``extract`` on it once
in this process and prints size, seconds, seconds per kB and figures/statements found.
``--shape repeat`` builds the article from one attributed sentence with a figure,
repeated on one line (the same names, cue and number thousands of times: where a scan
over all earlier mentions or statements would show); ``--shape teasers`` joins bench
pages into one page of thousands of teasers (where work per article over the whole
text would show).
With ``--profile KB`` it profiles that one size instead and prints the functions with
the most own time: what is left that grows faster than the text. With ``--stages`` it
prints each size's CPU time per stage (as bench/bench_stages.py splits it) in ms per kB,
beside the same split over the bench pages: a stage slower per kB on the long article
than on ordinary pages grows faster than the text.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import page  # noqa: E402

from claimtrack import extract  # noqa: E402

FETCHED = datetime.fromisoformat("2026-01-14T22:00:00+01:00")


def article(kb: int, seed: int = 11) -> str:
    """One article of about ``kb`` kB: headline, dateline, then paragraphs."""
    rng = random.Random(seed)
    parts = ["Lange reportage over de gevechten in de regio", "SOLBERG (ANP) - Het begon in de nacht."]
    size = sum(len(p) + 2 for p in parts)
    while size < kb * 1000:
        para = page(rng).split("\n")[1].split(" - ", 1)[1]  # a generated body paragraph
        parts.append(para)
        size += len(para) + 2
    return "\n\n".join(parts)


# one sentence with a source, a cue and a figure (invented), for --shape repeat
_REPEATED = "Volgens de brandweer van Oosterlo zijn er 14 mensen gewond geraakt."


def repeated(kb: int) -> str:
    """One line of about ``kb`` kB: the same attributed sentence over and over."""
    return "Brand in Oosterlo\n\n" + " ".join([_REPEATED] * (kb * 1000 // (len(_REPEATED) + 1) + 1))


def teasers(kb: int) -> str:
    """One page of about ``kb`` kB: bench pages (each a main article and teasers) one after the other."""
    from corpus import corpus

    parts, size, n = [], 0, max(40, kb * 2)
    while size < kb * 1000:
        parts = corpus(n)  # deterministic; more pages until the size is reached
        size = sum(len(p) + 1 for p in parts)
        n *= 2
    out, size = [], 0
    for p in parts:
        if size >= kb * 1000:
            break
        out.append(p)
        size += len(p) + 1
    return "\n".join(out)


_SHAPES = {"article": article, "repeat": repeated, "teasers": teasers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,3000", help="comma-separated sizes in kB")
    parser.add_argument("--shape", choices=tuple(_SHAPES), default="article")
    parser.add_argument("--profile", type=int, metavar="KB", help="profile one size instead")
    parser.add_argument("--stages", action="store_true", help="CPU per stage in ms/kB, beside the bench pages'")
    args = parser.parse_args()
    build = _SHAPES[args.shape]
    if args.stages:
        _stages(args.sizes, build)
        return
    extract(article(5), fetched_at=FETCHED)  # warm-up: language data, compiled patterns
    if args.profile:
        text = build(args.profile)
        prof = cProfile.Profile()
        prof.runcall(extract, text, fetched_at=FETCHED)
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)
        return
    for kb in (int(x) for x in args.sizes.split(",")):
        text = build(kb)
        t0, c0 = time.perf_counter(), time.process_time()
        out = extract(text, fetched_at=FETCHED)
        sec, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"{len(text) / 1000:8.0f} kB  {sec:8.2f} s  {sec / (len(text) / 1000) * 1000:7.2f} ms/kB"
            f"  (CPU {cpu:.2f} s, {cpu / (len(text) / 1000) * 1000:.2f} ms/kB)"
            f"  figures {len(out.figures)}  statements {len(out.statements)}",
            flush=True,
        )


def _stages(sizes: str, build) -> None:
    """CPU ms/kB per stage: the bench pages (300), then each long article."""
    from bench_stages import MINE, _instrument
    from corpus import corpus

    spent: dict[str, float] = {}
    _instrument(spent)
    keys = MINE + ["find_statements", "find_figures", "read"]
    pages = corpus(300)
    for text in pages[:20]:
        extract(text, fetched_at=FETCHED)
    columns = []
    for name, texts in [("bench pages", pages)] + [(f"{kb} kB", [build(kb)]) for kb in map(int, sizes.split(","))]:
        spent.clear()
        c0 = time.process_time()
        for text in texts:
            extract(text, fetched_at=FETCHED)
        kb = sum(len(t) for t in texts) / 1000
        columns.append((name, {k: spent.get(k, 0.0) / kb * 1000 for k in keys}, (time.process_time() - c0) / kb * 1000))
    print(f"{'CPU ms/kB':40s}" + "".join(f"{name:>14s}" for name, _, _ in columns))
    for k in keys:
        print(f"{k:40s}" + "".join(f"{per[k]:14.3f}" for _, per, _ in columns))
    print(f"{'extract, all':40s}" + "".join(f"{total:14.3f}" for _, _, total in columns))


if __name__ == "__main__":
    main()
