"""Backfill on Dask: a WARC of N generated pages, ingested with 1 and with 2 workers.

Usage: ``python3 bench/bench_backfill.py [N] [--gz] [--store]`` (default N = 50,000;
bench/corpus.py's pages, as ``text/html`` responses). Reports records/s, the peak memory
of each worker (the Dask worker process and its extraction child, whichever is larger)
and the speed-up of 2 workers over 1. Each run starts from an empty Parquet folder (and
store). Without ``--store`` the runs write Parquet only: that is the part the workers do;
with it the client also loads the store, serially (its time is reported apart).
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


def write_warc(path: Path, records: list[bytes], *, gz: bool = False) -> None:
    """Write records; a ``.warc.gz`` gets one gzip member per record, as crawlers write them."""
    with open(path, "wb") as fh:
        for r in records:
            fh.write(gzip.compress(r, compresslevel=1) if gz else r)


def page_records(n: int) -> list[bytes]:
    out = []
    for i, text in enumerate(corpus(n)):
        url = f"https://krant.example/nieuws/{i}"
        out.append(warc_record("response", url, f"2026-01-{1 + i % 28:02d}T12:00:00Z",
                               http_response(page_html(text)), "application/http; msgtype=response"))
    return out


def main() -> None:
    from claimtrack.backfill import backfill

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 50_000
    gz = "--gz" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / ("pages.warc.gz" if gz else "pages.warc")
        write_warc(warc, page_records(n), gz=gz)
        print(f"N = {n:,} pages, {warc.stat().st_size / 1e6:.1f} MB {warc.name}")
        rates = {}
        for workers in (1, 2):
            db = f"sqlite:///{tmp}/store{workers}.db" if "--store" in sys.argv else None
            done = backfill([str(warc)], db, out=f"{tmp}/parquet{workers}", workers=workers,
                            part_size=min(500, max(10, n // 20)))  # at least 20 parts to share out
            rates[workers] = done.records / done.seconds
            peaks = ", ".join(f"{v / 1e6:.0f} MB" for v in done.peak_rss.values())
            print(
                f"{workers} worker(s): {done.counts.documents:,} documents, {done.counts.rejected} rejected in "
                f"{done.seconds:.1f} s = {rates[workers]:.1f} records/s (store load {done.load_seconds:.1f} s of it); "
                f"peak memory per worker: {peaks}"
            )
        print(f"speed-up 2 vs 1 worker: {rates[2] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
