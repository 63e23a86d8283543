"""Anaphoric: "Dat heeft X (dinsdag) bekendgemaakt." / "Dat meldt X." / "Hij zei dat
tegen De Telegraaf." / "maakte dat woensdag bekend" -- the content is the previous
sentence (after its dateline). Not for cues marked ``anaphoric = false`` (denials)."""

from __future__ import annotations

from claimtrack.attribution.base import STOP, Site, Subject, after_dateline, content_end
from claimtrack.attribution.content import content
from claimtrack.mentions import parse_np, parse_np_list
from claimtrack.model import Span
from claimtrack.attribution.frame import frame, is_clause_np


def participle_subject(site: Site) -> Subject | None:
    """"Dat heeft X bekendgemaakt": the source between auxiliary and participle; "Dat wil
    X benadrukken": between a modal of will and the infinitive (``anaphoric_modals``)."""
    s, i = site.s, site.i
    toks, cd, s0 = s.toks, s.cd, s.s0
    if not cd.participle_final or not (s0 + 2 < i and toks[s0].low in cd.anaphors):
        return None
    aux = toks[s0 + 1].low
    if not (site.cue.participle and aux in cd.auxiliaries) and not _modal_infinitive(site, aux):
        return None
    e = i
    while e > s0 + 3 and toks[e - 1].low in cd.frame:
        e -= 1  # "Dat heeft de wethouder dinsdag bekendgemaakt"
    nps = parse_np_list(s.text, toks, s0 + 2, e, s.language, generic=True)
    if nps and nps[0].first == s0 + 2 and nps[-1].last < e:
        # "Dat heeft X maandag in een brief aan de raad laten weten": a frame after X
        if frame(s.text, toks, nps[-1].last, e, None, s.language, cd)[0] >= e:
            e = nps[-1].last
    if not is_clause_np(nps, s0 + 2, e):
        nps = _apposed_name(s, s0 + 2, e)
        if not nps:
            return None
    return Subject(nps, anaphoric=True, inverted=True)


def _apposed_name(s, a: int, e: int) -> tuple:
    """"Dat heeft X, woordvoerster van de politie, bevestigd": a name and its apposition
    between commas fill the part; the name speaks, its span covers the apposition."""
    toks = s.toks
    if e - a < 4 or toks[e - 1].text != ",":
        return ()
    np = parse_np(s.text, toks, a, e, s.language)
    if np is None or not np.name_text or np.pronoun is not None or np.last + 2 >= e or toks[np.last].text != ",":
        return ()
    role = parse_np(s.text, toks, np.last + 1, e - 1, s.language, generic=True)
    if role is None or not (role.role or role.org):
        return ()
    if not all(t.cap or t.text in "-–" for t in toks[role.last : e - 1]):
        return ()  # only a name the parser cut may follow the role ("Brussel Hoofdstad-Elsene")
    return (np._replace(last=e - 1, span=Span.of(s.text, np.span.start, toks[e - 2].end)),)


def _modal_infinitive(site: Site, aux: str) -> bool:
    """The cue is the infinitive that ends the sentence after a modal of will."""
    s, i = site.s, site.i
    return (
        aux in s.cd.anaphoric_modals
        and s.toks[i].low == site.cue.lemma
        and s.cd.negations.isdisjoint(t.low for t in s.toks[s.s0 + 2 : i])
        and frame(s.text, s.toks, site.after, s.end, site.cue, s.language, s.cd)[0] >= s.end
    )


def object_anaphor(site: Site, j: int) -> tuple | None:
    """"Hij zei dat tegen De Telegraaf": "dat" at ``j`` is the object when only adverbials,
    a medium or the particle follow it; returns what :func:`frame` found after it."""
    s = site.s
    if not (j < s.end and s.toks[j].low in s.cd.anaphors):
        return None
    k, medium, particle = frame(s.text, s.toks, j + 1, s.end, site.cue, s.language, s.cd)
    return (medium, particle) if k >= s.end and j + 1 < s.end else None


def content_unit(site: Site, subj: Subject, rest):
    if not rest.anaphoric:
        return None
    s, cue = site.s, site.cue
    if s.prev is None or not cue.anaphoric or (cue.particle and not rest.particle):
        return STOP
    ptoks = s.prev[after_dateline(s.prev) :]
    pe = content_end(ptoks)
    c = content(s.text, ptoks, 0, pe, s.cd) if pe else None
    return site.found(subj.sources, c, rest.medium) if c is not None else STOP
