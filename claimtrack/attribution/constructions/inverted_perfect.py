"""Inverted perfect: "Maandag heeft de minister gezegd dat C" / "Ook heeft de bond zijn
leden opgeroepen om C" -- a fronted adverbial, the auxiliary in second place, the
subject after it and the participle cue at the end of the clause."""

from __future__ import annotations

from claimtrack.attribution.base import Site, Subject
from claimtrack.attribution.frame import source_phrases
from claimtrack.mentions import parse_np


def subject(site: Site) -> Subject | None:
    s, i = site.s, site.i
    toks, cd, s0 = s.toks, s.cd, s.s0
    if not (site.cue.participle and cd.verb_second and cd.participle_final) or i - s0 < 3:
        return None
    a = next((k for k in range(s0 + 1, i - 1) if toks[k].low not in cd.frame), None)
    if a is None or toks[a].low not in cd.auxiliaries or toks[s0].low in cd.anaphors:
        return None  # no adverbial of frame words before an auxiliary ("Dat heeft X" is anaphoric)
    nps = source_phrases(s.text, toks, a + 1, i, s.language)
    if not nps or nps[0].first != a + 1 or any(np.pronoun is None and not (np.role or np.org or np.name_text) for np in nps):
        return None
    k = nps[-1].last
    while k < i and toks[k].low in cd.frame:
        k += 1  # "heeft de bond nadrukkelijk ... opgeroepen"
    if k < i and site.cue.bare:  # the object of a cue that takes one: "zijn leden"
        obj = parse_np(s.text, toks, k, i, s.language, generic=True)
        k = obj.last if obj is not None else k
    return Subject(nps, inverted=True) if k == i else None
