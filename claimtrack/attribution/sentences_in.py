"""Step 1: each sentence's tokens, cut once per article and shared by the steps."""

from __future__ import annotations

from bisect import bisect_left

from claimtrack.mentions import Token, tokenize
from claimtrack.model import Span


def sentence_tokens(
    text: str, tokens: tuple[tuple[Token, ...], ...], sentences: tuple[Span, ...]
) -> list[tuple[Token, ...]]:
    """Each sentence's tokens, taken from the article's tokens (as :func:`tokenize`
    would cut the sentence: its first token starts a stretch); a sentence whose edge
    falls inside a token is cut anew."""
    if len(tokens) == 1:
        flat = list(tokens[0])
    else:  # headline and body, in text order, once each
        seen: dict[int, Token] = {}
        for part in tokens:
            for t in part:
                seen.setdefault(t.start, t)
        flat = [seen[k] for k in sorted(seen)]
    starts = [t.start for t in flat]
    out = []
    for sp in sentences:
        a = bisect_left(starts, sp.start)
        e = bisect_left(starts, sp.end, a)
        if (a > 0 and flat[a - 1].end > sp.start) or (e > a and flat[e - 1].end > sp.end) or (
            e == a and sp.end > sp.start and text[sp.start : sp.end].strip()
        ):
            out.append(tokenize(text, sp.start, sp.end))
            continue
        toks = tuple(flat[a:e])
        if toks and not toks[0].line_start:
            toks = (toks[0]._replace(line_start=True),) + toks[1:]
        out.append(toks)
    return out


def tokens_from(toks: tuple[Token, ...], start: int) -> tuple[Token, ...]:
    """The tokens at or after offset ``start``, the first marked as starting the stretch
    (as :func:`claimtrack.mentions.tokenize` would cut them from ``start``)."""
    k = 0
    while k < len(toks) and toks[k].start < start:
        k += 1
    if k == len(toks):
        return ()
    return (toks[k]._replace(line_start=True),) + toks[k + 1 :]
