"""One ISO 8601 time parser for claimtrack (command line, contract JSON, page stamps, wire
formats, gold files, web forms and API).

It imports nothing of claimtrack, so every layer (read, CLI, web, store, evaluate) can
use it without an import cycle. The forms it reads are Python's
:meth:`datetime.fromisoformat` ones: ``2026-01-14T22:00:00+01:00``, ``...Z``, ``+0100``,
without seconds (``2026-01-14T22:00+01:00``), a space for the ``T``, and a date alone
(``2026-01-14``, which :func:`calendar_date` tells apart).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

_EXAMPLE = "e.g. 2026-01-14T22:00:00+01:00"


def parse_iso(value: str, *, need_offset: bool = True) -> datetime:
    """An ISO 8601 time ("2026-01-14T22:00:00+01:00", "...Z").

    A date alone is midnight of that day, without an offset.

    Raises:
        ValueError: not an ISO 8601 time, or (with ``need_offset``) one without a
            timezone offset; the message says what to write instead.
    """
    try:
        parsed = datetime.fromisoformat(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not an ISO 8601 time, {_EXAMPLE}") from None
    if need_offset and parsed.utcoffset() is None:
        raise ValueError(f"{value!r} has no timezone offset; add one, e.g. +01:00 or Z")
    return parsed


def parse_iso_or_none(value: str | None) -> datetime | None:
    """:func:`parse_iso` without the offset rule, or ``None`` for no value or one that is not ISO 8601."""
    if not value:
        return None
    try:
        return parse_iso(value, need_offset=False)
    except ValueError:
        return None


def parse_rfc3339(value: Any) -> datetime:
    """A date and time of day with an offset (RFC 3339), given as text, or an aware datetime.

    Numbers (Unix times), dates alone and times without an offset are refused;
    ``t`` and ``z`` may be lower case.

    Raises:
        ValueError: for anything else (the web API answers 422 with the message).
    """
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and "T" in value.upper():
        try:
            parsed = parse_iso(value.upper(), need_offset=False)
        except ValueError:
            raise ValueError(f"not an ISO 8601 time, {_EXAMPLE}") from None
    else:
        raise ValueError(f"not an ISO 8601 time, {_EXAMPLE}")
    if parsed.utcoffset() is None:
        raise ValueError(f"a time needs a timezone offset, {_EXAMPLE}")
    return parsed


def calendar_date(value: str | None) -> date | None:
    """The day when ``value`` is an ISO 8601 date alone (``2026-01-14``, ``20260114``), else ``None``.

    ``None`` also for a date with a time of day, and for a day that does not exist
    (``2026-02-30``).
    """
    if not isinstance(value, str) or any(c in value.strip() for c in "Tt: "):
        return None  # a time of day (date.fromisoformat would drop a bare "T0")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def noon_utc(day: date) -> datetime:
    """12:00 UTC on ``day``: the same calendar day in every zone from UTC-11 to UTC+11,
    for a value that gives the day but not the time of day."""
    return datetime.combine(day, time(12, 0), tzinfo=UTC)
