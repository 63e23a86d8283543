"""Figures a page gives as an earlier count that a later one replaced (pure).

News that reports a correction prints the old count beside the new one, in its own
voice: "revised the toll down to 40, from the previous figure of 52", "bijgesteld van 52
naar 40", "Aanvankelijk was sprake van 52 doden, maar dat aantal is nu bijgesteld". Read as
a claim of its own, the old count would quarrel with the new one on every other page. A
figure is **earlier** when (words in ``lang/<code>/compare.toml``, ``[earlier]``):

* ``before``: a phrase right before its number gives it as replaced ("down from 52",
  "in plaats van 52", "40 and not 52");
* ``clause``: its clause before the number, or its sentence's first three words, name an
  earlier count ("the original toll was 52", "aanvankelijk was sprake van 52", "Initially,
  ...", "The previous estimate, made before ..., was 52");
* ``from``: it is the count a change moved from: "from"/"van" right before it, and after it
  a ``to`` word ("van 52 naar 40") or before it in its sentence a ``change`` word ("lowered
  the toll to 40 from 52");
* ``anaphors``: a phrase that points back to it follows it, with no other figure between,
  and a ``change`` word follows that ("52 doden. Dat aantal is nu bijgesteld ...");
* ``rejected``: later in its sentence, before another figure, the page calls it wrong
  ("reports that the toll is 52 are not correct", "52 doden, maar dat klopt niet").

"Earlier" alone is no such word: "said earlier on Monday" dates a claim (two claimants
may still disagree), it does not correct one. The comparison
(:func:`claimtrack.compare.groups.judge_in_time`) takes an earlier figure as the first
step of a revision on its page, never as a standing claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.compare.keys import text_key

EARLIER = "earlier"  # the role token a figure's quantity carries (``killed|earlier``)
SAID_BEFORE = "said_before"  # "X had said 52": earlier only beside a later count of the same claimant
_CLAUSE_END = re.compile(r"[;:,()\n\u2013\u2014]|[.!?](?=\s|$)|(?<![\w.,])\d")
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")
# the last of their matches (each matches one character, so the rightmost match is the last one finditer gives)
_LAST_CLAUSE_END = re.compile(r"(?s:.*)(?:" + _CLAUSE_END.pattern + ")")
_LAST_SENTENCE_END = re.compile(r"(?s:.*)(?:" + _SENTENCE_END.pattern + ")")
LOOK_BACK = 160  # characters of a figure's sentence read before it
LOOK_AHEAD = 120  # characters after it where a phrase pointing back may stand
ANAPHOR_WORDS = 12  # ... within this many words
CHANGE_AFTER_ANAPHOR = 5  # "dat aantal is nu naar beneden bijgesteld": the change word this close after the phrase
LEAD_WORDS = 3  # the words opening a sentence that may name an earlier count for all of it


@dataclass(frozen=True, slots=True)
class _Phrases:
    """One ``[earlier]`` list: its folded phrases, found anywhere in or at the end of a padded run of words."""

    anywhere: re.Pattern[str]
    at_end: re.Pattern[str]
    padded: tuple[str, ...]


_NONE = _Phrases(re.compile(r"(?!)"), re.compile(r"(?!)"), ())


@lru_cache(maxsize=None)
def _words(language: str) -> dict[str, _Phrases]:
    """``[earlier]`` of every language with it (``language``'s first), each list as :class:`_Phrases`."""
    from claimtrack import lang

    out: dict[str, list[str]] = {}
    for code in sorted(lang.available(), key=lambda c: c != language):
        try:
            data = lang.load(code, "compare").get("earlier", {})
        except Exception:  # a language without compare data
            continue
        for key, phrases in data.items():
            out.setdefault(key, []).extend(f" {text_key(p)} " for p in phrases if text_key(p))
    found = {}
    for key, padded in out.items():
        either = "|".join(re.escape(p) for p in padded) or "(?!)"
        found[key] = _Phrases(re.compile(either), re.compile(f"(?:{either})$"), tuple(padded))
    return found


def _joined(words: list[str]) -> str:
    """Words padded with a space on each side, so that a padded phrase matches whole words only."""
    return " " + " ".join(words) + " "


def _holds(joined: str, phrases: _Phrases) -> bool:
    return phrases.anywhere.search(joined) is not None


@dataclass(frozen=True, slots=True)
class _Around:
    """The folded words around one figure, each run folded once: its sentence before the number
    (and the clause that ends it), and the text after it (and the part up to its sentence's end)."""

    sentence: list[str]
    clause: list[str]
    after: list[str]
    to_stop: list[str]


def _around(text: str, start: int, end: int, next_start: int | None) -> _Around:
    head = text[max(0, start - LOOK_BACK) : start]
    cut = _LAST_SENTENCE_END.match(head)
    sentence = head[cut.end() :] if cut else head
    clause_cut = _LAST_CLAUSE_END.match(sentence)
    c = clause_cut.end() if clause_cut else 0
    clause = text_key(sentence[c:]).split()
    if not c:
        words = clause
    elif not sentence[c - 1].isalnum():  # a punctuation cut: no word runs across it, fold the two parts apart
        words = text_key(sentence[:c]).split() + clause
    else:  # a cut after a digit ("5km"): the sentence's words may run across it
        words = text_key(sentence).split()
    tail = text[end : end + LOOK_AHEAD if next_start is None else max(end, min(next_start, end + LOOK_AHEAD))]
    stop = _SENTENCE_END.search(tail)
    to_stop = text_key(tail[: stop.start()] if stop else tail).split()
    after = to_stop + text_key(tail[stop.start() :]).split() if stop else to_stop  # the stop is no word character
    return _Around(words, clause, after, to_stop)


def earlier(text: str, start: int, end: int, language: str, next_start: int | None = None) -> bool:
    """Whether the figure at ``text[start:end]`` is given as an earlier, replaced count.

    ``next_start``: where the page's next figure begins (a phrase pointing back beyond it
    points to that one).
    """
    return _earlier(_around(text, start, end, next_start), _words(language))


def role(text: str, start: int, end: int, language: str, next_start: int | None = None) -> str:
    """:data:`EARLIER` where :func:`earlier` holds, else :data:`SAID_BEFORE` where :func:`said_before`
    holds, else ``""``: both read from one fold of the words around the figure."""
    around, data = _around(text, start, end, next_start), _words(language)
    if _earlier(around, data):
        return EARLIER
    phrases = data.get("said_before")
    return SAID_BEFORE if phrases is not None and _holds(_joined(around.sentence), phrases) else ""


def _earlier(around: _Around, data: dict[str, _Phrases]) -> bool:
    before, lead, clause = _joined(around.sentence), _joined(around.sentence[:LEAD_WORDS]), _joined(around.clause)
    if data.get("before", _NONE).at_end.search(before) or _holds(clause, data.get("clause", _NONE)):
        return True
    if _holds(lead, data.get("clause", _NONE)):  # "Initially, police said ...", "The previous estimate, ..., was"
        return True
    after = around.after
    if data.get("from", _NONE).at_end.search(before):
        if after[:1] and f" {after[0]} " in data.get("to", _NONE).padded or _holds(before, data.get("change", _NONE)):
            return True
    if _holds(_joined(around.to_stop), data.get("rejected", _NONE)):
        return True  # "... 359 are not correct", "4460 slachtoffers, maar dat klopt niet"
    return _pointed_back(after[:ANAPHOR_WORDS], data)


def said_before(text: str, start: int, end: int, language: str) -> bool:
    """Whether the figure at ``text[start:end]`` is told as said before (``[earlier] said_before``
    in its clause before the number: "police had said the toll was 52", "Authorities earlier said
    ... 52"). That alone corrects nothing (two claimants may be at odds): the comparison takes it
    as earlier only where the same claimant also gives another count
    (:func:`claimtrack.compare.groups.judge_in_time`)."""
    phrases = _words(language).get("said_before")
    if phrases is None:
        return False
    head = text[max(0, start - LOOK_BACK) : start]
    cut = list(_SENTENCE_END.finditer(head))
    sentence = head[cut[-1].end() :] if cut else head
    return _holds(_joined(text_key(sentence).split()), phrases)


def _pointed_back(words: list[str], data: dict) -> bool:
    """Whether a phrase pointing back ("dat aantal", "that figure") and then a change word follow."""
    joined = _joined(words)
    for m in data.get("anaphors", _NONE).anywhere.finditer(joined):
        near = joined[m.end() - 1 :].split()[:CHANGE_AFTER_ANAPHOR]
        if _holds(_joined(near), data.get("change", _NONE)):
            return True
    return False
