"""WARC archives (``.warc``, ``.warc.gz``) -> one Document per HTML response record (warcio).

Only ``response`` records with an HTTP status below 300 and a ``Content-Type`` of
``text/html``, ``application/xhtml+xml`` or ``text/plain`` are read; other records
(requests, metadata, images, scripts, style sheets, redirects) are passed over
without a word. ``url`` is the record's ``WARC-Target-URI``, ``fetched_at`` its
``WARC-Date``; the HTTP charset is passed to the decoder. ``Document.path`` is
``<file>#record=<n>``, n counting every record of the file from 1 (so the number
does not change with what is read); ``Reject.source`` uses the same form.
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


def warc_records(stream: BinaryIO, source: str, *, max_bytes: int) -> Iterator[WarcRecordItem]:
    """The page records of a WARC stream (plain or gzip), in file order.

    A record body larger than ``max_bytes`` gives an item with a ``reason``; a
    corrupt archive gives one item with a ``reason`` naming the record where it
    broke, and ends the iteration.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(stream):
            n += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode()
            media_type, charset = parse_content_type(record.http_headers.get_header("Content-Type"))
            if not status or not status.isdigit() or int(status) >= 300 or media_type not in PAGE_TYPES:
                continue
            item_source = f"{source}#record={n}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            fetched_at = parse_warc_date(record.rec_headers.get_header("WARC-Date"))
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield WarcRecordItem(
                    item_source,
                    url,
                    fetched_at,
                    charset,
                    None,
                    f"the record body is larger than the limit of {max_bytes:,} bytes",
                )
                continue
            yield WarcRecordItem(item_source, url, fetched_at, charset, data)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, AttributeError, TypeError) as exc:
        # warcio raises AttributeError/TypeError on some truncated records
        yield WarcRecordItem(
            f"{source}#record={n + 1}",
            None,
            None,
            None,
            None,
            f"the WARC file is corrupt after record {n}: {type(exc).__name__}: {exc}",
        )
