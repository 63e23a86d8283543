"""Subject before the cue: "X zegt dat C", also in a subordinate clause ("..., maar Y
waarschuwt dat C", '"C", aldus de krant, die ...'); see :func:`left_part` for what
is skipped between the subject and the cue."""

from __future__ import annotations

from claimtrack.attribution.base import Site, Subject
from claimtrack.attribution.frame import is_clause_np, source_phrases


def left_part(site: Site) -> tuple[int, int]:
    """Tokens ``left0:left_end`` before the cue that may hold its subject: without
    auxiliaries and object pronouns before the cue, a relative clause between commas
    ("Een diplomaat, die anoniem wilde blijven, zegt"), frame words on its right ("Het
    bedrijf zelf sprak") and focus words or a coordinator on its left ("Ook Duitsland
    zegt", "Maar hij zegt")."""
    s = site.s
    toks, cd, s0 = s.toks, s.cd, s.s0
    e = site.i
    while e > s0 + 1 and (toks[e - 1].low in cd.auxiliaries or toks[e - 1].low in s.lex.object_pronouns):
        e -= 1
    if e > s0 + 1 and toks[e - 1].text == ",":
        e -= 1  # "Volkert Dam, directeur van de haven, zegt"
        for b in range(e - 1, s0, -1):
            if toks[b].text == ",":
                if toks[b + 1].low in cd.relatives:
                    e = b
                break
    while e > s0 + 1 and toks[e - 1].low in cd.frame:
        e -= 1
    a = s0
    while a < e - 1 and (toks[a].low in cd.frame or (a == s0 and toks[a].low in cd.coordinators)):
        a += 1
    return a, e


def before(site: Site) -> Subject | None:
    s = site.s
    toks, s0 = s.toks, s.s0
    left0, left_end = left_part(site)
    if left_end <= s0 or all(t.low in s.cd.frame for t in toks[s0:left_end]):
        return None  # frame words alone are no subject: "Daarin schrijft hij ..."
    nps = source_phrases(s.text, toks, left0, left_end, s.language)
    if is_clause_np(nps, left0, left_end):
        return Subject(nps)
    if s.cd.verb_second and toks[s0].low in s.cd.frame_prepositions and not toks[site.i - 1].text == ",":
        return None  # a fronted adverbial ("Onder meer in A, B en C meldden bewoners dat")
    return _subordinate(site, left_end)


def _subordinate(site: Site, left_end: int) -> Subject | None:
    """The subject after the last complementiser, comma or opening quote before the cue."""
    s = site.s
    toks, cd, s0 = s.toks, s.cd, s.s0
    for b in range(left_end - 1, s0 - 1, -1):
        w = toks[b].low
        if w in cd.complementisers and b > s0 and toks[b - 1].cap and toks[b + 1].cap and not toks[b].cap:
            continue  # "London School of Hygiene": a word inside a name
        if w in cd.complementisers or w in cd.subordinators or w in (",", ";", ":") or toks[b].text in cd.open_quotes:
            a = b + 1
            if w == "," and a < left_end - 1 and toks[a].low in cd.coordinators:
                a += 1  # "X verwacht dat C1, maar Y waarschuwt dat C2"
            if toks[a].low in cd.auxiliaries:  # "Dat heeft X ..."
                return None
            nps = source_phrases(s.text, toks, a, left_end, s.language)
            if not is_clause_np(nps, a, left_end):
                return None
            # after a comma a clause of its own: an earlier content of the sentence ends
            # before the comma ("X schat A, Y spreekt van B")
            return Subject(nps, boundary=b, shared_at=toks[b].start if w == "," else None)
    return None
