"""Ingest throughput: documents per second into SQLite and PostgreSQL, with 1 and 2 workers.

    python bench/bench_ingest.py [--pages 300] [--pg postgresql://postgres@127.0.0.1:55432/claimtrack_test]

Generates ``--pages`` invented Dutch page dumps (tests/store_fixtures.py; by
default about the seed page's size, a main article and 24 teasers), then for
each backend and worker count ingests them into a fresh store and prints the
wall-clock documents/s of :func:`claimtrack.ingest.ingest` (connect and migrate
included, interpreter start excluded). Without ``--pg`` (or
``CLAIMTRACK_TEST_PG_URL``), PostgreSQL is left out. A fresh PostgreSQL database
is created for each run on the given server and dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from store_fixtures import write_pages

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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        paths = write_pages(folder, args.pages, teasers=args.teasers)
        size = sum(p.stat().st_size for p in paths) / len(paths)
        print(f"{args.pages} pages of {size:.0f} bytes on average, {os.cpu_count()} CPUs")
        print(f"{'backend':<12}{'workers':>8}{'docs/s':>10}{'seconds':>10}")
        for backend in ("sqlite", "postgresql") if args.pg else ("sqlite",):
            for workers in args.workers:
                if backend == "sqlite":
                    url, drop = f"sqlite:///{tmp}/bench_{workers}.db", (lambda: None)
                else:
                    url, drop = _pg_database(args.pg)
                try:
                    start = time.perf_counter()
                    counts = ingest([str(folder)], url, workers=workers, fetched_at=FETCHED)
                    seconds = time.perf_counter() - start
                finally:
                    drop()
                assert counts.documents == args.pages, counts
                print(f"{backend:<12}{workers:>8}{args.pages / seconds:>10.1f}{seconds:>10.2f}")


if __name__ == "__main__":
    main()
