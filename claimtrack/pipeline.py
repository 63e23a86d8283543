"""``extract``: one document in, one :class:`~claimtrack.model.Extraction` out.

The flow runs one way: read -> segment -> per article (sentences -> statements ->
figures) -> entities -> assemble. Every stage is a pure function of immutable
values, so this function is safe to run in a process pool or on a cluster.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from claimtrack import lang
from claimtrack.attribution import find_statements
from claimtrack.document import Document
from claimtrack.entities import find_entities
from claimtrack.figures import find_figures
from claimtrack.mentions import article_mentions, article_tokens
from claimtrack.model import DocumentSource, Extraction, Figure, Statement
from claimtrack.errors import InputError
from claimtrack.read import MAX_BYTES, read
from claimtrack.segment import article_sentences, segment


def extract(
    source: str | os.PathLike[str] | bytes | Document,
    *,
    fetched_at: datetime | None = None,
    language: str | None = None,
    url: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Extraction:
    """Read a news page and return its articles, statements, figures and entities.

    Args:
        source: a :class:`~pathlib.Path`, raw bytes (text or HTML in any encoding),
            a ready :class:`Document`, or a ``str``. A ``str`` is taken as a path
            when it names an existing file and holds no line break; otherwise it
            is the page text (or HTML) itself.
        fetched_at: when the page was fetched, timezone-aware. Teaser ages such as
            "34 minuten geleden" are resolved against it; without it they keep
            their expression and get ``value=None``.
        language: a code with data in :mod:`claimtrack.lang` (``"nl"``, ``"en"``);
            default: the page's own hint if supported, else ``"nl"``.
        url: the page's address, if known.
        max_bytes: inputs larger than this many bytes are refused before reading.

    Returns:
        The :class:`Extraction` of output contract v1; offsets in code points.

    Raises:
        claimtrack.errors.InputError: empty, binary, undecodable or too large input,
            or a ``str`` that looks like a file name (``page.html``) of a file
            that does not exist.
        claimtrack.errors.UnsupportedLanguage: no data for ``language``.
        ValueError: ``fetched_at`` has no timezone.
    """
    if fetched_at is not None and fetched_at.utcoffset() is None:
        raise ValueError("fetched_at needs a timezone offset, e.g. 2026-01-14T22:00:00+01:00")
    doc = _as_document(source, fetched_at=fetched_at, url=url, max_bytes=max_bytes)
    code = language or _language_hint(doc)
    lang.load(code, "page")  # fail early and clearly on an unsupported language
    return analyse(doc, code)


def analyse(doc: Document, language: str) -> Extraction:
    """Segment and analyse a Document already read (the pure core of :func:`extract`)."""
    text = doc.text
    articles, warnings = segment(doc, language)
    statements: list[Statement] = []
    figures: list[Figure] = []
    mentions = []
    for article in articles:
        sentences = article_sentences(text, article, language)
        # Tokens and name mentions are cut once per article and shared by
        # attribution and entities.
        tokens = article_tokens(text, article)
        mentions.append(article_mentions(text, article, language, tokens))
        found = find_statements(
            text, article, sentences, language, first_id=len(statements), tokens=tokens, mentions=mentions[-1]
        )
        statements.extend(found)
        figures.extend(
            find_figures(text, article, sentences, found, language, first_id=len(figures))
        )
    entities = find_entities(text, articles, tuple(statements), language, mentions=mentions)
    return Extraction(
        source=DocumentSource(doc.path, doc.url, doc.fetched_at, doc.sha256),
        language=language,
        text=text,
        articles=articles,
        statements=tuple(statements),
        figures=tuple(figures),
        entities=entities,
        warnings=doc.warnings + warnings,
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


def _language_hint(doc: Document) -> str:
    hint = (doc.language or "").split("-")[0].lower()
    return hint if hint in lang.available() else lang.DEFAULT_LANGUAGE
