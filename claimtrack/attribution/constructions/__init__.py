"""The construction registry: one small unit per construction, tried in this order.

``TOKEN_UNITS`` run at every trigger token of a sentence (a cue word, a marker, a
colon); each returns ``(found, next_index)`` or None. A ``next_index`` ends the
token: the scan goes on from there. Verb cues have their own ordered units in
:mod:`.verbs`. ``ARTICLE_UNITS`` run over the whole article once the sentences are
read (quotations that continue a speaker).

Each token unit's module also says at which words it may start (``starts(cd)``):
:func:`units_at` sends a trigger token only to the units that may start there,
instead of asking every unit at every trigger.

Adding a construction is adding a module with a ``find`` and a ``starts`` and one
entry here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from claimtrack.attribution.data import CueData
from claimtrack.attribution.constructions import (
    according_to,
    colon,
    continued_quotes,
    evidence,
    headline_speaker,
    impersonal_continued,
    quoted_as,
    sourceless,
    trailing_marker,
    verbs,
)

TOKEN_UNITS = (
    sourceless.find,
    according_to.find,
    trailing_marker.find,
    colon.find,
    headline_speaker.find,
    evidence.find,
    quoted_as.find,
    verbs.find,
)

ARTICLE_UNITS = (continued_quotes.find, impersonal_continued.find)

# one table per language's CueData (kept alive with it): language data, not text
_AT: dict[int, tuple[CueData, dict[str, tuple[Callable, ...]]]] = {}


def units_at(cd: CueData) -> dict[str, tuple[Callable, ...]]:
    """Trigger word -> the ``TOKEN_UNITS`` that may start at it, in registry order; a
    continuation word that is no trigger ("adding") -> no unit (only
    :func:`claimtrack.attribution.sentence.read_sentence`'s continuations start there).
    One dict lookup per token tells whether anything may start at it."""
    got = _AT.get(id(cd))
    if got is None or got[0] is not cd:
        # each unit's module says where it starts (its ``starts``)
        words = [sys.modules[u.__module__].starts(cd) for u in TOKEN_UNITS]
        table = {w: () for w in cd.continuations}
        table.update(
            (w, tuple(u for u, ws in zip(TOKEN_UNITS, words, strict=True) if w in ws))
            for w in cd.triggers
        )
        got = _AT[id(cd)] = (cd, table)
    return got[1]
