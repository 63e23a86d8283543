"""Step 1: each sentence's tokens, cut once per article and shared by the steps."""

from __future__ import annotations

from bisect import bisect_left
from itertools import chain
from operator import attrgetter

from claimtrack.attribution.data import CueData, holds_any
from claimtrack.mentions import Token, tokenize
from claimtrack.model import Span


_start = attrgetter("start")
_end = attrgetter("end")
_new = tuple.__new__


def sentence_tokens(
    text: str, tokens: tuple[tuple[Token, ...], ...], sentences: tuple[Span, ...]
) -> list[tuple[Token, ...]]:
    """Each sentence's tokens, taken from the article's tokens (as :func:`tokenize`
    would cut the sentence: its first token starts a stretch); a sentence whose edge
    falls inside a token is cut anew."""
    if len(tokens) == 1:
        flat: tuple[Token, ...] = tuple(tokens[0])  # the same tuple (no copy)
    elif all(p and q and p[-1].end <= q[0].start for p, q in zip(tokens, tokens[1:])):
        flat = tuple(chain.from_iterable(tokens))  # parts one after the other
    else:  # headline and body, in text order, once each
        seen: dict[int, Token] = {}
        for part in tokens:
            for t in part:
                seen.setdefault(t.start, t)
        flat = tuple(seen[k] for k in sorted(seen))
    starts = list(map(_start, flat))  # one pass in C; each sentence bisects it
    out = []
    for sp in sentences:
        a = bisect_left(starts, sp.start)
        e = bisect_left(starts, sp.end, a)
        if (a > 0 and flat[a - 1].end > sp.start) or (e > a and flat[e - 1].end > sp.end) or (
            e == a and sp.end > sp.start and text[sp.start : sp.end].strip()
        ):
            out.append(tokenize(text, sp.start, sp.end))
            continue
        if a < e and not flat[a].line_start:
            t = flat[a]  # the first token starts the stretch (a tuple built in C)
            out.append((_new(Token, (t.text, t.low, t.start, t.end, t.cap, True)), *flat[a + 1 : e]))
        else:
            out.append(flat[a:e])  # a slice of a tuple is a tuple
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


def quote_marks(text: str, toks: tuple[Token, ...], cd: CueData) -> tuple[Token, ...]:
    """The tokens with quote marks whole: ",," and "''" (two tokens that touch) become
    one token, and an elided article ("'s", "'t") one word, so that a lone "'" is a
    quote mark."""
    if not toks:
        return toks
    if not holds_any(text, cd.merge_marks, toks[0].start, toks[-1].end):
        return toks
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if k + 1 < len(toks) and toks[k + 1].start == t.end and t.text in cd.merge_starts:
            pair = t.text + toks[k + 1].text
            nxt = toks[k + 1].low
            if pair in cd.merged_quotes or (
                t.text == cd.apostrophe and (nxt in cd.elisions or nxt.split("-")[0] in cd.elisions)
            ):
                out.append(t._replace(text=pair, low=pair.lower(), end=toks[k + 1].end))
                k += 2
                continue
        out.append(t)
        k += 1
    return tuple(out)


def split_at_quotes(
    text: str, sentences: tuple[Span, ...], stoks: list[tuple[Token, ...]], cd: CueData,
    quoted: bool | None = None,
) -> tuple[tuple[Span, ...], list[tuple[Token, ...]]]:
    """Sentences cut again where one ends and a quotation opens with a mark that only
    opens ('zegt Ria Hoeks. ,,Het dorp ...': the splitter left them together).
    ``quoted``: whether the text the sentences cover holds a quote mark, if known."""
    if quoted is None and sentences:
        quoted = quoted_stretch(text, sentences, cd)
    if not sentences or not quoted:
        return tuple(sentences), list(stoks)  # no quote mark in the article: nothing to cut
    out_s: list[Span] = []
    out_t: list[tuple[Token, ...]] = []
    for sent, toks in zip(sentences, stoks, strict=True):
        a = 0
        # only a sentence with an end mark before its last character and a quote mark
        # may be cut
        ends = (
            cd.sentence_end_re.search(text, sent.start, sent.end - 1) is not None
            and cd.quote_re.search(text, sent.start, sent.end) is not None
        )
        for p in range(1, len(toks) - 1) if ends else ():
            t = toks[p]
            if (
                toks[p - 1].text in cd.sentence_ends
                and t.text in cd.open_quotes
                and toks[p + 1].cap
                and (t.text not in cd.close_quotes or _opens(toks, p))
            ):
                out_s.append(Span.of(text, toks[a].start if a else sent.start, toks[p - 1].end))
                out_t.append(toks[a:p])
                a = p
        if a == 0:
            out_s.append(sent)
            out_t.append(toks)
        else:
            out_s.append(Span.of(text, toks[a].start, sent.end))
            out_t.append(toks[a:])
    _move_openers(text, out_s, out_t, cd)
    return tuple(out_s), out_t


def stretch(sentences: tuple[Span, ...]) -> tuple[int, int]:
    """The offsets from the first sentence's start to the last one's end."""
    return min(map(_start, sentences)), max(map(_end, sentences))  # in C


def quoted_stretch(text: str, sentences: tuple[Span, ...], cd: CueData) -> bool:
    """Whether the text the sentences cover holds a quote mark (one search in C)."""
    return cd.quote_re.search(text, *stretch(sentences)) is not None


def _move_openers(text: str, sents: list[Span], stoks: list[tuple[Token, ...]], cd: CueData) -> None:
    """An opening mark the splitter left at the end of a sentence ("... Olde. '" +
    "Mijn indruk ...") goes to the sentence it opens."""
    for k in range(len(sents) - 1):
        toks, nxt = stoks[k], stoks[k + 1]
        if (
            len(toks) > 1
            and nxt
            and toks[-1].text in cd.open_quotes
            and toks[-2].text in cd.sentence_ends
            and toks[-1].start > toks[-2].end
            and nxt[0].start == toks[-1].end
        ):
            stoks[k], stoks[k + 1] = toks[:-1], (toks[-1],) + nxt
            sents[k] = Span.of(text, sents[k].start, toks[-2].end)
            sents[k + 1] = Span.of(text, toks[-1].start, sents[k + 1].end)


def _opens(toks: tuple[Token, ...], p: int) -> bool:
    """A mark that both opens and closes ('"', "'") opens when it touches the word
    after it and not the one before."""
    return toks[p + 1].start == toks[p].end and toks[p].start > toks[p - 1].end
