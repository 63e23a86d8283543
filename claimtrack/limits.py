"""Per-document caps: an absurdly large document is analysed up to a cap, and says so.

Every stage's time and memory grow with the text it reads (a list of digits costs
about 200 bytes of memory per byte). The input size cap (``max_bytes``, 20 MB)
still lets through far more words than any news page holds, so the analysis
stops at :attr:`Limits.words` words, and keeps at most :attr:`Limits.statements`
statements and :attr:`Limits.figures` figures. What lies past the cap is not
analysed: nothing starting there is kept, and a warning names the character
offset where the analysis stopped. The text itself is always kept whole.

The defaults are far above real pages (a long report: 20,000 words, 200 figures).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from claimtrack.model import Article, Figure, Span, Statement


@dataclass(frozen=True, slots=True)
class Limits:
    """How much of one document is analysed (see the module text)."""

    words: int = 500_000
    statements: int = 100_000
    figures: int = 100_000


LIMITS = Limits()

_WORD = re.compile(r"\w+")
# A cut moves back to the line break before it when that is this close.
_LINE_REACH = 10_000


def word_cut(text: str, words: int) -> int | None:
    """The offset where analysis stops: before word number ``words + 1`` (at the line
    break before it when near), or None when the text holds no more words than that."""
    if len(text) < 2 * words + 1:  # a word and a separator each: it cannot hold more
        return None
    over = next(islice(_WORD.finditer(text), words, None), None)
    if over is None:
        return None
    line = text.rfind("\n", 0, over.start())
    return line if line > 0 and over.start() - line <= _LINE_REACH else over.start()


def clip_articles(
    text: str, articles: tuple[Article, ...], words: int
) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """The articles cut at :func:`word_cut`: bodies end there, later articles are left out."""
    cut = word_cut(text, words)
    if cut is None:
        return articles, ()
    kept = []
    for article in articles:
        if article.body.start >= cut:
            continue
        if article.body.end > cut:
            article = replace(article, body=Span.of(text, article.body.start, cut))
        kept.append(article)
    warning = f"the document holds more than {words:,} words; only those before character {cut:,} were analysed"
    return tuple(kept), (warning,)


def cap_found(
    statements: list[Statement], figures: list[Figure], limits: Limits
) -> tuple[list[Statement], list[Figure], tuple[str, ...]]:
    """Statements and figures up to their caps: both are cut where the first one over
    a cap starts, so that what is kept is everything found before that offset."""
    cuts = []
    if len(statements) > limits.statements:
        cuts.append((sorted(_start(s) for s in statements)[limits.statements], f"{limits.statements:,} statements"))
    if len(figures) > limits.figures:
        cuts.append((sorted(f.span.start for f in figures)[limits.figures], f"{limits.figures:,} figures"))
    if not cuts:
        return statements, figures, ()
    cut, what = min(cuts)
    statements = [s for s in statements if _start(s) < cut]
    ids = {s.id for s in statements}
    statements = [s if s.via is None or s.via in ids else replace(s, via=None) for s in statements]
    figures = [f for f in figures if f.span.start < cut]
    warning = f"the document holds more than {what}; only those before character {cut:,} were kept"
    return statements, figures, (warning,)


def _start(statement: Statement) -> int:
    return min([statement.cue.start, statement.content.start] + [s.span.start for s in statement.sources])
