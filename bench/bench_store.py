"""CPU time of ingest's writer alone: what the main process pays per document while the workers run.

    PYTHONPATH=<tree> python bench/bench_store.py [--pages 400] [--repeat 3]

Extracts ``--pages`` invented page dumps (tests/store_fixtures.py, the pages of
bench_ingest.py) once in this process, each result pickled as a worker sends it, then
stores them ``--repeat`` times into a fresh SQLite store as :func:`claimtrack.ingest.run`
does: unpickle, :func:`~claimtrack.store.write.store_many` a batch of ``COMMIT_EVERY``,
and the figure groups at the end (:func:`~claimtrack.store.groups.regroup_pending`).
Prints the least CPU time (``time.process_time``) per document of the stream (unpickle
and store) and of the final groups. No worker runs beside it, so the figure moves less
with the load of a shared machine than bench_ingest's docs/s: run two trees one after
the other, twice. On 2 idle cores, with worker CPU e and stream CPU s per document and
final groups g, ``--workers 2`` reaches about (N*e + g) / (N*(e+s)/2 + g) times one worker.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from datetime import datetime, timezone
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from store_fixtures import write_pages  # noqa: E402

from claimtrack.ingest import COMMIT_EVERY, _work, iter_inputs  # noqa: E402
from claimtrack.store import connect  # noqa: E402
from claimtrack.store.groups import regroup_pending  # noqa: E402
from claimtrack.store.rows import DocRows  # noqa: E402
from claimtrack.store.write import HeldFigures, store_many  # noqa: E402

FETCHED = datetime(2026, 5, 11, 8, 0, tzinfo=timezone.utc)


def _store(sent: list[bytes], url: str) -> tuple[float, float]:
    """CPU seconds of the stream (unpickle, store in batches) and of the final groups."""
    engine = connect(url)
    held, countries, batch = HeldFigures(), {}, []
    start = time.process_time()
    for i, data in enumerate(sent, 1):
        batch.append(pickle.loads(data))
        if len(batch) >= COMMIT_EVERY or i == len(sent):
            store_many(engine, batch, [r.name for r in batch], regroup=False, held=held)
            for r in batch:
                countries.update(r.countries)
            batch = []
    stream = time.process_time() - start
    regroup_pending(engine, countries, held)
    groups = time.process_time() - start - stream
    engine.dispose()
    return stream, groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--teasers", type=int, default=22)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        write_pages(Path(tmp) / "pages", args.pages, teasers=args.teasers)
        results = [_work(d, None, "sqlite") for d in iter_inputs([str(Path(tmp) / "pages")], fetched_at=FETCHED)]
        sent = [bytes(ForkingPickler.dumps(r)) for r in results if isinstance(r, DocRows)]
        assert len(sent) == args.pages, len(sent)
        runs = [_store(sent, f"sqlite:///{tmp}/store{k}.db") for k in range(args.repeat)]
    n = len(sent)
    print(f"{n} pages, {sum(map(len, sent)) / n / 1000:.0f} kB pickled each; least of {args.repeat} runs:")
    print(f"stream {min(s for s, _ in runs) / n * 1000:.3f} ms/doc   final groups {min(g for _, g in runs):.3f} s")


if __name__ == "__main__":
    main()
