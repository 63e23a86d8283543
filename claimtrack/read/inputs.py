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
other names                  skipped in a folder; a file named as the target is
                             sniffed (:func:`claimtrack.read.decode.sniff`)
============================ ===================================================

``Document.path`` / ``Reject.source``: the file path as reached from ``target``;
an item inside a container gets a fragment: ``#entry=<n>`` (feeds), ``#record=<n>``
(WARC), ``#line=<n>`` (JSONL), n counting from 1. Documents from a URL have
``path=None`` and ``url`` = the final URL after redirects; a Reject of a URL names it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
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
from claimtrack.read.fetch import TIMEOUT, USER_AGENT, Fetched, fetch, is_url
from claimtrack.read.html import check_aware
from claimtrack.read.jsonl import jsonl_lines, line_document
from claimtrack.read.warc import warc_records

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_FEED_MEDIA = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


@dataclass(frozen=True, slots=True)
class Reject:
    """An input item that could not be read: where it came from and why, in words."""

    source: str
    reason: str


@dataclass(slots=True)
class _Context:
    """Settings of one iter_documents call."""

    fetched_at: datetime | None
    follow: bool
    timeout: float
    max_bytes: int
    max_fetch_bytes: int
    user_agent: str

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
) -> Iterator[Document | Reject]:
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

    Yields:
        A Document per page, or a :class:`Reject` (source, reason) per item that
        could not be read. Never raises for a bad item; the order is the order
        of the input.

    Raises:
        ValueError: ``fetched_at`` has no zone offset (on the first ``next()``).
    """
    check_aware(fetched_at)
    ctx = _Context(fetched_at, follow, timeout, max_bytes, max_fetch_bytes, user_agent)
    if is_url(target):
        yield from _from_url(target, ctx)
        return
    path = Path(target)
    if path.is_dir():
        for file in _walk(path):
            yield from _from_file(file, ctx, named=False)
    elif path.is_file():
        yield from _from_file(path, ctx, named=True)
    else:
        yield Reject(target, "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _kind_by_name(path: Path) -> str | None:
    name = path.name.lower()
    for suffixes, kind in (
        (WARC_SUFFIXES, "warc"),
        (JSONL_SUFFIXES, "jsonl"),
        (FEED_SUFFIXES, "feed"),
        (PAGE_SUFFIXES, "page"),
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
    if kind is None and not named:
        return
    yield from _guard(source, _file_items(path, source, kind, ctx))


def _file_items(path: Path, source: str, kind: str | None, ctx: _Context) -> Iterator[Document | Reject]:
    with open(path, "rb") as fh:
        head = fh.read(4096)
    sniffed = sniff(head)
    if kind is None:
        kind = {"warc": "warc", "jsonl": "jsonl", "feed": "feed"}.get(sniffed, "page")
    if kind == "warc":
        if sniffed != "warc":
            yield Reject(source, "not a WARC file: it does not start with a WARC/1.x record")
            return
        with open(path, "rb") as fh:
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
    else:
        yield read(path, fetched_at=ctx.fetched_at, max_bytes=ctx.max_bytes)


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


def _warc_documents(stream: Any, source: str, ctx: _Context) -> Iterator[Document | Reject]:
    import dataclasses

    for rec in warc_records(stream, source, max_bytes=ctx.max_bytes):
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


def _jsonl_documents(stream: Any, source: str, ctx: _Context) -> Iterator[Document | Reject]:
    def read_page(page: str, *, url: str | None, fetched_at: datetime | None) -> Document:
        return read(page, url=url, fetched_at=fetched_at, max_bytes=ctx.max_bytes)

    for n, line in jsonl_lines(stream, max_bytes=ctx.max_bytes):
        item_source = f"{source}#line={n}"
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
        if kind == "feed" or (got.media_type in _FEED_MEDIA and kind != "html"):
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
