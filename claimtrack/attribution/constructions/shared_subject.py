"""Shared subject: "X noemde de norm "hoog" en zei dat C" / "X is blij, maar waarschuwt
dat C" -- a cue after a coordinator with no subject of its own takes the phrase that
opens the sentence; an earlier content of the sentence ends before the coordinator."""

from __future__ import annotations

from claimtrack.attribution.base import Site, Subject
from claimtrack.attribution.constructions.subject import left_part
from claimtrack.attribution.frame import source_phrases
from claimtrack.mentions import parse_np
from claimtrack.model import Span


def find(site: Site) -> Subject | None:
    s, i = site.s, site.i
    toks = s.toks
    left0, _ = left_part(site)
    if site.cue.participle or i - 1 <= left0 or toks[i - 1].low not in s.cd.coordinators:
        return None
    nps = source_phrases(s.text, toks, left0, i - 1, s.language)
    if not (nps and nps[0].first == left0 and nps[-1].last < i - 1):
        return None
    if len(nps) == 1:
        nps = _spokesperson_for(s, nps[0], i - 1) or nps
    at = toks[i - 2].start if toks[i - 2].text == "," else toks[i - 1].start
    return Subject(nps, shared_at=at)


def _spokesperson_for(s, np, e: int) -> tuple | None:
    """"A spokeswoman for Varnby Hospital apologised and said C": the complement names the
    body she speaks for (as in ``subject._with_complement``)."""
    k = np.last
    if np.role not in s.lex.spokespersons or np.of is not None or k + 1 >= e or s.toks[k].low not in s.cd.np_complements:
        return None
    body = parse_np(s.text, s.toks, k + 1, e, s.language, generic=True)
    if body is None or body.pronoun is not None or not (body.org or body.name_text):
        return None
    return (np._replace(of=body, last=body.last, span=Span.of(s.text, np.span.start, body.span.end)),)
