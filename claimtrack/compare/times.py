"""The time each figure is about, for comparing figures across pages (pure).

A figure's time is its own resolved time; else its own time words ("Sunday")
resolved against the fetch time when the page gives no publication time (the
extractor leaves those without a value: it never guesses an anchor, but the
comparison already takes the fetch time as the page's time, so the words keep the
order the page gives its moments); else the time of the same claimant's same value
elsewhere on the page (a claimant who repeats a count in a quotation speaks of the
moment it was first dated); else the article's publication time, else the fetch time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from claimtrack.compare.keys import text_key
from claimtrack.model import Span, TimeRef
from claimtrack.timeref import calendar_start, find_time_expressions


@dataclass(frozen=True, slots=True)
class TimedFigure:
    """What :func:`figure_times` reads of one figure."""

    time: TimeRef | None
    claimant: str | None
    low: float | None
    high: float | None
    published: datetime | None  # its article's publication time


def own_time(time: TimeRef | None, language: str, fetched: datetime | None, published: datetime | None) -> datetime | None:
    """A figure's own time: its value, else its words resolved against ``fetched`` when nothing was published."""
    if time is None:
        return None
    if time.value is not None or time.expression is None or published is not None or fetched is None:
        return time.value
    from claimtrack.errors import UnsupportedLanguage
    from claimtrack.timeref import resolve

    try:
        return resolve(time.expression, language, anchor_time=fetched, anchor="fetched_at").value
    except (UnsupportedLanguage, ValueError):  # no time data for the language, or no valid day: no time, as before
        return None


def figure_times(figures: Sequence[TimedFigure], language: str, fetched: datetime | None) -> list[datetime | None]:
    """The time each figure is about (see the module's text for the order of what is tried)."""
    own = [own_time(f.time, language, fetched, f.published) for f in figures]
    dated: dict[tuple, datetime] = {}
    for f, t in zip(figures, own):
        key = (text_key(f.claimant), f.low, f.high)
        if t is not None and f.claimant and key not in dated:
            dated[key] = t
    out = []
    for f, t in zip(figures, own):
        if t is None and f.claimant:
            t = dated.get((text_key(f.claimant), f.low, f.high))
        out.append(t or f.published or fetched)
    return out


PERIOD = "since:"  # a qualifier "since:MM-DD" (or "since:YYYY"): the day a count's period starts (store.groups.key_figures)
PERIOD_WORDS = 6  # words from a period word to its time in one clause ("since the rains came in May")
_CLAUSE_CUT = re.compile(r"[,;:()]|\d")  # a number between them is the count: "since then 77 died in June" dates it
_SENTENCE_END = re.compile(r"[.!?;\n](?=\s|$)")


@lru_cache(maxsize=None)
def _period_words(language: str) -> frozenset[str]:
    from claimtrack.lang import load

    return frozenset(text_key(w) for w in load(language, "figures")["clause"].get("period_starts", ()))


def period_start(text: str, sentence: int, start: int, end: int, language: str) -> str:
    """``"since:MM-DD"`` for a count whose sentence gives the day its period starts ("412 have died
    since June" -> ``since:06-01``; "Sinds 3 mei ..." -> ``since:05-03``; "since 2019" -> ``since:2019``), else ``""``: a time opened
    by a period word (``[clause] period_starts`` of figures.toml) or one a few words after it in
    one clause, the nearest such time to the figure. Weekdays and relative days name no calendar day."""
    words = _period_words(language)
    if not words:
        return ""
    stop = _SENTENCE_END.search(text, end)
    within = Span.of(text, sentence, stop.end() if stop else len(text))
    if not words & set(text_key(within.text).split()):  # most sentences: no period word, no time search
        return ""
    best: tuple[int, str] = (len(text), "")
    for t in find_time_expressions(text, within, language):
        before = _CLAUSE_CUT.split(text[max(sentence, t.start - 60) : t.start])[-1]
        before = text_key(before).split()[-PERIOD_WORDS:]
        if text_key(t.text).split()[0] not in words and not words & set(before):
            continue
        day = calendar_start(t.text, language)
        distance = t.start - end if t.start >= end else start - t.end
        if day and distance < best[0]:
            best = (distance, PERIOD + day)
    return best[1]


THEN = "then:"  # a qualifier "then:YYYY": the year of the sentence before that its figure's sentence points back to
BACK_SENTENCES = 2  # "In 1987 ... Toen ... Daarbij vielen 300 doden": sentences opened so, followed back
BACK_CHARS = 400
_SENTENCE_START = re.compile(r"[.!?\n]\s+(?=\S)")


@lru_cache(maxsize=None)
def _back_openers(language: str) -> tuple[tuple[str, ...], ...]:
    from claimtrack.lang import load

    return tuple(tuple(text_key(w).split()) for w in load(language, "compare").get("back_openers", ()) if text_key(w))


def _opens_back(sentence_text: str, language: str) -> bool:
    words = tuple(text_key(sentence_text[:40]).split())
    return any(words[: len(o)] == o for o in _back_openers(language))


def back_year(text: str, sentence: int, language: str) -> str:
    """``"then:YYYY"`` for a figure whose sentence names no time and opens with a word pointing back
    (``back_openers`` of compare.toml: "It killed 300", "Daarbij vielen 300 doden") where the sentence
    before it names a year alone ("... in 1987."), through at most one more sentence opened so; else ``""``."""
    if not _back_openers(language):
        return ""
    for _ in range(BACK_SENTENCES):
        stop = _SENTENCE_END.search(text, sentence)
        own = Span.of(text, sentence, stop.end() if stop else len(text))
        if not _opens_back(own.text, language) or find_time_expressions(text, own, language):
            return ""
        starts = [m.end() for m in _SENTENCE_START.finditer(text, max(0, sentence - BACK_CHARS), max(0, sentence - 1))]
        before = Span.of(text, starts[-1] if starts else max(0, sentence - BACK_CHARS), sentence)
        years = [y for t in find_time_expressions(text, before, language) if len(y := calendar_start(t.text, language)) == 4]
        if years:
            return THEN + years[-1]
        sentence = before.start
    return ""
