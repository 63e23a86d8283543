"""Anaphoric passive: "Dat werd bevestigd door X." / "Dat is door X bekendgemaakt." --
the agent after ``[frame] passive_agents`` speaks; the content is the previous sentence
(read by :func:`claimtrack.attribution.constructions.anaphoric.content_unit`)."""

from __future__ import annotations

from claimtrack.attribution.base import Site, Subject
from claimtrack.mentions import parse_np_list


def subject(site: Site) -> Subject | None:
    s, i = site.s, site.i
    toks, cd, s0 = s.toks, s.cd, s.s0
    if not site.cue.participle or not cd.passive_agents or not (
        s0 + 1 < i and toks[s0].low in cd.anaphors and toks[s0 + 1].low in cd.auxiliaries
    ):
        return None
    agent = next((k for k in range(s0 + 2, i) if toks[k].low not in cd.frame), None)
    if agent is not None:  # "Dat is (gisteren) door de politie bevestigd"
        if toks[agent].low not in cd.passive_agents:
            return None
        return _agent(site, agent + 1, i)
    if i + 2 < s.end and toks[i + 1].low in cd.passive_agents:  # "... bevestigd door X."
        return _agent(site, i + 2, s.end)
    return None


def _agent(site: Site, a: int, e: int) -> Subject | None:
    """The agent phrase filling tokens ``a:e`` (frame words may end it)."""
    s = site.s
    while e > a + 1 and s.toks[e - 1].low in s.cd.frame:
        e -= 1
    nps = parse_np_list(s.text, s.toks, a, e, s.language, generic=True)
    if not nps or nps[-1].last < e or not all(np.role or np.org or np.name_text for np in nps):
        return None  # "door beelden van een camera": no one speaks
    return Subject(nps, anaphoric=True, inverted=True)
