"""A headline that ends with its speaker after a dash or a colon: "Rates will stay high
into spring - Central bank", "No new cases this week: Health ministry". The phrase after
the mark (``[colon] trailing_marks``) is the source when it is the whole rest of the
headline and can speak (no news outlet: "... - BBC News" names the site): a role, organisation, acronym or known entity, or a name the page
prints again as a person's ("Minister Ada Okafor", "Okafor said"), not as a place ("in
Kilbride"). The clause before the mark is the content, the mark the cue."""

from __future__ import annotations

from claimtrack.attribution.base import Found, Sentence, span
from claimtrack.attribution.constructions.colon import _speaker
from claimtrack.attribution.content import content
from claimtrack.attribution.frame import is_clause_np
from claimtrack.mentions import parse_np_list


def starts(cd) -> frozenset[str]:
    """The marks this unit starts at: a dash or colon before a headline's last phrase."""
    return cd.trailing_marks


def find(s: Sentence, i: int) -> tuple[list[Found], int | None] | None:
    toks, cd = s.toks, s.cd
    if not s.headline or toks[i].text not in cd.trailing_marks or i - s.s0 < cd.min_bare_clause:
        return None
    if any(t.text in cd.trailing_marks for t in toks[i + 1 : s.end]):
        return None  # only the last mark can stand before the speaker
    if s.lex is not None and toks[i + 1].low in s.lex.media:
        return None  # "Markets slide - Reuters", "... - BBC News": the site's name, page chrome
    nps = parse_np_list(s.text, toks, i + 1, s.end, s.language)
    if not is_clause_np(nps, i + 1, s.end) or not all(_speaker(s, np) and _person(s, np) for np in nps):
        return None
    c = content(s.text, toks, s.s0, i, cd)
    if c is None:
        return None
    return [Found(nps, span(s.text, toks[i]), cd.colon_lemma, c[0], c[1], None, s.sent)], s.end


def _person(s: Sentence, np) -> bool:
    """A bare name is printed again after a capitalised word (a first name, a title) or
    before a cue word; a role, organisation, acronym or known entity needs no check."""
    name = np.name_text
    if np.role or np.org or np.known or not name or (name.isupper() and len(name) > 1):
        return True
    last = name.split()[-1]
    at = np.span.start + len(np.span.text) - len(last)
    k = s.text.find(last)
    while k >= 0:
        before = s.text[:k].split()[-1:]
        after = s.text[k + len(last) :].split()[:1]
        if k != at and ((before and before[0][:1].isupper()) or (after and after[0].lower() in s.cd.cues)):
            return True
        k = s.text.find(last, k + 1)
    return False
