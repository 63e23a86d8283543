"""Colon without a verb: 'X: "C"' -- direct; the colon is the cue, its lemma
``[colon] lemma``. The phrase before the colon must be the whole clause."""

from __future__ import annotations

from claimtrack.attribution.base import Found, Sentence, span
from claimtrack.attribution.content import quoted
from claimtrack.attribution.frame import is_clause_np
from claimtrack.mentions import parse_np_list


def find(s: Sentence, i: int) -> tuple[list[Found], int | None] | None:
    toks, cd, n = s.toks, s.cd, len(s.toks)
    if not (toks[i].text == ":" and i > 0 and i + 1 < n and toks[i + 1].text in cd.open_quotes):
        return None
    nps = parse_np_list(s.text, toks, s.s0, i, s.language)
    if not is_clause_np(nps, s.s0, i):
        return None
    c = quoted(s.text, toks, i + 1, n, cd)
    if not c:
        return None
    return [Found(nps, span(s.text, toks[i]), cd.colon_lemma, c, "direct", None, s.sent)], None
