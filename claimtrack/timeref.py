"""Time references: find time expressions and resolve them against the right anchor.

STUB: the interface is fixed; the implementation is being written.
"""

from __future__ import annotations

from datetime import datetime

from claimtrack.model import Anchor, Span, TimeRef


def match_age(text: str, pos: int, language: str) -> Span | None:
    """A relative age such as ``34 minuten geleden`` / ``1 uur geleden`` starting exactly at ``pos``.

    Used by the segmenter to find teaser times in page dumps, where the age may be
    glued to the next word (``34 minuten geledenWASHINGTON``). Returns the span of
    the age expression, or None.
    """
    return None


def find_time_expressions(text: str, within: Span, language: str) -> tuple[Span, ...]:
    """Time expressions inside ``text[within.start:within.end]``, in text order, not overlapping."""
    return ()


def resolve(
    expression: Span, language: str, *, anchor_time: datetime | None, anchor: Anchor
) -> TimeRef:
    """Resolve a time expression found by :func:`find_time_expressions` or :func:`match_age`."""
    return TimeRef(expression, None, "day", None)
