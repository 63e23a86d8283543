"""Participle with its subject before the auxiliary: "X heeft gezegd dat C", "X had de
avond ervoor op zijn platform Y geschreven dat C" (adverbials and a medium between)."""

from __future__ import annotations

from claimtrack.attribution.base import Site, Subject
from claimtrack.attribution.constructions.subject import left_part
from claimtrack.attribution.frame import is_clause_np, medium_end, source_phrases
from claimtrack.model import Span


def subject(site: Site) -> Subject | None:
    if not site.cue.participle:
        return None
    s, i = site.s, site.i
    toks, cd = s.toks, s.cd
    if i > s.s0 and (toks[i - 1].low in s.lex.indefinite or toks[i - 1].low in s.lex.definite):
        return None  # "has burned an estimated 14,500 acres": an adjective, no cue
    left0, _ = left_part(site)
    for a in range(i - 1, left0, -1):
        ta = toks[a]
        if (
            ta.text in (",", ";", ":")
            or ta.low in cd.complementisers
            or ta.text in cd.open_quotes
            or ta.text in cd.close_quotes
        ):
            return None
        if ta.low in cd.passive_auxiliaries:
            return None  # "were told": a passive, its subject reports nothing
        if ta.low in cd.auxiliaries:
            e = a
            while e > left0 + 1 and toks[e - 1].low in cd.frame:
                e -= 1
            nps = source_phrases(s.text, toks, left0, e, s.language)
            if is_clause_np(nps, left0, e):  # else "zijn" was a possessive: go on
                return Subject(nps, medium=_gap_medium(site, a))
    return None


def _gap_medium(site: Site, a: int) -> Span | None:
    """A medium between the auxiliary at ``a`` and the participle ("op zijn platform")."""
    s = site.s
    for k in range(a + 1, site.i):
        if s.toks[k].low in s.cd.medium_first:
            m = medium_end(s.text, s.toks, k, site.i, s.language, s.cd)
            if m is not None:
                return Span.of(s.text, s.toks[k].start, s.toks[m - 1].end)
    return None
