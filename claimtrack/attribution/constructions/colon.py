"""Colon attributions, with no cue verb: the colon is the cue (lemma ``[colon] lemma``).

* 'X: "C"' and, with the quotation on the next line, 'X:' + '"C"' -- direct;
* 'X: C' (a headline "Kabinet: nog 400 miljoen extra") -- the phrase before the colon
  is the whole clause and names someone (a name, role or organisation);
* lead-ins: "Een reactie van X:" (a noun of ``[colon] lead_nouns`` with its "van"
  phrase) and "X was duidelijk:" / "Daarover was X duidelijk:" (a copula and an
  adjective of ``[colon] lead_adjectives``) before a quotation.
"""

from __future__ import annotations

from claimtrack.attribution.base import Found, Sentence, span
from claimtrack.attribution.content import content, quoted
from claimtrack.attribution.frame import compound_role, is_clause_np, medium_end, particle_name, source_phrases
from claimtrack.mentions import NounPhrase, parse_np, parse_np_list
from claimtrack.model import Span


def starts(cd) -> frozenset[str]:
    """The token this unit starts at: a colon."""
    return frozenset({":"})


def find(s: Sentence, i: int) -> tuple[list[Found], int | None] | None:
    toks, cd, n = s.toks, s.cd, len(s.toks)
    if toks[i].text != ":" or i == 0:
        return None
    quote = next_quote(s, i)
    nps = _source(s, i, bool(quote))
    if not nps:
        return None
    f = Found(nps, span(s.text, toks[i]), cd.colon_lemma, Span.of(s.text, 0, 0), "direct", None, s.sent)
    if quote is not None:
        return [f._replace(content=quote[0], sentence=quote[1])], None
    if i + 1 < n and toks[i + 1].text in cd.open_quotes:
        c = quoted(s.text, toks, i + 1, n, cd)
        return ([f._replace(content=c)], None) if c else None
    if s.end - (i + 1) < cd.min_bare_clause or not all(_speaker(s, np) for np in nps):
        return None
    c = content(s.text, toks, i + 1, s.end, cd)  # "Gemeente: nog 30 mln extra voor de dijken"
    return ([f._replace(content=c[0], kind=c[1])], None) if c else None


def next_quote(s: Sentence, i: int) -> tuple[Span, Span] | None:
    """The quotation that follows a colon at the end of the sentence ("X zei:") on the
    next line, and the sentence it stands in; else None."""
    cd = s.cd
    if i != len(s.toks) - 1 or not s.nxt or s.nxt[0].text not in cd.open_quotes or len(s.nxt) < 3:
        return None
    c = quoted(s.text, s.nxt, 0, len(s.nxt), cd)
    return (c, s.nxt_sent) if c is not None and s.nxt_sent is not None else None


def _source(s: Sentence, i: int, quote: bool) -> tuple[NounPhrase, ...]:
    """The source phrases before the colon at ``i``: the whole part before it, or a lead-in."""
    toks = s.toks
    lead = parse_np(s.text, toks, s.s0, i, s.language, generic=True)
    if lead is not None and lead.last == i and lead.of is not None and lead.head in s.cd.lead_nouns:
        return (lead.of,)  # "Een reactie van de minister:"
    nps = parse_np_list(s.text, toks, s.s0, i, s.language) or particle_name(s.text, toks, s.s0, i, s.language)
    if is_clause_np(nps, s.s0, i):
        return nps
    compound = compound_role(s.text, toks, s.s0, i, s.language)
    if compound is not None:
        return (compound,)  # "Fire officials: No homes lost so far"
    if not (quote or (i + 1 < len(toks) and toks[i + 1].text in s.cd.open_quotes)):
        return ()
    return _copula_lead(s, i) or _medium_lead(s, i, nps) or _apposition_lead(s, i)


def _apposition_lead(s: Sentence, i: int) -> tuple[NounPhrase, ...]:
    """'Karin Dijkstra, voorzitter van de bewonersvereniging: "C"': a named person and a role in
    apposition fill the part before the colon of a quotation."""
    nps = source_phrases(s.text, s.toks, s.s0, i, s.language)
    if len(nps) != 1 or nps[0].last != i or "," not in nps[0].span.text:
        return ()
    return nps if nps[0].name_text and nps[0].role else ()


def _medium_lead(s: Sentence, i: int, nps: tuple[NounPhrase, ...]) -> tuple[NounPhrase, ...]:
    """'X tegen de krant: "C"' / 'X in een reactie: "C"': the source, then a medium."""
    if not nps or nps[0].first != s.s0 or not all(_names(np) for np in nps):
        return ()
    k = nps[-1].last
    if k >= i or s.toks[k].low not in s.cd.medium_first:
        return ()
    return nps if medium_end(s.text, s.toks, k, i, s.language, s.cd) == i else ()


def _copula_lead(s: Sentence, i: int) -> tuple[NounPhrase, ...]:
    """"X was duidelijk:" / "Over de kosten was wethouder X stellig:"."""
    toks, cd = s.toks, s.cd
    if i < 3:
        return ()
    if toks[i - 1].low not in cd.lead_adjectives:
        return _copula_lead_after(s, i)
    e = i - 1
    while e > s.s0 and toks[e - 1].low in cd.frame:
        e -= 1
    for c in range(s.s0, e):
        if toks[c].low in cd.copulas:
            before = parse_np_list(s.text, toks, s.s0, c, s.language)
            if is_clause_np(before, s.s0, c):
                return before if c + 1 == e else _copula_lead_after(s, i)
            after = parse_np_list(s.text, toks, c + 1, e, s.language)
            return after if is_clause_np(after, c + 1, e) and all(_names(np) for np in after) else ()
    return ()


_LEAD_WORDS = 4  # lower-case words around the adjective: "was het daarmee eens", "is er erg blij mee"


def _copula_lead_after(s: Sentence, i: int) -> tuple[NounPhrase, ...]:
    """"De officier was het daarmee eens:", "Het familielid is er erg blij mee:": the subject,
    a copula, then a few lower-case words that hold a lead adjective, before a quotation."""
    toks, cd = s.toks, s.cd
    a = next((a for a in range(i - 1, max(s.s0, i - 1 - _LEAD_WORDS), -1) if toks[a].low in cd.lead_adjectives), None)
    if a is None:  # "X vindt de klacht niet relevant:": an opinion verb, any lower-case words
        c = next((c for c in range(s.s0 + 1, i) if toks[c].low in cd.opinion_verbs), None)
        a = i - 1 if c is not None and c < i - 1 else None
    else:
        c = next((c for c in range(s.s0 + 1, a) if toks[c].low in cd.copulas), None)
    if a is None:
        return ()
    if c is None or a - c > _LEAD_WORDS or not all(t.text.isalpha() and t.text.islower() for t in toks[c + 1 : i]):
        return ()
    before = parse_np_list(s.text, toks, s.s0, c, s.language, generic=True)
    return before if is_clause_np(before, s.s0, c) and all(_names(np) for np in before) else ()


def _names(np: NounPhrase) -> bool:
    return bool(np.name_text or np.role or np.org or np.known)


_PLACE = "GPE"  # the entity type of a listed place


def _speaker(s: Sentence, np: NounPhrase) -> bool:
    """A phrase that can speak in 'X: C' with no quotation: a role, an organisation, a
    known entity, an acronym, or a name whose last word the page prints again inside a
    sentence (a headline's "Analyse:" or "Jaarwisseling:" is a label, no speaker)."""
    if np.span.text.lower() in s.cd.colon_not_sources:
        return False
    if s.cd.colon_place_labels and np.known_type == _PLACE and not (np.role or np.org):
        return False  # "Germany: Police arrest 10": a topic
    if np.role or np.org or np.known:
        return True
    name = np.name_text
    if not name:
        return False
    if name.isupper() and len(name) > 1:
        return True
    if _label_compound(name.lower(), s.cd.colon_label_parts):
        return False  # "Peilingwijzer:", "Zetelpeiling:": a poll's name, no speaker
    last = name.split()[-1]  # "Dijkgraaf Mulder: ..." and "dijkgraaf Ruud Mulder zegt"
    return _printed_again(s.text, last, np.span.start + len(np.span.text) - len(last))


def _label_compound(name: str, parts: tuple[str, ...]) -> bool:
    """A one-word name that begins or ends with a label word ("peilingwijzer", "zetelpeiling")."""
    return " " not in name and any(name.startswith(p) or name.endswith(p) for p in parts)


def _printed_again(text: str, name: str, at: int) -> bool:
    """Whether ``name`` occurs in ``text`` elsewhere than at ``at``, after a lower-case
    word (inside a sentence, where a capital marks a name)."""
    k = text.find(name)
    while k >= 0:
        before = text[:k].rstrip()[-1:]
        if k != at and before and (before.islower() or before == ","):
            return True
        k = text.find(name, k + 1)
    return False
