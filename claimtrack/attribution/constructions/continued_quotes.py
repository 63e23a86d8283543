"""Continued quotes: a quotation with no cue of its own after a statement is the same
source and cue ('"A", zei hij. "B."'); see :func:`find`."""

from __future__ import annotations

from claimtrack.attribution.base import ArticleText, Found
from claimtrack.mentions import Token
from claimtrack.model import Span


def find(art: ArticleText, found: list[Found]) -> list[Found]:
    """Quotations with no cue of their own that follow a statement: the same source and cue.

    '"A", zei hij. "B."' and 'X vertelt dat A. "B. C?"' -- a sentence that opens with a
    quote, holds no cue, and whose quotation closes (in it or up to four sentences
    later) with nothing but punctuation after it, continues the last statement of the
    sentence before it; kind direct, content inside the quote marks without the final
    period or comma. Chains continue ('"A", zei hij. "B." "C."').
    """
    text, sentences, stoks, cd = art.text, art.sentences, art.stoks, art.cd
    last: dict[int, Found] = {}
    index = {(sp.start, sp.end): k for k, sp in enumerate(sentences)}
    for f in found:
        k = index.get((f.sentence.start, f.sentence.end))
        if k is not None:
            last[k] = f  # found is in cue order: the last one wins
    out: list[Found] = []
    k = 1
    while k < len(sentences):
        prev = last.get(k - 1)
        if prev is None or k in last:
            k += 1
            continue
        toks = stoks[k]
        if not toks or toks[0].text not in cd.open_quotes:
            k += 1
            continue
        m, close, rest = _closing(art, k, last)
        if close is None or m in last or any(t.text[0].isalnum() for t in rest):
            k += 1
            continue
        a, e = toks[0].end, close.start
        while e > a and (text[e - 1].isspace() or text[e - 1] in ".,"):
            e -= 1
        while a < e and text[a].isspace():
            a += 1
        if e > a:
            g = Found(
                prev.sources, prev.cue, prev.lemma, Span.of(text, a, e), "direct",
                None, prev.sentence, None, prev.plural,
            )  # fmt: skip
            out.append(g)
            last[m] = g
        k = m + 1
    return out


def _closing(art: ArticleText, k: int, last: dict) -> tuple[int, Token | None, tuple[Token, ...]]:
    """Where the quotation opened at sentence ``k`` closes, up to four sentences on and
    before a sentence with a statement: (sentence index, closing mark or None, tokens after it)."""
    stoks, cd = art.stoks, art.cd
    m = k
    while m < len(art.sentences) and m - k < 5 and m not in last:
        mtoks = stoks[m]
        first = 1 if m == k else 0
        q = next(
            (p for p in range(first, len(mtoks)) if mtoks[p].text in cd.close_quotes or mtoks[p].text in cd.open_quotes),
            None,
        )
        if q is not None:
            if mtoks[q].text in cd.close_quotes:
                return m, mtoks[q], mtoks[q + 1 :]
            return m, None, ()
        m += 1
    return m, None, ()
