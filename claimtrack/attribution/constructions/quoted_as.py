"""A speaker quoted by an outlet ("Y quoted X as saying C").

* "Tarn radio quoted the mayor as saying (that) C" -- the content after the participle;
* '"C," the agency quoted her as saying.' -- the content before the comma;
* '"C," he was quoted as saying.' -- a passive: its subject speaks.

The person quoted is the source and the outlet the medium; a quoted pronoun ("him", no
name of its own) leaves the outlet as the source. The verb forms, the link word ("as",
optional: "quoted him saying") and the lemma are ``[quoted_as]`` in ``cues.toml``; the
participle after them is one of ``[frame] continuations``.
"""

from __future__ import annotations

from claimtrack.attribution.base import Found, Sentence, Site, span
from claimtrack.attribution.constructions import subject
from claimtrack.attribution.content import content, trailing_content
from claimtrack.attribution.data import Cue
from claimtrack.mentions import parse_np


def starts(cd) -> frozenset[str]:
    """The words this unit may start at ("quoted")."""
    return cd.quoted_forms


_OBJECT_MAX = 8  # words between the verb and the participle ("quoted a senior police official as")


def find(s: Sentence, i: int) -> tuple[list[Found], int | None] | None:
    toks, cd = s.toks, s.cd
    j = _participle(s, i)
    if j is None:
        return None
    k = j - 1 if toks[j - 1].low == cd.quoted_link else j  # the object ends before the link
    outlet = subject.before(Site(s, i, Cue((toks[i].low,), cd.quoted_lemma, None, (), False, False)))
    if outlet is None:
        return None
    c = _content(s, j + 1, outlet.boundary)
    if c is None:
        return None
    quoted = parse_np(s.text, toks, i + 1, k, s.language, generic=True) if k > i + 1 else None
    cue = span(s.text, toks[i])
    if quoted is None or quoted.last != k or quoted.pronoun is not None:
        return [Found(outlet.sources, cue, cd.quoted_lemma, c[0], c[1], None, s.sent)], None
    medium = outlet.sources[0].span if len(outlet.sources) == 1 else None
    return [Found((quoted,), cue, cd.quoted_lemma, c[0], c[1], medium, s.sent)], None


def _participle(s: Sentence, i: int) -> int | None:
    """Index of the participle ("saying") after the object and the link word, or None."""
    toks, cd = s.toks, s.cd
    for j in range(i + 1, min(s.end, i + 2 + _OBJECT_MAX)):
        if toks[j].low in cd.continuations:
            return j
        if not toks[j].text[0].isalnum():
            return None
    return None


def _content(s: Sentence, a: int, b: int | None):
    """What follows the participle ("as saying that C"), or, when nothing does, the
    stretch before the comma or closing quote at ``b`` ('"C," the agency quoted ...')."""
    toks, cd = s.toks, s.cd
    if a < s.end and (toks[a].text[0].isalnum() or toks[a].text in cd.open_quotes):
        if toks[a].low in cd.complementisers:
            a += 1
        return content(s.text, toks, a, s.end, cd) if s.end - a >= cd.min_clause else None
    if b is None or b == s.s0:
        return None  # (the subject's boundary: the comma or closing quote before it)
    return trailing_content(s.text, toks, s.s0, b if toks[b].text == "," else b + 1, cd, "indirect", s.earlier)
