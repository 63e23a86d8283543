"""Sourceless: "naar verluidt" -- kind according_to with no sources; the cue and
its lemma are the whole phrase (``[according_to] sourceless``)."""

from __future__ import annotations

from claimtrack.attribution.base import Found, Sentence, match_words
from claimtrack.attribution.content import around, content
from claimtrack.mentions import parse_np
from claimtrack.model import Span


def starts(cd) -> frozenset[str]:
    """The words this unit may start at: the first words of sourceless phrases."""
    return frozenset(cd.sourceless)


def find(s: Sentence, i: int) -> tuple[list[Found], int | None] | None:
    toks, out = s.toks, []
    if _title_line(s):
        return None  # "At least 75 reportedly killed in quake 0:33": a title, no report
    for words in s.cd.sourceless.get(toks[i].low, ()):
        if match_words(toks, i, words):
            k = i + len(words)
            if _hedged_apposition(s, i, k) or (k < s.end and toks[k].low in s.cd.cues):
                continue  # "President X reportedly said that C": the hedge is the verb's
            a, b = around(toks, s.s0, i, k, s.end)
            c = content(s.text, toks, a, b, s.cd, "according_to")
            if c:
                cue = Span.of(s.text, toks[i].start, toks[k - 1].end)
                out.append(Found((), cue, " ".join(words), c[0], "according_to", None, s.sent))
    return (out, None) if out else None


def _hedged_apposition(s: Sentence, i: int, k: int) -> bool:
    """"12 people, reportedly members of a gang, ...": the hedge describes the noun
    phrase after a comma (a noun phrase opens the part after it); nobody is reported
    as saying anything."""
    if i <= s.s0 or s.toks[i - 1].text != ",":
        return False
    np = parse_np(s.text, s.toks, k, s.end, s.language, generic=True)
    return np is not None and np.pronoun is None


def _title_line(s: Sentence) -> bool:
    """A whole line with no sentence end (a headline, a video or link title): a hedge in
    it tells of no report of its own."""
    toks, text = s.toks, s.text
    last = toks[-1].text
    if last in s.cd.sentence_ends or last in s.cd.close_quotes or not toks[0].line_start:
        return False
    nl = text.find("\n", toks[-1].end)
    return not text[toks[-1].end : nl if nl >= 0 else len(text)].strip()
