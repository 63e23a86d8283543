"""Backfill on Dask: a WARC of N generated pages, ingested with 1 and with 2 workers.

Usage: ``python3 bench/bench_backfill.py [--pages N] [--gz] [--store] [--load] [--part-size P]``
(default N = 50,000; bench/corpus.py's pages, as ``text/html`` responses, written to the
WARC as they are generated). Reports records/s, the peak memory of each worker (the Dask
worker process and its extraction child, whichever is larger) and the speed-up of 2
workers over 1, with the load average before and after (the machine may be shared).
Each run starts from an empty Parquet folder (and store). Without ``--store`` the runs
write Parquet only: that is the part the workers do; with it the client also loads the
store as parts arrive (its time is reported apart). ``--load`` then times
``claimtrack load`` of the 2-worker Parquet into a new SQLite store (the serial step).
"""

from __future__ import annotations

import gzip
import html
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import corpus  # noqa: E402


def warc_record(kind: str, url: str, date: str, block: bytes, content_type: str) -> bytes:
    """One WARC/1.1 record (``block`` is the HTTP message for a response)."""
    head = (
        f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.UUID(int=hash((kind, url, date)) & (2**128 - 1))}>\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def page_html(text: str) -> bytes:
    title, _, rest = text.partition("\n")
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in rest.split("\n") if p)
    return f"<html><head><title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>{paras}</body></html>".encode()


def write_warc(path: Path, records, *, gz: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Write records; a ``.warc.gz`` gets one gzip member per record, as crawlers write them."""
    with open(path, "wb") as fh:
        for r in records:
            fh.write(gzip.compress(r, compresslevel=1) if gz else r)


def page_records(n: int) -> list[bytes]:
    return list(iter_page_records(n))


def iter_page_records(n: int, chunk: int = 5_000):  # type: ignore[no-untyped-def]
    """The records of :func:`page_records`, made a chunk at a time (50,000 pages need not sit in memory)."""
    for start in range(0, n, chunk):
        for i, text in enumerate(corpus(min(chunk, n - start), seed=7 + start), start):
            url = f"https://krant.example/nieuws/{i}"
            yield warc_record("response", url, f"2026-01-{1 + i % 28:02d}T12:00:00Z",
                              http_response(page_html(text)), "application/http; msgtype=response")


def main() -> None:
    import argparse
    import os
    import time

    from claimtrack.backfill import backfill

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50_000)
    parser.add_argument("--part-size", type=int, default=None, help="default: N/20, between 10 and 500")
    parser.add_argument("--gz", action="store_true")
    parser.add_argument("--store", action="store_true")
    parser.add_argument("--load", action="store_true")
    args = parser.parse_args()
    n = args.pages
    part_size = args.part_size or min(500, max(10, n // 20))  # at least 20 parts to share out
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / ("pages.warc.gz" if args.gz else "pages.warc")
        write_warc(warc, iter_page_records(n), gz=args.gz)
        print(f"N = {n:,} pages, {warc.stat().st_size / 1e6:.1f} MB {warc.name}, parts of {part_size}, "
              f"{os.cpu_count()} CPUs, load average before {os.getloadavg()[0]:.1f}", flush=True)
        rates = {}
        for workers in (1, 2):
            db = f"sqlite:///{tmp}/store{workers}.db" if args.store else None
            done = backfill([str(warc)], db, out=f"{tmp}/parquet{workers}", workers=workers, part_size=part_size)
            rates[workers] = done.records / done.seconds
            peaks = ", ".join(f"{v / 1e6:.0f} MB" for v in done.peak_rss.values())
            print(
                f"{workers} worker(s): {done.counts.documents:,} documents, {done.counts.rejected} rejected in "
                f"{done.seconds:.1f} s = {rates[workers]:.1f} records/s (store load {done.load_seconds:.1f} s of it); "
                f"peak memory per worker: {peaks}; load average {os.getloadavg()[0]:.1f}", flush=True
            )
        print(f"speed-up 2 vs 1 worker: {rates[2] / rates[1]:.2f}x")
        if args.load:
            from claimtrack.backfill.load import load
            from claimtrack.store import connect

            began = time.monotonic()
            c = load(f"{tmp}/parquet2", connect(f"sqlite:///{tmp}/loaded.db"))
            seconds = time.monotonic() - began
            print(f"load of the Parquet into SQLite: {c.documents:,} documents, {c.figures:,} figures in {seconds:.1f} s "
                  f"= {c.documents / seconds:.1f} documents/s (groups included)")


if __name__ == "__main__":
    main()
