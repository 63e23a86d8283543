"""Verb cues: a cue word (with its particle) read by the construction units in order.

1. ``BEFORE``: constructions whose source follows the cue and whose content comes
   first ("C, zegt X."); the first that finds a statement wins, STOP ends the cue.
2. ``SUBJECTS``: who speaks; the first unit that finds a subject wins.
3. the cue frame after the cue or the inverted subject (:func:`claimtrack.attribution.frame.frame`).
4. ``CONTENTS``: what was said; the first that finds it (or STOPs) wins.
"""

from __future__ import annotations

from typing import NamedTuple

from claimtrack.attribution.base import LOW, STOP, TEXT, Found, Sentence, Site, Subject, match_words
from claimtrack.attribution.constructions import (
    anaphoric,
    clause,
    impersonal,
    inversion,
    inverted_perfect,
    participle,
    passive_agent,
    relative_cue,
    shared_subject,
    subject,
    trailing,
    trailing_perfect,
)
from claimtrack.attribution.frame import frame
from claimtrack.mentions import parse_np
from claimtrack.model import Span

BEFORE = (impersonal.find, trailing_perfect.find, trailing.find, relative_cue.find)
SUBJECTS = (
    subject.before,
    participle.subject,
    shared_subject.find,
    anaphoric.participle_subject,
    passive_agent.subject,
    inverted_perfect.subject,
    inversion.find,
)
CONTENTS = (
    anaphoric.content_unit,
    trailing.after_subject,
    clause.nothing_left,
    clause.particle_object,
    clause.find,
)


class Rest(NamedTuple):
    """The cue frame after the cue: first content token, medium, particle seen, and
    whether an anaphoric object ("zei dat tegen X") makes the previous sentence content."""

    j: int
    medium: Span | None
    particle: bool
    anaphoric: bool


def starts(cd) -> frozenset[str]:
    """The words this unit may start at: the first words of the cues."""
    return frozenset(cd.cues) | frozenset(cd.progressive_cues)


def find(s: Sentence, i: int) -> tuple[list[Found], int | None] | None:
    for cue in s.cd.cues.get(s.toks[i].low, ()) or _progressive(s, i):
        if len(cue.words) > 1 and not match_words(s.toks, i, cue.words):
            continue  # (the first word is this token's)
        f = read(Site(s, i, cue))  # the Site knows the verb's number ("zeggen": plural)
        if f is not None:
            return [f], None
    return None


def read(site: Site) -> Found | None:
    for unit in BEFORE:
        r = unit(site)
        if r is not None:
            if r is STOP or (site.cue.trailing_only and r.kind != "direct" and not site.cue.trailing_clause):
                return None
            return r
    if _passive_hearsay(site) or _adjective(site) or _naming(site) or _not_object(site) or no_content(site):
        return None
    for unit in SUBJECTS:  # the first unit that finds a subject
        subj = unit(site)
        if subj is not None:
            break
    else:
        return None
    rest = _rest(site, subj)
    for unit in CONTENTS:
        r = unit(site, subj, rest)
        if r is not None:
            if r is STOP or (site.cue.trailing_only and not _quoted_before(site, r)):
                return None  # ('"C," she continued.' only: "The rain continued" reports nothing)
            return _relative_close(site, subj, r)
    return None


def _quoted_before(site: Site, r: Found) -> bool:
    """Whether ``r`` is a direct quotation that ends before its cue."""
    return r.kind == "direct" and r.content.end <= site.s.toks[site.i].start


def _relative_close(site: Site, subj: Subject, r: Found) -> Found:
    """"Tarn, who had said that C, on Monday signed the bill": a relative clause after the
    sentence's subject ends at the first comma in its content after which the main clause
    goes on with a lower-case word (no coordinator, relative, subordinator, continuation)."""
    s = site.s
    toks, cd, b = s.toks, s.cd, subj.boundary
    if cd.verb_second or b is None or toks[b].text != "," or b + 1 >= s.end or toks[b + 1].low not in cd.relatives:
        return r
    if any(t.text == "," for t in toks[s.s0 : b]) or not r.sources or r.sources[0].first != s.s0:
        return r  # (only a relative clause right after the sentence's first phrase)
    inner = False  # a relative clause inside the content closes at its next comma
    for k in range(site.after + 1, s.end - 2):
        if toks[k].start < r.content.start or toks[k].text != ",":
            continue
        w = toks[k + 1]
        if inner or w.low in cd.relatives:
            inner = not inner
            continue
        if w.text[:1].islower() and w.text.isalpha() and not (
            w.low in cd.coordinators or w.low in cd.relatives or w.low in cd.subordinators
            or w.low in cd.continuations or w.low in cd.adverbial_clauses or w.low in cd.complementisers
        ):
            return r._replace(content=Span.of(s.text, r.content.start, toks[k - 1].end))
    return r


def no_content(site: Site) -> bool:
    """Whether no ``CONTENTS`` unit can find a content for this cue, whatever subject the
    ``SUBJECTS`` units find: a pre-check in C before they parse (a cue word with no
    content, "... nog niet in kaart is gebracht.", costs as much as a statement).

    A content needs one of these, else every content unit answers None or STOP: a
    plain object (``bare`` cue; with its particle, if it has one) or a clause without complementiser (long enough) after
    the cue; an anaphor opening the sentence ("Dat meldt X"); after the cue a word or
    mark of ``content_openers`` (clause, anaphoric object, colon, quote, infinitive)
    or, for ``questions`` cues, a question word; before the cue a comma or closing
    quote (``content_closers``) that ends a content before the subject ('"C," he
    said.') or opens a parenthetical ("While ..., X said, C": only then does a comma
    after the cue count)."""
    s, cue = site.s, site.cue
    cd, toks = s.cd, s.toks
    after = toks[site.after :]
    if cue.bare and (not cue.particle or not _particle_firsts(cue).isdisjoint(map(LOW, after))):
        return False  # (a separable cue's object comes with its particle: "kondigde X aan")
    if cd.bare_clause and s.end - site.after >= cd.min_bare_clause:
        return False
    if toks[s.s0].low in cd.anaphors:
        return False
    if not cd.content_openers.isdisjoint(map(LOW, after)):
        return False
    if cue.questions and not cd.question_words.isdisjoint(map(LOW, after)):
        return False
    return cd.content_closers.isdisjoint(map(TEXT, toks[s.s0 : site.i]))


def _particle_firsts(cue) -> frozenset[str]:
    """The first words of a separable cue's particle and its variants."""
    return frozenset([cue.particle[0], *(v[0] for v in cue.variants)])


def _rest(site: Site, subj: Subject) -> Rest:
    s = site.s
    start = subj.sources[-1].last if subj.inverted and not site.cue.participle else site.after
    j, medium, particle = frame(s.text, s.toks, start, s.end, site.cue, s.language, s.cd)
    medium = medium or subj.medium
    if site.cue.addressee:
        j, medium = _addressee(site, j, medium)
    if subj.anaphoric:
        return Rest(j, medium, particle, True)
    obj = anaphoric.object_anaphor(site, j)
    if obj is not None:  # "maakte dat woensdag bekend": the particle after the anaphor
        return Rest(j, medium or obj[0], particle or obj[1], True)
    return Rest(j, medium, particle, False)


def _addressee(site: Site, j: int, medium: Span | None) -> tuple[int, Span | None]:
    """"told Reuters (that) C", "urged residents to leave": the phrase after the cue is
    the addressee (kept as the medium) when a clause follows it."""
    s = site.s
    toks = s.toks
    if j >= s.end or toks[j].text in s.cd.open_quotes or toks[j].low in s.cd.complementisers:
        return j, medium
    np = parse_np(s.text, toks, j, s.end, s.language, generic=True)
    if np is None:
        return j, medium
    np = _coordinated_addressee(s, _body_after_name(s, np))  # "told the Reuters news agency"
    if np.last >= s.end:  # '"C," he told reporters.'
        return s.end, medium
    k, m2, _ = frame(s.text, toks, np.last, s.end, None, s.language, s.cd)
    if k >= s.end:  # '"C," the minister told reporters at a press conference.'
        return s.end, medium or m2 or np.span
    if _place_to_end(s, k):  # '"C," she told the Tarn Herald from the village of Orla.'
        return s.end, medium or m2 or np.span
    k = _places_before_clause(s, k)  # "told reporters at Varn Hospital rescuers had saved 14"
    k = _place_before_complementiser(s, k)  # "told reporters at the town hall that C"
    while k - 1 >= np.last and k < s.end and toks[k].low == s.cd.infinitive_marker and toks[k - 1].low in s.cd.negations:
        k -= 1  # "urged residents not to drink the water": the negation is part of the call
    if k < s.end and (toks[k].low in s.cd.complementisers or s.end - k >= s.cd.min_bare_clause or toks[k].low == s.cd.infinitive_marker):
        return k, medium or m2 or np.span
    return j, medium


def _coordinated_addressee(s, np):
    """"told the judge and the jury that C": a second addressee joined by a coordinator,
    when a complementiser follows it, belongs to the phrase."""
    toks, k = s.toks, np.last
    if k + 1 >= s.end or toks[k].low not in s.lex.coordinators:
        return np
    second = parse_np(s.text, toks, k + 1, s.end, s.language, generic=True)
    if second is None or second.pronoun is not None or second.last >= s.end or toks[second.last].low not in s.cd.complementisers:
        return np
    return np._replace(last=second.last, span=Span.of(s.text, np.span.start, second.span.end))


def _place_to_end(s, k: int) -> bool:
    """'"C," X told the Dorval News Agency from the town of Kemp.': after the addressee a
    prepositional phrase with no complementiser, quote mark or cue in it runs to the end."""
    toks, cd = s.toks, s.cd
    if toks[k].low == cd.infinitive_marker or not (toks[k].low in s.lex.place_prepositions or toks[k].low in cd.np_complements):
        return False
    if any(t.low in cd.complementisers or t.low in cd.cues or t.text in cd.open_quotes for t in toks[k : s.end]):
        return False
    np = parse_np(s.text, toks, k + 1, s.end, s.language, generic=True)
    return np is not None and np.pronoun is None and not any(t.text[0].isalnum() for t in toks[np.last : s.end])


_PLACE_WORDS = 7  # tokens of a place phrase between an addressee and "that"


def _place_before_complementiser(s, k: int) -> int:
    """"told reporters from the town hall that C": a prepositional phrase after the addressee
    and a complementiser within a few words: the index of the complementiser, else ``k``."""
    toks, cd = s.toks, s.cd
    if k >= s.end or not (toks[k].low in s.lex.place_prepositions or toks[k].low in cd.np_complements):
        return k
    for m in range(k + 1, min(s.end, k + _PLACE_WORDS + 1)):
        if toks[m].low in cd.complementisers:
            return m
        if toks[m].text in (",", ";") or toks[m].low in cd.cues or toks[m].text in cd.open_quotes:
            break
    return k


def _body_after_name(s, np):
    """"the Reuters news agency", "the local radio station", "the Tarn council members that":
    the parser stops at a name or a body noun; one or two lower-case words after it that end
    in a body noun (``organisations``) or before a complementiser belong to the phrase."""
    toks, k = s.toks, np.last
    for n in (1, 2):
        if k + n > s.end or not all(
            t.text.isalpha() and t.text.islower() and t.low not in s.lex.determiners and t.low not in s.lex.function_words
            for t in toks[k : k + n]
        ):
            break  # ("told the BBC the government faced ...": a clause after the addressee)
        if toks[k + n - 1].low in s.cd.complementisers:
            break
        if toks[k + n - 1].low in s.lex.organisations or (k + n < s.end and toks[k + n].low in s.cd.complementisers):
            return np._replace(last=k + n, span=Span.of(s.text, np.span.start, toks[k + n - 1].end))
    return np


def _places_before_clause(s, k: int) -> int:
    """After an addressee, prepositional phrases ("at Varn Hospital", "in Tarn") and then a
    clause without complementiser: the index where that clause starts, else ``k``."""
    toks, cd = s.toks, s.cd
    if not cd.bare_clause or not cd.complementisers.isdisjoint(map(LOW, toks[k : s.end])):
        return k  # ("... at the town hall that C": the complementiser opens the clause)
    p = k
    while p + 1 < s.end and toks[p].low in cd.frame_prepositions:
        np = parse_np(s.text, toks, p + 1, s.end, s.language, generic=True)
        if np is None or np.pronoun is not None:
            return k
        p = np.last
    if p == k or s.end - p < cd.min_bare_clause or not toks[p].text[:1].isalnum():
        return k
    return p


def _passive_hearsay(site: Site) -> bool:
    """"X is thought to be ...", "were said to have ...": a passive with an infinitive;
    also without its auxiliary ("two suspects alleged to have attacked drivers")."""
    s, i, a = site.s, site.i, site.after
    if a >= s.end or s.toks[a].low != s.cd.infinitive_marker:
        return False
    if i > 0 and s.toks[i - 1].low in s.cd.passive_auxiliaries:
        return True
    return _participle_form(site) and a + 1 < s.end and (
        s.toks[a + 1].low in s.cd.auxiliaries or s.toks[a + 1].low in s.cd.passive_auxiliaries
    )


def _progressive(s: Sentence, i: int) -> tuple:
    """"saying", "reporting" are a cue only right after an auxiliary ("officials are saying
    C"); ", saying C" and "with police saying C" belong to the participle units."""
    if i == 0 or s.toks[i - 1].low not in s.cd.passive_auxiliaries:
        return ()
    return s.cd.progressive_cues.get(s.toks[i].low, ())


def _participle_form(site: Site) -> bool:
    return any(c.participle for c in site.s.cd.cues.get(site.s.toks[site.i].low, ()))


_NOT_OBJECT_WORDS = 3  # "claimed [the lives] of", "claimed [31 lives]", "claimed [responsibility]"


def _not_object(site: Site) -> bool:
    """"The floods claimed 31 lives", "claimed responsibility for the blast": one of the
    cue's ``not_objects`` among the first words after it makes the verb report nothing."""
    words = site.cue.not_objects
    after = site.s.toks[site.after : min(site.after + _NOT_OBJECT_WORDS, site.s.end)]
    return bool(words) and not words.isdisjoint(t.low for t in after)


def _adjective(site: Site) -> bool:
    """"over alleged fraud", "the reported attack", "of confirmed cases": a participle
    right after an article or a preposition describes the noun after it; no one speaks."""
    s, i = site.s, site.i
    if s.cd.participle_final or i <= s.s0 or not _participle_form(site):
        return False  # (where a participle closes its clause, "er op aangedrongen" is a verb)
    w = s.toks[i - 1].low
    if w in s.lex.determiners or w in s.cd.np_complements or w in s.cd.frame_prepositions or w in s.lex.place_prepositions:
        return True
    # "11 new confirmed cases", "Cumulative confirmed deaths rose": a number, a modifier or
    # an opening adjective before it, a bare noun after it
    before = w[:1].isdigit() or w in s.lex.modifiers or (i - 1 == s.s0 and w.endswith(s.lex.adjective_suffixes))
    return before and i + 1 < s.end and _bare_noun(s, s.toks[i + 1])


def _naming(site: Site) -> bool:
    """"A group called Fair Lanes said C": a participle before a name that a verb (a cue
    or an auxiliary) follows names the noun before it; the name is the verb's subject."""
    s, a = site.s, site.after
    if s.toks[site.i].low not in s.cd.naming_forms:
        return False  # ("Police said Tom Reed was hurt": a clause after the cue)
    k = a
    while k < s.end and s.toks[k].cap:
        k += 1
    return a < k < s.end and (s.toks[k].low in s.cd.cues or s.toks[k].low in s.cd.auxiliaries)


def _bare_noun(s, t) -> bool:
    """A word that opens no phrase or clause of its own (no article, pronoun, preposition,
    complementiser or auxiliary): "new confirmed measles cases", "new confirmed Ebola cases"."""
    w, cd, lex = t.low, s.cd, s.lex
    return t.text.isalpha() and not (
        w in lex.determiners or w in lex.pronouns or w in lex.object_pronouns or w in cd.complementisers
        or w in cd.np_complements or w in cd.frame_prepositions or w in cd.auxiliaries or w in cd.frame
        or w == cd.infinitive_marker
    )
