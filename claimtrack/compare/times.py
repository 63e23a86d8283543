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

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from claimtrack.compare.keys import text_key
from claimtrack.model import TimeRef


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
