"""WARC archives (``.warc``, ``.warc.gz``) -> one Document per HTML response record (FastWARC).

Only ``response`` records with an HTTP status below 300 and a ``Content-Type`` of
``text/html``, ``application/xhtml+xml`` or ``text/plain`` are read; other records
(requests, metadata, images, scripts, style sheets, redirects) are passed over
without a word. ``url`` is the record's ``WARC-Target-URI``, ``fetched_at`` its
``WARC-Date``; the HTTP charset is passed to the decoder. ``Document.path`` is
``<file>#record=<n>``, n counting every record of the file from 1 (so the number
does not change with what is read); ``Reject.source`` uses the same form.

FastWARC (native code) reads several times faster than the pure-Python warcio.
:func:`warc_index` is the cheap first pass (headers only) that the backfill uses
to count records and cut an archive into parts at record boundaries; a part is
read by seeking to its ``offset`` (a gzip member boundary in ``.warc.gz``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO

from claimtrack.isotime import parse_iso
from claimtrack.read.fetch import parse_content_type

#: Media types of records that are read as pages.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})


@dataclass(frozen=True, slots=True)
class WarcRecordItem:
    """One page record: where it is, its URL, WARC date, HTTP charset and body, or why it has none."""

    source: str
    url: str | None
    fetched_at: datetime | None
    charset: str | None
    data: bytes | None
    reason: str | None = None


def parse_warc_date(value: str | None) -> datetime | None:
    """A ``WARC-Date`` (ISO 8601, ``2026-01-12T17:05:00Z``) as an aware datetime, or None."""
    if not value:
        return None
    try:
        parsed = parse_iso(value, need_offset=False)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def warc_index(stream: BinaryIO) -> list[int]:
    """The stream offset of every record, in file order (headers only: no HTTP parsing).

    Stops quietly where the archive is corrupt: the reader of that part reports it.
    """
    from fastwarc.warc import ArchiveIterator

    offsets = []
    try:
        for record in ArchiveIterator(stream, parse_http=False):
            offsets.append(record.stream_pos)
    except (OSError, ValueError):
        pass
    return offsets


def warc_records(
    stream: BinaryIO, source: str, *, max_bytes: int, first: int = 1, limit: int | None = None
) -> Iterator[WarcRecordItem]:
    """The page records of a WARC stream (plain or gzip), in file order.

    ``first`` is the number of the record the stream is at (a part of a file,
    sought to by :func:`warc_index`'s offset); at most ``limit`` records are read.
    A record body larger than ``max_bytes`` gives an item with a ``reason``; a
    corrupt archive gives one item with a ``reason`` naming the record where it
    broke, and ends the iteration.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = first - 1
    try:
        for record in ArchiveIterator(stream, parse_http=True):
            if limit is not None and n - first + 1 >= limit:
                return
            n += 1
            if record.headers.get("Content-Length") is None or record.record_type == WarcRecordType.unknown:
                n -= 1  # this record is the broken one
                raise ValueError("a record without a Content-Length or WARC-Type (cut short?)")
            if record.record_type != WarcRecordType.response or record.http_headers is None:
                continue
            status = record.http_headers.status_code
            media_type, charset = parse_content_type(record.http_headers.get("Content-Type"))
            if not status or status >= 300 or media_type not in PAGE_TYPES:
                continue
            item_source = f"{source}#record={n}"
            url = record.headers.get("WARC-Target-URI")
            fetched_at = parse_warc_date(record.headers.get("WARC-Date"))
            expected = record.content_length
            data = record.reader.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield WarcRecordItem(
                    item_source, url, fetched_at, charset, None,
                    f"the record body is larger than the limit of {max_bytes:,} bytes",
                )
                continue
            if len(data) < expected:
                n -= 1  # this record is the broken one
                raise ValueError(f"the record ends after {len(data)} of its {expected} bytes (cut short?)")
            yield WarcRecordItem(item_source, url, fetched_at, charset, data)
    except (OSError, ValueError, EOFError) as exc:
        yield WarcRecordItem(
            f"{source}#record={n + 1}",
            None,
            None,
            None,
            None,
            f"the WARC file is corrupt after record {n}: {exc}; the records after it were not read "
            "(fetch the file again, or cut it after that record)",
        )
