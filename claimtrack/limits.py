"""Per-document caps: an absurdly large document is analysed up to a cap, and says so.

Every stage's time and memory grow with the text it reads (a list of digits costs
about 200 bytes of memory per byte). The input size cap (``max_bytes``, 20 MB)
still lets through far more words than any news page holds, so the analysis
stops at :attr:`Limits.words` words, and keeps at most :attr:`Limits.statements`
statements and :attr:`Limits.figures` figures. What lies past the cap is not
analysed: nothing starting there is kept, and a warning names the character
offset where the analysis stopped. The text itself is always kept whole.

A sentence longer than :attr:`Limits.sentence_chars` characters is analysed in pieces
of at most that length (cut at a clause mark or white space): every cue in one
endless sentence would otherwise report a content running to its end, and the
contents, nested in a chain, grow with the square of the sentence.

The defaults are far above real pages (a long report: 20,000 words, 200 figures; the
longest sentence of the 60 real pages in ``shared/realpages`` is about 500 characters).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import islice

from claimtrack.model import Article, Figure, Span, Statement


@dataclass(frozen=True, slots=True)
class Limits:
    """How much of one document is analysed (see the module text)."""

    words: int = 500_000
    statements: int = 100_000
    figures: int = 100_000
    sentence_chars: int = 2_000


LIMITS = Limits()

_WORD = re.compile(r"\w+")
# Where a long sentence is best cut: after a clause mark, else at white space.
_CLAUSE_MARK = re.compile(r"[,;:\u2013\u2014](?=\s)")
_SPACE = re.compile(r"\s")
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


def cut_long_sentences(text: str, sentences: tuple[Span, ...], chars: int) -> tuple[tuple[Span, ...], int]:
    """The sentences with each one longer than ``chars`` cut into pieces of at most
    ``chars`` characters, and the number of sentences cut. A piece ends after the last
    clause mark of its second half, else at its last white space, else at ``chars``."""
    if all(s.end - s.start <= chars for s in sentences):
        return sentences, 0
    out: list[Span] = []
    cut = 0
    for s in sentences:
        if s.end - s.start <= chars:
            out.append(s)
            continue
        cut += 1
        start = s.start
        while start < s.end:
            end = s.end if s.end - start <= chars else _piece_end(text, start, start + chars)
            piece = text[start:end]
            a = start + len(piece) - len(piece.lstrip())
            b = start + len(piece.rstrip())
            if b > a:
                out.append(Span.of(text, a, b))
            start = end
    return tuple(out), cut


def _piece_end(text: str, start: int, limit: int) -> int:
    half = start + (limit - start) // 2
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, half, limit)]
    if marks:
        return marks[-1]
    spaces = [m.start() for m in _SPACE.finditer(text, half, limit)]
    return spaces[-1] if spaces else limit


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


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a burst of short-lived objects (one long text
    analysed, a store batch written, an event regrouped), back on after (if it was on).
    Reference counting frees those objects; on the way the collector would scan the whole
    warm process several times. Cycles made meanwhile are collected afterwards. The
    setting is process-wide: a thread working meanwhile runs without it too (harmless)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
