"""According-to: "Volgens X C" (content after the source phrase), "C, volgens X."
(content before the comma) and a "volgens X" inside a clause (the whole clause).
A quotation after a colon that ends the clause ("Volgens X is het simpel: 'C'") is
X's direct statement with the colon as cue; the according-to content stops at the colon.
"Volgens plan" is none (``[according_to] not_sources``), nor an unresolved pronoun."""

from __future__ import annotations

from claimtrack.attribution.base import Found, Sentence, document_maker, match_words, span
from claimtrack.attribution.content import around, content, quoted
from claimtrack.attribution.data import closes
from claimtrack.attribution.frame import source_phrases
from claimtrack.attribution.constructions.trailing import adverbial_clause
from claimtrack.mentions import parse_np, pronoun_np
from claimtrack.model import Span


def starts(cd) -> frozenset[str]:
    """The words this unit may start at: the first words of the markers ("volgens")."""
    return frozenset(cd.markers)


def find(s: Sentence, i: int) -> tuple[list[Found], int | None] | None:
    toks, cd, lex, end = s.toks, s.cd, s.lex, s.end
    for words in cd.markers.get(toks[i].low, ()):
        m0 = i + len(words)
        if m0 >= len(toks) or not match_words(toks, i, words):
            continue
        nps = source_phrases(s.text, toks, m0, end, s.language)  # with an apposition
        if i == s.s0 and len(nps) == 1:
            nps = _fronted(s, nps[0], m0) or nps
        if not nps or (len(nps) == 1 and (nps[0].span.text.lower().endswith(cd.possessive_endings) or _place_before_body(s, nps[0]))):
            # "coast guard spokeswoman X", "the city's fire department", "the Tarn civil protection agency X"
            nps = _after_modifiers(s, m0) or nps
        if toks[m0].low in lex.object_pronouns and (
            not nps or not (nps[0].role or nps[0].org or nps[0].name_text or nps[0].pronoun)
        ):
            # "volgens haar stonden er ...", "volgens haar niet": "haar" is the pronoun
            nps = (pronoun_np(s.text, toks, m0),)
        nps = _publisher(s, nps, cd)
        if not nps or any(
            (np.head or np.role or np.org or np.pronoun or "") in cd.not_sources for np in nps
        ):
            continue
        if any(np.pronoun in lex.unresolved_pronouns for np in nps if np.pronoun):
            continue
        k = _after_relative(s, _after_brackets(s, nps[-1].last))
        # "C, according to X, which says D": the relative clause runs to the end; C is
        # the content, D is read on as X's own statement
        last = end if _open_relative(s, k) or (i > s.s0 and toks[i - 1].text == "," and _closing_aside(s, k)) else k
        a, b = around(toks, s.s0, i, last, end)
        colon = _colon_quote(s, a, b)
        c = content(s.text, toks, a, colon or b, cd, "according_to")
        found = []
        if c:
            cue = Span.of(s.text, toks[i].start, toks[m0 - 1].end)
            found.append(Found(nps, cue, " ".join(words), c[0], "according_to", None, s.sent))
        q = quoted(s.text, toks, colon + 1, b, cd) if c and colon else None
        if q is not None:  # "Volgens X is het simpel: 'C'": the quotation is X's too
            found.append(Found(nps, span(s.text, toks[colon]), cd.colon_lemma, q, "direct", None, s.sent))
        return found, k
    return None


def _fronted(s: Sentence, np, m0: int):
    """"According to Tarn Police, the crash happened ...": in front of its clause an
    apposition closes with a comma ("According to Ida Brun, a nurse, C"); a phrase after the
    first comma that goes on with the clause is its subject, not an apposition."""
    k = np.last
    if "," not in s.text[np.span.start : np.span.end] or (k < s.end and s.toks[k].text == ","):
        return None
    first = parse_np(s.text, s.toks, m0, s.end, s.language, generic=True)
    return (first,) if first is not None and first.last < k and s.toks[first.last].text == "," else None


_MODIFIERS_MAX = 4  # words before the head: "coast guard", "the city's", "the Tarn civil protection"


def _place_before_body(s: Sentence, np) -> bool:
    """An article, a one-word name, then a lower-case word: "the Tarn civil protection
    agency" (the name is the body's place, the parser stops after it)."""
    k = np.last
    return (
        np.determiner is not None and bool(np.name_text) and " " not in np.name_text
        and not (np.role or np.org or np.pronoun) and k < s.end
        and s.toks[k].text[:1].islower() and s.toks[k].text.isalpha() and s.toks[k].low not in s.lex.function_words
    )  # fmt: skip


def _closing_aside(s: Sentence, k: int) -> bool:
    """"C, according to X, a spokesman for Y." / "C, according to officials, with more rain
    expected": after the source a complement, or a comma that opens an apposition (a
    determiner and a role or body) or an adverbial phrase, closes the sentence; C before the
    cue is the content."""
    toks = s.toks
    if k + 1 < s.end and toks[k].low in s.cd.np_complements:
        # "according to X, a spokesman for the regional government": the role's complement
        body = parse_np(s.text, toks, k + 1, s.end, s.language, generic=True)
        return body is not None and body.pronoun is None and body.last == s.end
    if k + 1 >= s.end or toks[k].text != ",":
        return False
    if adverbial_clause(s, k):
        return True
    if toks[k + 1].low not in s.lex.determiners:
        return False
    np = parse_np(s.text, toks, k + 1, s.end, s.language, generic=True)
    return np is not None and np.pronoun is None and bool(np.role or np.org) and not any(
        t.low in s.cd.cues or t.low in s.cd.complementisers or t.low in s.cd.auxiliaries for t in toks[k + 1 : s.end]
    )


def _after_modifiers(s: Sentence, m0: int):
    """The source after words the noun-phrase parser does not know ("coast guard
    spokeswoman Ida Brun") or a possessor ("the city's fire department"): the first role or
    body phrase within a few plain words, its span from ``m0``."""
    toks, cd = s.toks, s.cd
    for k in range(m0 + 1, min(s.end, m0 + 1 + _MODIFIERS_MAX)):
        t = toks[k - 1]
        if not t.text[0].isalpha() or t.low in cd.complementisers or t.low in cd.relatives or t.low in cd.cues:
            return ()
        np = parse_np(s.text, toks, k, s.end, s.language, generic=True)
        if np is not None and np.pronoun is None and (np.role or np.org):
            det = toks[m0].low if toks[m0].low in s.lex.determiners else None
            return (np._replace(first=m0, span=Span.of(s.text, toks[m0].start, np.span.end), determiner=det),)
    return ()


def _colon_quote(s: Sentence, a: int, b: int) -> int | None:
    """The colon in the content ``a:b`` before a quotation that closes the sentence, or None."""
    toks, cd = s.toks, s.cd
    c = next((q for q in range(a + 1, b - 2) if toks[q].text == ":"), None)
    if c is None or toks[c + 1].text not in cd.open_quotes:
        return None
    close = next((q for q in range(c + 2, b) if closes(cd, toks[c + 1].text, toks[q].text)), b)
    return c if not any(t.text[0].isalnum() for t in toks[close + 1 : b]) else None


def _after_relative(s: Sentence, k: int) -> int:
    """"Volgens de politie, die de hele nacht werkte, zijn er ...": skip the clause."""
    toks = s.toks
    if k + 1 < s.end and toks[k].text == "," and toks[k + 1].low in s.cd.relatives:
        r = next((q for q in range(k + 2, s.end) if toks[q].text == ","), None)
        if r is not None:
            return r
    return k


_BRACKET_MAX = 6  # words in brackets after the source: "(Infrastructuur en Waterstaat)", "(54)"


def _after_brackets(s: Sentence, k: int) -> int:
    """"Volgens minister X (Infrastructuur en Waterstaat) is C": a short bracket right after
    the source phrase belongs to it (a portfolio, a party, an age), not to the content."""
    toks = s.toks
    if k >= s.end or toks[k].text != "(":
        return k
    close = next((q for q in range(k + 1, min(s.end, k + 2 + _BRACKET_MAX)) if toks[q].text == ")"), None)
    if close is None or any(toks[q].text in s.cd.open_quotes for q in range(k + 1, close)):
        return k
    return close + 1


def _open_relative(s: Sentence, k: int) -> bool:
    return k + 1 < s.end and s.toks[k].text == "," and s.toks[k + 1].low in s.cd.relatives


def _publisher(s: Sentence, nps, cd):
    """"according to a review" names no one; "according to a report of the ministry" (or
    "from the ministry": [frame] document_from) names the ministry ([according_to] documents)."""
    maker = document_maker(s.text, nps[0], cd) if len(nps) == 1 else None
    if maker is not None:
        return (maker,)  # "volgens CBS-cijfers"
    if len(nps) == 1 and nps[0].head in cd.documents and not nps[0].name_text:
        if nps[0].of is not None:
            return (nps[0].of,)
        k = nps[0].last
        if k + 1 < s.end and s.toks[k].low in cd.document_from:
            return source_phrases(s.text, s.toks, k + 1, s.end, s.language)
        return ()
    return nps
