"""``extract``: one document in, one :class:`~claimtrack.model.Extraction` out.

The flow runs one way: read -> the document layer (:mod:`claimtrack.layer`: segment,
then per article sentences, tokens, mentions and time expressions, each found once)
-> per article (statements -> figures) -> entities -> assemble. Every stage is a pure function of immutable
values, so this function is safe to run in a process pool or on a cluster.
"""

from __future__ import annotations

import os
from dataclasses import replace
import re
from datetime import datetime
from pathlib import Path

from claimtrack import lang
from claimtrack.attribution import find_statements
from claimtrack.document import Document
from claimtrack.entities import find_entities
from claimtrack.figures import find_figures
from claimtrack.isotime import parse_iso
from claimtrack.langid import SURE, identify
from claimtrack.layer import build_doc
from claimtrack.limits import LIMITS, Limits, cap_found, collector_paused
from claimtrack.model import Article, DocumentSource, Extraction, Figure, Span, Statement
from claimtrack.errors import InputError
from claimtrack.read import MAX_BYTES, read


def extract(
    source: str | os.PathLike[str] | bytes | Document,
    *,
    fetched_at: datetime | str | None = None,
    language: str | None = None,
    url: str | None = None,
    max_bytes: int = MAX_BYTES,
    limits: Limits = LIMITS,
) -> Extraction:
    """Read a news page and return its articles, statements, figures and entities.

    Args:
        source: a :class:`~pathlib.Path`, raw bytes (text or HTML in any encoding),
            a ready :class:`Document`, or a ``str``. A ``str`` is taken as a path
            when it names an existing file and holds no line break; otherwise it
            is the page text (or HTML) itself.
        fetched_at: when the page was fetched, timezone-aware (a datetime, or an ISO 8601
            string such as ``"2026-01-14T22:00:00+01:00"``). Teaser ages such as
            "34 minuten geleden" are resolved against it; without it they keep
            their expression and get ``value=None``.
        language: a code with data in :mod:`claimtrack.lang` (``"nl"``, ``"en"``,
            any case); default: identified from the page's running text
            (:mod:`claimtrack.langid`). A page identified as a language without
            data gets no articles and a warning, never another language's reading.
        url: the page's address, if known.
        max_bytes: inputs larger than this many bytes are refused before reading.
        limits: how many words are analysed and statements and figures kept per
            document (:class:`claimtrack.limits.Limits`); past them, a warning.

    Returns:
        The :class:`Extraction` of output contract v1; offsets in code points.

    Raises:
        claimtrack.errors.InputError: empty, binary, undecodable or too large input,
            or a ``str`` that looks like a file name (``page.html``) of a file
            that does not exist.
        claimtrack.errors.UnsupportedLanguage: no data for ``language``.
        ValueError: ``fetched_at`` is not an ISO 8601 time or has no timezone.
    """
    if isinstance(fetched_at, str):
        fetched_at = parse_iso(fetched_at)
    if fetched_at is not None and fetched_at.utcoffset() is None:
        raise ValueError("fetched_at needs a timezone offset, e.g. 2026-01-14T22:00:00+01:00")
    if language is not None:
        language = check_language(language)  # fail early, before reading
    doc = _as_document(source, fetched_at=fetched_at, url=url, max_bytes=max_bytes)
    if language is not None:
        return analyse(doc, language, limits=limits)
    found = identify(doc.text, _language_hint(doc))
    if found is None:  # nothing to judge by (no letters): the page's hint, else the default
        return analyse(doc, _language_hint(doc) or lang.DEFAULT_LANGUAGE, limits=limits)
    confidence = round(found.confidence, 3)
    if not found.supported:
        return _unread(doc, found.code, confidence)
    x = analyse(doc, found.code, confidence, limits=limits)
    if found.confidence < SURE:
        warning = f"too little text to identify the language: read as {found.code} (pass --language to choose)"
        x = replace(x, warnings=x.warnings + (warning,))
    return x


def check_language(code: str) -> str:
    """A language code as claimtrack names it ("EN" -> "en").

    Raises:
        claimtrack.errors.UnsupportedLanguage: no data for that language.
    """
    code = code.strip().lower()
    lang.load(code, "page")
    return code


def _unread(doc: Document, code: str, confidence: float) -> Extraction:
    """A page in a language claimtrack has no data for: one article holding the whole
    text, nothing read from it, and the warning says so."""
    warning = (
        f"the page is in a language claimtrack does not read ({code}, confidence {confidence:.2f}); "
        f"no statements or figures were extracted. Supported: {', '.join(lang.available())}; "
        "pass --language to read it as one of those anyway"
    )
    return Extraction(
        source=DocumentSource(doc.path, doc.url, doc.fetched_at, doc.sha256),
        language=code,
        text=doc.text,
        articles=(Article("a0", "main", None, None, None, None, Span.of(doc.text, 0, len(doc.text))),),
        statements=(),
        figures=(),
        warnings=doc.warnings + (warning,),
        language_confidence=confidence,
    )


def analyse(
    doc: Document, language: str, language_confidence: float | None = None, *, limits: Limits = LIMITS
) -> Extraction:
    """Segment and analyse a Document already read (the pure core of :func:`extract`)."""
    if len(doc.text) >= _LONG_TEXT:
        with collector_paused():
            return _analyse(doc, language, language_confidence, limits)
    return _analyse(doc, language, language_confidence, limits)


# A text this long (about 30 pages of news) builds so many objects that the cycle
# collector's full passes cost a tenth of its time (1 MB article: 5.2 -> 4.7 CPU s).
_LONG_TEXT = 100_000


def _analyse(doc: Document, language: str, language_confidence: float | None, limits: Limits) -> Extraction:
    layer = build_doc(doc, language, limits)  # sentences, tokens, mentions, times: once
    text = layer.text
    statements: list[Statement] = []
    figures: list[Figure] = []
    for a in layer.articles:
        found = find_statements(
            text, a.article, a.sentences, language,
            first_id=len(statements), tokens=a.tokens, mentions=a.mentions, times=a.times,
        )  # fmt: skip
        statements.extend(found)
        figures.extend(
            find_figures(
                text, a.article, a.sentences, found, language,
                first_id=len(figures), tokens=a.tokens, times=a.times,
            )  # fmt: skip
        )
    statements, figures, capped = cap_found(statements, figures, limits)
    articles = tuple(a.article for a in layer.articles)
    entities = find_entities(text, articles, tuple(statements), language, mentions=[a.mentions for a in layer.articles])
    return Extraction(
        source=DocumentSource(doc.path, doc.url, doc.fetched_at, doc.sha256),
        language=language,
        text=text,
        articles=articles,
        statements=tuple(statements),
        figures=tuple(figures),
        entities=entities,
        warnings=doc.warnings + layer.warnings + capped,
        language_confidence=language_confidence,
        sentences=layer.sentences,
    )


def _as_document(
    source: str | os.PathLike[str] | bytes | Document,
    *,
    fetched_at: datetime | None,
    url: str | None,
    max_bytes: int,
) -> Document:
    if isinstance(source, Document):
        return source
    if isinstance(source, str) and "\n" not in source and len(source) < 4096:
        try:
            if Path(source).is_file():
                source = Path(source)
            elif _FILE_NAME.fullmatch(source.strip()):
                raise InputError(f"no such file: {source} (pass the text itself, or an existing path)")
        except OSError:
            pass
    return read(source, fetched_at=fetched_at, url=url, max_bytes=max_bytes)


# A string that can only be meant as a file name: "page.html", "dumps/0001.txt".
_FILE_NAME = re.compile(r"[\w./\\~:-]+\.(?:txt|html?|xhtml|xml|jsonl?|warc(?:\.gz)?|rss|atom)", re.IGNORECASE)


def _language_hint(doc: Document) -> str | None:
    """The supported language the page declares (HTML ``lang``, feed metadata), if any."""
    hint = (doc.language or "").split("-")[0].lower()
    return hint if hint and hint in lang.available() else None
