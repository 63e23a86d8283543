"""JSON Lines -> one Document per line.

Each non-blank line is a JSON object with ``"text"`` (a page dump) or ``"html"``
(an HTML page), and optionally ``"url"``, ``"fetched_at"`` (ISO 8601 with an
offset), ``"published"`` (ISO 8601 with an offset), ``"title"`` and ``"language"``.
A line's own ``fetched_at`` wins over the one given to the reader.

``Document.path`` is ``<file>#line=<n>``, n counting the file's lines from 1
(blank lines included); ``Reject.source`` uses the same form. A bad line (not
UTF-8, not JSON, not an object, no text, a field of the wrong type, a time
without offset, longer than ``max_bytes``, nested deeper than :data:`MAX_DEPTH`, an
integer too long to read) gives a reason and the reading goes on.
A line without ``"text"``/``"html"`` that is an IPTC ninjs or news-API object is
read as a wire item (see :mod:`claimtrack.read.wire`).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import BinaryIO

from claimtrack.document import Document
from claimtrack.errors import InputError
from claimtrack.isotime import parse_iso
from claimtrack.read.wire import json_item, json_kind
from claimtrack.read.decode import replace_surrogates

#: JSON nesting deeper than this is refused (a page object needs two levels at most).
MAX_DEPTH = 64
# Strings (with escapes) are matched whole so that brackets inside them are not counted.
_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_STR_FIELDS = ("text", "html", "url", "fetched_at", "published", "title", "language")


class BadLine(InputError):
    """A JSONL line that does not hold a page."""


def _time(obj: dict, key: str) -> datetime | None:
    value = obj.get(key)
    if value is None:
        return None
    try:
        parsed = parse_iso(value, need_offset=False)
    except ValueError:
        raise BadLine(f"{key!r} is not an ISO 8601 time: {value!r}") from None
    if parsed.utcoffset() is None:
        raise BadLine(f"{key!r} needs a zone offset, e.g. 2026-01-12T18:05:00+01:00: {value!r}")
    return parsed


def _object(line: bytes) -> dict:
    """The JSON object of one line; every way it can fail is a :class:`BadLine`."""
    try:
        text = line.decode("utf-8").strip().removeprefix("\ufeff")  # a file saved with a byte order mark
    except UnicodeDecodeError:
        raise BadLine("the line is not UTF-8") from None
    if _deeper_than(text, MAX_DEPTH):
        raise BadLine(f"the line nests JSON more than {MAX_DEPTH} levels deep")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        # json's messages for a cut string end in "starting at": the position completes them
        raise BadLine(f"the line is not JSON ({exc.msg.removesuffix(' at')} at character {exc.pos + 1})") from None
    except (ValueError, RecursionError) as exc:  # e.g. an integer of more than 4,300 digits
        raise BadLine(f"the line can not be read as JSON: {str(exc)[:200]}") from None
    if not isinstance(obj, dict):
        raise BadLine(f"the line is a JSON {type(obj).__name__}, not an object")
    return obj


def _deeper_than(text: str, limit: int) -> bool:
    """Whether brackets outside strings nest deeper than ``limit`` (a linear scan, no recursion)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for m in _BRACKETS.finditer(text):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def line_document(
    line: bytes,
    path: str,
    *,
    fetched_at: datetime | None,
    read_page: Callable[..., Document],
) -> Document:
    """One JSONL line as a Document (``path`` is stored as given).

    ``read_page(source, *, url, fetched_at)`` turns the ``text``/``html`` value into
    a Document (:func:`claimtrack.read.read` fits).

    Raises:
        BadLine: the line does not hold a page (the message says why).
        InputError: from ``read_page`` (empty, binary, too large).
    """
    obj = _object(line)
    if not (obj.get("html") or obj.get("text")) and json_kind(obj):
        when = _time(obj, "fetched_at") if isinstance(obj.get("fetched_at"), str) else None
        return json_item(obj).document(path=path, fetched_at=when or fetched_at)
    for key in _STR_FIELDS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise BadLine(f"{key!r} must be a string, not {type(obj[key]).__name__}")
        if obj.get(key):  # "\ud800" in JSON is a lone surrogate: unwritable, so replaced
            obj[key] = replace_surrogates(obj[key])[0]
    page = obj.get("html") or obj.get("text")
    if not page:
        if "html" in obj or "text" in obj:
            raise BadLine('the object\'s "text" (or "html") is empty; give the page\'s text, or leave the line out')
        raise BadLine('the object has neither "text" nor "html"')
    when = _time(obj, "fetched_at") or fetched_at
    published = _time(obj, "published")
    doc = read_page(page, url=obj.get("url"), fetched_at=when)
    return dataclasses.replace(
        doc,
        path=path,
        published=published or doc.published,
        title=obj.get("title") or doc.title,
        language=obj.get("language") or doc.language,
    )


def jsonl_lines(stream: BinaryIO, *, max_bytes: int, limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """``(line number from 1, bytes)`` for each non-blank line of the first ``limit`` lines
    (all without one); ``None`` for a line over ``max_bytes``.

    A too-long line is skipped to its end without holding it in memory.
    """
    n = 0
    while limit is None or n < limit:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        n += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the long line
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield n, None
            continue
        if line.strip():
            yield n, line
