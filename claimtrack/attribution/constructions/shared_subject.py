"""Shared subject: "X noemde de norm "hoog" en zei dat C" / "X is blij, maar waarschuwt
dat C" -- a cue after a coordinator with no subject of its own takes the phrase that
opens the sentence; an earlier content of the sentence ends before the coordinator."""

from __future__ import annotations

from claimtrack.attribution.base import Site, Subject
from claimtrack.attribution.constructions.subject import left_part
from claimtrack.attribution.frame import source_phrases


def find(site: Site) -> Subject | None:
    s, i = site.s, site.i
    toks = s.toks
    left0, _ = left_part(site)
    if site.cue.participle or i - 1 <= left0 or toks[i - 1].low not in s.cd.coordinators:
        return None
    nps = source_phrases(s.text, toks, left0, i - 1, s.language)
    if not (nps and nps[0].first == left0 and nps[-1].last < i - 1):
        return None
    at = toks[i - 2].start if toks[i - 2].text == "," else toks[i - 1].start
    return Subject(nps, shared_at=at)
