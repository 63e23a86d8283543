"""Trailing perfect: "C, heeft gedeputeerde X bekendgemaakt." -- a participle at the
end of the clause, its auxiliary after the comma, the source between them."""

from __future__ import annotations

from claimtrack.attribution.base import Found, Site
from claimtrack.attribution.content import trailing_content
from claimtrack.attribution.frame import frame, is_clause_np, source_phrases


def find(site: Site) -> Found | None:
    s, i, cue = site.s, site.i, site.cue
    if not cue.participle or i - s.s0 <= 3 or not s.cd.participle_final:
        return None
    toks, cd = s.toks, s.cd
    k, medium, _ = frame(s.text, toks, site.after, s.end, cue, s.language, cd)
    if k < s.end:
        return None
    for a in range(i - 1, s.s0 + 1, -1):
        if toks[a].text in (",", ";", ":") or toks[a].text in cd.close_quotes:
            return None
        if toks[a].low in cd.auxiliaries and toks[a - 1].text == ",":
            e = i
            while e > a + 2 and toks[e - 1].low in cd.frame:
                e -= 1
            nps = source_phrases(s.text, toks, a + 1, e, s.language)
            if not is_clause_np(nps, a + 1, e):
                return None
            c = trailing_content(s.text, toks, s.s0, a - 1, cd, "indirect", s.earlier)
            return site.found(nps, c, medium) if c else None
    return None
