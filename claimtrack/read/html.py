"""HTML news page -> page text in the shape the segmenter reads.

The main article's text, title and publication time come from trafilatura
(``bare_extraction`` with ``favor_precision``; no network). trafilatura drops the
teaser lists ("Meer uit Buitenland", "Lees ook"), so :func:`find_teaser_lists`
finds them in the lxml tree first: a heading followed by a list or series of
items, each with a link, and either a heading that the language data names
(``teaser_headers`` in ``lang/<code>/page.toml``) or an age on at least
half of the items (a ``<time>`` element or a text such as "34 minuten geleden").

The page text has one item per line, as the seed page dumps do::

    <headline>
    <first paragraph, with its dateline: "ZEESTAD (ANP) - ...">
    <more paragraphs>
    <teaser-list heading, e.g. "Meer uit Buitenland">
    <teaser headline, if the item has one>
    <teaser text, e.g. "NOORDHAVEN (ANP/AFP) - ...">
    <teaser age, e.g. "34 minuten geleden">
    ...

An item's age line is the visible text of its ``<time>`` element (or of a text
that reads as an age); a ``<time>`` without visible text gives its ``datetime``
attribute. The age is always written last in its item, wherever the page put it,
because the segmenter reads an age as closing its teaser.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache

import lxml.html
from lxml import etree

from claimtrack import lang
from claimtrack.document import Document, normalise
from claimtrack.errors import EmptyInput, UnsupportedLanguage
from claimtrack.isotime import calendar_date, noon_utc, parse_iso
from claimtrack.read.decode import decode_bytes, drop_nuls
from claimtrack.timeref import match_age

#: Elements that start and end a line of text.
BLOCK_TAGS = frozenset(
    "address article aside blockquote br caption dd details dialog div dl dt fieldset figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary "
    "table tbody thead tfoot tr td th ul".split()
)
#: Elements whose text is never page text (code, media, controls, captions).
DROP_TAGS = frozenset(
    "script style noscript template svg img picture video audio iframe button input select "
    "textarea figcaption object embed canvas head title meta link math".split()
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TEASER_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_WRAPPER_STOP = frozenset({"body", "html", "main", "article"})
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "published_time",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_SPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_LANG_CODE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]|$)")
# "ZEESTAD (ANP) -" or "ZEESTAD -" alone on a line: a dateline the page set apart.
_DATELINE_ONLY = re.compile(
    r"^(?P<place>[^()\d]{2,40}?)\s*(?P<agencies>\([^()]{1,40}\))?\s*(?P<dash>[-\u2013\u2014])?$"
)
_MAX_DEPTH = 400
#: Sum of all elements' depths per kB of HTML above which the page is read without a tree
#: (news pages: a few hundred; 100 nested <div><p> in 1 kB: 10,000).
_NESTING_PER_KB = 3000
# C0 controls (not tab/newline/CR) and lone surrogates: lxml refuses them in any text it is
# given back (drop_tree joins tails), so they become spaces before parsing.
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
#: libxml2's own limits (256 levels, 10 MB text nodes) silently drop content; the
#: page's size cap bounds what the huge-tree parser may take.
_PARSER = lxml.html.HTMLParser(huge_tree=True, no_network=True)


@dataclass(frozen=True, slots=True)
class TeaserItem:
    """One item of a teaser list: its text lines (headline, text), its age line, its link."""

    lines: tuple[str, ...]
    age: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class TeaserList:
    """A teaser list: the heading as on the page ("Meer uit Buitenland") and its items."""

    heading: str
    items: tuple[TeaserItem, ...]


@dataclass(frozen=True, slots=True)
class _Patterns:
    heading: re.Pattern[str] | None
    age: Callable[[str], bool] | None


@cache
def _patterns(language: str) -> _Patterns:
    """Teaser headings from ``lang/<language>/page.toml`` (the segmenter's own list,
    read as prefixes: "Meer uit {section}" -> "Meer uit"), and ages as
    :func:`claimtrack.timeref.match_age` reads them."""
    try:
        data = lang.load(language, "page")
    except (FileNotFoundError, UnsupportedLanguage):
        return _Patterns(None, None)
    prefixes = {h.split("{section}")[0].strip() for h in data.get("teaser_headers", [])}
    alternation = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(prefixes, key=len, reverse=True) if w
    )
    heading = re.compile(rf"^(?:{alternation})\b", re.I) if alternation else None

    def is_age(line: str) -> bool:
        found = match_age(line, 0, language)
        return found is not None and found.end == len(line)

    return _Patterns(heading, is_age)


def _clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _glued(child: etree._Element) -> bool:
    """Whether ``child`` follows an element sibling with no space and starts with a capital or digit."""
    prev = child.getprevious()
    if prev is None or not isinstance(prev.tag, str) or prev.tail or not isinstance(child.tag, str):
        return False
    prev_text = prev.text_content()
    first = child.text_content()[:1]
    return bool(prev_text) and not prev_text[-1].isspace() and (first.isupper() or first.isdigit())


def element_lines(
    element: lxml.html.HtmlElement,
    times: list[str] | None = None,
    age: Callable[[str], bool] | None = None,
    split_glued: bool = False,
) -> list[str]:
    """The visible text of ``element`` as lines: one per block element (p, div, h2, li, br, ...).

    Whitespace runs become one space; empty lines go; script, style, media,
    buttons and figure captions are left out. If ``times`` is a list, each
    ``<time>`` element is taken out of the flow and its visible text (or, when
    it has none, its ``datetime`` attribute) is appended to ``times``; so is
    each element whose whole text matches ``age`` ("1 uur geleden" in a
    ``<span>``), so that an age never runs into the text before or after it.

    With ``split_glued`` (used for teaser items), an inline element that follows
    another one with no space between them and starts with a capital or a digit
    starts a new line: ``<span>Kop</span><span>ZEESTAD (ANP) - ...</span>`` gives
    two lines, not "KopZEESTAD" (the glue seen in page dumps).
    """
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = _clean("".join(buf))
        buf.clear()
        if line:
            lines.append(line)

    def walk(el: etree._Element, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in DROP_TAGS or depth > _MAX_DEPTH:
            pass
        elif times is not None and tag == "time":
            value = _clean(el.text_content()) or _clean(el.get("datetime"))
            if value:
                times.append(value)
        elif times is not None and age is not None and len(el) == 0 and age(_clean(el.text)):
            times.append(_clean(el.text))
        else:
            block = tag in BLOCK_TAGS
            if block:
                flush()
            if el.text:
                buf.append(el.text)
            for child in el:
                if split_glued and buf and _glued(child):
                    flush()
                walk(child, depth + 1)
            if block:
                flush()
        if el.tail and depth > 0:
            buf.append(el.tail)

    walk(element, 0)
    flush()
    return lines


def _has_link(el: etree._Element) -> bool:
    if el.tag == "a" and el.get("href"):
        return True
    return any(a.get("href") for a in el.iter("a"))


def _is_heading(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and (el.tag in _HEADINGS or el.get("role") == "heading")


def _items_after(heading: etree._Element) -> list[etree._Element]:
    """The items that follow a heading: a list's children, or a series of siblings with links."""
    node = heading
    for _ in range(3):
        siblings = []
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if _is_heading(sib):
                break
            siblings.append(sib)
        siblings = [s for s in siblings if _has_link(s)]
        if siblings:
            break
        parent = node.getparent()
        if parent is None or parent.tag in _WRAPPER_STOP:
            return []
        if _clean(parent.text_content()) != _clean(node.text_content()):
            return []  # the parent holds more than the heading: it is no mere wrapper
        node = parent
    else:
        return []
    if len(siblings) > 1:
        return siblings
    container = siblings[0]
    while (
        len(container) == 1
        and container.tag not in ("a", "li")
        and isinstance(container[0].tag, str)
        and not _clean(container.text)
    ):
        container = container[0]
    kids = [k for k in container if isinstance(k.tag, str) and _has_link(k)]
    if len(kids) > 1 or (kids and container.tag in ("ul", "ol")):
        return kids
    return [container]


def _teaser_item(item: etree._Element, age_re: Callable[[str], bool] | None) -> TeaserItem | None:
    times: list[str] = []
    lines = element_lines(item, times, age_re, split_glued=True)
    age = times[0] if times else None
    if age is None and age_re is not None:
        for i, line in enumerate(lines):
            if age_re(line):
                age = lines.pop(i)
                break
    deduped = [line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1]]
    if not deduped:
        return None
    link = item if item.tag == "a" else next((a for a in item.iter("a") if a.get("href")), None)
    return TeaserItem(tuple(deduped), age, link.get("href") if link is not None else None)


def _inside(el: etree._Element, tags: frozenset[str]) -> bool:
    return any(a.tag in tags for a in el.iterancestors())


def _teaser_blocks(
    root: lxml.html.HtmlElement, language: str
) -> Iterator[tuple[TeaserList, list[etree._Element]]]:
    """Each teaser list with the elements it was read from (heading and items), in page order."""
    patterns = _patterns(language)
    taken: set[etree._Element] = set()
    for heading in root.iter():
        if not isinstance(heading.tag, str):
            continue
        if not (heading.tag in _TEASER_HEADINGS or heading.get("role") == "heading"):
            continue
        if heading in taken or any(a in taken for a in heading.iterancestors()):
            continue
        if _inside(heading, frozenset({"nav"})):
            continue
        title = _clean(heading.text_content())
        if not title or len(title) > 80:
            continue
        elements = _items_after(heading)
        items = [(el, it) for el in elements if (it := _teaser_item(el, patterns.age)) is not None]
        if not items:
            continue
        named = patterns.heading is not None and patterns.heading.match(title) is not None
        dated = sum(1 for _, it in items if it.age is not None)
        if not (named or (len(items) >= 2 and 2 * dated >= len(items))):
            continue
        used = [heading] + [el for el, _ in items]
        taken.update(used)
        yield TeaserList(title, tuple(it for _, it in items)), used


def find_teaser_lists(
    html: str | lxml.html.HtmlElement, language: str = lang.DEFAULT_LANGUAGE
) -> tuple[TeaserList, ...]:
    """The teaser lists of a page, in page order.

    Args:
        html: the page's HTML text, or its parsed lxml root.
        language: the code whose ``page.toml`` names teaser headings (ages: ``time.toml``);
            without data only lists whose items carry ages are found.

    Lists inside ``<nav>`` are never teaser lists. See the module docstring for the rule.
    """
    root = _parse(html) if isinstance(html, str) else html
    return tuple(block for block, _ in _teaser_blocks(root, language))


def _parse(html: str) -> lxml.html.HtmlElement:
    html = _NOT_XML_TEXT.sub(" ", _XML_DECLARATION.sub("", html, count=1))
    if not html.strip():
        raise EmptyInput("the HTML page is empty")
    try:
        return lxml.html.document_fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise EmptyInput(f"the HTML page holds no elements to read ({exc})") from None


def _nesting(root: etree._Element) -> tuple[int, int]:
    """How deep elements nest under ``root``, and the sum of every element's depth
    (iteratively: no recursion on hostile pages)."""
    depth = deepest = total = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
        total += depth if event == "start" else 0
    return deepest, total


def _too_nested(html: str, root: etree._Element) -> bool:
    """Whether the tree readers would be slow or lose text: deeper than ``_MAX_DEPTH``, or
    more nesting per kB than ``_NESTING_PER_KB`` (their work grows with the sum of depths:
    260 unclosed ``<div><p>`` in 2.6 kB took trafilatura 260 ms)."""
    deepest, total = _nesting(root)
    return deepest > _MAX_DEPTH or total > _NESTING_PER_KB * max(len(html) / 1000, 1.0)


# One tag (or comment, doctype, processing instruction) up to its ">": a linear scan.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*>|<[!?/][^>]*>")


def markup_lines(html: str) -> list[str]:
    """The text of HTML read by a tag scanner, without a tree: one line per block element.

    The fallback for pages the tree parser can not hold (nesting beyond libxml2's
    depth limit, which drops the deeper content without a word). Script, style
    and the other :data:`DROP_TAGS` with content are left out.
    """
    import html as entities

    lines: list[str] = []
    buf: list[str] = []
    skip: str | None = None
    pos = 0

    def flush() -> None:
        if line := _clean(entities.unescape("".join(buf))):
            lines.append(line)
        buf.clear()

    for m in _TAG.finditer(html):
        if skip is None:
            buf.append(html[pos : m.start()])
        pos = m.end()
        name, closing = (m.group(2) or "").lower(), m.group(1) == "/"
        if skip is not None:
            skip = None if closing and name == skip else skip
        elif name in _SKIP_CONTENT and not closing:
            skip = name
        elif name in BLOCK_TAGS:
            flush()
    if skip is None:
        buf.append(html[pos:])
    flush()
    return lines


_SKIP_CONTENT = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "title"})


def _language(root: lxml.html.HtmlElement) -> str | None:
    candidates = [
        root.get("lang"),
        root.get("xml:lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
    ]
    for meta in root.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            candidates.append(meta.get("content"))
    for value in candidates:
        m = _LANG_CODE.match((value or "").strip())
        if m:
            return m.group(1).lower()
    return None


def _json_ld_dates(root: lxml.html.HtmlElement) -> Iterator[str]:
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str):
                    yield value
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
            elif isinstance(item, list):
                stack.extend(item)


def _published_candidates(root: lxml.html.HtmlElement) -> Iterator[str]:
    metas: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and key not in metas:
            metas[key] = content
    for key in _PUBLISHED_KEYS:
        if key in metas:
            yield metas[key]
    yield from _json_ld_dates(root)
    for el in root.iter("time"):
        if el.get("datetime") and (el.get("pubdate") is not None or el.get("itemprop") == "datePublished"):
            yield el.get("datetime")


def parse_published(value: str) -> tuple[datetime | None, str | None]:
    """A publication time from page metadata, and a warning if it had to be completed.

    Reads ISO 8601 (``2026-01-12T18:05:00+01:00``, ``...Z``, ``2026-01-12``) and
    RFC 2822 (``Mon, 12 Jan 2026 17:05:00 GMT``). Decisions, each with a warning:

    * a date without a time of day becomes 12:00 UTC that day, so that the
      calendar day is the same in every zone from UTC-11 to UTC+11 (day
      granularity is all such a value supports);
    * a time without a zone offset is taken as UTC.

    Returns ``(None, None)`` for a value that is not a time.
    """
    value = value.strip()
    if not value:
        return None, None
    day = calendar_date(value)
    if day is not None:
        return noon_utc(day), f"the publication date {value} has no time of day; it is read as 12:00 UTC"
    try:
        parsed = parse_iso(value, need_offset=False)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None, None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        return parsed.replace(
            tzinfo=UTC
        ), f"the publication time {value} has no zone offset; it is read as UTC"
    return parsed, None


def _meta_title(root: lxml.html.HtmlElement) -> str:
    """``og:title`` or ``twitter:title`` (titles without the site name), else ``<title>``; "" if none."""
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:title", "twitter:title") and _clean(meta.get("content")):
            return _clean(meta.get("content"))
    return _clean(next((t.text_content() for t in root.iter("title")), ""))


def _headline(root: lxml.html.HtmlElement) -> str | None:
    h1s = [h for h in root.iter("h1") if _clean(h.text_content())]
    preferred = [h for h in h1s if _inside(h, frozenset({"article", "main"}))]
    others = [h for h in h1s if not _inside(h, frozenset({"header", "nav", "footer"}))]
    for group in (preferred, others):
        if group:
            return _clean(group[0].text_content())
    return None


def _merge_datelines(paragraphs: list[str]) -> list[str]:
    """Join a line that holds only a dateline ("ZEESTAD (ANP) -") to the paragraph after it."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        line = paragraphs[i]
        m = _DATELINE_ONLY.match(line)
        if (
            m is not None
            and i + 1 < len(paragraphs)
            and m.group("place").strip().isupper()
            and (m.group("agencies") or m.group("dash"))
        ):
            joiner = " " if m.group("dash") else " - "
            out.append(line + joiner + paragraphs[i + 1])
            i += 2
            continue
        out.append(line)
        i += 1
    return out


@cache
def _trafilatura():  # type: ignore[no-untyped-def]
    """trafilatura, imported on first use (it takes 0.2 s and only HTML needs it).

    htmldate, which finds trafilatura's publication date, hands a date string
    its own rules cannot read to dateparser over all of dateparser's 205
    locales; the first such string in a process loads all their data (3 s of
    CPU, 35 MB), charged to whichever page came first. Its parser is set here
    to the languages claimtrack reads (0.3 s to load): a page we can analyse
    does not date itself in a language we do not read.
    """
    import trafilatura

    try:
        from htmldate import extractors
    except ImportError:
        return trafilatura
    if callable(getattr(extractors, "get_external_parser", None)):
        extractors.get_external_parser = _date_parser
    return trafilatura


@cache
def _date_parser():  # type: ignore[no-untyped-def]
    """dateparser for htmldate: its own settings (htmldate 1.x), our languages only."""
    from dateparser import DateDataParser

    settings = {
        "NORMALIZE": True,
        "PARSERS": ["custom-formats", "absolute-time"],
        "PREFER_DATES_FROM": "past",
        "PREFER_LOCALE_DATE_ORDER": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": True,
    }
    return DateDataParser(languages=sorted(lang.available()), settings=settings)


def _fallback_paragraphs(root: lxml.html.HtmlElement) -> list[str]:
    """Paragraphs when trafilatura finds no main text: the <p> elements of article, main or body."""
    scope = root
    for tag in ("main", "article"):
        found = next(root.iter(tag), None)
        if found is not None:
            scope = found
    skip = frozenset({"nav", "header", "footer", "aside", "form"})
    lines: list[str] = []
    for p in scope.iter("p"):
        if not _inside(p, skip):
            lines.extend(element_lines(p))
    return lines


def check_aware(when: datetime | None) -> None:
    """Raise ValueError if ``when`` is a datetime without a zone offset (None passes)."""
    if when is not None and when.utcoffset() is None:
        raise ValueError(
            f"fetched_at needs a zone offset, e.g. 2026-01-12T18:05:00+01:00, not {when.isoformat()}"
        )


def _flat(html: str, root: lxml.html.HtmlElement, warnings: list[str], **fields: object) -> Document:
    """A Document from :func:`markup_lines`, for a page the tree readers found too deep or empty."""
    text = normalise("\n".join(markup_lines(html)))
    if not text:
        raise EmptyInput("the HTML page holds no text: no title, no headline, no main text, no teaser list")
    warnings.append(
        f"the page nests elements too deeply (more than {_MAX_DEPTH} levels, or {_NESTING_PER_KB:,} "
        "levels in all per kB) or its tree held no text; "
        "its text was read without layout (no headline, no teaser lists)"
    )
    return Document(text=text, language=_language(root), warnings=tuple(warnings), **fields)  # type: ignore[arg-type]


def read_html(
    html: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | None = None,
    path: str | None = None,
    encoding: str | None = None,
) -> Document:
    """An HTML news page as a Document whose text has the shape of a page dump.

    Args:
        html: the page as text, or as bytes (decoded as :func:`claimtrack.read.decode`
            does; ``encoding`` is a transport charset such as HTTP's).
        url: the page's address (only stored; nothing is fetched).
        fetched_at: when the page was fetched, timezone-aware (only stored).
        path: the file it was read from (only stored).

    Returns:
        A Document with ``text`` as described in the module docstring (normalised
        with :func:`claimtrack.document.normalise`), ``title`` (trafilatura's title,
        else ``<title>``), ``published`` (metadata, see :func:`parse_published`),
        ``language`` (the primary subtag of ``<html lang>``, ``Content-Language`` or
        ``og:locale``, lower case) and ``warnings``. A page with a title or headline
        but no main text gives a Document holding the headline (and teasers) with a
        warning.

    Raises:
        EmptyInput: the page holds no text at all.
        BinaryInput, InputError: for bytes, as :func:`claimtrack.read.decode`.
        ValueError: ``fetched_at`` has no zone offset.
    """
    check_aware(fetched_at)
    warnings: list[str] = []
    if isinstance(html, bytes):
        html, decode_warnings = decode_bytes(html, encoding)
    else:
        html, decode_warnings = drop_nuls(html)
    warnings.extend(decode_warnings)
    root = _parse(html)
    if _too_nested(html, root):
        return _flat(html, root, warnings, path=path, url=url, fetched_at=fetched_at)
    for inert in list(root.iter("template")):  # shown only when a script copies it: no page text (trafilatura kept it)
        inert.drop_tree()
    language = _language(root)
    published: datetime | None = None
    for candidate in _published_candidates(root):
        published, warning = parse_published(candidate)
        if published is not None:
            if warning:
                warnings.append(warning)
            break
    headline = _headline(root)
    page_title = _meta_title(root)
    data_language = (
        language if language and _patterns(language).heading is not None else lang.DEFAULT_LANGUAGE
    )
    blocks = list(_teaser_blocks(root, data_language))
    for _, elements in blocks:
        for el in elements:
            if el.getparent() is not None:
                el.drop_tree()

    trafilatura = _trafilatura()
    try:
        result = trafilatura.bare_extraction(
            root,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura bug on an odd page: fall back, say so
        result = None
        warnings.append(f"trafilatura failed on this page ({type(exc).__name__}); paragraphs read directly")
    text = getattr(result, "text", None) or ""
    title = _clean(getattr(result, "title", None)) or page_title or None
    meta_date = getattr(result, "date", None)
    if published is None and isinstance(meta_date, str):
        published, warning = parse_published(meta_date)
        if warning:
            warnings.append(warning)
    paragraphs = [_clean(line) for line in text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        paragraphs = _fallback_paragraphs(root)
    headline = headline or title
    if paragraphs and headline and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]
    paragraphs = _merge_datelines(paragraphs)
    if not paragraphs:
        shown = " and its teaser lists" if blocks else ""
        warnings.append(
            f"no main article text found in the HTML page; the text holds only its headline{shown}"
        )
    lines = [headline] if headline else []
    lines.extend(paragraphs)
    for block, _ in blocks:
        lines.append(block.heading)
        for item in block.items:
            lines.extend(item.lines)
            if item.age:
                lines.append(item.age)
    page_text = normalise("\n".join(lines))
    if not page_text:
        return _flat(html, root, warnings, path=path, url=url, fetched_at=fetched_at)
    return Document(
        text=page_text,
        path=path,
        url=url,
        fetched_at=fetched_at,
        published=published,
        title=title,
        language=language,
        warnings=tuple(warnings),
    )
