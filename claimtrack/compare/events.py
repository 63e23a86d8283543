"""Events: documents that report the same happening, whatever their language.

A document's **places** are the gazetteer places it names
(:func:`claimtrack.compare.places.places_in`) plus its dateline place; an event's
places are those of its documents, counted. A new document joins the event that
shares the most place weight with it (a city or other named place weighs
:data:`CITY_WEIGHT`, a country 1), among the events whose time span lies within
:data:`WINDOW` of the document's time, if that weight is at least
:data:`MIN_SCORE`; a copy of a story already stored (syndication) joins its
original's event. Otherwise it starts an event of its own. Because place ids are
the gazetteer's, ``Beiroet`` and ``Beirut`` are one place, so Dutch and English
pages about one event meet.

An event's **core places** (:func:`core_places`) are the places most of its
documents name: a figure located there counts the event's whole (its scope is the
event), a figure located elsewhere counts a part.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from claimtrack.compare.places import gazetteer, place_id, places_in_and_lead

WINDOW = timedelta(days=7)
MAX_SPAN = timedelta(days=30)  # a long-running story becomes a new event after a month, so no event grows forever
CITY_WEIGHT = 2
MIN_SCORE = 2
LEAD_CHARS = 800  # places in the headline and lead weigh double


@dataclass(slots=True)
class EventState:
    """What matching needs of one stored event."""

    id: int
    start: datetime | None
    end: datetime | None
    places: Counter = field(default_factory=Counter)  # place id -> number of documents naming it
    documents: int = 0


def document_places(
    text: str, dateline_places: Iterable[str | None] = (), actors: Iterable[str] = (), quantities: Iterable[str] = ()
) -> Counter:
    """Feature -> weight for one document: a place id 1 (2 in the lead or a dateline).

    ``actors`` (folded names of the people and organisations it names) give
    ``who:`` features, ``quantities`` (what its figures count) ``what:`` features:
    those join an event only when the document names no place (:func:`score`).
    """
    out: Counter = Counter()
    for a in actors:
        out["who:" + a] = 1
    for q in quantities:
        out["what:" + q] = 1
    everywhere, lead = places_in_and_lead(text, LEAD_CHARS)
    for p in everywhere:
        out[p.id] = max(out[p.id], 1)
    for p in lead:
        out[p.id] = 2
    for d in dateline_places:
        pid = place_id(d)
        if pid:
            out[pid] = 2
    return out


def _weight(pid: str, in_lead: bool) -> int:
    if pid.startswith(("who:", "what:")):
        return 1
    return (1 if pid.startswith("cc:") else CITY_WEIGHT) * (2 if in_lead else 1)


def score(doc_places: Counter, event: EventState, countries: bool = True) -> int:
    """The weight a document shares with an event: places (a country named in the lead
    counts as a city) and named actors; what the figures count only when neither is shared.
    Without ``countries``, shared countries weigh nothing (for pages without a time)."""
    shared = [p for p in doc_places if p in event.places and (countries or not p.startswith("cc:"))]
    s = sum(_weight(p, doc_places[p] >= 2) for p in shared if not p.startswith("what:"))
    if s == 0 and not any(not p.startswith(("what:", "who:")) for p in doc_places):
        s = sum(1 for p in shared if p.startswith("what:"))
    return s


def close(t: datetime | None, event: EventState, window: timedelta = WINDOW) -> bool:
    """Whether time ``t`` lies within ``window`` of the event's span.

    A page without a time meets only events without a time: it could be about any day,
    and joining it to a dated event would stretch that event over unrelated days.
    """
    if t is None or event.start is None or event.end is None:
        return t is None and event.start is None
    return event.start - window <= t <= event.end + window and t - event.start <= MAX_SPAN


def best_event(doc_places: Counter, t: datetime | None, events: Iterable[EventState]) -> EventState | None:
    """The event a document joins, ``None`` when it starts its own."""
    best, best_score = None, MIN_SCORE - 1
    for e in events:
        if not close(t, e):
            continue
        s = score(doc_places, e, countries=t is not None)
        if s > best_score or (s == best_score and best is not None and e.id < best.id):
            best, best_score = e, s
    return best if best_score >= MIN_SCORE else None


def core_places(event_places: Counter, documents: int) -> set[str]:
    """Places named by at least half the event's documents (all of them in a one- or two-document event)."""
    need = max(1, documents // 2)
    return {p for p, n in event_places.items() if n >= need and not p.startswith(("who:", "what:"))}


def country_of(pid: str) -> str | None:
    """The country code of a gazetteer place id, ``None`` for names the gazetteer does not know."""
    if pid.startswith("cc:"):
        return pid[3:]
    return _countries().get(pid)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {p.id: p.country for p in gazetteer().values()}
