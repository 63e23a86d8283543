"""Subject before the cue: "X zegt dat C", also in a subordinate clause ("..., maar Y
waarschuwt dat C", '"C", aldus de krant, die ...'); see :func:`left_part` for what
is skipped between the subject and the cue."""

from __future__ import annotations


from claimtrack.attribution.base import LOW, TEXT, Site, Subject, match_words
from claimtrack.attribution.frame import is_clause_np, medium_end, source_phrases
from claimtrack.mentions import is_plural_role, parse_np
from claimtrack.model import Span
from claimtrack.timeref import find_time_expressions


def left_part(site: Site) -> tuple[int, int]:
    """Tokens ``left0:left_end`` before the cue that may hold its subject: without
    auxiliaries and object pronouns before the cue, a relative clause between commas
    ("Een diplomaat, die anoniem wilde blijven, zegt"), frame words on its right ("Het
    bedrijf zelf sprak") and focus words or a coordinator on its left ("Ook Duitsland
    zegt", "Maar hij zegt")."""
    s = site.s
    toks, cd, s0 = s.toks, s.cd, s.s0
    e = site.i
    while e > s0 + 1 and (toks[e - 1].low in cd.auxiliaries or _object_pronoun(s, toks[e - 1].low)):
        e -= 1
    if e > s0 + 1 and toks[e - 1].text == ",":
        e -= 1  # "Volkert Dam, directeur van de haven, zegt"
        for b in range(e - 1, s0, -1):
            if toks[b].text == ",":
                if toks[b + 1].low in cd.relatives or parenthetical_medium(s, b, e) or _adverbial(s, b, e) or reduced_relative(s, b + 1, e):
                    e = b  # "X, in a series of posts, identified", "The panel, led by X, said"
                else:
                    e = dated_frame(s, b, e)  # "X, in a statement on Saturday, May 9, said"
                break
    if e > s0 + 2 and toks[e - 1].text == ")":
        e = _before_aside(toks, s0, e)  # "Anna Jansen (42) zegt", "X (voorheen Y) laat weten"
    framed = e
    while e > s0 + 1 and (toks[e - 1].low in cd.frame or (toks[e - 1].low,) in cd.sourceless.get(toks[e - 1].low, ())):
        e -= 1  # (and a hedge: "President X reportedly said")
        if e < framed and e > s0 + 1 and toks[e - 1].low in cd.time_prepositions and toks[e - 2].text[0].isalnum():
            e -= 1  # "Senator X on Monday told": the time phrase's preposition too
    a = s0
    if a < e - 1 and _bullet(toks[a].text, cd):
        a += 1  # "- Organiser estimates 40,000 at ...": a highlight bullet
    while a < e - 1 and (toks[a].low in cd.frame or (a == s0 and toks[a].low in cd.coordinators)):
        a += 1
    if site.after + 1 < s.end:  # (a content follows the cue: no trailing "..., officials said.")
        a = _after_fronted_phrase(s, a, e)
    led = next((m for m in range(a + 1, e - 1) if toks[m - 1].text != "," and reduced_relative(s, m, e)), None)
    if led is not None:
        return a, led  # "A panel led by X said": the panel
    return _named(s, a, e), e


def _after_fronted_phrase(s, a: int, e: int) -> int:
    """"In reply to questions from the Vale Courier, the ministry said": a phrase that opens
    with a preposition ends at its comma; the subject follows it (not "the Vale Courier, the
    ministry" as one name and its apposition)."""
    toks = s.toks
    opener = toks[a].low
    if s.cd.verb_second or not (opener in s.lex.place_prepositions or opener in s.cd.np_complements or opener in s.cd.frame_prepositions):
        return a
    comma = next((k for k in range(a + 1, min(e - 1, a + _FRONTED_MAX)) if toks[k].text == ","), None)
    return a if comma is None else comma + 1


_FRONTED_MAX = 10  # tokens of a fronted phrase before its comma


def _named(s, a: int, e: int) -> int:
    """Where the name starts in "a group called Fair Lanes" (a [frame] naming_forms
    participle between a noun and a name that runs to ``e``): the name is the subject; else ``a``."""
    toks = s.toks
    for m in range(a + 1, e - 1):
        if toks[m].low in s.cd.naming_forms and all(t.cap for t in toks[m + 1 : e]):
            return m + 1
    return a


def reduced_relative(s, m: int, e: int) -> bool:
    """Whether a [frame] reduced_relatives phrase ("led by", "comprising") opens at token
    ``m`` and a word follows it before ``e``."""
    return any(m + len(p) < e and match_words(s.toks, m, p) for p in s.cd.reduced_relatives)


def _before_aside(toks, s0: int, e: int) -> int:
    """Where an aside in brackets of at most four words that ends at ``e`` opens, if a
    word stands before it and the aside opens with no capital (an age, "voorheen X");
    else ``e``: "(VVD)", "(NZa)" belong to the name."""
    for b in range(e - 2, max(s0, e - 7), -1):
        if toks[b].text == "(":
            return b if b > s0 and not toks[b + 1].cap else e
        if not toks[b].text[0].isalnum():
            return e
    return e


def parenthetical_medium(s, b: int, e: int) -> bool:
    """Tokens ``b:e`` are ", in a statement" (a medium phrase between commas)."""
    return b + 1 < e and s.toks[b + 1].low in s.cd.medium_first and (
        medium_end(s.text, s.toks, b + 1, e, s.language, s.cd) == e
    )


def dated_frame(s, b: int, e: int) -> int:
    """", in a statement on Saturday, May 9," / ", on Friday, 3 June,": where the comma
    at ``b`` stands inside a date apposition, the index of the comma that opens the medium
    or time phrase holding that date and ending at ``e``; else ``e``."""
    toks = s.toks
    if not any(t.text[0].isdigit() for t in toks[b + 1 : e]):
        return e  # (a date apposition holds its day or year)
    a = next((a for a in range(b - 1, s.s0, -1) if toks[a].text == ","), None)
    if a is None or a + 1 >= b:
        return e
    k = a + 1
    if toks[k].low in s.cd.medium_first:
        k = medium_end(s.text, toks, k, e, s.language, s.cd) or k
    if k == a + 1 and toks[k].low not in s.cd.time_prepositions:
        return e
    times = find_time_expressions(s.text, Span.of(s.text, toks[k].start, toks[e - 1].end), s.language)
    return a if any(x.start == toks[k].start and x.end == toks[e - 1].end for x in times) else e


_ADVERBIAL_MAX = 9


def _clause_mark(t, cd) -> bool:
    """Punctuation, a complementiser or a relative pronoun: where a phrase gives way to a clause."""
    return not t.text[0].isalnum() or t.low in cd.complementisers or t.low in cd.relatives


def _adverbial(s, b: int, e: int) -> bool:
    """Tokens ``b:e`` are ", at the front of the march" or ", speaking at the town hall": a
    short prepositional or participle phrase between commas, no clause in it."""
    cd = s.cd
    if not (b + 1 < e <= b + _ADVERBIAL_MAX) or b == s.s0:
        return False
    w = s.toks[b + 1].low
    participle = cd.adverbial_participles and w.endswith(cd.adverbial_participles) and w not in cd.continuations
    if not (w in cd.frame_prepositions or w in cd.time_prepositions or participle):
        return False
    return not any(_clause_mark(t, cd) or t.low in cd.auxiliaries or t.low in cd.cues for t in s.toks[b + 2 : e])


def _passive(site: Site) -> bool:
    """"Two fires were reported from the port": the subject of a passive cue is what is
    reported, not who reports it."""
    s, i = site.s, site.i
    return (
        i > s.s0
        and s.toks[i - 1].low in s.cd.passive_auxiliaries
        and any(c.participle for c in s.cd.cues.get(s.toks[i].low, ()))
    )


def _apposed_participle(site: Site) -> bool:
    """"The driver, identified as Ola Varn, was arrested": a cue between a comma and the
    link word of [quoted_as] ("as") is a participle said of the phrase before the comma,
    which is no source."""
    s, i = site.s, site.i
    return i > s.s0 and s.toks[i - 1].text == "," and i + 1 < s.end and s.toks[i + 1].low == s.cd.quoted_link


def _continuation(site: Site) -> bool:
    """"C, said X, head of the agency, adding that C2": a participle of [frame]
    continuations after a comma goes on with the sentence's source (read in
    ``sentence._continuations``), not with the phrase before the comma."""
    s, i = site.s, site.i
    return i > s.s0 and s.toks[i - 1].text == "," and s.toks[i].low in s.cd.continuations


def _anaphoric_perfect(site: Site) -> bool:
    """"Dat heeft X, woordvoerster van Y, bevestigd": after an anaphor and an auxiliary the
    source stands before the participle cue (``anaphoric.participle_subject`` reads it),
    not after the last comma."""
    s, i = site.s, site.i
    toks = s.toks
    return (
        s.cd.participle_final and site.cue.participle and i > s.s0 + 3 and toks[i - 1].text == ","
        and toks[s.s0].low in s.cd.anaphors and toks[s.s0 + 1].low in s.cd.auxiliaries
    )  # fmt: skip


def _bullet(text: str, cd) -> bool:
    """A list mark opening a line ("-", "•"): punctuation that is no quote mark."""
    return len(text) == 1 and not text.isalnum() and text not in cd.open_quotes and text not in cd.close_quotes


def _object_pronoun(s, w: str) -> bool:
    """An object pronoun before the cue ("hem heeft ingelicht"); "it" before the cue is the
    subject where it may stand for an organisation ("..., it said")."""
    return w in s.lex.object_pronouns and w not in s.lex.organisation_pronouns


def before(site: Site) -> Subject | None:
    s = site.s
    toks, s0 = s.toks, s.s0
    if _passive(site) or _continuation(site) or _anaphoric_perfect(site) or _apposed_participle(site):
        return None
    antecedent = _relative_antecedent(site)
    if antecedent is not None:
        return antecedent
    possessor = _possessor(site)
    if possessor is not None:
        return possessor
    left0, left_end = left_part(site)
    if left_end <= s0 or s.cd.frame.issuperset(map(LOW, toks[s0:left_end])):
        return None  # frame words alone are no subject: "Daarin schrijft hij ..."
    if toks[s0].low in s.cd.fronted_participles:
        return None  # "Gevraagd naar de kosten zei de minister": a fronted adverbial
    if s.cd.verb_second and fronted_clause(s, site.i):
        return None  # "Toen het regende, zei de boer dat C": the subject follows the cue
    if site.cue.participle and s.cd.participle_final and s.cd.auxiliaries.isdisjoint(map(LOW, toks[s0 : site.i])):
        return None  # "Fout opgemerkt of ...?": a participle with no auxiliary has no subject
    issuer = _issuer(site, left0, left_end)
    if issuer is not None:
        return issuer
    nps = source_phrases(s.text, toks, left0, left_end, s.language)
    if is_clause_np(nps, left0, left_end):
        if _no_speaker(site, nps):
            return None
        return Subject(_joined_title(site, left0, left_end) or nps)
    located = _with_complement(site, left0, left_end) or _loose(site, left0, left_end)
    if located is not None:
        return Subject((located,))
    if s.cd.verb_second and toks[s0].low in s.cd.frame_prepositions and not toks[site.i - 1].text == ",":
        return None  # a fronted adverbial ("Onder meer in A, B en C meldden bewoners dat")
    fronted = _after_adverbial(site, left0, left_end)
    if fronted is not None:
        return fronted
    if toks[site.i - 1].text == "," and _determiner_apposition(site, left0, left_end):
        # "Green Valley Alliance, a coalition of farm groups, claimed": the name speaks
        app = _apposed(site, left0, left_end)
        if app is not None:
            return app
    sub = _subordinate(site, left_end)
    if sub is None and toks[site.i - 1].text == ",":  # "Tom Varley, 68, from Hexley, said"
        return _apposed(site, left0, left_end)
    return sub


def _after_adverbial(site: Site, a: int, e: int) -> Subject | None:
    """Subject-verb order after a fronted adverbial without its comma ("On Tuesday the
    ministry said", "At a briefing he said"): the phrase that fills the rest of the part.
    Verb-second languages invert here instead ("Dinsdag zei het ministerie")."""
    s = site.s
    toks, cd = s.toks, s.cd
    if cd.verb_second or e - a < 3:
        return None
    if toks[a].low not in cd.frame_prepositions and toks[a].low not in cd.frame and not _time_demonstrative(toks, a, e, cd):
        return None
    for k in range(a + 1, e):
        if _clause_mark(toks[k], cd) and not _time_demonstrative(toks, k, e, cd):
            return None  # a clause, not an adverbial phrase
        if k > a + 1 and (
            toks[k].low in s.lex.determiners
            or toks[k].low in s.lex.pronouns
            or toks[k].low in s.lex.organisation_pronouns  # "On Monday it said"
            or toks[k].cap
        ):
            nps = source_phrases(s.text, toks, k, e, s.language)
            if is_clause_np(nps, k, e):
                return Subject(nps)
    return None


def _no_speaker(site: Site, nps) -> bool:
    """"Official confirmed deaths stood at 42": outside a headline (which drops its
    articles: "Official says 40 dead") a singular role alone, with no article, name or
    modifier, before a cue that is also a participle is an adjective before that
    participle ("Organiser estimates 40,000" is a highlight line's subject); "The number
    confirmed dead has hit 21": a quantity ([according_to] not_sources) speaks for no one."""
    s = site.s
    k = site.i - 1  # "The first call came in": after an article and an order adjective a cue form is the noun
    if k > s.s0 and s.toks[k].low in s.cd.noun_cue_modifiers and s.toks[k - 1].low in s.lex.determiners:
        return True  # (not "The Courier first reported C", "police earlier said C")
    if len(nps) != 1 or nps[0].pronoun is not None or nps[0].name_text:
        return False
    np = nps[0]
    if (np.head or np.role or np.org) in s.cd.not_sources:
        return True
    return (
        not s.headline
        and any(c.participle for c in s.cd.cues.get(s.toks[site.i].low, ()))
        and np.determiner is None
        and not np.modifiers
        and np.role is not None
        and np.last - np.first == 1
        and not is_plural_role(np, s.lex)
    )


def _time_demonstrative(toks, k: int, e: int, cd) -> bool:
    """"(Later) that day", "this week": a demonstrative before a frame word is no
    complementiser; it opens a time adverbial."""
    return toks[k].low in cd.anaphors and k + 1 < e and toks[k + 1].low in cd.frame


def fronted_clause(s, i: int) -> bool:
    """A subordinate clause opens the sentence and runs up to the comma before the cue."""
    toks = s.toks
    return (
        toks[s.s0].low in s.cd.subordinators
        and toks[i - 1].text == ","
        and "," not in map(TEXT, toks[s.s0 : i - 1])
    )


_POSSESSOR_MAX = 4  # words of the name before a nominal cue


def _possessor(site: Site) -> Subject | None:
    """A nominal cue ([frame] nominal_cues) after a possessive name ("Labour's claim that
    C") or after a name that a preposition opens ("hit back at Labour claims that C"):
    the name is the source."""
    s, i = site.s, site.i
    toks, cd = s.toks, s.cd
    if toks[i].low not in cd.nominal_cues or i <= s.s0 or not toks[i - 1].cap:
        return None
    possessive = toks[i - 1].low.endswith(cd.possessive_endings)
    for k in range(i - 1, max(s.s0, i - 1 - _POSSESSOR_MAX), -1):
        w = toks[k - 1].low if k > s.s0 else ""
        if not (possessive or w in cd.np_complements or w in cd.frame_prepositions or w in s.lex.place_prepositions):
            continue
        np = parse_np(s.text, toks, k, i, s.language)
        if np is not None and np.last == i and np.name_text and np.determiner is None and np.pronoun is None:
            if possessive:  # the name without its "'s"
                cut = next(e for e in cd.possessive_endings if np.name_text.lower().endswith(e))
                np = np._replace(name_text=np.name_text[: len(np.name_text) - len(cut)])
            return Subject((np,))
    return None


_ISSUER_AFTER = 5  # words before "from": "an apparently official announcement"


def _issuer(site: Site, a: int, e: int) -> Subject | None:
    """"A statement from the ministry said", "an apparently official announcement from the
    Front said": a document noun ([according_to] documents) and a phrase of [frame]
    document_from before the cue; the phrase after it names who speaks."""
    s = site.s
    toks, cd = s.toks, s.cd
    if cd.document_from.isdisjoint(map(LOW, toks[a + 1 : e - 1])):
        return None  # most subjects: no "from" (one test in C)
    b = next((b for b in range(a + 1, min(e - 1, a + 1 + _ISSUER_AFTER)) if toks[b].low in cd.document_from), None)
    if b is None or toks[b - 1].low not in cd.documents or not all(t.text[0].isalnum() for t in toks[a:b]):
        return None
    nps = source_phrases(s.text, toks, b + 1, e, s.language)
    if is_clause_np(nps, b + 1, e) and nps[0].pronoun is None:
        return Subject(nps)
    loose = _loose(site, b + 1, e)  # "from al-Qaeda in Iraq"
    return Subject((loose,)) if loose is not None else None


def _determiner_apposition(site: Site, a: int, e: int) -> bool:
    """The last piece between commas before the cue opens with a determiner."""
    toks = site.s.toks
    b = next((b for b in range(e - 1, a, -1) if toks[b].text == ","), None)
    return b is not None and b + 1 < e and toks[b + 1].low in site.s.lex.determiners


def _subordinate(site: Site, left_end: int) -> Subject | None:
    """The subject after the last complementiser, comma or opening quote before the cue."""
    s = site.s
    toks, cd, s0 = s.toks, s.cd, s.s0
    for b in range(left_end - 1, s0 - 1, -1):
        w = toks[b].low
        if w in cd.complementisers and b > s0 and toks[b - 1].cap and toks[b + 1].cap and not toks[b].cap:
            continue  # "London School of Hygiene": a word inside a name
        if (
            w in cd.complementisers
            or w in cd.subordinators
            or w in cd.free_relatives  # "the remains of what officials say could be"
            or w in (",", ";", ":")
            or toks[b].text in cd.open_quotes
            or toks[b].text in cd.close_quotes  # '“C,” he said'
        ):
            if w in cd.free_relatives and (b == s0 or site.cue.bare):
                return None  # "What he said was ...", "what he called 'ugly'": no claim
            a = b + 1
            if w == "," and a < left_end - 1 and toks[a].low in cd.coordinators:
                a += 1  # "X verwacht dat C1, maar Y waarschuwt dat C2"
            if toks[a].low in cd.auxiliaries:  # "Dat heeft X ..."
                return None
            named = _named_apposition(site, b, left_end) if w == "," else None
            if named is not None:
                return named  # '"C," Ola Berg, spokesman for the agency, said'
            nps = source_phrases(s.text, toks, a, left_end, s.language)
            nps = _joined_title(site, a, left_end) or nps
            if not is_clause_np(nps, a, left_end):
                # '"C," a spokesman for the agency said', "..., the official news agency Nordpress said"
                loose = _with_complement(site, a, left_end)
                if loose is None or loose.role not in s.lex.spokespersons:
                    loose = _loose(site, a, left_end)
                if loose is None:
                    return None
                nps = (loose,)
            # after a comma a clause of its own: an earlier content of the sentence ends
            # before the comma ("X schat A, Y spreekt van B")
            return Subject(nps, boundary=b, shared_at=toks[b].start if w == "," else None)
    return None


def _named_apposition(site: Site, b: int, e: int) -> Subject | None:
    """'"C," Ola Berg, spokesman for the agency, said' / "Ida Brun, Tarn's home minister,
    told": a name before the comma at ``b`` and a role after it (its possessor or
    complement aside) are one source; the boundary is the mark before the name."""
    s = site.s
    toks, cd = s.toks, s.cd
    b2 = next(
        (k for k in range(b - 1, s.s0 - 1, -1)
         if (not toks[k].text[0].isalnum() and not _honorific_dot(s, k)) or toks[k].low in cd.complementisers),
        s.s0 - 1,
    )  # fmt: skip
    if b2 >= s.s0 and toks[b2].text not in (",", ";", ":") and toks[b2].text not in cd.close_quotes:
        return None
    name = parse_np(s.text, toks, b2 + 1, b, s.language)
    if name is None or name.last != b or not name.name_text or name.pronoun is not None:
        return None
    role = _role_in(s, b + 1, e)
    if role is None:
        return None
    if role.name_text and not role.name_text.lower().endswith(cd.possessive_endings):
        return None  # two names: a coordination or a list, no apposition
    k = role.last
    if k < e and (toks[k].low not in cd.np_complements or not all(t.text[0].isalnum() for t in toks[k:e])):
        return None  # "spokesman for the Tarn Rescue Agency": the role's complement
    np = name._replace(last=e, span=Span.of(s.text, name.span.start, toks[e - 1].end), role=role.role)
    if b2 < s.s0:
        return Subject((np,))
    return Subject((np,), boundary=b2, shared_at=toks[b2].start if toks[b2].text == "," else None)


def _honorific_dot(s, k: int) -> bool:
    """The token at ``k`` is the full stop of a title before a name ("Dr. Ada Varn")."""
    return s.toks[k].text == "." and k > s.s0 and s.toks[k - 1].end == s.toks[k].start and s.toks[k - 1].low in s.lex.honorifics


_ROLE_AFTER = 4  # words before the role noun: "the region's", "Tarn's home"
_ROLE_WORDS = 8  # tokens of an apposition that ends with its role noun


def _role_in(s, a: int, e: int):
    """The role phrase of an apposition ``a:e``: "a spokesman for the agency", or the role
    after a possessor and modifiers the parser does not know ("Tarn's home minister")."""
    cd = s.cd
    for k in range(a, min(e, a + _ROLE_AFTER)):
        t = s.toks[k]
        if _clause_mark(t, cd) or t.low in cd.cues:
            return None
        np = parse_np(s.text, s.toks, k, e, s.language, generic=True)
        if np is not None and np.pronoun is None and np.role and (np.last == e or s.toks[np.last].low in cd.np_complements):
            return np  # (a role the apposition goes on after, "chief" of "chief official", is none)
    if e - a <= _ROLE_WORDS and not any(_clause_mark(t, cd) or t.low in cd.cues for t in s.toks[a:e]):
        # "the ministry's chief policy official": the role noun ends the apposition
        np = parse_np(s.text, s.toks, e - 1, e, s.language)
        if np is not None and np.pronoun is None and np.role:
            return np
    return None


def _relative_antecedent(site: Site) -> Subject | None:
    """"..., according to WKTV Tarn, which says C": a relative pronoun right before the
    cue after a comma; the source is the noun phrase that ends at the comma."""
    s, i = site.s, site.i
    toks, cd = s.toks, s.cd
    if cd.verb_second:
        return None  # a verb-final relative clause; ", dat meldt X" is an anaphor
    r = i - 1
    while r > s.s0 + 1 and (toks[r].low in cd.auxiliaries or toks[r].low in cd.frame):
        r -= 1  # "officials, who have repeatedly said that C"
    if r - 1 <= s.s0 or toks[r].low not in cd.relatives or toks[r - 1].text != ",":
        return None
    best = antecedent(s, r - 1)
    return Subject((best,), boundary=r - 1) if best is not None else None


def antecedent(s, e: int):
    """The longest phrase naming someone (a name, role or body) that ends at the comma
    ``e`` before a relative pronoun, or None."""
    toks = s.toks
    best = None
    for k in range(e - 1, s.s0 - 1, -1):
        dotted = toks[k].text == "." and k > s.s0 and toks[k - 1].end == toks[k].start and "." in toks[k - 1].text
        if not toks[k].text[0].isalnum() and not dotted:  # "U.S. Weather Office" goes on
            break
        np = parse_np(s.text, toks, k, e, s.language, generic=True)
        if np is not None and np.last == e and np.pronoun is None and (np.name_text or np.org or np.role):
            best = np
    return best


def _joined_title(site: Site, a: int, e: int) -> tuple | None:
    """"Transport and Works Secretary Tom Ash": one capitalised word, a coordinator and a
    role with a name are one title (a department's name), not two sources; two words
    before the coordinator ("Ann Lee and ...") stay a coordination."""
    if site.s.cd.coordinators.isdisjoint(map(LOW, site.s.toks[a + 1 : e - 2])):
        return None  # most subjects: no coordinator (one test in C)
    return _title_at_coordinator(site, a, e)


def _title_at_coordinator(site: Site, a: int, e: int) -> tuple | None:
    """:func:`_joined_title` without its quick test for a coordinator: the full reading."""
    s = site.s
    toks, cd = s.toks, s.cd
    c = next((k for k in range(a + 1, e - 2) if toks[k].low in cd.coordinators), None)
    if c is None or not toks[c - 1].cap or not toks[c + 1].cap:
        return None
    if c - 2 >= a and toks[c - 2].cap and toks[c - 2].text[-1:].isalpha():
        return None
    np = parse_np(s.text, toks, c + 1, e, s.language, generic=True)
    if np is None or np.last != e or not np.role or not np.name_text:
        return None
    return (np._replace(first=a, span=Span.of(s.text, toks[a].start, np.span.end)),)


def _with_complement(site: Site, a: int, e: int):
    """"Officials in Gaza say", "Bewoners uit Assen zeggen": a source phrase and one
    prepositional phrase ([frame] np_complements) fill the part before the cue; the
    source keeps its own name, its span covers both."""
    s = site.s
    if s.cd.np_complements.isdisjoint(map(LOW, s.toks[a + 1 : e - 1])):
        return None
    np = parse_np(s.text, s.toks, a, e, s.language, generic=True)
    if np is None or np.pronoun is not None or np.last + 1 >= e or s.toks[np.last].low not in s.cd.np_complements:
        return None
    place = parse_np(s.text, s.toks, np.last + 1, e, s.language, generic=True)
    if place is None or place.last != e or place.pronoun is not None:
        return None
    if np.role in s.lex.spokespersons and np.of is None:
        np = np._replace(of=place)  # "A spokesman for the Tarn Water Board said": its body
    return np._replace(last=e, span=Span.of(s.text, np.span.start, place.span.end))


def _loose(site: Site, a: int, e: int):
    """A source phrase the noun-phrase parser cut short ("the official news agency
    Nordpress", "Medical officials in the Gaza Strip"): up to seven words with no
    punctuation, clause word or frame word, opened by the phrase the parser finds; it
    names the source when it is a role or organisation, else the name that ends the part."""
    s = site.s
    toks, cd = s.toks, s.cd
    part = toks[a:e]
    first = part[0].low if part else ""
    if first in cd.np_complements or first in cd.time_prepositions or first in cd.frame_prepositions:
        return None  # "from Harlow": a complement, no source
    c, place = _place_complement(s, a, e)  # "... in the hill town of Varn": not counted in the seven
    if not 2 <= c - a <= 7 or any(
        _clause_mark(t, cd) or t.low in cd.auxiliaries or t.low in cd.frame or t.low in cd.subordinators
        or (t.low in cd.cues and not t.cap)  # "the police said, adding": a clause, no source
        for t in part
    ):
        return None
    head = parse_np(s.text, toks, a, c, s.language, generic=True)
    if head is not None and head.pronoun is not None:
        return None
    if head is not None and _verb_after(s, head, c):
        return None  # "Officers received reports at 8pm": a clause, no source of "reports"
    if head is None or not (head.role or head.org):  # the longest phrase that ends the part and names someone
        head = next(
            (
                np
                for k in range(a + 1, c)
                if (np := parse_np(s.text, toks, k, c, s.language, generic=True)) is not None
                and np.last == c
                and np.pronoun is None
                and (np.role or np.org or np.name_text)
            ),
            None,
        )
        if head is None:
            return None
    if place is not None and head.origin is None:
        head = head._replace(origin=place)  # its name leaves the place out
    if head.first > a and head.determiner is None and first in s.lex.determiners:
        head = head._replace(determiner=first)  # "the state civil defense agency": the name drops "the"
    return head._replace(first=a, last=e, span=Span.of(s.text, toks[a].start, toks[e - 1].end))


def _place_complement(s, a: int, e: int):
    """Where a location phrase ("in the coastal town of Varn", [frame] np_complements and
    a noun phrase) that ends the part opens, after a few words, and its noun phrase; else
    ``(e, None)``."""
    toks = s.toks
    for k in range(a + 2, e - 1):
        if toks[k].low in s.lex.location_prepositions and toks[k].low in s.cd.np_complements:
            np = parse_np(s.text, toks, k + 1, e, s.language, generic=True)
            if np is not None and np.pronoun is None and np.last == e:
                return k, np
    return e, None


def _verb_after(s, head, e: int) -> bool:
    """A plural role alone ("Officers", no complement or name) and after it, before ``e``, a
    lower-case word that no phrase goes on with (no preposition or article): a verb, so
    the part is a clause. Not in verb-second languages, where a verb ends its clause."""
    k = head.last
    if k >= e or s.cd.verb_second or head.of is not None or head.name_text or not is_plural_role(head, s.lex):
        return False
    t = s.toks[k]
    return (
        t.text[:1].islower()
        and t.text.isalpha()
        and t.low not in s.cd.np_complements
        and t.low not in s.cd.frame_prepositions
        and t.low not in s.lex.place_prepositions
        and t.low not in s.lex.determiners
        and t.low not in s.lex.complement
        and t.low not in s.lex.conjunctions  # "Doctors and nurses in X say"
    )


def _named_after_noun(s, a: int, e: int):
    """"Her son, Gary Hale," / "The winner, Ola Varn,": an article or possessive and a noun,
    then the person's name between commas; the name, its span from ``a``."""
    head = parse_np(s.text, s.toks, a, e, s.language, generic=True)
    if head is None or head.determiner is None or not head.head or head.last + 1 >= e or s.toks[head.last].text != ",":
        return None
    np = parse_np(s.text, s.toks, head.last + 1, e, s.language)
    if np is None or np.pronoun is not None or not np.name_text or np.role or np.org:
        return None
    return np._replace(first=a, span=Span.of(s.text, s.toks[a].start, np.span.end))


def _apposed(site: Site, a: int, e: int):
    """"Tom Varley, 68, from Hexley, said": a name, then pieces between commas; also
    after a noun for the person ("Her son, Gary Hale, 52, said")."""
    s = site.s
    np = parse_np(s.text, s.toks, a, e, s.language)
    if np is None:
        np = _named_after_noun(s, a, e)
    if np is None or not np.name_text or np.last >= e or s.toks[np.last].text != ",":
        return None
    if any(t.low in s.cd.complementisers or t.low in s.cd.relatives for t in s.toks[np.last : e]):
        return None
    return Subject((np._replace(span=Span.of(s.text, np.span.start, s.toks[e - 1].end)),))
