"""CPU time of each stage of ``claimtrack.extract`` over the bench pages, to compare trees.

    PYTHONPATH=<tree> python bench/bench_stages.py [--pages 300]

Wraps the stage functions where the pipeline calls them (the document layer's
segment, sentences, tokens and mentions; identify, statements, figures, entities;
the time expressions of a sentence) and sums ``time.process_time`` per stage while
``extract`` runs over bench/corpus.py's pages (after 20 pages of warm-up). CPU time,
not wall time: run two trees one after the other, twice, on a busy machine. A tree
without the document layer (``claimtrack/layer.py``) is measured where its pipeline
calls the same stages, so the numbers line up.

With ``--ceiling`` it also splits the per-sentence work of the two analysers (the
construction units of a sentence with a trigger word; a sentence's figures) by whether
the sentence yields anything: the CPU spent on sentences that yield nothing is the most
that a sharper per-sentence gate could save.
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
import claimtrack.timeref as timeref  # noqa: E402

FETCHED = datetime.fromisoformat("2026-01-14T22:00:00+01:00")
TIMES = "time expressions (statements+figures)"
MINE = ["identify", "segment", "article_sentences", "article_tokens", "article_mentions", "find_entities", TIMES]


def _wrap(owner: object, name: str, key: str, spent: dict[str, float]) -> None:
    """Replace ``owner.name`` by a function that adds its CPU time to ``spent[key]``."""
    f = getattr(owner, name)
    clock = time.process_time

    def timed(*args, **kwargs):
        t = clock()
        try:
            return f(*args, **kwargs)
        finally:
            spent[key] = spent.get(key, 0.0) + clock() - t

    setattr(owner, name, timed)


def _instrument(spent: dict[str, float]) -> None:
    try:
        import claimtrack.layer as layer

        stages: object = layer
        _wrap(timeref.SentenceTimes, "__call__", TIMES, spent)
    except ImportError:  # before the document layer: the pipeline calls the stages itself
        import claimtrack.figures as figures

        stages = pipeline
        _wrap(timeref, "find_time_expressions", TIMES, spent)  # attribution calls it so
        _wrap(figures, "find_time_expressions", TIMES, spent)
    for name in ("segment", "article_sentences", "article_tokens", "article_mentions"):
        _wrap(stages, name, name, spent)
    for name in ("identify", "find_statements", "find_figures", "find_entities", "read"):
        _wrap(pipeline, name, name, spent)


def _split_by_yield(owner: object, name: str, key: str, spent: dict[str, float], counts: dict[str, int]) -> None:
    """Replace ``owner.name`` (a per-sentence step returning a list) by one that adds its CPU
    time and a count under ``key + ": yields"`` or ``key + ": yields nothing"``."""
    f = getattr(owner, name)
    clock = time.process_time

    def timed(*args, **kwargs):
        t = clock()
        out = f(*args, **kwargs)
        k = f"{key}: {'yields' if out else 'yields nothing'}"
        spent[k] = spent.get(k, 0.0) + clock() - t
        counts[k] = counts.get(k, 0) + 1
        return out

    setattr(owner, name, timed)


def _instrument_sentences(spent: dict[str, float], counts: dict[str, int]) -> list[str]:
    """Wrap the per-sentence steps of attribution and figures (trees that have them)."""
    import claimtrack.attribution as attribution
    import claimtrack.figures as figures

    steps = [(attribution, "read_sentence", "units of a sentence"), (figures, "_sentence_figures", "figures of a sentence")]
    keys = []
    for owner, name, key in steps:
        if hasattr(owner, name):
            _split_by_yield(owner, name, key, spent, counts)
            keys += [f"{key}: yields", f"{key}: yields nothing"]
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--ceiling", action="store_true", help="split per-sentence work by what it yields")
    args = parser.parse_args()
    pages = corpus(args.pages)
    spent: dict[str, float] = {}
    counts: dict[str, int] = {}
    _instrument(spent)
    ceiling = _instrument_sentences(spent, counts) if args.ceiling else []
    for text in pages[:20]:
        pipeline.extract(text, fetched_at=FETCHED)
    spent.clear()
    counts.clear()
    t0 = time.process_time()
    for text in pages:
        pipeline.extract(text, fetched_at=FETCHED)
    total = time.process_time() - t0
    for key in MINE + ["find_statements", "find_figures", "read"]:
        print(f"{key:40s} {spent.get(key, 0.0):6.3f} s")
    print(f"{'the shared stages (first seven)':40s} {sum(spent.get(k, 0.0) for k in MINE):6.3f} s")
    for key in ceiling:
        print(f"{key:40s} {spent.get(key, 0.0):6.3f} s  ({counts.get(key, 0)} sentences)")
    print(f"{'extract, all':40s} {total:6.3f} s  ({len(pages) / total:.0f} pages/s CPU)")


if __name__ == "__main__":
    main()
