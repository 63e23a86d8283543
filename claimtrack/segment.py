"""Segment a page into articles. STUB being written."""
from __future__ import annotations
from claimtrack.document import Document
from claimtrack.model import Article, Span
from claimtrack.sentences import split_sentences


def segment(doc: Document, language: str) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    text = doc.text
    return (Article("a0", "main", None, None, None, None, Span.of(text, 0, len(text))),), ()


def article_sentences(text: str, article: Article, language: str) -> tuple:
    spans = ([article.headline] if article.headline else []) + [article.body]
    return tuple(s for sp in spans for s in split_sentences(text, sp, language))
