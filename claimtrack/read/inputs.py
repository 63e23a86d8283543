"""Many inputs to many documents: files, folders, feeds, WARC, JSONL, URLs.

:func:`iter_documents` is what ``claimtrack ingest`` walks. What a file is comes
from its name and, where names lie, its content:

============================ ===================================================
``.txt``                     a page dump (HTML inside is read as HTML)
``.html``, ``.htm``,         an HTML page (an RSS/Atom feed inside is read as a
``.xhtml``                   feed)
``.xml``, ``.rss``,          an RSS/Atom feed (sniffed: anything else is a
``.atom``, ``.rdf``          :class:`Reject` "not a feed")
``.warc``, ``.warc.gz``      a WARC archive: each HTML response record
``.jsonl``, ``.ndjson``      one page per line (see :mod:`claimtrack.read.jsonl`)
``.json``, ``.nitf``,        a wire item (NewsML-G2, NITF, ninjs, news-API JSON,
``.newsml``                  see :mod:`claimtrack.read.wire`)
``.csv``, ``.tsv``           refused: a table, not a page
other names                  skipped in a folder (:func:`skipped_files` says
                             which and why); a file named as the target is
                             sniffed (:func:`claimtrack.read.decode.sniff`)
============================ ===================================================

Wire items are recognised by content under any name (``.xml``, ``.txt``, ``.html``
too): a NewsML-G2 or NITF root element, a ninjs or news-API JSON object. A file or
JSON array with several items gives one Document per item, ``#item=<n>``.

``Document.path`` / ``Reject.source``: the file path as reached from ``target``;
an item inside a container gets a fragment: ``#entry=<n>`` (feeds), ``#record=<n>``
(WARC), ``#line=<n>`` (JSONL), n counting from 1. Documents from a URL have
``path=None`` and ``url`` = the final URL after redirects; a Reject of a URL names it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from claimtrack.document import Document
from claimtrack.errors import InputError
from claimtrack.read import MAX_BYTES, read
from claimtrack.read.decode import sniff
from claimtrack.read.feeds import NotAFeed, feed_items, follow_entry
from claimtrack.read.fetch import MAX_BYTES as MAX_FETCH_BYTES
from claimtrack.read.fetch import TIMEOUT, USER_AGENT, Fetched, fetch, is_url, unfetched_reason, unfetched_scheme
from claimtrack.read.html import check_aware
from claimtrack.read.jsonl import jsonl_lines, line_document
from claimtrack.read.warc import warc_records, whole_member_follows
from claimtrack.read.wire import is_json, read_wire, wire_kind

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml")
WIRE_SUFFIXES = (".json", ".nitf", ".newsml")
TABLE_SUFFIXES = (".csv", ".tsv")
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_FEED_MEDIA = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


@dataclass(frozen=True, slots=True)
class Reject:
    """An input item that could not be read: where it came from and why, in words."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class PageFile:
    """A page file not read yet (``iter_documents(..., defer=True)``): :meth:`read` reads it
    where it is called (a worker process), exactly as :func:`iter_documents` would have."""

    path: Path
    fetched_at: datetime | None
    max_bytes: int

    def read(self) -> Document | Reject:
        """The page's Document, or a Reject with the reason (never raises for a bad file)."""
        return next(_guard(str(self.path), (read(self.path, fetched_at=self.fetched_at, max_bytes=self.max_bytes) for _ in (0,))))


@dataclass(slots=True)
class _Context:
    """Settings of one iter_documents call."""

    fetched_at: datetime | None
    follow: bool
    timeout: float
    max_bytes: int
    max_fetch_bytes: int
    user_agent: str
    defer: bool = False

    def fetch(self, url: str) -> Fetched:
        return fetch(url, timeout=self.timeout, max_bytes=self.max_fetch_bytes, user_agent=self.user_agent)

    def read_url(self, url: str) -> Document:
        got = self.fetch(url)
        return read(
            got.data, url=got.url, fetched_at=got.fetched_at, encoding=got.charset, max_bytes=self.max_bytes
        )


def iter_documents(
    target: str,
    *,
    fetched_at: datetime | None = None,
    follow: bool = False,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_fetch_bytes: int = MAX_FETCH_BYTES,
    user_agent: str = USER_AGENT,
    defer: bool = False,
) -> Iterator[Document | Reject | PageFile]:
    """Every document in ``target`` (a file, a folder walked recursively, or an http(s) URL).

    Args:
        target: a file path, a folder (walked recursively in sorted path order;
            names starting with "." are skipped, symbolic links to folders are not
            followed), or an http(s) URL.
        fetched_at: when the inputs were fetched (timezone-aware), for inputs that
            do not say: WARC records use their ``WARC-Date``, JSONL lines their own
            ``fetched_at``, URLs the time of the response.
        follow: for feed entries that carry only a summary, fetch the page the
            entry links to (see :mod:`claimtrack.read.feeds`).
        timeout: seconds for each fetch of a URL (see :mod:`claimtrack.read.fetch`:
            only public addresses are fetched).
        max_bytes: the size limit of one page (a file, a WARC record, a JSONL line, a feed).
        max_fetch_bytes: the size limit of one HTTP response (default 10 MB).
        user_agent: the HTTP ``User-Agent``.
        defer: a file that holds one page is yielded as a :class:`PageFile`, to be read
            by whoever takes it (``ingest``'s worker processes: reading HTML costs more
            than extracting from it).

    Yields:
        A Document per page, or a :class:`Reject` (source, reason) per item that
        could not be read. Never raises for a bad item; the order is the order
        of the input.

    Raises:
        ValueError: ``fetched_at`` has no zone offset (on the first ``next()``).
    """
    check_aware(fetched_at)
    ctx = _Context(fetched_at, follow, timeout, max_bytes, max_fetch_bytes, user_agent, defer)
    if is_url(target):
        yield from _from_url(target, ctx)
        return
    path = Path(target)
    if path.is_dir():
        for file in _walk(path):
            yield from _from_file(file, ctx, named=False)
    elif path.is_file():
        yield from _from_file(path, ctx, named=True)
    elif (scheme := unfetched_scheme(target)) is not None:
        yield Reject(target, unfetched_reason(scheme))
    elif path.exists():  # a device or pipe named on the command line (it "did not exist")
        yield Reject(target, f"{NOT_A_FILE}; claimtrack reads files and folders")
    else:
        yield Reject(target, "no such file or folder")


def _walk(folder: Path, others: list[tuple[str, str]] | None = None) -> Iterator[Path]:
    """The files under ``folder`` in name order (hidden names left out); ``others`` gathers
    what is passed over as no file (a broken link, a named pipe), with the reason."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        if others is not None:
            others.append((str(folder), f"the folder can not be read: {exc.strerror or exc}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), others)
        elif entry.is_file():
            yield Path(entry.path)
        elif others is not None:
            others.append((str(Path(entry.path)), _not_a_file(entry)))  # as the files are named: "x", not "./x"


NOT_A_FILE = "not a regular file (a named pipe, socket or device)"


def _not_a_file(entry: os.DirEntry) -> str:
    if entry.is_symlink():
        if entry.is_dir():  # not walked: a link may lead back up (a loop) or anywhere on the disk
            return f"a link to the folder {os.readlink(entry.path)}, not followed (name that folder to read it)"
        return f"a link to {os.readlink(entry.path)}, which does not exist"
    return NOT_A_FILE


def _kind_by_name(path: Path) -> str | None:
    name = path.name.lower()
    for suffixes, kind in (
        (WARC_SUFFIXES, "warc"),
        (JSONL_SUFFIXES, "jsonl"),
        (FEED_SUFFIXES, "feed"),
        (PAGE_SUFFIXES, "page"),
        (WIRE_SUFFIXES, "wire"),
        (TABLE_SUFFIXES, "table"),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def _guard(source: str, items: Iterator[Document | Reject]) -> Iterator[Document | Reject]:
    """Pass items on; turn an error raised while making them into a Reject of ``source``."""
    try:
        yield from items
    except InputError as exc:
        yield Reject(source, str(exc))
    except OSError as exc:
        yield Reject(source, f"could not read it: {exc.strerror or exc}")
    except Exception as exc:  # a bug or a library failure on an odd input: report it, go on
        yield Reject(source, _unexpected(exc))


def _unexpected(exc: Exception) -> str:
    return f"unexpected error while reading it: {type(exc).__name__}: {str(exc)[:300]}"


def _from_file(path: Path, ctx: _Context, *, named: bool) -> Iterator[Document | Reject]:
    source = str(path)
    kind = _kind_by_name(path)
    if (kind is None or kind == "table") and not named:
        return
    if kind == "table":
        yield Reject(source, f"{path.suffix} is a table, not a news page; claimtrack reads pages, feeds, WARC, JSONL and wire items")
        return
    yield from _guard(source, _file_items(path, source, kind, ctx))


def _file_items(path: Path, source: str, kind: str | None, ctx: _Context) -> Iterator[Document | Reject]:
    with open(path, "rb") as fh:
        head = fh.read(4096)
    sniffed = sniff(head)
    if kind in (None, "page", "feed", "wire") and (head.lstrip()[:1] in (b"{", b"[") or wire_kind(head)):
        too_big = _over_limit(path, source, ctx)
        if too_big is not None:
            yield too_big
            return
        data = path.read_bytes()
        if wire_kind(data):
            yield from _wire_documents(data, source, ctx)
            return
        if kind == "wire" and is_json(data):
            yield Reject(source, "the JSON holds no news item (no headline with an HTML or text body, no ninjs fields)")
            return
    if kind == "wire":
        kind = "jsonl" if sniffed == "jsonl" else "page"
    if kind is None:
        kind = {"warc": "warc", "jsonl": "jsonl", "feed": "feed"}.get(sniffed, "page")
    if kind == "warc":
        with open(path, "rb") as fh:
            if sniffed != "warc" and not _damaged_gzip(head) and not whole_member_follows(fh):
                yield Reject(source, "not a WARC file: it does not start with a WARC/1.x record")
                return
            fh.seek(0)
            yield from _warc_documents(fh, source, ctx)
    elif kind == "jsonl":
        with open(path, "rb") as fh:
            yield from _jsonl_documents(fh, source, ctx)
    elif kind == "feed" or sniffed == "feed":
        if sniffed != "feed":
            yield Reject(source, f"not a feed: it holds {sniffed}, not an RSS or Atom root element")
            return
        size = path.stat().st_size
        if size > ctx.max_bytes:
            yield Reject(source, f"the feed is {size:,} bytes; the limit is {ctx.max_bytes:,} bytes")
            return
        yield from _feed_documents(path.read_bytes(), source, ctx, fetched_at=ctx.fetched_at, path=source)
    elif ctx.defer:
        yield PageFile(path, ctx.fetched_at, ctx.max_bytes)
    else:
        yield read(path, fetched_at=ctx.fetched_at, max_bytes=ctx.max_bytes)


def _over_limit(path: Path, source: str, ctx: _Context) -> Reject | None:
    size = path.stat().st_size
    if size > ctx.max_bytes:
        return Reject(source, f"the file is {size:,} bytes; the limit is {ctx.max_bytes:,} bytes")
    return None


def _wire_documents(data: bytes, source: str, ctx: _Context, *, url: str | None = None) -> Iterator[Document | Reject]:
    items = read_wire(data)
    for n, item in enumerate(items, 1):
        name = source if len(items) == 1 else f"{source}#item={n}"
        try:
            yield item.document(path=None if url else name, url=item.url or url, fetched_at=ctx.fetched_at)
        except InputError as exc:
            yield Reject(name, str(exc))


def skipped_files(target: str) -> list[tuple[str, str]]:
    """The files a folder walk passes over, each with the reason in words.

    Only folders skip files (a file named as a target is always read or rejected).
    """
    path = Path(target)
    if is_url(target) or not path.is_dir():
        return []
    out: list[tuple[str, str]] = []
    for file in _walk(path, out):
        kind = _kind_by_name(file)
        if kind is None or kind == "table":
            out.append((str(file), _skip_reason(file, kind)))
    return out


def count_items(target: str) -> int | None:
    """How many items ``iter_documents(target)`` will yield, where that is cheap to know:
    a JSONL file's non-blank lines, a feed's entries, a WARC archive's page records (a
    pass that reads, but does not parse, them), one per other file, summed over a folder. None for a URL.
    """
    if is_url(target):
        return None
    path = Path(target)
    files = [f for f in _walk(path) if _kind_by_name(f) not in (None, "table")] if path.is_dir() else [path]
    total = 0
    for file in files:
        n = _count_file(file)
        if n is None:
            return None
        total += n
    return total


_FEED_ENTRY = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>/]")


def _damaged_gzip(head: bytes) -> bool:
    """Gzip data whose start does not inflate: a .warc.gz with a damaged first record, read on."""
    import zlib

    try:
        zlib.decompressobj(31).decompress(head, 16)
    except zlib.error:
        return head.startswith(b"\x1f\x8b")
    return False


def _count_file(file: Path) -> int | None:
    kind = _kind_by_name(file)
    try:
        if kind == "warc":
            with open(file, "rb") as fh:  # the reader's own pass, so the count is exact
                return sum(1 for _ in warc_records(fh, str(file), max_bytes=MAX_BYTES))
        if kind == "jsonl":
            with open(file, "rb") as fh:
                return sum(1 for line in fh if line.strip())
        if kind == "feed" and file.stat().st_size <= MAX_BYTES:
            data = file.read_bytes()
            return (len(_FEED_ENTRY.findall(data)) or 1) if sniff(data[:4096]) == "feed" else 1
    except OSError:
        return 1
    return 1


def _skip_reason(file: Path, kind: str | None) -> str:
    if kind == "table":
        return f"{file.suffix} is a table, not a news page"
    suffixes = "".join(file.suffixes[-2:])
    if not file.suffix:
        return "no file extension (name it .txt, .html, .xml, .json, .jsonl or .warc to read it)"
    if file.suffix.lower() in (".gz", ".bz2", ".xz", ".zip", ".zst") and suffixes.lower() != ".warc.gz":
        return f"{suffixes} is compressed; unpack it first (only .warc.gz is read compressed)"
    return f"{file.suffix} is not a kind claimtrack reads (.txt, .html, .xml, .json, .jsonl, .warc, feeds)"


def _feed_documents(
    data: bytes, source: str, ctx: _Context, *, fetched_at: datetime | None, path: str | None
) -> Iterator[Document | Reject]:
    try:
        items = feed_items(data, source, fetched_at=fetched_at, path=path)
        for item in items:
            if item.document is None:
                yield Reject(item.source, item.reason or "unreadable feed entry")
            elif ctx.follow:
                try:
                    yield follow_entry(item, ctx.read_url)
                except Exception as exc:  # one entry's page, not the rest of the feed
                    yield Reject(item.source, _unexpected(exc))
            else:
                yield item.document
    except NotAFeed as exc:
        yield Reject(source, str(exc))


def warc_part(
    path: str, *, offset: int = 0, first: int = 1, limit: int | None = None,
    fetched_at: datetime | None = None, max_bytes: int = MAX_BYTES,
) -> Iterator[Document | Reject]:
    """The documents of ``limit`` records of a WARC file from byte ``offset`` (record
    number ``first``), as :func:`iter_documents` gives them: the backfill's parts."""
    yield from _part(_warc_documents, path, offset, first, limit, fetched_at, max_bytes)


def _part(
    documents: Callable[..., Iterator[Document | Reject]], path: str, offset: int, first: int,
    limit: int | None, fetched_at: datetime | None, max_bytes: int,
) -> Iterator[Document | Reject]:
    """One part of a file: ``documents`` read from byte ``offset``, numbered from ``first``."""
    ctx = _Context(fetched_at, False, TIMEOUT, max_bytes, MAX_FETCH_BYTES, USER_AGENT)

    def items() -> Iterator[Document | Reject]:
        with open(path, "rb") as fh:
            fh.seek(offset)
            yield from documents(fh, path, ctx, first=first, limit=limit)

    yield from _guard(path, items())


def _warc_documents(stream: Any, source: str, ctx: _Context, **part: Any) -> Iterator[Document | Reject]:
    import dataclasses

    for rec in warc_records(stream, source, max_bytes=ctx.max_bytes, **part):
        if rec.data is None:
            yield Reject(rec.source, rec.reason or "unreadable record")
            continue
        try:
            doc = read(
                rec.data,
                url=rec.url,
                fetched_at=rec.fetched_at or ctx.fetched_at,
                encoding=rec.charset,
                max_bytes=ctx.max_bytes,
            )
        except InputError as exc:
            yield Reject(rec.source, str(exc))
            continue
        except Exception as exc:  # one record, not the rest of the archive
            yield Reject(rec.source, _unexpected(exc))
            continue
        yield dataclasses.replace(doc, path=rec.source)


def jsonl_part(
    path: str, *, offset: int = 0, first: int = 1, limit: int | None = None,
    fetched_at: datetime | None = None, max_bytes: int = MAX_BYTES,
) -> Iterator[Document | Reject]:
    """The pages of ``limit`` lines of a JSONL file from byte ``offset`` (line number
    ``first``), named as :func:`iter_documents` names them: the backfill's parts."""
    yield from _part(_jsonl_documents, path, offset, first, limit, fetched_at, max_bytes)


def _jsonl_documents(
    stream: Any, source: str, ctx: _Context, first: int = 1, limit: int | None = None
) -> Iterator[Document | Reject]:
    def read_page(page: str, *, url: str | None, fetched_at: datetime | None) -> Document:
        return read(page, url=url, fetched_at=fetched_at, max_bytes=ctx.max_bytes)

    for n, line in jsonl_lines(stream, max_bytes=ctx.max_bytes, limit=limit):
        item_source = f"{source}#line={n + first - 1}"
        if line is None:
            yield Reject(item_source, f"the line is longer than the limit of {ctx.max_bytes:,} bytes")
            continue
        try:
            yield line_document(line, item_source, fetched_at=ctx.fetched_at, read_page=read_page)
        except InputError as exc:
            yield Reject(item_source, str(exc))
        except Exception as exc:  # one line, not the rest of the file
            yield Reject(item_source, _unexpected(exc))


def _from_url(url: str, ctx: _Context) -> Iterator[Document | Reject]:
    def items() -> Iterator[Document | Reject]:
        got = ctx.fetch(url)
        kind = sniff(got.data[:4096])
        if (kind in ("xml", "html", "jsonl")) and wire_kind(got.data):
            yield from _wire_documents(got.data, got.url, ctx, url=got.url)
        elif kind == "feed" or (got.media_type in _FEED_MEDIA and kind != "html"):
            yield from _feed_documents(got.data, got.url, ctx, fetched_at=got.fetched_at, path=None)
        elif kind == "warc":
            import io

            yield from _warc_documents(io.BytesIO(got.data), got.url, ctx)
        else:
            yield read(
                got.data,
                url=got.url,
                fetched_at=got.fetched_at,
                encoding=got.charset,
                max_bytes=ctx.max_bytes,
            )

    yield from _guard(url, items())
