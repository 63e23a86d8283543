"""Participle clauses with no cue before them: "The police released a lower estimate,
saying C" / "She defended the plan, calling it C" -- the subject that opens the
sentence speaks, also with no comma after a document noun ("The ministry released a
statement saying C"; "a statement from the group saying C": the "from" phrase speaks); "..., with police saying C" -- the phrase after the preposition
([frame] participial_with) speaks. The participles are [frame] continuations."""

from __future__ import annotations

from claimtrack.attribution.base import Sentence
from claimtrack.attribution.frame import source_phrases
from claimtrack.mentions import NounPhrase


def subject(s: Sentence, k: int) -> tuple[NounPhrase, ...] | None:
    """The source phrases of the participle cue at token ``k``, or None."""
    toks, cd = s.toks, s.cd
    for b in range(k - 2, max(-1, k - 9), -1):  # "with police saying"
        if toks[b].low in cd.participial_with:
            nps = source_phrases(s.text, toks, b + 1, k, s.language)
            if nps and nps[-1].last == k and _speaker(nps):
                return nps
            break
        if not toks[b].text[0].isalnum():
            break
    if toks[k - 1].text != "," and k > 1:
        doc = _document(s, k)  # "released a statement saying C"
        if doc is not None:
            return doc
    if not _after_comma(s, k):
        return None
    return _sentence_subject(s, k)


_DOCUMENT_MAX = 8  # words of "from X" between a document noun and the participle


def _document(s: Sentence, k: int) -> tuple[NounPhrase, ...] | None:
    """A document noun ([according_to] documents) right before the participle: the
    sentence's subject issued it ("The ministry released a statement saying C"); one
    with a "from"/"by" phrase ([frame] document_from) names its own source ("a statement
    from the group saying C")."""
    toks, cd = s.toks, s.cd
    if toks[k - 1].low in cd.documents:
        return _sentence_subject(s, k)
    for b in range(k - 2, max(0, k - 2 - _DOCUMENT_MAX), -1):
        if toks[b].low in cd.document_from and toks[b - 1].low in cd.documents:
            nps = source_phrases(s.text, toks, b + 1, k, s.language)
            return nps if nps and nps[0].first == b + 1 and nps[-1].last == k and _speaker(nps) else None
        if not toks[b].text[0].isalnum():
            return None
    return None


def _sentence_subject(s: Sentence, k: int) -> tuple[NounPhrase, ...] | None:
    """The subject that opens the sentence, a speaker, and a finite verb after it."""
    toks, cd = s.toks, s.cd
    a = _opening(s)
    nps = source_phrases(s.text, toks, a, k, s.language)
    if not nps or nps[0].first != a or nps[-1].last >= k or not _speaker(nps):
        return None
    nxt = toks[nps[-1].last]
    # the subject of a finite verb: a lower-case word follows it ("The police released")
    return nps if nxt.text[0].isalpha() and not nxt.cap and nxt.low not in cd.coordinators else None


def _after_comma(s: Sentence, k: int) -> bool:
    t = s.toks
    return t[k - 1].text == "," or (k > 1 and t[k - 1].low in s.cd.coordinators and t[k - 2].text == ",")


def _opening(s: Sentence) -> int:
    """The first token of the sentence's subject: after a colon dateline ("TARN:") and
    frame words."""
    toks, a = s.toks, 0
    if len(toks) > 2 and toks[1].text == ":" and toks[0].text.isupper():
        a = 2
    while a < len(toks) - 1 and toks[a].low in s.cd.frame:
        a += 1
    return a


def _speaker(nps: tuple[NounPhrase, ...]) -> bool:
    """A person or body: a pronoun, a role, an organisation or a name ("The report" is none)."""
    return all(np.pronoun is not None or np.role or np.org or np.name_text for np in nps)
