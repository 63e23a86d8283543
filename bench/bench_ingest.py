"""Ingest throughput: documents per second into SQLite and PostgreSQL, with 1 and 2 workers.

    python bench/bench_ingest.py [--pages 300] [--pg postgresql://postgres@127.0.0.1:55432/claimtrack_test] [--fresh]

Generates ``--pages`` invented Dutch page dumps (tests/store_fixtures.py; by
default about the seed page's size, a main article and 24 teasers), then for
each backend and worker count ingests them into a fresh store and prints the
wall-clock documents/s of :func:`claimtrack.ingest.ingest` (connect and migrate
included, interpreter start excluded). Without ``--pg`` (or
``CLAIMTRACK_TEST_PG_URL``), PostgreSQL is left out. A fresh PostgreSQL database
is created for each run on the given server and dropped afterwards.

Beside the wall time it prints the CPU time per document of this (the main) process,
which reads the inputs and writes the store, and of the worker processes, which
extract: on 2 cores, ``--workers 2`` can reach at most about 2e/(e+s) times one worker
for worker CPU e and main CPU s per document. Runs follow each other in one process, so
later runs find its one-time costs paid (the warm-up the workers are forked from, the
gazetteer); ``--fresh`` runs each in a new process instead, as a user's command does, and
``--warm`` pays them in an untimed ingest of four pages first, so that no timed run does.
``groups s`` is the part of the main process's CPU spent at the end, building the figure groups
of the events the run touched (serial: the workers have finished by then), so the main
process's share per document while the workers run is ``main ms/doc`` minus that (``stream ms/doc``).
The last two columns count context switches per document (voluntary + involuntary) of the
main process and of the workers: a worker preempted (involuntary) loses its caches.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from store_fixtures import write_pages

import claimtrack.ingest
from claimtrack.ingest import ingest

FETCHED = datetime(2026, 5, 11, 8, 0, tzinfo=timezone.utc)


def _pg_database(admin_url: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from claimtrack.store.db import normalise_url

    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    url = make_url(normalise_url(admin_url)).set(database=name).render_as_string(hide_password=False)
    return url, drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--teasers", type=int, default=22, help="extra teasers per page (22: seed-sized pages)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--pg", default=os.environ.get("CLAIMTRACK_TEST_PG_URL"))
    parser.add_argument("--fresh", action="store_true", help="each run in a new process (its one-time costs included)")
    parser.add_argument("--warm", action="store_true", help="an untimed ingest of a few pages first: no run pays this process's one-time costs")
    parser.add_argument("--one", nargs=3, metavar=("FOLDER", "URL", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:  # one run of --fresh, in this new process
        print(*_run(args.one[0], args.one[1], int(args.one[2])))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        paths = write_pages(folder, args.pages, teasers=args.teasers)
        size = sum(p.stat().st_size for p in paths) / len(paths)
        print(f"{args.pages} pages of {size:.0f} bytes on average, {os.cpu_count()} CPUs")
        if args.warm and not args.fresh:
            write_pages(Path(tmp) / "warm", 4, start=args.pages, teasers=args.teasers)
            _run(str(Path(tmp) / "warm"), f"sqlite:///{tmp}/warm.db", 1)
        print(f"{'backend':<12}{'workers':>8}{'docs/s':>10}{'seconds':>10}{'main ms/doc':>13}{'groups s':>10}{'stream ms/doc':>15}{'worker ms/doc':>15}"
              f"{'main csw/doc':>14}{'worker csw/doc':>16}")
        for backend in ("sqlite", "postgresql") if args.pg else ("sqlite",):
            for workers in args.workers:
                if backend == "sqlite":
                    url, drop = f"sqlite:///{tmp}/bench_{workers}.db", (lambda: None)
                else:
                    url, drop = _pg_database(args.pg)
                try:
                    if args.fresh:
                        cmd = [sys.executable, __file__, "--one", str(folder), url, str(workers)]
                        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()
                        documents, seconds, main_cpu, worker_cpu, groups, *switches = int(out[0]), *map(float, out[1:])
                    else:
                        documents, seconds, main_cpu, worker_cpu, groups, *switches = _run(str(folder), url, workers)
                finally:
                    drop()
                assert documents == args.pages, documents
                n = args.pages
                print(f"{backend:<12}{workers:>8}{n / seconds:>10.1f}{seconds:>10.2f}"
                      f"{main_cpu / n * 1000:>13.1f}{groups:>10.2f}{(main_cpu - groups) / n * 1000:>15.2f}{worker_cpu / n * 1000:>15.1f}"
                      f"{_per(switches[0], switches[1], n):>14}{_per(switches[2], switches[3], n):>16}")


def _per(voluntary: float, involuntary: float, n: int) -> str:
    return f"{voluntary / n:.1f}+{involuntary / n:.1f}"


def _run(folder: str, url: str, workers: int) -> tuple[int, float, float, float, float, int, int, int, int]:
    """One ingest: documents stored, wall seconds, CPU seconds of this process and of its workers, CPU
    seconds of this process in the final figure groups, then the voluntary and involuntary context
    switches of this process and of its workers."""
    groups = [0.0]
    regroup = claimtrack.ingest.regroup_pending

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        cpu = time.process_time()
        try:
            return regroup(*args, **kwargs)
        finally:
            groups[0] += time.process_time() - cpu

    claimtrack.ingest.regroup_pending = timed
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    start, cpu = time.perf_counter(), time.process_time()
    try:
        counts = ingest([folder], url, workers=workers, fetched_at=FETCHED)
    finally:
        claimtrack.ingest.regroup_pending = regroup
    seconds, main_cpu = time.perf_counter() - start, time.process_time() - cpu
    mine = resource.getrusage(resource.RUSAGE_SELF)
    done = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers have ended and been waited for
    worker_cpu = done.ru_utime + done.ru_stime - kids.ru_utime - kids.ru_stime
    return (
        counts.documents, seconds, main_cpu, worker_cpu, groups[0], mine.ru_nvcsw - own.ru_nvcsw, mine.ru_nivcsw - own.ru_nivcsw,
        done.ru_nvcsw - kids.ru_nvcsw, done.ru_nivcsw - kids.ru_nivcsw,
    )


if __name__ == "__main__":
    main()
