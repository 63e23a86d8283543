"""RSS and Atom feeds -> one Document per entry (feedparser; never fetches by itself).

An entry's text is its title on the first line, then its content (Atom
``<content>``, RSS ``<content:encoded>``) or else its summary (``<description>``,
``<summary>``), one paragraph per line. ``url`` is the entry's link, ``published``
its published (else updated) time in UTC, ``language`` the entry's or the feed's
language (primary subtag). With ``follow``, an entry that has only a summary is
replaced by the page its link points to (fetched with :mod:`claimtrack.read.fetch`);
if that fails, the summary Document is kept with a warning.

``Document.path`` of an entry read from a file is ``<file>#entry=<n>`` (n counts
entries from 1 in feed order); ``Reject.source`` uses the same form.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import lxml.html
from lxml import etree

from claimtrack.document import Document, normalise
from claimtrack.errors import InputError
from claimtrack.read.html import element_lines

_ENTRY_OPEN = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>]")
_ENTRY_CLOSE = re.compile(rb"</(?:\w+:)?(?:item|entry)\s*>")
#: The warning of the last entry of a feed whose bytes end inside it.
CUT_ENTRY = "the feed ends inside this entry (cut short?): the entry may be incomplete"
_LANG_CODE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]|$)")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


@dataclasses.dataclass(frozen=True, slots=True)
class FeedItem:
    """A feed entry read, or the reason it could not be: exactly one of ``document``/``reason`` is set."""

    source: str
    document: Document | None = None
    reason: str | None = None
    link: str | None = None
    summary_only: bool = False


class NotAFeed(InputError):
    """The bytes are not an RSS or Atom feed."""


def _html_lines(value: str) -> list[str]:
    if "<" not in value:
        return [line for line in (" ".join(v.split()) for v in value.split("\n")) if line]
    try:
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return [line for line in (" ".join(v.split()) for v in value.split("\n")) if line]
    return element_lines(root)


def _detail_lines(detail: dict | None, value: str | None) -> list[str]:
    if not value:
        return []
    kind = ((detail or {}).get("type") or "text/html").lower()
    if kind.startswith(_HTML_TYPES) or kind in _HTML_TYPES:
        return _html_lines(value)
    return [line for line in (" ".join(v.split()) for v in value.split("\n")) if line]


def _time(parsed: time.struct_time | None) -> datetime | None:
    """feedparser's ``*_parsed`` value (a struct_time already in UTC) as an aware datetime."""
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _language(*values: str | None) -> str | None:
    for value in values:
        m = _LANG_CODE.match((value or "").strip())
        if m:
            return m.group(1).lower()
    return None


def parse_feed(data: bytes) -> tuple[dict, list[dict | str]]:
    """The feed head and its entries, as feedparser gives them.

    feedparser reads a feed in one go, so one odd entry (say an RSS ``<textInput>``
    inside an ``<item>``) makes it raise for the whole feed. Then each entry is
    cut out with lxml and parsed alone; an entry that still fails is given as the
    reason in words (a ``str``) in its place.

    Raises:
        NotAFeed: feedparser finds no RSS/Atom version in the bytes.
    """
    import feedparser  # imported here: only feeds need it

    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    except Exception as exc:  # feedparser bug on one entry: read the entries one by one
        return _one_by_one(data, exc)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f" ({type(problem).__name__})" if problem is not None else ""
        raise NotAFeed(f"not a feed: no RSS or Atom root element{detail}")
    return parsed.get("feed", {}), list(parsed.get("entries", []))


_ATOM = "http://www.w3.org/2005/Atom"


def _one_by_one(data: bytes, first: Exception) -> tuple[dict, list[dict | str]]:
    import feedparser

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise NotAFeed(f"the feed can not be read ({type(first).__name__}: {first})")
    entries: list[dict | str] = []
    for el in root.iter("{*}item", "{*}entry"):
        atom = etree.QName(el).namespace == _ATOM
        head, tail = (b'<feed xmlns="%s">' % _ATOM.encode(), b"</feed>") if atom else (
            b'<rss version="2.0"><channel>', b"</channel></rss>")
        try:
            one = feedparser.parse(head + etree.tostring(el) + tail, sanitize_html=True)
            entries.append(one["entries"][0] if one.get("entries") else "the entry holds nothing readable")
        except Exception as exc:
            entries.append(f"the feed entry can not be read: {type(exc).__name__}: {exc}")
    language = root.findtext(".//{*}language") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return {"language": language}, entries


def feed_items(
    data: bytes,
    source: str,
    *,
    fetched_at: datetime | None = None,
    path: str | None = None,
) -> Iterator[FeedItem]:
    """Each entry of a feed as a :class:`FeedItem` (Document or reason), in feed order.

    An entry that can not be read (a missing link is fine; a library error on an
    odd entry is not) is a FeedItem with a ``reason``; the entries after it are read.

    Args:
        data: the feed's bytes.
        source: how the feed is named in paths and rejects (its file path or URL).
        fetched_at: when the feed was fetched; every entry gets it.
        path: the feed's file path; entries get ``<path>#entry=<n>``; None for a URL.

    Raises:
        NotAFeed: the bytes are not a feed (raised before any item is yielded).
    """
    head, entries = parse_feed(data)
    feed_language = head.get("language")
    cut = _ends_inside_an_entry(data)
    for n, entry in enumerate(entries, start=1):
        item_source = f"{source}#entry={n}"
        if isinstance(entry, str):
            yield FeedItem(item_source, reason=entry)
            continue
        try:
            item = _entry_item(entry, n, item_source, fetched_at, path, feed_language)
            if cut and n == len(entries) and item.document is not None:
                doc = item.document
                item = dataclasses.replace(item, document=dataclasses.replace(doc, warnings=(*doc.warnings, CUT_ENTRY)))
            yield item
        except Exception as exc:  # an odd entry is one reason, never the whole feed
            yield FeedItem(item_source, reason=f"the feed entry can not be read: {type(exc).__name__}: {exc}")


def _ends_inside_an_entry(data: bytes) -> bool:
    """Whether the feed's bytes end after an entry's start tag with no end tag after it (cut short)."""
    last = None
    for last in _ENTRY_OPEN.finditer(data):  # one pass: the last entry's start
        pass
    return last is not None and _ENTRY_CLOSE.search(data, last.end()) is None


def _entry_item(
    entry: dict, n: int, item_source: str, fetched_at: datetime | None, path: str | None, feed_language: str | None
) -> FeedItem:
    title = " ".join((entry.get("title") or "").split())
    contents = entry.get("content") or []
    body: list[str] = []
    for content in contents:
        body = _detail_lines(content, content.get("value"))
        if body:
            break
    summary_only = not body
    if summary_only:
        body = _detail_lines(entry.get("summary_detail"), entry.get("summary"))
    if body and body[0] == title:
        body = body[1:]
    text = normalise("\n".join([title, *body] if title else body))
    link = entry.get("link") or None
    if not text:
        return FeedItem(item_source, reason="feed entry has no title, summary or content", link=link)
    language = _language(
        (entry.get("content") or [{}])[0].get("language"),
        (entry.get("summary_detail") or {}).get("language"),
        feed_language,
    )
    doc = Document(
        text=text,
        path=f"{path}#entry={n}" if path else None,
        url=link,
        fetched_at=fetched_at,
        published=_time(entry.get("published_parsed")) or _time(entry.get("updated_parsed")),
        title=title or None,
        language=language,
    )
    return FeedItem(item_source, document=doc, link=link, summary_only=summary_only)


#: The start of the warning a summary-only entry gets when its link could not be read.
NOT_FOLLOWED = "the entry's link could not be followed: "


def follow_entry(item: FeedItem, read_url: Callable[[str], Document]) -> Document:
    """The page an entry with only a summary links to, read with ``read_url``.

    The page keeps the entry's ``path``, and the entry's ``published`` and ``title``
    when it has none of its own. If ``read_url`` raises an InputError, the
    entry's summary Document is returned with a warning saying why.
    """
    assert item.document is not None
    if not item.summary_only or not item.link:
        return item.document
    try:
        page = read_url(item.link)
    except InputError as exc:
        return dataclasses.replace(
            item.document,
            warnings=item.document.warnings + (f"{NOT_FOLLOWED}{exc}",),
        )
    return dataclasses.replace(
        page,
        path=item.document.path,
        published=page.published or item.document.published,
        title=page.title or item.document.title,
        language=page.language or item.document.language,
    )
