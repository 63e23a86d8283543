"""Trailing cues: the content first, then the cue.

* ``find``: "C, zegt X." / "C, zo meldt de politie." / '"C", verklaarde hij tegenover
  de pers.' -- the source after the cue; after it only adverbials, a medium or the
  rest of an interrupted quotation ('"A", zei hij, "B."': the content is A).
* ``after_subject``: "C, the police said." / '"C," he told reporters.' -- the source
  between the comma (or closing quote) and the cue, only adverbials after the cue.
"""

from __future__ import annotations

from claimtrack.attribution.base import LOW, STOP, TEXT, Found, Site, Subject, match_words
from claimtrack.attribution.content import content, quoted, trailing_content, trailing_content_inner
from claimtrack.attribution.frame import frame, is_clause_np, source_phrases
from claimtrack.attribution.constructions.subject import dated_frame, fronted_clause, parenthetical_medium, reduced_relative
from claimtrack.mentions import lexicon, parse_np, parse_np_list
from claimtrack.model import Span


def find(site: Site):
    s, i, cue = site.s, site.i, site.cue
    toks, cd, s0, end = s.toks, s.cd, s.s0, s.end
    # "C, zo meldt de politie.": an adverb between the comma and the cue
    zo = i > s0 + 1 and toks[i - 1].low in cd.trailing_adverbs and toks[i - 2].text == ","
    comma = (i > s0 and toks[i - 1].text == ",") or zo
    in_quote = i > s0 + 1 and toks[i - 1].text in cd.close_quotes and toks[i - 2].text in ",?!"
    if not (comma or in_quote) and not cue.participle and not cue.addressee and i > s0 + 1:
        return _bare_before_colon(site)  # 'Die zijn te duur legt hij uit: "C"'
    if not (comma or in_quote) or cue.participle or (comma and not zo and _after_medium(s, i - 1)):
        return None
    if cue.addressee:
        return None  # '"C," Ola Varn, an official, told Reuters': who is told never speaks
    if comma and cd.verb_second and fronted_clause(s, i):
        return None  # "Omdat C1, adviseert X om C2": a fronted clause, the subject inverted
    if comma and not zo and _subject_before(s, i - 1):
        return None  # "The spokesperson for X, Ola Varn, confirmed the arrest": no content first
    j, _, _ = frame(s.text, toks, site.after, end, None, s.language, cd)
    nps = source_phrases(s.text, toks, j, end, s.language)
    if len(nps) == 1:
        nps = _spokesperson_for(s, nps[0]) or nps
    if nps:
        k, medium, particle = frame(s.text, toks, _after_age(s, nps[-1].last), end, cue, s.language, cd)
        if comma and not zo and k + 1 < end and toks[k].text == ":" and (particle or not cue.particle):
            return _after_colon(site, nps, k, medium)  # 'Maar, zegt de bond: "C"'
        if comma and not zo and (particle or not cue.particle) and _parenthetical(site, k):
            c = content(s.text, toks, k + 1, end, cd)  # "Vissers, zegt hij, moeten verder varen."
            return site.found(nps, c, medium) if c else None
        if (particle or not cue.particle) and (_only_adverbials(site, k) or _apposition_goes_on(site, nps[-1], k)):
            if in_quote:
                c = trailing_content_inner(s.text, toks, s0, i - 1, cd, s.earlier)
            else:
                if not cue.anaphoric and toks[s0].low in cd.complementisers:
                    return None  # "Dat C, betreurde zij": a regret or denial of C reports nothing
                b = i - 2 if zo else i - 1
                c = trailing_content(s.text, toks, s0, b, cd, "indirect", s.earlier)
            if c:
                return site.found(nps, c, medium)
    return STOP if in_quote else None


_LED_NOUN_MAX = 6  # tokens of a noun phrase before ", led by X," ("The five-member review panel")


def _bare_before_colon(site: Site):
    """'Die zijn te duur legt hij uit: "C"': an inverted cue after a clause with no comma
    before it; only where its source (and particle) ends at a colon and a quotation opens
    after it (the clause before is too loose to be the content). The source is a pronoun
    (only a subject stands there), and no phrase fills the part before the cue ("Minister X
    vroeg de Kamer:" has its subject first, and the phrase after it is its object)."""
    s = site.s
    toks, end = s.toks, s.end
    if not toks[site.i - 1].text[:1].isalpha():
        return None
    if not any(toks[k].text == ":" and toks[k + 1].text in s.cd.open_quotes for k in range(site.after, end - 1)):
        return None  # (checked first: most sentences hold no colon before a quotation)
    if is_clause_np(parse_np_list(s.text, toks, s.s0, site.i, s.language, generic=True), s.s0, site.i):
        return None
    j, _, _ = frame(s.text, toks, site.after, end, None, s.language, s.cd)
    nps = source_phrases(s.text, toks, j, end, s.language)
    lex = lexicon(s.language)
    if len(nps) != 1 or nps[0].pronoun is None or nps[0].span.text.lower() in lex.object_pronouns:
        return None  # "hem", "ze" may be an object ("De boeren vroegen hem:")
    k, medium, particle = frame(s.text, toks, _after_age(s, nps[-1].last), end, site.cue, s.language, s.cd)
    if k + 1 >= end or toks[k].text != ":" or toks[k + 1].text not in s.cd.open_quotes or not (particle or not site.cue.particle):
        return None
    return _after_colon(site, nps, k, medium)


def _after_colon(site: Site, nps, k: int, medium):
    """'Maar, zegt X van Y: "C"': the quotation or clause after the colon at ``k`` that
    follows the inverted source is the content."""
    s = site.s
    toks, n = s.toks, len(s.toks)
    if toks[k + 1].text in s.cd.open_quotes:
        q = quoted(s.text, toks, k + 1, n, s.cd)
        c = (q, "direct") if q else None
    else:
        c = content(s.text, toks, k + 1, s.end, s.cd)
    return site.found(nps, c, medium) if c else None


def _subject_before(s, e: int) -> bool:
    """Tokens ``s0:e`` before the comma are one source phrase with an apposition (a
    subject between commas), not a content that comes first."""
    toks = s.toks
    if e - s.s0 < 4 or "," not in map(TEXT, toks[s.s0 : e]):
        return False  # (only a phrase with an apposition: "X, Y," is read here)
    comma = next(k for k in range(s.s0, e) if toks[k].text == ",")
    if comma - s.s0 <= _LED_NOUN_MAX and reduced_relative(s, comma + 1, e):
        return True  # "A five-member panel, headed by X, said": the panel speaks
    np = parse_np(s.text, toks, s.s0, e, s.language, generic=True)
    if np is None or np.pronoun is not None or not (np.role or np.org or np.name_text):
        return False
    k = np.last
    if k + 1 < e and toks[k].low in s.cd.np_complements:  # "The spokesperson for the Command"
        body = parse_np(s.text, toks, k + 1, e, s.language, generic=True)
        k = body.last if body is not None and body.pronoun is None else k
    if k + 1 >= e or toks[k].text != ",":
        return False
    name = parse_np(s.text, toks, k + 1, e, s.language, generic=True)
    if name is None or name.pronoun is not None:
        return False
    if np.name_text and name.role and name.determiner is not None and not np.role:
        # "Ola Varn, the commissioner for home affairs of the state, said": a role apposition
        return not any(t.low in s.cd.relatives or t.low in s.cd.complementisers or t.text == "," for t in toks[k + 1 : e])
    return name.last == e and bool(name.name_text)


def _spokesperson_for(s, np) -> tuple | None:
    """'"C," said a spokeswoman for the Tarn Rescue Agency.': the complement ([frame]
    np_complements) that fills the rest of the sentence names the body she speaks for."""
    k = np.last
    if np.role not in s.lex.spokespersons or np.of is not None or k + 1 >= s.end or s.toks[k].low not in s.cd.np_complements:
        return None
    body = parse_np(s.text, s.toks, k + 1, s.end, s.language, generic=True)
    if body is None or body.last != s.end or body.pronoun is not None:
        return None
    return (np._replace(of=body, last=s.end, span=Span.of(s.text, np.span.start, body.span.end)),)


def _parenthetical(site: Site, k: int) -> bool:
    """"Vissers, zegt hij, moeten verder varen": the cue and its source stand between
    commas after the clause's first phrase (no comma before it), and the clause goes on
    after them with a lower-case word (no coordinator, relative, quote or apposition)."""
    s = site.s
    toks, cd, i = s.toks, s.cd, site.i
    if k + 2 >= s.end or toks[k].text != "," or "," in map(TEXT, toks[s.s0 : i - 1]):
        return False
    w = toks[k + 1]
    if not w.text[0].islower() or w.low in cd.coordinators or w.low in cd.relatives:
        return False
    if w.low in cd.continuations or w.low in cd.subordinators or w.low in cd.adverbial_clauses:
        return False
    if cd.adverbial_participles and w.low.endswith(cd.adverbial_participles):
        return False  # "..., said X, speaking at a rally"
    return not (_role_apposition(site, k) or _apposition_to_end(site, k))


def _after_age(s, k: int) -> int:
    """'said Ada Fenn, 41, a teacher': the index after an age between commas, else ``k``."""
    toks = s.toks
    if k + 1 < s.end and toks[k].text == "," and toks[k + 1].text.isdigit() and len(toks[k + 1].text) <= 3:
        if k + 2 >= s.end or toks[k + 2].text in (",", "."):
            return k + 2
    return k


def _after_medium(s, e: int) -> bool:
    """"X, in a statement, said ...": the comma at ``e`` closes a medium phrase, the
    subject stands before it."""
    if "," not in map(TEXT, s.toks[s.s0 + 1 : e]):
        return False  # no comma before it (one test in C)
    b = next((b for b in range(e - 1, s.s0, -1) if s.toks[b].text == ","), None)
    return b is not None and (parenthetical_medium(s, b, e) or dated_frame(s, b, e) != e)


def _only_adverbials(site: Site, k: int) -> bool:
    """Nothing after the source but adverbials, or the second part of an interrupted quote."""
    toks, cd, end = site.s.toks, site.s.cd, site.s.end
    if k >= end:
        return True
    if toks[k].text == "," and k + 1 < end and (
        toks[k + 1].text in cd.open_quotes
        or toks[k + 1].low in cd.continuations
        or (toks[k + 1].low in cd.relatives and not cd.verb_second)
    ):
        return True  # '"A", zei hij, "B."' / '..., said X, adding that' / '..., said the witness, who asked ...'
    if _role_apposition(site, k) or _apposition_to_end(site, k):
        return True
    if toks[k].low in cd.relatives and toks[k].low not in cd.complementisers and not cd.verb_second:
        return True  # '..., said the bench which heard the plea': a relative clause on the source
    if cd.bare_clause and toks[k].low in cd.auxiliaries:
        return False  # "X, at a rally, said the bridge would open": the subject of a clause
    # where a clause needs no complementiser ("said she had come"), a longer rest is one,
    # unless it is a complement of the source ("a spokeswoman for the Red Cross")
    if cd.bare_clause and end - k >= cd.min_bare_clause and toks[k].low not in cd.np_complements:
        return False
    return not _clause_or_quote(site, k)


def _role_apposition(site: Site, k: int) -> bool:
    """"C, said X, head of the region's health office": a role after a comma, and no
    clause after it, is an apposition of the source however long its complement."""
    s = site.s
    if s.toks[k].text != "," or k + 1 >= s.end:
        return False
    end = _relative_at(s, k + 1, _continuation_at(s, k + 1))  # "..., the head of civil defence, adding that C2"
    np = parse_np(s.text, s.toks, k + 1, end, s.language, generic=True)
    return (
        np is not None
        and np.role is not None
        and np.pronoun is None
        and not _clause_or_quote(site, k, end)
        and not any(t.low in s.cd.relatives or t.text in (",", ";") for t in s.toks[np.last : end])
    )


def _relative_at(s, k: int, end: int) -> int:
    """The index of a comma and a relative pronoun (no complementiser) between ``k`` and
    ``end`` ("..., chief of the Velt district, which includes Orla"): the relative clause
    says something of the apposition, no content; else ``end``."""
    cd = s.cd
    for m in range(k, end - 1):
        w = s.toks[m + 1].low
        if s.toks[m].text == "," and w in cd.relatives and w not in cd.complementisers:
            return m
    return end


def _continuation_at(s, k: int) -> int:
    """The index of a comma and a continuation ("..., adding that C2") after ``k``, else
    the sentence end: what follows them is a statement of its own."""
    for m in range(k, s.end - 1):
        if s.toks[m].text == "," and s.toks[m + 1].low in s.cd.continuations:
            return m
    return s.end


_APPOSITION_MAX = 10


def _apposition_to_end(site: Site, k: int) -> bool:
    """'said Ada Fenn, 41, a local teacher.': a noun phrase with a determiner after the
    comma fills the rest of the sentence."""
    s = site.s
    if s.toks[k].text != "," or k + 1 >= s.end:
        return False
    np = parse_np(s.text, s.toks, k + 1, s.end, s.language, generic=True)
    if np is None or np.pronoun is not None or np.determiner is None:
        return False
    words = [t for t in s.toks[k + 1 : s.end] if t.text[0].isalnum()]  # a quote mark may follow
    cd = s.cd
    return len(words) <= _APPOSITION_MAX and all(
        t.text[0].isalnum() or t.text in cd.open_quotes for t in s.toks[k + 1 : s.end]
    ) and not any(t.low in cd.complementisers or t.low in cd.relatives or t.low in cd.auxiliaries for t in words)


def _apposition_goes_on(site: Site, np, k: int) -> bool:
    """"C, said X, head of the region's health office": the apposition the parser cut
    short goes on to the end when no clause, comma or quote follows."""
    s = site.s
    inner = s.text[np.span.start : np.span.end]
    end = _relative_at(s, k, _continuation_at(s, k))  # "..., head of civil defence, adding that C2"
    return (
        (np.role is not None or end - k <= _APPOSITION_MAX)  # "Lena Hart, an infectious disease specialist at X"
        and np.name_text is not None
        and "," in inner
        and not _clause_or_quote(site, k, end)
        and not any(t.low in s.cd.relatives or t.text in (",", ";") for t in s.toks[k:end])
    )


def _clause_or_quote(site: Site, k: int, end: int | None = None) -> bool:
    """A complementiser or a quote mark among tokens ``k:end`` (the sentence's end)."""
    cd = site.s.cd
    rest = site.s.toks[k : site.s.end if end is None else end]
    return not (
        cd.complementisers.isdisjoint(map(LOW, rest))
        and cd.open_quotes.isdisjoint(map(TEXT, rest))
        and cd.close_quotes.isdisjoint(map(TEXT, rest))
    )


def after_subject(site: Site, subj: Subject, rest) -> Found | None:
    s, cue = site.s, site.cue
    b = subj.boundary
    if b is None or b <= s.s0 or (cue.bare and rest.particle and rest.j < s.end):
        return None
    if cue.particle and not rest.particle:
        return None  # "X (45), boer in Y, maakt zich zorgen": no "bekend", no cue
    j, medium = rest.j, rest.medium
    if j < s.end and s.toks[j].text == "," and j + 1 < s.end and s.toks[j + 1].low in s.cd.continuations:
        j = s.end  # "X said in a statement, adding that C2": C2 is a statement of its own
    if j < s.end and s.toks[j].low in s.cd.subordinators and not _clause_or_quote(site, j):
        j = s.end  # '"C," X said after visiting the town': an adverbial clause
    elif any(match_words(s.toks, j, p) for p in s.cd.basis_phrases) and not _clause_or_quote(site, j):
        j = s.end  # '"C," X said based on early reports': what the source goes by
    elif j < s.end and adverbial_clause(s, j) and not _clause_or_quote(site, j):
        j = s.end  # "C, police said, as they detained 31 people"
    elif j < s.end and s.toks[j].low in s.cd.frame_prepositions and (
        _short_addressee(s, j, _PLACE_MAX) or _after_quote(s, b, j)
    ):
        j = s.end  # "C, the agency said in its latest update." / "... at a rally outside the hall"
    elif site.cue.addressee and (_short_addressee(s, j) or _addressee_then_place(s, j)):
        # '"C," Lund told a news conference.': the addressee is kept as the medium
        medium = medium or Span.of(s.text, s.toks[j].start, s.toks[s.end - 1].end)
        j = s.end
    if _clause_or_quote(site, j) or (
        s.cd.bare_clause and s.end - j >= s.cd.min_bare_clause and not _new_clause(s, j)
    ):
        return None  # "X said he had come": a clause follows; "told reporters" does not
    bt = s.toks[b].text
    b = b if bt == "," else b + 1 if bt in s.cd.close_quotes else None
    if b is None:
        return None
    c = trailing_content(s.text, s.toks, s.s0, b, s.cd, "indirect", s.earlier)
    return site.found(subj.sources, c, medium) if c is not None else None


def _after_quote(s, b: int, j: int) -> bool:
    """'"C," X said at a briefing with colleagues from A, B and C.': after a closed quote
    and its trailing cue, a prepositional phrase of any length is no content when no cue,
    complementiser or quote mark stands in it."""
    cd = s.cd
    if b <= s.s0 or (s.toks[b].text not in cd.close_quotes and s.toks[b - 1].text not in cd.close_quotes):
        return False
    return not any(t.low in cd.cues or t.low in cd.complementisers or t.text in cd.open_quotes for t in s.toks[j : s.end])


def adverbial_clause(s, j: int) -> bool:
    """", as they detained 31", "told WKTV Tarn, which says ...", ", breaking a record set
    in 1990" (a participle that reports nothing): a clause of its own."""
    if s.toks[j].text != "," or j + 1 >= s.end:
        return False
    w = s.toks[j + 1].low
    return (
        w in s.cd.adverbial_clauses
        or w in s.cd.relatives
        or (w.endswith(s.cd.adverbial_participles) and w not in s.cd.continuations and w not in s.cd.cues)
    )


_ADDRESSEE_MAX = 4
_PLACE_MAX = 8  # words of a place phrase after a trailing cue ("at a rally outside the town hall")


def _addressee_then_place(s, j: int) -> bool:
    """'"C," he told supporters at the town hall': an addressee of one or two words, then a
    prepositional phrase, and nothing else."""
    p = next((k for k in range(j + 1, min(j + 3, s.end)) if s.toks[k].low in s.cd.frame_prepositions), None)
    return p is not None and _short_addressee(s, j, _PLACE_MAX)


def _short_addressee(s, j: int, most: int = _ADDRESSEE_MAX) -> bool:
    """A few words and nothing else after the cue: an addressee ("a news conference") or
    a prepositional phrase ("in its latest update")."""
    rest = s.toks[j : s.end]
    return 0 < len(rest) <= most and all(
        t.text[0].isalpha() and t.low not in s.cd.complementisers and t.low not in s.cd.cues for t in rest
    )


def _new_clause(s, j: int) -> bool:
    """", and thousands were stranded": a comma and a coordinator after the cue open a
    clause of their own ("..., officials said, and ...")."""
    return s.toks[j].text == "," and j + 1 < s.end and s.toks[j + 1].low in s.cd.coordinators
