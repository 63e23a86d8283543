"""The construction registry: one small unit per construction, tried in this order.

``TOKEN_UNITS`` run at every trigger token of a sentence (a cue word, a marker, a
colon); each returns ``(found, next_index)`` or None. A ``next_index`` ends the
token: the scan goes on from there. Verb cues have their own ordered units in
:mod:`.verbs`. ``ARTICLE_UNITS`` run over the whole article once the sentences are
read (quotations that continue a speaker).

Adding a construction is adding a module with a ``find`` and one entry here.
"""

from __future__ import annotations

from claimtrack.attribution.constructions import (
    according_to,
    colon,
    continued_quotes,
    evidence,
    sourceless,
    trailing_marker,
    verbs,
)

TOKEN_UNITS = (
    sourceless.find,
    according_to.find,
    trailing_marker.find,
    colon.find,
    evidence.find,
    verbs.find,
)

ARTICLE_UNITS = (continued_quotes.find,)
