"""The document layer: what more than one analyser reads, found once per document.

Like spaCy's ``Doc``, over which every pipeline component runs, a :class:`Doc` is
built once from a read :class:`~claimtrack.document.Document` and handed to the
analysers (attribution, figures, entities); none of them cuts the text again::

    Doc            text, language, segment's warnings
    └─ ArticleDoc  one per article segment found (main article, teasers)
       ├─ article    headline, body, dateline, publication time   (segment)
       ├─ sentences  sentence spans, in text order                 (sentences)
       ├─ tokens     one tuple per part (headline, body)           (mentions.tokenize)
       ├─ mentions   named mentions: antecedents and entities      (mentions.find)
       └─ times      time expressions per sentence, searched once   (timeref)
                     on first request: statement and figure times share them

Offsets everywhere are code points into ``Doc.text``, end-exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimtrack.document import Document
from claimtrack.limits import LIMITS, Limits, clip_articles, cut_long_sentences
from claimtrack.mentions import Mention, Token, article_mentions, article_tokens
from claimtrack.mentions.find import _parts
from claimtrack.model import Article, Span
from claimtrack.segment import article_sentences, segment
from claimtrack.timeref import SentenceTimes


@dataclass(frozen=True, slots=True)
class ArticleDoc:
    """One article and what its analysers share: sentences, tokens, mentions, times."""

    article: Article
    sentences: tuple[Span, ...]
    tokens: tuple[tuple[Token, ...], ...]  # headline's, body's (the parts it has)
    mentions: tuple[Mention, ...]
    times: SentenceTimes  # times(sentence) -> the sentence's time expressions


@dataclass(frozen=True, slots=True)
class Doc:
    """A document segmented into articles, each cut once (see the module docstring)."""

    text: str
    language: str
    articles: tuple[ArticleDoc, ...]
    warnings: tuple[str, ...]  # segment's and the word cap's

    @property
    def sentences(self) -> tuple[Span, ...]:
        """Every article's sentences, in text order."""
        return tuple(sorted((s for a in self.articles for s in a.sentences), key=lambda s: s.start))


def build_doc(doc: Document, language: str, limits: Limits = LIMITS) -> Doc:
    """Segment a read document and cut each article once: sentences, tokens, mentions."""
    text = doc.text
    articles, warnings = segment(doc, language)
    articles, clipped = clip_articles(text, articles, limits.words)
    chars = limits.sentence_chars
    layers, cut = [], 0
    for article in articles:
        sentences, n = cut_long_sentences(text, article_sentences(text, article, language), chars)
        layers.append(article_doc(text, article, language, sentences))
        cut += n
    if cut:
        clipped += (f"{cut:,} sentence(s) longer than {chars:,} characters analysed in pieces of at most {chars:,}",)
    return Doc(text, language, tuple(layers), warnings + clipped)


def article_doc(text: str, article: Article, language: str, sentences: tuple[Span, ...] | None = None) -> ArticleDoc:
    """The layer of one article (its tokens cut once, shared by mentions and times);
    ``sentences`` are segment's unless given."""
    tokens = article_tokens(text, article)
    parts = _parts(article)
    return ArticleDoc(
        article,
        article_sentences(text, article, language) if sentences is None else sentences,
        tokens,
        article_mentions(text, article, language, tokens),
        SentenceTimes(text, language, parts, tokens),
    )
