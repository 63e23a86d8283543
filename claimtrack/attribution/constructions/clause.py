"""The content after the cue frame (the subject found): a complement clause ("dat C",
at least ``min_clause`` words), an embedded question for ``questions`` verbs, a colon
or a quotation (direct), a te-infinitive, a clause without complementiser where the
language allows one, or a plain object for ``bare`` verbs ("kondigde de maatregel aan":
the particle may follow the object; to a comma before a coordinator)."""

from __future__ import annotations

from claimtrack.attribution.base import STOP, Found, Site, Subject, match_words
from claimtrack.attribution.constructions import colon
from claimtrack.attribution.content import content, object_end, quoted
from claimtrack.attribution.data import closes


def nothing_left(site: Site, subj: Subject, rest):
    return STOP if rest.j >= site.s.end else None


def particle_object(site: Site, subj: Subject, rest):
    """A separable cue whose particle did not come in the frame: only a bare cue with
    the particle later in the clause ("kondigde de maatregel aan")."""
    s, cue = site.s, site.cue
    if not cue.particle or rest.particle:
        return None
    if not cue.bare or not any(match_words(s.toks, k, cue.particle) for k in range(rest.j, s.end)):
        return STOP
    c = _object(site, rest.j)
    return site.found(subj.sources, c, rest.medium, subj.shared_at) if c else STOP


def find(site: Site, subj: Subject, rest) -> Found | None:
    s, j = site.s, rest.j
    if s.toks[j].text == "," and subj.boundary is not None and s.toks[subj.boundary].text == "," and j + 1 < s.end:
        # parenthetical: "While shelling goes on, Okafor said, the mayor was not hurt."
        c = content(s.text, s.toks, j + 1, s.end, s.cd)
        return site.found(subj.sources, c, rest.medium) if c else None
    quote = colon.next_quote(site.s, rest.j) if site.s.toks[rest.j].text == ":" else None
    if quote is not None:  # "X zei:" and the quotation on the next line
        f = site.found(subj.sources, (quote[0], "direct"), rest.medium, subj.shared_at)
        return f._replace(sentence=quote[1])
    c = _content(site, rest.j)
    return site.found(subj.sources, c, rest.medium, subj.shared_at) if c else None


def _content(site: Site, j: int):
    s, cue = site.s, site.cue
    text, toks, cd, end, n = s.text, s.toks, s.cd, s.end, len(s.toks)
    t = toks[j]
    if cue.number_first and not t.text[0].isdigit():
        return None  # "The police estimate is much smaller": the noun
    if t.low in cd.passive_agents:
        return None  # "the policies identified by the party": a passive, no content
    if t.low in cd.complementisers:
        if not _at_least_words(toks, j + 1, end, cd.min_clause):
            return None  # "Zorgbelang vindt dat onacceptabel": "dat" is the object
        if j + 1 < end and toks[j + 1].low in cd.coordinators:
            return None  # "bevestigt dat en zegt dat C": "dat" is the object, C the next cue's
        return content(text, toks, j + 1, end, cd)
    if cue.questions and t.low in cd.question_words:
        if not _at_least_words(toks, j + 1, end, cd.min_clause):
            return None  # "legt uit waarom.": the question is the next sentences'
        return content(text, toks, j, end, cd)  # "vraagt zich af waarom C"
    if t.text == ":":
        if j + 1 < n and toks[j + 1].text in cd.open_quotes:
            q = quoted(text, toks, j + 1, n, cd)
            return (q, "direct") if q else None
        return content(text, toks, j + 1, end, cd)
    if t.text in cd.open_quotes:
        q = quoted(text, toks, j, n, cd)
        return (q, "direct") if q else None
    q = _quote_after_phrase(site, j)
    if q is not None:  # 'said in a statement released during the blaze, "C"'
        c = quoted(text, toks, q, n, cd)
        return (c, "direct") if c else None
    if _infinitive(site, j):
        return content(text, toks, j, end, cd) if cue.infinitive else None
    if (cue.counted_object and cue.particle and cd.object_before_particle) or cue.object_nouns:
        return _object(site, j)  # an object (a count, a claim), never a clause
    if cd.bare_clause and end - j >= cd.min_bare_clause and not _next_cue(site, j):
        if _place_phrase(site, j):
            return None  # "said at a rally outside the city hall": a place, no clause
        return content(text, toks, j + (t.text == ","), end, cd)
    if cue.bare:
        return _object(site, j)
    return None


def _place_phrase(site: Site, j: int) -> bool:
    """A prepositional phrase ("at a rally", "in Dorby") with no complementiser after it,
    where a clause with no complementiser would start ("said at least 40" is a clause)."""
    s = site.s
    toks, cd = s.toks, s.cd
    if toks[j].low not in cd.frame_prepositions or j + 1 >= s.end:
        return False
    nxt = toks[j + 1]
    if not (nxt.cap or nxt.low in s.lex.determiners):
        return False
    return not any(t.low in cd.complementisers for t in toks[j + 2 : s.end])


def _at_least_words(toks, a: int, b: int, n: int) -> bool:
    """Whether tokens ``a:b`` hold at least ``n`` words (counting stops at ``n``)."""
    if n <= 0:
        return True
    if b - a < n:
        return False
    for t in toks[a:b]:
        if t.text[0].isalnum():
            n -= 1
            if n <= 0:
                return True
    return n <= 0


_PHRASE_BEFORE_QUOTE_MAX = 6


def _quote_after_phrase(site: Site, j: int) -> int | None:
    """The opening quote after a short phrase and a comma that close the cue's frame
    ("issued during the standoff, "C""): the quotation is the content."""
    toks, cd = site.s.toks, site.s.cd
    for q in range(j + 1, min(site.s.end, j + _PHRASE_BEFORE_QUOTE_MAX + 2)):
        t = toks[q]
        if t.text in cd.open_quotes:
            ok = toks[q - 1].text == "," and q - 1 > j and toks[j].text[0].islower() and _ends_sentence(site, q)
            return q if ok else None
        if t.low in cd.complementisers or t.text in cd.close_quotes:
            return None
    return None


def _ends_sentence(site: Site, q: int) -> bool:
    """The quotation opening at ``q`` closes at the end of the sentence."""
    toks, cd = site.s.toks, site.s.cd
    k = next((k for k in range(q + 1, site.s.end) if closes(cd, toks[q].text, toks[k].text)), site.s.end)
    return not any(t.text[0].isalnum() for t in toks[k + 1 : site.s.end])


def _next_cue(site: Site, j: int) -> bool:
    """A comma after the cue and another cue in the rest: "after the DNA reports, the
    ministry said" -- the first "cue" was a noun."""
    toks, cd = site.s.toks, site.s.cd
    return toks[j].text == "," and any(t.low in cd.cues for t in toks[j + 1 : site.s.end])


def _object(site: Site, j: int):
    """A plain object as content, to a comma before a coordinator; with a number or a
    quotation in it where the cue asks for one (``counted_object``)."""
    s = site.s
    e = object_end(s.toks, j, s.end, s.cd)
    if site.cue.counted_object and not any(
        t.text[0].isdigit() or t.text in s.cd.open_quotes for t in s.toks[j:e]
    ):
        return None
    if site.cue.object_nouns and site.cue.object_nouns.isdisjoint(t.low for t in s.toks[j:e]):
        return None  # "dismissed the coach": no claim in the object
    if site.cue.counted_object and site.cue.particle and s.cd.object_before_particle:
        p = next((k for k in range(j + 1, e) if match_words(s.toks, k, site.cue.particle)), e)
        if not any(t.text[0].isdigit() for t in s.toks[p:e]):
            return None  # "recorded 40 cases at the border": no count after the particle
    return content(s.text, s.toks, j, e, s.cd)


def _infinitive(site: Site, j: int) -> bool:
    """A te-infinitive in the rest of the clause ("zegt uitgebreid te hebben gesproken")."""
    toks, cd, end = site.s.toks, site.s.cd, site.s.end
    return any(
        toks[k].low == cd.infinitive_marker
        and k + 1 < end
        and toks[k + 1].low.endswith(cd.infinitive_suffixes)
        for k in range(j, end)
    )
