"""One ISO 8601 time parser for claimtrack (command line, contract JSON, page stamps).

It imports nothing of claimtrack, so every layer (read, CLI, web, store) can use it
without an import cycle.
"""

from __future__ import annotations

from datetime import datetime


def parse_iso(value: str, *, need_offset: bool = True) -> datetime:
    """An ISO 8601 time ("2026-01-14T22:00:00+01:00", "...Z").

    Raises:
        ValueError: not an ISO 8601 time, or (with ``need_offset``) one without a
            timezone offset; the message says what to write instead.
    """
    try:
        parsed = datetime.fromisoformat(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not an ISO 8601 time, e.g. 2026-01-14T22:00:00+01:00") from None
    if need_offset and parsed.utcoffset() is None:
        raise ValueError(f"{value!r} has no timezone offset; add one, e.g. +01:00 or Z")
    return parsed
