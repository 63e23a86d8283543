"""Inversion: "Maandag zei de minister dat C" / "zei Zuid-Korea eerder nog dat C" /
"Dat meldt X." (anaphoric) -- a fronted adverbial (or nothing the subject could be),
the source after the cue. A fronted prepositional phrase and a comma ("Op de vraag
wanneer ..., antwoordt ze dat C") needs a complementiser after the source."""

from __future__ import annotations

from claimtrack.attribution.base import Site, Subject
from claimtrack.attribution.constructions.subject import left_part
from claimtrack.attribution.frame import frame, source_phrases


def find(site: Site) -> Subject | None:
    s, i, cue = site.s, site.i, site.cue
    toks, cd, s0, end = s.toks, s.cd, s.s0, s.end
    if cue.participle or not cd.verb_second:
        return None
    fronted = toks[i - 1].text == "," and (
        toks[s0].low in cd.frame_prepositions or toks[s0].low in cd.fronted_participles or toks[s0].low in cd.subordinators
    )
    if i == s0 or (toks[i - 1].text in (",", ":") and not fronted) or toks[s0].low in cd.question_words:
        return None
    _, left_end = left_part(site)
    anaphoric = left_end - s0 == 1 and toks[s0].low in cd.anaphors
    if not anaphoric and not _adverbial(site):
        return None  # a left part that is neither subject nor adverbial
    j, _, _ = frame(s.text, toks, site.after, end, None, s.language, cd)
    nps = source_phrases(s.text, toks, j, end, s.language)
    if not nps:
        return None
    nps = _closing_comma(s, nps)
    if anaphoric:  # "Zo zegt X dat C": "zo" introduces an example, the clause is the content
        k, _, _ = frame(s.text, toks, nps[-1].last, end, cue, s.language, cd)
        anaphoric = k >= end or toks[k].low not in cd.complementisers
    if fronted:
        k, _, _ = frame(s.text, toks, nps[-1].last, end, cue, s.language, cd)
        if k >= end or not (toks[k].low in cd.complementisers or _infinitive_after(s, k)):
            return None
    return Subject(nps, anaphoric=anaphoric, inverted=True)


def _adverbial(site: Site) -> bool:
    """The words before the cue can be a fronted adverbial: no determiner or name opens
    them, or all are frame words, time prepositions and determiners."""
    s = site.s
    toks, cd, lex, s0 = s.toks, s.cd, s.lex, s.s0
    first = toks[s0]
    opens_np = first.low in lex.determiners or (
        first.cap
        and first.low not in cd.frame
        and first.low not in cd.time_prepositions
        and first.low not in lex.not_names
    )
    if first.low in cd.frame_prepositions or first.low in cd.fronted_participles:
        return True  # "Onder meer in Assen en Emmen meldden bewoners dat C", "Gevraagd naar X zei Y"
    return not opens_np or all(
        t.low in cd.frame or t.low in cd.time_prepositions or t.low in lex.determiners
        for t in toks[s0 : site.i]
    )


def _infinitive_after(s, k: int) -> bool:
    """A te-infinitive after the source ("..., adviseert X reizigers om thuis te blijven")."""
    return any(t.low == s.cd.infinitive_marker for t in s.toks[k : s.end])


def _closing_comma(s, nps):
    """"laat de minister, Annelies Verlinden, weten": the comma that closes an apposition
    after an inverted source belongs to the source (its span stays the phrase)."""
    last = nps[-1]
    if last.last < s.end and s.toks[last.last].text == "," and "," in last.span.text:
        return (*nps[:-1], last._replace(last=last.last + 1))
    return nps
