"""Wire items to Documents: NewsML-G2, NITF, IPTC ninjs and news-API JSON.

News agencies deliver XML (IPTC NewsML-G2 ``newsItem``/``newsMessage``, NITF
``nitf``) and news APIs deliver JSON (IPTC ninjs, or an object of their own whose
text sits in an HTML field). Such an item is read field by field into a
:class:`WireItem`; its Document text has the shape every page dump has, so that
segmentation finds the parts as it does on pages::

    Headline

    LYON, 14 Jan (ANP) - First paragraph of the body.
    Second paragraph.

The dateline opening the body is the item's own when its body starts with one,
else it is built from the ``dateline``/``located`` field and the agency (credit
line, provider, copyright holder). Markup, ids, sizes and timestamps never reach
the text. Slugline, by-line and credit line are kept on the WireItem (they are
not article text). An item that replaces or corrects an earlier one says so in a
Document warning that starts with ``revision:`` and names the earlier item.

:func:`wire_kind` sniffs the format from content, :func:`read_wire` reads every
item in the bytes (a ``newsMessage`` or a JSON array holds several).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from claimtrack.document import Document, normalise
from claimtrack.errors import InputError
from claimtrack.isotime import parse_iso

WireKind = Literal["newsml", "nitf", "ninjs", "newsapi"]

_SPACE = re.compile(r"\s*")
_ELEMENT = re.compile(r"<(?:[\w.-]+:)?([A-Za-z][\w.-]*)")
_XML_ROOTS = {"newsItem": "newsml", "newsMessage": "newsml", "nitf": "nitf"}
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li blockquote pre tr td th dd dt hl1 hl2 block caption "
    "media-caption section article header footer figcaption table ul ol dl".split()
)
_DROP = frozenset("script style media media-reference object iframe noscript template svg head".split())
# A body that already opens with a dateline: an upper-case place, maybe ", date" and
# "(AGENCY)", then a dash.
_OWN_DATELINE = re.compile(r"([^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+)*)[^\n]{0,60}?\s[-–—]\s")

# Fields of JSON items, in order of preference (format knowledge, not language).
_JSON_HEADLINE = ("headline", "title", "name")
_JSON_HTML = ("body_html", "body_xhtml", "content_html", "bodyHtml", "html", "content", "body", "article", "text")
_JSON_TEXT = ("body_text", "text", "content", "body", "description", "summary")
_JSON_TIME = (
    "contentcreated", "versioncreated", "firstcreated", "publishedAt", "published_at", "published",
    "datePublished", "pubDate", "date", "created_at", "created", "updated_at", "updated",
)
_JSON_AGENCY = ("copyrightholder", "provider", "agency", "infosource", "infosources", "creditline")
_JSON_LISTS = ("articles", "items", "data", "results", "news", "stories", "entries")
_NINJS_MARKS = ("versioncreated", "firstcreated", "body_html", "body_text", "headlines", "bodies", "located")


@dataclass(frozen=True, slots=True)
class WireItem:
    """One wire item, field by field (all optional except the format and paragraphs)."""

    format: WireKind
    paragraphs: tuple[str, ...]
    headline: str | None = None
    slugline: str | None = None
    dateline: str | None = None
    located: str | None = None
    byline: str | None = None
    creditline: str | None = None
    agencies: tuple[str, ...] = ()
    published: datetime | None = None
    language: str | None = None
    guid: str | None = None
    version: str | None = None
    url: str | None = None
    replaces: str | None = None
    warnings: tuple[str, ...] = field(default=())

    def text(self) -> str:
        """The page-dump shaped text: headline, blank line, dateline-led body."""
        paras = list(self.paragraphs)
        if paras and not _has_dateline(paras[0]):
            prefix = self._dateline_prefix()
            if prefix:
                paras[0] = prefix + paras[0]
        head = [self.headline, ""] if self.headline else []
        return normalise("\n".join(head + paras))

    def _dateline_prefix(self) -> str:
        place = (self.dateline or "").strip().rstrip("-–—:").strip() or (self.located or "").strip()
        if not place:
            return ""
        first, comma, rest = place.partition(",")
        place = first.upper() + comma + rest
        agencies = [a for a in self.agencies if " " not in a]
        return f"{place} ({'/'.join(agencies)}) - " if agencies else f"{place} - "

    def document(
        self, *, path: str | None = None, url: str | None = None, fetched_at: datetime | None = None
    ) -> Document:
        """This item as a Document (raises EmptyInput-like InputError when it holds no text)."""
        text = self.text()
        if not text:
            raise InputError(f"the {_NAMES[self.format]} item holds no headline and no body text")
        warnings = self.warnings
        if self.replaces:
            warnings += (f"revision: this item replaces or corrects {self.replaces}",)
        return Document(
            text=text,
            path=path,
            url=url or self.url,
            fetched_at=fetched_at,
            published=self.published,
            title=self.headline,
            language=self.language,
            warnings=warnings,
        )


_NAMES = {"newsml": "NewsML-G2", "nitf": "NITF", "ninjs": "ninjs", "newsapi": "news API JSON"}


def _has_dateline(paragraph: str) -> bool:
    m = _OWN_DATELINE.match(paragraph)
    return m is not None and not any(c.islower() for c in m.group(1))


def wire_kind(data: bytes) -> WireKind | None:
    """Which wire format ``data`` holds, judged from its content, or None.

    XML by its root element (``newsItem``/``newsMessage``: NewsML-G2; ``nitf``);
    JSON (one object or an array) by its fields: ninjs (``versioncreated``,
    ``body_html``, ``headlines``...) or a news-API object (a headline field and an
    HTML or text body). JSON Lines (several objects) is not one item: None.
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        root = _first_element(head.decode("latin-1"))
        return _XML_ROOTS.get(root) if root else None  # type: ignore[return-value]
    if not head.startswith((b"{", b"[")):
        return None
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        return None
    items = _json_items(value)
    return json_kind(items[0]) if items else None


def _first_element(head: str) -> str | None:
    """The name of the first element after the XML prolog (declarations, processing
    instructions, comments, a doctype), or None.

    A scan, not one regular expression: prolog alternatives that can overlap
    ("<?...?>" spanning two of them) backtrack exponentially on a run of them.
    """
    i = 0
    while True:
        i = _SPACE.match(head, i).end()  # type: ignore[union-attr]
        if head.startswith("<?", i):
            end = head.find("?>", i + 2)
            i = -1 if end < 0 else end + 2
        elif head.startswith("<!--", i):
            end = head.find("-->", i + 4)
            i = -1 if end < 0 else end + 3
        elif head.startswith("<!", i):
            subset = head.find("[", i) if head.startswith("<!DOCTYPE", i) else -1
            close = head.find(">", i)
            if 0 <= subset < close:  # an internal subset: its own ">"s end at "]"
                close = head.find(">", max(head.find("]", subset), subset))
            i = -1 if close < 0 else close + 1
        else:
            m = _ELEMENT.match(head, i)
            return m.group(1) if m else None
        if i < 0:
            return None


def is_json(data: bytes) -> bool:
    """Whether ``data`` is one JSON value (an object or array that parses as a whole)."""
    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return True


def read_wire(data: bytes, *, kind: WireKind | None = None) -> list[WireItem]:
    """Every item in ``data`` (a NewsML-G2 message may hold several, a JSON array too).

    Raises:
        InputError: the bytes are not a wire item, or are broken XML/JSON.
    """
    kind = kind or wire_kind(data)
    if kind in ("newsml", "nitf"):
        root = _parse_xml(data)
        if kind == "nitf":
            return [_nitf_item(root)]
        items = [root] if _local(root) == "newsItem" else [e for e in root.iter() if _local(e) == "newsItem"]
        if not items:
            raise InputError("the NewsML-G2 message holds no newsItem")
        return [_newsml_item(e) for e in items]
    if kind in ("ninjs", "newsapi"):
        try:
            value = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise InputError(f"the JSON can not be read: {exc}") from None
        return [json_item(obj) for obj in _json_items(value)]
    raise InputError("not a wire item: neither NewsML-G2, NITF, ninjs nor news-API JSON")


# --- XML ---------------------------------------------------------------------------


def _parse_xml(data: bytes) -> Any:
    from lxml import etree

    # No entities, no network, no DTD: a wire file is data, never a fetcher.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"the XML is broken: {exc}") from None
    _drop_entities(root)
    return root


def _drop_entities(root: Any) -> None:
    """Replace unexpanded entity references (``&x;``, left by an unread DTD): an HTML
    character name (``&eacute;``) becomes its character, anything else goes. Entities
    are never resolved from a DTD or a file; the text after a reference is kept.
    """
    from html.entities import html5

    from lxml import etree

    for ref in list(root.iter(etree.Entity)):
        keep = html5.get((ref.text or "")[1:], "") + (ref.tail or "")
        parent, prev = ref.getparent(), ref.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + keep
        elif parent is not None:
            parent.text = (parent.text or "") + keep
        if parent is not None:
            parent.remove(ref)


def _local(el: Any) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _find(el: Any, *path: str) -> Any:
    """The first descendant along local names ``path`` (namespaces ignored), or None."""
    for name in path:
        if el is None:
            return None
        el = next((c for c in el.iter() if c is not el and _local(c) == name), None)
    return el


def _text(el: Any) -> str | None:
    if el is None:
        return None
    value = " ".join("".join(el.itertext()).split())
    return value or None


def _time(value: str | None, what: str, warnings: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parse_iso(value, need_offset=False)
    except ValueError:
        warnings.append(f"the {what} {value!r} is not an ISO 8601 time; the item has no publication time")
        return None
    if parsed.utcoffset() is None:
        warnings.append(f"the {what} {value!r} has no zone offset; the item has no publication time")
        return None
    return parsed


def _blocks(el: Any) -> tuple[str, ...]:
    """The paragraphs under ``el``: one per block element, markup gone."""
    if el is None:
        return ()
    el = copy.deepcopy(el)  # the marks below change the tree
    for child in list(el.iter()):
        name = _local(child).lower()
        if name in _DROP and child is not el:
            tail = child.tail
            parent = child.getparent()
            parent.remove(child)
            if tail and parent is not None:
                prev = parent[-1] if len(parent) else None
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
        elif name in _BLOCKS or name == "br":
            child.tail = "\n" + (child.tail or "")
            if name != "br":
                child.text = "\n" + (child.text or "")
    text = "".join(el.itertext())
    return tuple(" ".join(line.split()) for line in text.split("\n") if line.strip())


def _html_blocks(markup: str) -> tuple[str, ...]:
    import lxml.html

    markup = markup.strip()
    if not markup:
        return ()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml refuses odd fragments: read them as text
        return tuple(" ".join(x.split()) for x in re.sub(r"<[^>]*>", "\n", markup).split("\n") if x.strip())
    return _blocks(root)


def _newsml_item(item: Any) -> WireItem:
    warnings: list[str] = []
    meta, content = _find(item, "itemMeta"), _find(item, "contentMeta")
    provider = _find(meta, "provider")
    agencies = _agency_names(
        _text(_find(content, "creditline")),
        provider.get("literal") if provider is not None else None,
        _qcode_code(provider.get("qcode")) if provider is not None else None,
    )
    located = _find(content, "located")
    created = _text(_find(content, "contentCreated")) or _text(_find(meta, "firstCreated"))
    body = _newsml_body(item)
    meta_els = list(meta.iter()) if meta is not None else []
    replaces = next((_link_target(e) for e in meta_els if _local(e) == "link" and _link_target(e)), None)
    corrected = any(
        _local(e) == "signal" and (e.get("qcode") or "").lower().endswith(("correction", "update")) for e in meta_els
    )
    version = item.get("version")
    if replaces is None and (corrected or _later_version(version)):
        replaces = _earlier(item.get("guid"), version)
    lang = _find(content, "language")
    return WireItem(
        format="newsml",
        paragraphs=body,
        headline=_text(_find(content, "headline")),
        slugline=_text(_find(content, "slugline")),
        dateline=_text(_find(content, "dateline")),
        located=_text(_find(located, "name")) if located is not None else None,
        byline=_text(_find(content, "by")),
        creditline=_text(_find(content, "creditline")),
        agencies=agencies,
        published=_time(created or _text(_find(meta, "versionCreated")), "contentCreated", warnings),
        language=(lang.get("tag") if lang is not None else None) or _xml_lang(item),
        guid=item.get("guid"),
        version=version,
        replaces=replaces,
        warnings=tuple(warnings),
    )


def _link_target(link: Any) -> str | None:
    """The item a NewsML-G2 ``link`` points back to, when its relation says it is replaced."""
    rel = (link.get("rel") or "").lower()
    if not any(k in rel for k in ("previous", "replace", "correct", "supersede")):
        return None
    target = link.get("residref") or link.get("href")
    return f"{target} version {link.get('version')}" if target and link.get("version") else target


def _later_version(version: Any) -> bool:
    return str(version).strip().isdigit() and int(str(version).strip()) > 1


def _earlier(guid: Any, version: Any) -> str:
    """The earlier item in words: "<guid> version <n-1>", or "an earlier version of <guid>"."""
    if _later_version(version):
        return f"{guid} version {int(str(version).strip()) - 1}"
    return f"an earlier version of {guid}"


def _newsml_body(item: Any) -> tuple[str, ...]:
    inline = _find(item, "inlineXML")
    if inline is not None:
        nitf_body = _find(inline, "body.content")
        if nitf_body is None:
            nitf_body = _find(inline, "body")
        return _blocks(nitf_body if nitf_body is not None else inline)
    data = _find(item, "inlineData")
    return tuple(x.strip() for x in (data.text or "").split("\n") if x.strip()) if data is not None else ()


def _xml_lang(el: Any) -> str | None:
    return el.get("{http://www.w3.org/XML/1998/namespace}lang")


def _qcode_code(qcode: str | None) -> str | None:
    return qcode.split(":", 1)[1] if qcode and ":" in qcode else None


def _nitf_item(root: Any) -> WireItem:
    warnings: list[str] = []
    docdata = _find(root, "docdata")
    issue = _find(docdata, "date.issue")
    holder = _find(docdata, "doc.copyright")
    correction = _find(docdata, "correction")
    hedline = _find(root, "hedline")
    dateline = _find(root, "dateline")
    city = _find(dateline, "city") if dateline is not None else None
    if dateline is not None:
        story_date = _find(dateline, "story.date")
        if story_date is not None:
            story_date.getparent().remove(story_date)  # the date part: not a place
    distributor = _text(_find(root, "distributor"))
    replaces = None
    if correction is not None:
        replaces = correction.get("id-string") or correction.get("info") or "an earlier item"
    return WireItem(
        format="nitf",
        paragraphs=_blocks(_find(root, "body.content")),
        headline=_text(_find(hedline, "hl1")) if hedline is not None else None,
        dateline=(_text(dateline) or "").strip(" ,") or None,
        located=_text(city),
        byline=_text(_find(root, "byline")),
        creditline=distributor,
        agencies=_agency_names(distributor, holder.get("holder") if holder is not None else None),
        published=_time(issue.get("norm") if issue is not None else None, "date.issue", warnings),
        language=next((_xml_lang(e) for e in (root, _find(root, "body")) if e is not None and _xml_lang(e)), None),
        guid=_find(docdata, "doc-id").get("id-string") if _find(docdata, "doc-id") is not None else None,
        replaces=replaces,
        warnings=tuple(warnings),
    )


def _agency_names(*candidates: str | None) -> tuple[str, ...]:
    """The agencies of the first candidate that names any ("ANP/AFP" -> ANP, AFP)."""
    for c in candidates:
        if c and c.strip():
            parts = [p.strip() for p in re.split(r"[/,;]|\s+-\s+", c) if p.strip()]
            return tuple(dict.fromkeys(parts))
    return ()


# --- JSON --------------------------------------------------------------------------


def _json_items(value: Any) -> list[dict]:
    """The item objects in a JSON value: the object, an array's objects, or a list field's."""
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict) and json_kind(v)]
    if isinstance(value, dict):
        if json_kind(value):
            return [value]
        for key in _JSON_LISTS:
            inner = value.get(key)
            if isinstance(inner, list):
                return [v for v in inner if isinstance(v, dict) and json_kind(v)]
    return []


def json_kind(obj: dict) -> WireKind | None:
    """"ninjs" or "newsapi" when a JSON object is a news item of that kind, else None."""
    if any(k in obj for k in _NINJS_MARKS) and (_first_str(obj, _JSON_HEADLINE) or _ninjs_role(obj, "headlines")):
        return "ninjs"
    if _first_str(obj, _JSON_HEADLINE) and (_first_str(obj, _JSON_HTML) or _first_str(obj, _JSON_TEXT)):
        return "newsapi"
    return None


def _first_str(obj: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _ninjs_role(obj: dict, key: str, prefer: str = "main") -> str | None:
    """ninjs 2.x lists (``headlines``, ``bodies``): the value of role ``prefer``, else the first."""
    values = [v for v in obj.get(key) or () if isinstance(v, dict) and isinstance(v.get("value"), str)]
    chosen = next((v for v in values if v.get("role") == prefer), values[0] if values else None)
    return chosen["value"] if chosen else None


def _name(value: Any) -> str | None:
    """A name from a string, ``{"name": ...}``, or a list of either (first)."""
    if isinstance(value, list):
        return next((n for n in map(_name, value) if n), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("literal")
    return value.strip() if isinstance(value, str) and value.strip() else None


def json_item(obj: dict) -> WireItem:
    """A ninjs or news-API JSON object as a WireItem."""
    kind = json_kind(obj) or "newsapi"
    warnings: list[str] = []
    html = _ninjs_role(obj, "bodies") or _first_str(obj, _JSON_HTML)
    paras = _html_blocks(html) if html and "<" in html else ()
    if not paras:
        plain = _first_str(obj, _JSON_TEXT) or html or ""
        paras = tuple(" ".join(x.split()) for x in plain.split("\n") if x.strip())
    time_key = next((k for k in _JSON_TIME if isinstance(obj.get(k), str)), None)
    agencies = _agency_names(*(_name(obj.get(k)) for k in _JSON_AGENCY))
    located = _name(obj.get("located"))
    by = _name(obj.get("by")) or _name(obj.get("byline")) or _name(obj.get("author"))
    url = next((v for v in (obj.get("url"), obj.get("link"), obj.get("uri")) if isinstance(v, str) and v.startswith(("http://", "https://"))), None)
    version = obj.get("version")
    replaces = _name(obj.get("replaces")) or _name(obj.get("corrects"))
    if replaces is None and _later_version(version):
        replaces = _earlier(obj.get("uri") or obj.get("guid") or obj.get("id"), version)
    headline = _ninjs_role(obj, "headlines") or _first_str(obj, _JSON_HEADLINE)
    return WireItem(
        format=kind,
        paragraphs=paras,
        headline=" ".join(headline.split()) if headline else None,
        slugline=_name(obj.get("slugline")),
        dateline=_name(obj.get("dateline")),
        located=located,
        byline=by,
        creditline=_name(obj.get("creditline")),
        agencies=agencies,
        published=_time(obj.get(time_key) if time_key else None, time_key or "time", warnings),
        language=obj.get("language") if isinstance(obj.get("language"), str) else None,
        guid=_name(obj.get("uri")) or _name(obj.get("guid")) or (str(obj["id"]) if "id" in obj else None),
        version=str(version) if version is not None else None,
        url=url,
        replaces=replaces,
        warnings=tuple(warnings),
    )
