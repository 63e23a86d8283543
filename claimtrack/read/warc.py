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
from typing import Any, BinaryIO

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

    A damaged gzip member counts as one record at its own offset and the index goes on at
    the next whole member (:func:`resume_after`), so records are numbered as the reader
    numbers them; it stops quietly where nothing whole follows: the reader of that part
    reports it.
    """
    from fastwarc.warc import ArchiveIterator

    offsets: list[int] = []
    start = 0
    while True:
        read = len(offsets)  # records read since ``start``
        try:
            for record in ArchiveIterator(stream, parse_http=False):
                offsets.append(record.stream_pos)
            return offsets
        except (OSError, ValueError):
            found = resume_after(stream, offsets[-1] if len(offsets) > read else None, start)
            if found is None or found[1] is None:
                return offsets
            if not offsets or offsets[-1] != found[0]:  # a record whose own member broke is counted once
                offsets.append(found[0])
            stream.seek(found[1])
            start = found[1]


_GZIP_MEMBER = b"\x1f\x8b\x08"
_CHUNK = 1 << 16


def _inflated(stream: BinaryIO, inflate):  # type: ignore[no-untyped-def]
    """The output of ``inflate`` over ``stream`` from where it stands, in steps of at most
    ``_CHUNK`` bytes (a bomb costs time, not memory), until its data ends or the stream does.
    Raises zlib.error on damaged data."""
    while not inflate.eof:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return
        data = inflate.decompress(chunk, _CHUNK)
        while True:
            yield data
            if inflate.eof or not inflate.unconsumed_tail:
                break
            data = inflate.decompress(inflate.unconsumed_tail, _CHUNK)


def _whole_member_end(stream: BinaryIO, start: int) -> int | None:
    """Where the gzip member at ``start`` ends if it inflates whole (checksum too) to a WARC record."""
    import zlib

    stream.seek(start)
    inflate, head = zlib.decompressobj(31), b""
    try:
        for data in _inflated(stream, inflate):
            head += data[: 7 - len(head)]
            if len(head) == 7 and head != b"WARC/1.":
                return None
    except zlib.error:
        return None
    if not inflate.eof or head != b"WARC/1.":
        return None
    return stream.tell() - len(inflate.unused_data)


def _deflate_end(stream: BinaryIO, start: int) -> int | None:
    """Where the gzip member at ``start`` ends by its deflate data alone (its checksum is not
    read), when that data inflates to exactly one whole WARC record; else None. A header too
    damaged to read is taken to be the plain 10 bytes that WARC writers give."""
    stream.seek(start)
    head = stream.read(_CHUNK)
    at = 10
    if head[:3] == _GZIP_MEMBER and len(head) >= 10:
        flags = head[3]
        if flags & 4:  # FEXTRA: its length, then its bytes
            at += 2 + int.from_bytes(head[at : at + 2], "little")
        for field in (8, 16):  # FNAME, FCOMMENT: up to a zero byte
            if flags & field:
                at = head.find(b"\0", at) + 1 or len(head) + 1
        at += 2 if flags & 2 else 0  # FHCRC
    for data_at in dict.fromkeys((start + at, start + 10)):
        end = _one_record_end(stream, data_at)
        if end is not None:
            return end
    return None


def _one_record_end(stream: BinaryIO, at: int) -> int | None:
    """Where the raw deflate data at ``at`` ends and its trailer after it, when it inflates to
    exactly one whole WARC record; else None."""
    import zlib

    stream.seek(at)
    inflate, record, size = zlib.decompressobj(-15), b"", 0
    try:
        for data in _inflated(stream, inflate):  # the record's head is kept, the rest counted
            record, size = record + data[: _CHUNK - len(record)], size + len(data)
    except zlib.error:
        return None
    if not inflate.eof or size != _record_size(record):  # damaged data may still inflate, to something else
        return None
    return stream.tell() - len(inflate.unused_data) + 8  # its checksum and length follow the data


def _record_size(record: bytes) -> int | None:
    """The bytes of the WARC record that ``record`` begins: its head, its Content-Length, two CRLFs."""
    import re

    end = record.find(b"\r\n\r\n")
    length = re.search(rb"\r\nContent-Length:[ \t]*(\d+)", record[:end], re.IGNORECASE)
    if not record.startswith(b"WARC/1.") or end < 0 or length is None:
        return None
    return end + 4 + int(length[1]) + 4


def resume_after(stream: BinaryIO, last: int | None, start: int) -> tuple[int, int | None] | None:
    """After a read error in a ``.warc.gz``: the damaged member's offset and where to read on
    (None when nothing follows); None for a plain archive (it begins ``WARC/1.``) or an
    unseekable stream.

    Reading goes on at the next gzip member header (:func:`_next_header`), or, when the damaged
    member's data ends before it, there: so every damaged member is one damaged record, also
    several in a row and one whose own header broke (the one at byte 0 too).

    ``last`` is the offset of the last record read since ``start`` (None: none, so the
    damaged member begins at ``start``); the damaged member is the one after it, or its own
    when that does not inflate whole (the damage lay past what was read of it). WARC.gz files
    hold one record per gzip member, so the damaged member is one record.
    """
    if not stream.seekable():
        return None
    stream.seek(0)  # the file's first bytes: ``start`` may be a member whose header was damaged
    if stream.read(7) == b"WARC/1.":
        return None
    damaged = start if last is None else (_whole_member_end(stream, last) or last)
    return damaged, _next_member(stream, damaged, _next_header(stream, damaged + 1))


def _next_header(stream: BinaryIO, at: int) -> int | None:
    """The offset of the first gzip member header at or after ``at``, or None (one pass)."""
    while True:
        stream.seek(at)
        window = stream.read(_CHUNK + 9)
        hit = window.find(_GZIP_MEMBER)
        while hit >= 0 and not _looks_like_member(window[hit : hit + 10]):
            hit = window.find(_GZIP_MEMBER, hit + 1)
        if hit >= 0:
            return at + hit
        if len(window) < _CHUNK + 9:
            return None
        at += len(window) - 9


def _looks_like_member(head: bytes) -> bool:
    """A gzip member header: deflate, no reserved flag, a known compression hint and system
    (deflate data holds the three magic bytes about once in 16 MB; all of this far more rarely)."""
    return (
        len(head) == 10 and head[:3] == _GZIP_MEMBER and not head[3] & 0xE0
        and head[8] in (0, 2, 4) and (head[9] <= 13 or head[9] == 255)
    )


def whole_member_follows(stream: BinaryIO) -> bool:
    """Whether a whole gzip member holding a WARC record follows the first byte: an archive
    whose start is no record nor gzip is a ``.warc.gz`` damaged at byte 0, read on."""
    at = _next_header(stream, 1)
    while at is not None and _whole_member_end(stream, at) is None:
        at = _next_header(stream, at + 1)
    return at is not None


def _next_member(stream: BinaryIO, damaged: int, whole: int | None) -> int | None:
    """Where to read on after the member at ``damaged``: where its data ends, when that is before
    the next ``whole`` member (or the file's end), else ``whole``."""
    end = _deflate_end(stream, damaged)
    limit = whole if whole is not None else stream.seek(0, 2)
    return end if end is not None and damaged < end < limit else whole


def warc_records(
    stream: BinaryIO, source: str, *, max_bytes: int, first: int = 1, limit: int | None = None
) -> Iterator[WarcRecordItem]:
    """The page records of a WARC stream (plain or gzip), in file order.

    ``first`` is the number of the record the stream is at (a part of a file,
    sought to by :func:`warc_index`'s offset); at most ``limit`` records are read.
    A record body larger than ``max_bytes`` gives an item with a ``reason``. A
    damaged gzip member gives one item with a ``reason`` naming its byte offset and
    reading goes on at the next whole member; a corrupt plain archive, or a damaged
    member with nothing whole after it, gives one such item and ends the iteration.
    """
    n, start = first - 1, stream.tell() if stream.seekable() else 0
    while True:
        done = [None, n, False]  # the offset and number of the last record read whole; whether it gave an item
        try:
            yield from _page_records(stream, source, max_bytes, first, limit, done)
            return
        except (OSError, ValueError, EOFError) as exc:
            found = resume_after(stream, done[0], start)
            # a record passed over (an image) whose own member broke is that record, not the next
            own = found is not None and found[0] == done[0]
            if own and done[2]:  # read whole and given already: the damage after it is no second item
                if found[1] is None:
                    return
                n, start = done[1], found[1]
                stream.seek(start)
                continue
            if not own and limit is not None and done[1] - first + 1 >= limit:
                return  # the damage lies past this part: the next part reports it
            n = done[1] + (0 if own else 1)
            if found is None:
                reason = (
                    f"the WARC file is corrupt after record {n - 1}: {exc}; the records after it were not "
                    "read (fetch the file again, or cut it after that record)"
                )
            elif found[1] is None:
                reason = (
                    f"the WARC record at byte {found[0]} is damaged ({exc}); no whole record follows it "
                    "(fetch the file again)"
                )
            else:
                reason = (
                    f"the WARC record at byte {found[0]} is damaged ({exc}); reading went on at the next "
                    f"record, at byte {found[1]}"
                )
            yield WarcRecordItem(f"{source}#record={n}", None, None, None, None, reason)
            if found is None or found[1] is None or (limit is not None and n - first + 1 >= limit):
                return
            stream.seek(found[1])
            start = found[1]


def _page_records(
    stream: BinaryIO, source: str, max_bytes: int, first: int, limit: int | None, done: list
) -> Iterator[WarcRecordItem]:
    """:func:`warc_records` from where ``stream`` is, record ``done[1] + 1`` on; each record read
    whole sets ``done`` to its offset, number and whether it gave an item. Raises where the archive
    is damaged."""
    from fastwarc.warc import ArchiveIterator

    for record in ArchiveIterator(stream, parse_http=True):
        n = done[1] + 1
        if limit is not None and n - first >= limit:
            return
        item = _page_record(record, f"{source}#record={n}", max_bytes)
        done[:] = [record.stream_pos, n, item is not None]
        if item is not None:
            yield item


def _page_record(record: Any, source: str, max_bytes: int) -> WarcRecordItem | None:
    """One record as a page item, or None for a record that is no page (request, image, redirect)."""
    from fastwarc.warc import WarcRecordType

    if record.headers.get("Content-Length") is None or record.record_type == WarcRecordType.unknown:
        raise ValueError("a record without a Content-Length or WARC-Type (cut short?)")
    if record.record_type != WarcRecordType.response:
        return None
    if record.http_headers is None:  # a dns: or other non-HTTP response is no page; a broken HTTP head is
        _whole_body(record)
        if (record.headers.get("Content-Type") or "").lower().startswith("application/http"):
            reason = "the record's HTTP response head can not be read (cut short?)"
            return WarcRecordItem(source, None, None, None, None, reason)
        return None
    status = record.http_headers.status_code
    media_type, charset = parse_content_type(record.http_headers.get("Content-Type"))
    if not status or status >= 300 or media_type not in PAGE_TYPES:
        if status and status < 300 and media_type is None:  # a file cut in the HTTP head has no type either
            _whole_body(record)
        return None
    url = record.headers.get("WARC-Target-URI")
    fetched_at = parse_warc_date(record.headers.get("WARC-Date"))
    data = record.reader.read(max_bytes + 1)
    if len(data) > max_bytes:
        return WarcRecordItem(
            source, url, fetched_at, charset, None, f"the record body is larger than the limit of {max_bytes:,} bytes"
        )
    _whole_body(record, data)
    return WarcRecordItem(source, url, fetched_at, charset, data)


def _whole_body(record: Any, data: bytes | None = None) -> None:
    """Raise if the record's body is shorter than its Content-Length says (the file is cut short)."""
    if data is None:
        data = record.reader.read(record.content_length)
    if len(data) < record.content_length:
        raise ValueError(f"the record ends after {len(data)} of its {record.content_length} bytes (cut short?)")
