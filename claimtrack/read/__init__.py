"""Read inputs into :class:`~claimtrack.document.Document`: bytes to text, HTML to page text.

* :func:`read` - one page (a path, bytes or a text) to one Document;
* :func:`read_html` - an HTML page to page text (trafilatura + teaser lists), see
  :mod:`claimtrack.read.html`;
* :func:`decode` - bytes to text (BOM, transport charset, declared charset, UTF-8,
  detection), see :mod:`claimtrack.read.decode`;
* :func:`claimtrack.read.inputs.iter_documents` - files, folders, feeds, WARC, JSONL
  and URLs to many Documents (or :class:`~claimtrack.read.inputs.Reject`).
"""

from __future__ import annotations

import dataclasses
import os
from datetime import datetime

from claimtrack.document import Document, normalise
from claimtrack.errors import EmptyInput, InputError, InputTooLarge
from claimtrack.read.decode import decode, decode_bytes, drop_nuls, replace_surrogates, sniff
from claimtrack.read.html import check_aware, read_html
from claimtrack.read.wire import is_json, read_wire, wire_kind

_USE_INGEST = " read it with 'claimtrack ingest' (in Python: claimtrack.read.inputs.iter_documents)"

__all__ = ["MAX_BYTES", "decode", "looks_like_html", "read", "read_html"]

#: The default size limit of one page, in bytes (before decoding).
MAX_BYTES = 20_000_000


def looks_like_html(text: str) -> bool:
    """Whether a text is HTML: a doctype, an ``<html>``/``<head>``/``<body>``, or markup first.

    Judged on the first 4096 characters (see :func:`claimtrack.read.decode.sniff`).
    """
    return sniff(text[:4096].encode("utf-8", "replace")) == "html"


def _wire_document(
    data: bytes, *, path: str | None, url: str | None, fetched_at: datetime | None
) -> Document | None:
    """A wire item (NewsML-G2, NITF, ninjs, news-API JSON) as a Document; None when it is none."""
    kind = wire_kind(data)
    if kind is None:
        if data.lstrip()[:1] in (b"{", b"[") and is_json(data):
            raise InputError(
                "the input is JSON but not a news item (no headline with an HTML or text body, no ninjs fields)"
            )
        return None
    items = read_wire(data, kind=kind)
    if len(items) != 1:
        raise InputError(
            f"the input holds {len(items)} news items; extract reads one, read them all with claimtrack ingest"
        )
    return items[0].document(path=path, url=url, fetched_at=fetched_at)


def _too_large(size: int, max_bytes: int, what: str) -> InputTooLarge:
    # a stream (stdin, a device) is read only to one byte past the limit: its size is not known
    shown = f"more than {max_bytes:,}" if size == max_bytes + 1 else f"{size:,}"
    return InputTooLarge(
        f"{what} is {shown} bytes; the limit is {max_bytes:,} bytes "
        "(if the page is really that long, raise the limit: --max-bytes on the command line, max_bytes= in Python)"
    )


def read(
    source: str | os.PathLike[str] | bytes,
    *,
    fetched_at: datetime | None = None,
    url: str | None = None,
    max_bytes: int = MAX_BYTES,
    encoding: str | None = None,
) -> Document:
    """Read one page into a Document.

    Args:
        source: a path (any ``os.PathLike``), raw bytes in any encoding, or a ``str``
            that is the page itself (text or HTML; a ``str`` is never taken as a path).
        fetched_at: when the page was fetched, timezone-aware; only stored.
        url: the page's address; only stored.
        max_bytes: the size limit, checked before anything is decoded (for a path,
            on the file size before it is read; for a ``str``, on its UTF-8 length).
        encoding: a transport charset label (HTTP ``Content-Type``) for bytes; it
            ranks below a BOM and above the page's own declaration.

    Returns:
        A Document: for a wire item (NewsML-G2, NITF, ninjs, news-API JSON; sniffed
        from the content), built by :mod:`claimtrack.read.wire`; for HTML, built by
        :func:`read_html`; for text, the text
        normalised with :func:`claimtrack.document.normalise`. Lone surrogates in a
        ``str`` become U+FFFD, and a few NUL characters are dropped, with a warning. ``path`` is the
        file path for a path source, else None.

    Raises:
        InputTooLarge: the input is larger than ``max_bytes``.
        EmptyInput: the input holds no text (nothing, or only white space).
        BinaryInput: the input is an image, PDF, archive, or other binary data.
        InputError: the encoding can not be found, or the input is a feed, WARC,
            JSONL, JSON that is not a news item, or several wire items (use
            :func:`claimtrack.read.inputs.iter_documents` for those).
        ValueError: ``fetched_at`` has no zone offset.
        OSError: a path that can not be read.
    """
    check_aware(fetched_at)
    path: str | None = None
    warnings: tuple[str, ...] = ()
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        size = os.stat(path).st_size
        if size > max_bytes:
            raise _too_large(size, max_bytes, f"the file {path}")
        with open(path, "rb") as fh:
            source = fh.read(max_bytes + 1)
    if isinstance(source, bytes):
        if len(source) > max_bytes:
            raise _too_large(len(source), max_bytes, "the input")
        if not source.strip():
            raise EmptyInput("the input is empty (it holds no text)")
        if wire_kind(source[:4096]) or source.lstrip()[:1] in (b"{", b"["):
            wired = _wire_document(source, path=path, url=url, fetched_at=fetched_at)
            if wired is not None:
                return wired
        kind = sniff(source)
        if kind == "html":
            return read_html(source, url=url, fetched_at=fetched_at, path=path, encoding=encoding)
        text, warnings = decode_bytes(source, encoding)
    else:
        text = source
        if len(text) > max_bytes or (4 * len(text) > max_bytes and len(text.encode("utf-8", "surrogatepass")) > max_bytes):
            raise _too_large(len(text.encode("utf-8", "surrogatepass")), max_bytes, "the input")
        text, warnings = replace_surrogates(text)
        text, dropped = drop_nuls(text)
        warnings += dropped
        head = text[:4096].encode("utf-8", "replace")
        if wire_kind(head) or head.lstrip()[:1] in (b"{", b"["):
            wired = _wire_document(text.encode("utf-8"), path=path, url=url, fetched_at=fetched_at)
            if wired is not None:
                return wired
        kind = sniff(head)
        if kind == "html":
            doc = read_html(text, url=url, fetched_at=fetched_at, path=path)
            return dataclasses.replace(doc, warnings=warnings + doc.warnings) if warnings else doc
    if kind == "feed":
        raise InputError(
            "the input is an RSS/Atom feed, not a page;" + _USE_INGEST
        )
    if kind == "jsonl":
        raise InputError(
            "the input is JSON Lines or JSON that is not a news item;" + _USE_INGEST
        )
    if kind == "warc":
        raise InputError(
            "the input is a WARC archive, not a page;" + _USE_INGEST
        )
    text = normalise(text)
    if not text:
        raise EmptyInput("the input is empty (it holds no text)")
    return Document(text=text, path=path, url=url, fetched_at=fetched_at, warnings=warnings)
