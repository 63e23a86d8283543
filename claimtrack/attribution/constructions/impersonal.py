"""Impersonal trailing cue: '"C", klinkt het bij de politie.' -- a cue marked
``impersonal`` after the content, its grammatical subject ``[frame] impersonal``
("het"), the source the phrase after one of ``[frame] source_prepositions``."""

from __future__ import annotations

from claimtrack.attribution.base import Found, Site
from claimtrack.attribution.content import trailing_content, trailing_content_inner
from claimtrack.attribution.frame import frame, source_phrases


def find(site: Site) -> Found | None:
    s, i, cue = site.s, site.i, site.cue
    toks, cd, end = s.toks, s.cd, s.end
    if not cue.impersonal or i < 2 or site.after >= end or toks[site.after].low not in cd.impersonal:
        return None
    in_quote = toks[i - 1].text in cd.close_quotes and toks[i - 2].text in ",?!"
    if toks[i - 1].text != "," and not in_quote:
        return None
    j, _, _ = frame(s.text, toks, site.after + 1, end, None, s.language, cd)
    if j + 1 >= end or toks[j].low not in cd.source_prepositions:
        return None
    nps = source_phrases(s.text, toks, j + 1, end, s.language)
    if not nps or frame(s.text, toks, nps[-1].last, end, None, s.language, cd)[0] < end:
        return None
    if in_quote:
        c = trailing_content_inner(s.text, toks, s.s0, i - 1, cd, s.earlier)
    else:
        c = trailing_content(s.text, toks, s.s0, i - 1, cd, "indirect", s.earlier)
    return site.found(nps, c, None) if c else None
