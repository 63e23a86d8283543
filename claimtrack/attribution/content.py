"""Content spans: a clause, a quotation, the stretch before a trailing cue."""

from __future__ import annotations

from claimtrack.attribution.base import Earlier, content_end
from claimtrack.attribution.data import CueData, closes
from claimtrack.mentions import Token
from claimtrack.model import Span


def content(
    text: str,
    toks: tuple[Token, ...],
    a: int,
    b: int,
    cd: CueData,
    indirect: str = "indirect",
) -> tuple[Span, str] | None:
    """Content over tokens ``[a, b)``: quotes stripped when it is one quotation (direct)."""
    if a >= b:
        return None
    if b - a > 1 and toks[b - 1].text in cd.close_quotes and toks[b - 1].text not in cd.open_quotes:
        if not any(t.text in cd.open_quotes for t in toks[a : b - 1]):
            b -= 1  # the close of a quotation opened before the content: 'dat C."'
            while b > a + 1 and toks[b - 1].text in (".", ","):
                b -= 1
    first, last = toks[a], toks[b - 1]
    if first.text in cd.open_quotes and last.text in cd.close_quotes and b - a > 2:
        inner = [t.text for t in toks[a + 1 : b - 1]]
        if not any(q in cd.close_quotes or q in cd.open_quotes for q in inner):
            return Span.of(text, toks[a + 1].start, toks[b - 2].end), "direct"
    span = Span.of(text, first.start, last.end)
    if indirect != "indirect" or cd.quote_re.search(text, first.start, last.end) is None:
        return span, indirect  # no quote mark in it: no mixed content
    quotes = sum(
        1 for t in toks[a:b] if t.text in cd.open_quotes or t.text in cd.close_quotes
    )
    if quotes >= 2:
        return span, "mixed"
    return span, indirect


def quoted(
    text: str, toks: tuple[Token, ...], q: int, n: int, cd: CueData
) -> Span | None:
    """The text inside the quotation opening at token ``q`` (to its close, or the sentence end)."""
    for k in range(q + 1, n):
        if closes(cd, toks[q].text, toks[k].text):
            e = k - 1
            while e > q and toks[e].text in (".", ","):
                e -= 1
            if e == q:
                return None
            return Span.of(text, toks[q + 1].start, toks[e].end)
    last = content_end(toks)
    if last > q + 1:
        return Span.of(text, toks[q + 1].start, toks[last - 1].end)
    return None


def trailing_content(
    text: str,
    toks: tuple[Token, ...],
    a: int,
    b: int,
    cd: CueData,
    indirect: str,
    earlier: Earlier,
) -> tuple[Span, str] | None:
    """Content before a trailing cue: tokens ``[a, b)``.

    A stretch that ends in a closing quote is direct: from its opening quote, or,
    when the quote opened in an earlier sentence, from there (see :func:`open_quote`).
    """
    if a >= b:
        return None
    if toks[b - 1].text in cd.close_quotes:
        inner_end = b - 2
        while inner_end > a and toks[inner_end].text in (",", "."):
            inner_end -= 1
        if toks[a].text in cd.open_quotes and inner_end > a:
            return Span.of(text, toks[a + 1].start, toks[inner_end].end), "direct"
        if (
            not any(t.text in cd.open_quotes for t in toks[a : b - 1])
            and inner_end >= a
        ):
            opened = open_quote(text, earlier, cd)
            if opened is not None:
                return Span.of(text, opened, toks[inner_end].end), "direct"
    return content(text, toks, a, b, cd, indirect)


def trailing_content_inner(
    text: str,
    toks: tuple[Token, ...],
    a: int,
    close: int,
    cd: CueData,
    earlier: Earlier,
) -> tuple[Span, str] | None:
    """'"Ga weg," zei hij' -- content between the quotes, without the comma before the close."""
    inner_end = close - 1
    while inner_end > a and toks[inner_end].text in (",", "."):
        inner_end -= 1
    if toks[a].text in cd.open_quotes and inner_end > a:
        return Span.of(text, toks[a + 1].start, toks[inner_end].end), "direct"
    opened = open_quote(text, earlier, cd)
    if opened is not None:
        return Span.of(text, opened, toks[inner_end].end), "direct"
    return None


def open_quote(text: str, earlier: Earlier, cd: CueData) -> int | None:
    """Offset after the opening quote of a quotation that began in one of the last
    five earlier sentences (given as their tokens) and has not closed since, or None."""
    for stoks in reversed(earlier[-5:]):
        if (
            len(stoks) > 1
            and stoks[0].text in cd.open_quotes
            and not any(t.text in cd.close_quotes for t in stoks[1:])
        ):
            return stoks[1].start
        if any(t.text in cd.open_quotes or t.text in cd.close_quotes for t in stoks):
            return None
    return None


def object_end(toks: tuple[Token, ...], j: int, end: int, cd: CueData) -> int:
    """End of a plain object as content: before ", maar ..." / ", en ..." (a new clause)."""
    for k in range(j + 1, end - 1):
        if toks[k].text == "," and toks[k + 1].low in cd.coordinators:
            return k
    return end


def around(toks: tuple[Token, ...], s0: int, i: int, k: int, end: int) -> tuple[int, int]:
    """The content of an according-to phrase at tokens ``i:k`` of a clause ``s0:end``:
    what follows it when it opens the clause ("Volgens X, ..."), what precedes it when
    it closes the clause after a comma ("..., volgens X"), else the whole clause."""
    if i == s0:
        return (k + 1 if k < end and toks[k].text == "," else k), end
    if toks[i - 1].text == "," and k >= end:
        return s0, i - 1
    return s0, end
