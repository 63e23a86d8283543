"""A cue in a verb-final relative clause (verb-second languages): "De burgemeester, die
over zo'n 800 deelnemers spreekt, ..." / "De politie, die zegt dat C, ..." -- the
antecedent before ", die" speaks; the content is the object before the cue (with the
cue's particle) or the dat-clause after it, up to the comma that closes the clause."""

from __future__ import annotations

from claimtrack.attribution.base import Found, Site, match_words
from claimtrack.attribution.content import content
from claimtrack.attribution.constructions.subject import antecedent


def find(site: Site) -> Found | None:
    s, i, cue = site.s, site.i, site.cue
    toks, cd = s.toks, s.cd
    if not cd.verb_second or cue.participle:
        return None
    r = next((b for b in range(i - 1, s.s0, -1) if toks[b].text == "," or toks[b].low in cd.relatives), None)
    if r is None or toks[r].text == "," or r - 1 <= s.s0 or toks[r - 1].text != ",":
        return None
    close = next((k for k in range(i + 1, s.end) if toks[k].text == ","), None)
    if close is None:
        return None  # the main clause goes on after the relative clause
    c = _content(site, r + 1, close)
    if c is None:
        return None
    np = antecedent(s, r - 1)
    return site.found((np,), c, None) if np is not None else None


def _content(site: Site, a: int, close: int):
    """The object before the cue (its particle first, if the cue has one) or the clause
    after a complementiser right after the cue."""
    s, i, cue = site.s, site.i, site.cue
    toks, cd = s.toks, s.cd
    if i + 2 < close and toks[i + 1].low in cd.complementisers:
        return content(s.text, toks, i + 2, close, cd)  # "die zegt dat C,"
    if not (cue.bare and cue.particle) or a >= i:
        return None
    if match_words(toks, a, cue.particle):
        a += len(cue.particle)  # "die over 800 deelnemers spreekt"
    elif not any(match_words(toks, k, cue.particle) for k in range(a, i)):
        return None  # "die het aantal op 500 schat" holds the particle
    if cue.counted_object and not any(ch.isdigit() for t in toks[a:i] for ch in t.text):
        return None  # "die over zijn jeugd sprak": no count
    return content(s.text, toks, a, i, cd) if a < i else None
