"""Evidence: a named report as source ("blijkt uit" a poll, figures, a study).

* "C, blijkt uit X." -- the content before the comma;
* "Dat blijkt uit X." -- the content is the sentence before (after its dateline);
* "Uit X blijkt dat C." -- the content after the complementiser (frame words such as
  "eerder" may stand before it).

The verb forms and the preposition are ``[evidence]`` in ``cues.toml``. A document noun
with a "van" phrase ("cijfers van het CBS") gives that phrase as the source, and so does
the named subject of a relative clause after it ("gegevens die het planbureau bijhoudt").
"""

from __future__ import annotations


from claimtrack.attribution.base import Found, Sentence, after_dateline, content_end, document_maker, span
from claimtrack.attribution.content import content, trailing_content
from claimtrack.mentions import NounPhrase, parse_np
from claimtrack.model import Span


def starts(cd) -> frozenset[str]:
    """The words this unit may start at ("blijkt")."""
    return cd.evidence_verbs


def find(s: Sentence, i: int) -> tuple[list[Found], int | None] | None:
    toks, cd = s.toks, s.cd
    if toks[i].low not in cd.evidence_verbs:
        return None
    c = src = None
    k = i + 1
    while k < min(s.end, i + 4) and toks[k].low in cd.frame:
        k += 1  # "blijkt dinsdagavond uit X"
    if k + 1 < s.end and toks[k].low == cd.evidence_preposition:  # "blijkt uit X"
        src = _source(s, k + 1, s.end)
        if src is not None:  # the sentence ends in the source ("Dat blijkt uit X.")
            if i == 1 and toks[0].low in cd.anaphors:
                c = _previous(s)
            elif i > 1 and toks[i - 1].text == ",":
                c = trailing_content(s.text, toks, s.s0, i - 1, cd, "indirect", s.earlier)
            elif src.last + 1 < s.end and toks[src.last].low in cd.complementisers:
                c = content(s.text, toks, src.last + 1, s.end, cd)  # "Ook blijkt uit X dat C"
    elif i > 2 and toks[s.s0].low == cd.evidence_preposition and i + 1 < s.end:
        src = _source(s, s.s0 + 1, i)  # "Uit X blijkt dat C", "Uit X bleek eerder dat C"
        j = i + 1
        while j < s.end and toks[j].low in cd.frame:
            j += 1
        if src is not None and src.last == i and j + 1 < s.end and toks[j].low in cd.complementisers:
            c = content(s.text, toks, j + 1, s.end, cd)
    if c is None or src is None:
        return None
    return [Found((src,), span(s.text, toks[i]), cd.evidence_lemma, c[0], c[1], None, s.sent)], None


def _source(s: Sentence, a: int, e: int) -> NounPhrase | None:
    np = parse_np(s.text, s.toks, a, e, s.language, generic=True)
    if np is None and s.toks[a].low in s.cd.documents:
        return _compiler(s, a + 1, e)  # "gegevens die het planbureau X bijhoudt"
    if np is None or np.pronoun is not None:
        return None
    np = _second_conjunct(s, np, e)
    np = document_maker(s.text, np, s.cd) or np  # "Uit de RIVM-gegevens blijkt"
    if np.head in s.cd.documents and np.of is not None:
        np = _described(s, np.of, e)  # "cijfers van het CBS"
    elif np.head in s.cd.documents:
        np = _compiler(s, np.last, e) or np
    rest = s.toks[np.last : e]
    if rest and rest[-1].text == ")":  # "het Sociaal en Cultureel Planbureau (SCP)"
        rest = rest[: next((k for k, t in enumerate(rest) if t.text == "("), len(rest))]
    if rest and all(t.cap or t.low in s.lex.conjunctions for t in rest) and rest[-1].cap:
        # "het Sociaal en Cultureel Planbureau": a name the parser cut at "en"
        first = next((t for t in s.toks[np.first : e] if t.cap), rest[0])
        name = s.text[first.start : rest[-1].end]
        np = np._replace(last=e, span=Span.of(s.text, np.span.start, rest[-1].end), name_text=name)
    return np


def _described(s: Sentence, np: NounPhrase, e: int) -> NounPhrase:
    """"een peiling van X onder 300 leden blijkt": a phrase with a preposition right after
    a document's "van" source still describes the document; the source phrase takes it in
    (its span stays X)."""
    if np.last < e and s.toks[np.last].low in s.cd.frame_prepositions:
        return np._replace(last=e)
    return np


def _compiler(s: Sentence, k: int, e: int) -> NounPhrase | None:
    """"tellingen die het rekenbureau X bijhoudt": the named subject of a relative
    clause right after a document noun is who the report is by."""
    if k + 1 >= e or s.toks[k].low not in s.cd.relatives:
        return None
    np = parse_np(s.text, s.toks, k + 1, e, s.language, generic=True)
    return np if np is not None and np.pronoun is None and (np.name_text or np.org) else None


def _second_conjunct(s: Sentence, np: NounPhrase, e: int) -> NounPhrase:
    """"uit de eerste en uit de tweede peiling": two phrases of one noun, which the second
    holds; the source is the second phrase."""
    toks, k = s.toks, np.last
    if k + 2 < e and toks[k].low in s.lex.conjunctions and toks[k + 1].low == s.cd.evidence_preposition:
        second = parse_np(s.text, toks, k + 2, e, s.language, generic=True)
        if second is not None and second.pronoun is None:
            return second
    return np


def _previous(s: Sentence):
    if s.prev is None:
        return None
    ptoks = s.prev[after_dateline(s.prev) :]
    pe = content_end(ptoks)
    return content(s.text, ptoks, 0, pe, s.cd) if pe else None
