"""Impersonal cue with no source phrase: '"C", klinkt het nog.' -- a trailing cue
marked ``impersonal`` whose subject is ``[frame] impersonal`` ("het") with only frame
words after it (no "bij X") goes on with the speaker of the last statement of the four
sentences before (as a continued quotation does, :mod:`.continued_quotes`). Content:
before the comma, inside the quote marks when it is a quotation."""

from __future__ import annotations

from claimtrack.attribution.base import ArticleText, Found, content_end
from claimtrack.attribution.constructions.continued_quotes import last_speaker
from claimtrack.attribution.content import trailing_content, trailing_content_inner
from claimtrack.attribution.frame import frame
from claimtrack.model import Span


def find(art: ArticleText, found: list[Found]) -> list[Found]:
    if not found or not art.cd.impersonal:
        return []
    index = {(sp.start, sp.end): k for k, sp in enumerate(art.sentences)}
    last: dict[int, Found] = {}
    for f in found:
        k = index.get((f.sentence.start, f.sentence.end))
        if k is not None:
            last[k] = f
    out: list[Found] = []
    for k, toks in enumerate(art.stoks):
        if k in last or len(toks) < 4:
            continue
        i = _cue_at(art, toks)
        speaker = last_speaker(last, k) if i is not None else None
        if speaker is None:
            continue
        g = _statement(art, toks, i, speaker)
        if g is not None:
            out.append(g)
            last[k] = g
    return out


def _cue_at(art: ArticleText, toks) -> int | None:
    """Index of an impersonal cue after a comma (or a closing quote) followed by its
    impersonal subject and nothing but frame words to the sentence end."""
    cd, end = art.cd, content_end(toks)
    for i in range(2, end - 1):
        if toks[i + 1].low not in cd.impersonal or (toks[i - 1].text != "," and toks[i - 1].text not in cd.close_quotes):
            continue
        if not any(c.impersonal and len(c.words) == 1 for c in cd.cues.get(toks[i].low, ())):
            continue
        if frame(art.text, toks, i + 2, end, None, art.language, cd)[0] >= end:
            return i
    return None


def _statement(art: ArticleText, toks, i: int, speaker: Found) -> Found | None:
    cd = art.cd
    in_quote = toks[i - 1].text in cd.close_quotes and toks[i - 2].text in ",?!"
    if in_quote:
        c = trailing_content_inner(art.text, toks, 0, i - 1, cd, ())
    else:
        c = trailing_content(art.text, toks, 0, i - 1, cd, "indirect", ())
    if c is None:
        return None
    cue = next(c for c in cd.cues[toks[i].low] if c.impersonal)
    return Found(
        speaker.sources, Span.of(art.text, toks[i].start, toks[i].end), cue.lemma, c[0], c[1],
        None, speaker.sentence, None, speaker.plural,
    )  # fmt: skip
