"""Trailing according-to: "..., aldus X." -- content before the comma (direct when
quoted, also from a quote opened in an earlier sentence, and with the comma inside the
closing quote: '"C," aldus X'); a medium may follow X."""

from __future__ import annotations

from claimtrack.attribution.base import Found, Sentence, span
from claimtrack.attribution.content import trailing_content
from claimtrack.attribution.frame import frame, particle_name
from claimtrack.mentions import parse_np_list


def starts(cd) -> frozenset[str]:
    """The words this unit may start at ("aldus")."""
    return cd.trailing


def find(s: Sentence, i: int) -> tuple[list[Found], int | None] | None:
    toks, cd = s.toks, s.cd
    t = toks[i]
    # '"C," aldus X' / "'C?' aldus X": the comma (or mark) inside the closing quote
    quoted = i > 1 and toks[i - 1].text in cd.close_quotes and toks[i - 2].text in ",?!"
    if not (t.low in cd.trailing and i > 0 and (toks[i - 1].text == "," or quoted) and i + 1 < len(toks)):
        return None
    nps = _source_after(s, i + 1)
    if not nps and i + 2 < len(toks) and toks[i + 1].low in cd.frame:
        nps = _source_after(s, i + 2)  # "aldus nog X", "aldus ook de bond"
    if not nps:
        return None
    c = trailing_content(s.text, toks, s.s0, i if quoted else i - 1, cd, "according_to", s.earlier)
    if not c:
        return None
    _, medium, _ = frame(s.text, toks, nps[-1].last, s.end, None, s.language, cd)
    return [Found(nps, span(s.text, t), t.low, c[0], c[1], medium, s.sent)], nps[-1].last


def _source_after(s: Sentence, k: int):
    return parse_np_list(s.text, s.toks, k, s.end, s.language, generic=True) or particle_name(
        s.text, s.toks, k, s.end, s.language
    )
