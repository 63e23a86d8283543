"""The words around a cue that are neither source nor content (the cue frame), and
source phrases: a coordination or one phrase with an apposition."""

from __future__ import annotations


from claimtrack.attribution.base import LOW, TEXT, match_words
from claimtrack.attribution.data import Cue, CueData
from claimtrack.mentions import NounPhrase, Token, is_plural_role, lexicon, parse_np, parse_np_list
from claimtrack.mentions.phrase import lower_surname
from claimtrack.model import Span
from claimtrack.timeref import find_time_expressions


def medium_end(
    text: str, toks: tuple[Token, ...], j: int, end: int, language: str, cd: CueData
) -> int | None:
    """Index after a medium phrase starting at token ``j``, or None."""
    second = toks[j + 1].low if j + 1 < end else None
    for words in cd.medium_phrases.get(toks[j].low, ()):
        if len(words) > 1 and words[1] != second:
            continue
        if match_words(toks, j, words) and j + len(words) <= end:
            k = j + len(words)
            if k < end and toks[k].low in cd.medium_continuations:
                nps = parse_np_list(text, toks, k + 1, end, language, generic=True)
                if nps:
                    return nps[-1].last
            if k < end and toks[k].cap:  # "op zijn platform Truth Social"
                np = parse_np(text, toks, k, end, language)
                if np is not None and np.name_text and np.determiner is None:
                    return _title_end(toks, np.last, end, cd)
            return k
    w = toks[j].low
    if w in cd.medium_with_name and j + 1 < end:
        nps = parse_np_list(text, toks, j + 1, end, language)
        if (
            nps
            and nps[0].name_text
            and nps[0].determiner is None
            and nps[0].first == j + 1
        ):
            return nps[0].last
    if w in cd.medium_with_outlet and j + 1 < end:
        np = parse_np(text, toks, j + 1, end, language)
        if np is not None and np.known and np.known.lower() in lexicon(language).media:
            return np.last  # "zegt X in De Morgen": a listed outlet, not a place
    if w in cd.medium_with_np and j + 1 < end:
        nps = parse_np_list(text, toks, j + 1, end, language, generic=True)
        if nps and nps[0].pronoun is None:
            return nps[-1].last
    return None


def _title_end(toks: tuple[Token, ...], k: int, end: int, cd: CueData) -> int:
    """After a name at ``k``: the index after more capitalised words of a title ("in het
    programma Stad En Land dat"), if a complementiser or colon follows them; else ``k``."""
    m = k
    while m < end and toks[m].cap and toks[m].text.isalpha():
        m += 1
    return m if m > k and m < end and (toks[m].low in cd.complementisers or toks[m].text == ":") else k


def frame(
    text: str,
    toks: tuple[Token, ...],
    j: int,
    end: int,
    cue: Cue | None,
    language: str,
    cd: CueData,
) -> tuple[int, Span | None, bool]:
    """Skip the cue frame from token ``j``: adverbs, time phrases, media, the particle.

    Returns (index of the first content token, medium span or None, particle seen).
    """
    medium = None
    particle = False
    lex = lexicon(language)
    while j < end:
        t = toks[j]
        if cue is not None and cue.particle and t.low == cue.particle[0] and match_words(toks, j, cue.particle):
            particle = True
            j += len(cue.particle)
            continue
        if cue is not None and cue.variants:
            v = next((v for v in cue.variants if t.low == v[0] and match_words(toks, j, v)), None)
            if v is not None:
                particle = True
                j += len(v)
                continue
        m = (
            medium_end(text, toks, j, end, language, cd)
            if t.low in cd.medium_first
            else None
        )
        if m is not None:
            if medium is None:
                medium = Span.of(text, t.start, toks[m - 1].end)
            j = m
            continue
        if t.text == "," and j + 2 < end and toks[j + 1].low in cd.frame and toks[j + 2].text == "," and cue is not None:
            j += 3  # "said, however, that C": an adverb between commas
            continue
        if t.low in cd.frame:
            if (
                cue is not None
                and cue.bare
                and j + 1 < end
                and (
                    toks[j + 1].text[0].isdigit()
                    or ((t.low in lex.determiners or t.low in cd.anaphors) and toks[j + 1].low not in cd.frame)
                )
            ):
                break  # "spreken van ruim 4000", "schat dit aantal op": the object's words
            j += 1
            continue
        if t.low in cd.time_prepositions and j + 1 < end:
            k = j + 1
            if toks[k].low in lex.determiners:
                k += 1
            if k < end and toks[k].low in cd.frame:
                j = _dated(text, toks, t.start, k + 1, end, language, cd)  # "on Tuesday, May 4 that"
                if j + 1 < end and toks[j].low in lex.complement:
                    # "na afloop van de ministerraad"
                    np = parse_np(text, toks, j + 1, end, language, generic=True)
                    if np is not None and np.pronoun is None:
                        j = np.last
                continue
        if t.text == "," and j + 2 < end and toks[j + 1].low in cd.subordinators:
            # "erkende in mei, toen de rij groeide, dat C": a clause between commas, then dat
            k = next((k for k in range(j + 2, end) if toks[k].text == ","), end)
            if k + 1 < end and toks[k + 1].low in cd.complementisers:
                j = k + 1
                continue
        if t.low in cd.frame_prepositions:
            k = adverbial_end(text, toks, j, end, language, cd, cue)
            if k > j:
                j = k
                continue
        break
    return j, medium, particle


def _dated(text: str, toks: tuple[Token, ...], start: int, j: int, end: int, language: str, cd: CueData) -> int:
    """After "on Tuesday" at ``j``: the index after a date apposition (", May 4", ", 4 May,")
    that the time expression from ``start`` holds, when a complementiser follows it."""
    if j + 2 >= end or toks[j].text != "," or not any(t.text[0].isdigit() for t in toks[j + 1 : min(end, j + 5)]):
        return j
    for x in find_time_expressions(text, Span.of(text, start, toks[end - 1].end), language):
        if x.start == start and x.end > toks[j].end:
            k = next((k for k in range(j, end) if toks[k].start >= x.end), end)
            k += 1 if k + 1 < end and toks[k].text == "," else 0
            return k if k < end and toks[k].low in cd.complementisers else j
    return j


def adverbial_end(
    text: str, toks: tuple[Token, ...], j: int, end: int, language: str, cd: CueData,
    cue: Cue | None = None,
) -> int:
    """Index after prepositional phrases from token ``j`` ("bij de rechtbank in
    Zutphen") when a complementiser, a colon or the cue's particle follows them
    ("gaf tijdens de optocht herhaaldelijk aan dat"), else ``j``."""
    rest = toks[j + 1 : end]
    if (
        cd.complementisers.isdisjoint(map(LOW, rest))
        and ":" not in map(TEXT, rest)
        and not (cue is not None and cue.particle and cue.particle[0] in map(LOW, rest))
    ):
        return j  # nothing after the phrases could close them: no phrase is parsed
    k = j
    while k + 1 < end and toks[k].low in cd.frame_prepositions:
        np = parse_np(text, toks, k + 1, end, language, generic=True)
        if np is None and k + 2 < end and toks[k + 1].text.isalpha() and (toks[k + 1].text.islower() or toks[k + 1].low in cd.frame):
            k += 2  # "by telephone", "by email", "on Saturday": a bare noun after the preposition
            continue
        if np is None or np.pronoun is not None:
            return j
        k = np.last
        while k < end and toks[k].low in cd.frame:
            k += 1
        k = _apposition_end(text, toks, k, end, language)
    if k < end and (toks[k].low in cd.complementisers or toks[k].text == ":"):
        return k
    if k < end and cue is not None and cue.particle and match_words(toks, k, cue.particle):
        return k
    return j


def _apposition_end(text: str, toks: tuple[Token, ...], k: int, end: int, language: str) -> int:
    """After "in Dorby, the regional capital, ": the index after the closing comma of an
    apposition between commas, else ``k``."""
    if k + 1 >= end or toks[k].text != ",":
        return k
    np = parse_np(text, toks, k + 1, end, language, generic=True)
    if np is None or np.pronoun is not None or np.last >= end or toks[np.last].text != ",":
        return k
    return np.last + 1


def source_phrases(
    text: str, toks: tuple[Token, ...], a: int, limit: int, language: str
) -> tuple[NounPhrase, ...]:
    """Source phrases from token ``a``: a coordination, or one phrase with an apposition.

    "Volkert Dam, directeur van de haven" and "de leider van de groep, Mira Stam" are one
    source: its span covers both parts, its name comes from the part with a name.
    """
    nps = parse_np_list(text, toks, a, limit, language, generic=True) or particle_name(
        text, toks, a, limit, language
    )
    if not nps or (
        len(nps) == 1 and (nps[0].role is None or _modifier_role(nps[0], toks, language)) and nps[0].last < limit
        and toks[nps[0].last].text[:1].islower()
    ):  # the parser stopped before a lower-case word: "fire chief Tom Hale", "Chief meteorologist Ola Varn"
        titled = titled_name(text, toks, a, limit, language) or compound_role(text, toks, a, limit, language)
        if titled is not None:
            nps = (titled,)
    if len(nps) != 1:
        return nps
    first = nps[0]
    k = first.last
    if k + 1 < limit and toks[k].text == ",":
        second = parse_np(text, toks, k + 1, limit, language, generic=True)
        if second is not None and first.name_text and second.role and second.of is not None:
            # "X, woordvoerder van de politiezone Antwerpen Hoofdstad Noord": a name after the
            # role's body is the body's, the person is named before the comma
            second = second._replace(name_text=None)
        if (
            second is not None
            and second.pronoun is None
            and first.pronoun is None
            and bool(second.name_text) != bool(first.name_text)
        ):
            base, other = (second, first) if second.name_text else (first, second)
            span = Span.of(text, first.span.start, second.span.end)
            merged = base._replace(
                first=first.first,
                last=second.last,
                span=span,
                role=base.role or other.role,
                modifiers=base.modifiers or other.modifiers,
                determiner=None,
            )
            return (merged,)
    return nps


def _modifier_role(np: NounPhrase, toks: tuple[Token, ...], language: str) -> bool:
    """A phrase of one word that is a role and a modifier ("Chief" of "Chief meteorologist"):
    the role may follow it."""
    return np.last - np.first == 1 and not np.name_text and toks[np.first].low in lexicon(language).modifiers


_TITLE_WORDS = 6  # words before the role: "Snohomish County fire district chief"


def titled_name(
    text: str, toks: tuple[Token, ...], a: int, limit: int, language: str
) -> NounPhrase | None:
    """"fire chief Tom Hale", "Snohomish County fire district chief Travis Hots", "Rio's
    civil defence head Leo Mont": lower-case nouns (after a determiner or a name, if any)
    before a role and a person's name are one source, named by the name. The parser
    reads a lower-case compound only after a determiner ("the harbour police")."""
    if a + 2 >= limit:
        return None  # a role and a name need two words after the title
    lex = lexicon(language)
    k = a + 1 if toks[a].low in lex.determiners else a
    lower = False
    for r in range(k, min(limit - 1, k + _TITLE_WORDS)):
        t = toks[r]
        if not t.text[:1].isalpha() or t.low in lex.not_names or t.low in lex.function_words:
            return None
        if (lower or r > k) and t.low in lex.roles and toks[r + 1].cap:  # (also "Varnby mayor Ada Kell")
            np = parse_np(text, toks, r, limit, language)
            if np is None or np.first != r or not np.name_text or np.role is None:
                return None
            return np._replace(first=a, span=Span.of(text, toks[a].start, np.span.end))
        if t.cap and lower:
            return None  # "fire Chief": a name after the lower-case words opens no title
        lower = lower or not (t.cap or t.low in lex.particles)  # "Rio de Janeiro's"
    return None


def compound_role(text: str, toks: tuple[Token, ...], a: int, limit: int, language: str) -> NounPhrase | None:
    """"said rescue officials", "said Varnby police officers": one to three words of no
    function before a plural role that ends the part are one source, its span all of them."""
    lex = lexicon(language)
    if not 2 <= limit - a <= 5 or any(
        not (t.text.isalpha() or _dotted(toks, k)) or t.low in lex.function_words or t.low in lex.not_names
        for k, t in enumerate(toks[a : limit - 1], a)
    ):
        return None
    np = parse_np(text, toks, limit - 1, limit, language, generic=True)
    if np is None or np.role is None or np.name_text or np.pronoun is not None or not is_plural_role(np, lex):
        return None
    return np._replace(first=a, span=Span.of(text, toks[a].start, np.span.end))


def _dotted(toks: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` is part of a dotted abbreviation ("U.S.", "U.N."): letters with inner
    dots, or the dot glued to them."""
    t = toks[k]
    if t.text == ".":
        return k > 0 and toks[k - 1].end == t.start and "." in toks[k - 1].text
    return "." in t.text and t.text.replace(".", "").isalpha()


def particle_name(
    text: str, toks: tuple[Token, ...], a: int, limit: int, language: str
) -> tuple[NounPhrase, ...]:
    """A surname with capitalised particles ("zegt Van der Deijl"): the name after the
    particles, its span from the first particle."""
    lex = lexicon(language)
    k = a
    while k < limit and k - a < 3 and toks[k].low in lex.particles:
        k += 1
    if k == a or k >= limit or not toks[a].cap:
        return ()
    if not toks[k].cap:  # "aldus Van de keere": a Flemish lower-case surname
        if not lower_surname(toks[k], lex) or (k + 1 < limit and toks[k + 1].text[0].isalnum()):
            return ()
        full = Span.of(text, toks[a].start, toks[k].end)
        return (NounPhrase(a, k + 1, full, None, (), None, None, full.text, None, None, None, None, None),)
    np = parse_np(text, toks, k, limit, language)
    if np is None or np.first != k or not np.name_text:
        return ()
    full = Span.of(text, toks[a].start, np.span.end)
    return (np._replace(first=a, span=full, name_text=text[full.start : toks[np.last - 1].end]),)


def is_clause_np(nps: tuple[NounPhrase, ...], a: int, b: int) -> bool:
    return bool(nps) and nps[0].first == a and nps[-1].last == b
