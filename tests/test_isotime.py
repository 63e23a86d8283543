"""The one ISO 8601 parser (claimtrack.isotime) and the places that read times through it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from claimtrack.cli_store import parse_since
from claimtrack.evaluate.clusters import _time as cluster_time
from claimtrack.evaluate.realformat import same_minute
from claimtrack.isotime import calendar_date, noon_utc, parse_iso, parse_iso_or_none, parse_rfc3339
from claimtrack.read.html import parse_published
from claimtrack.web.views import day_start

PLUS_ONE = timezone(timedelta(hours=1))
MINUS_FIVE = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-09T07:45:30+01:00", datetime(2026, 3, 9, 7, 45, 30, tzinfo=PLUS_ONE)),
        ("2026-03-09T06:45:30Z", datetime(2026, 3, 9, 6, 45, 30, tzinfo=UTC)),
        ("2026-03-09T07:45:30+0100", datetime(2026, 3, 9, 7, 45, 30, tzinfo=PLUS_ONE)),
        ("2026-03-09T01:45-05:00", datetime(2026, 3, 9, 1, 45, tzinfo=MINUS_FIVE)),  # no seconds
        ("2026-03-09T06:45Z", datetime(2026, 3, 9, 6, 45, tzinfo=UTC)),
        ("2026-03-09 07:45:30.250+01:00", datetime(2026, 3, 9, 7, 45, 30, 250000, tzinfo=PLUS_ONE)),
        ("  2026-03-09T06:45:30Z\n", datetime(2026, 3, 9, 6, 45, 30, tzinfo=UTC)),
    ],
)
def test_parse_iso_edge_forms(text: str, expected: datetime) -> None:
    got = parse_iso(text)
    assert got == expected
    assert got.utcoffset() == expected.utcoffset()


def test_parse_iso_offset_rule_and_messages() -> None:
    with pytest.raises(ValueError, match="has no timezone offset; add one"):
        parse_iso("2026-03-09T07:45")
    assert parse_iso("2026-03-09T07:45", need_offset=False) == datetime(2026, 3, 9, 7, 45)
    # a date alone is its midnight, without an offset
    assert parse_iso("2026-03-09", need_offset=False) == datetime(2026, 3, 9)
    for bad in ("9 maart", "2026-13-01T00:00Z", "", 1767225600):
        with pytest.raises(ValueError, match="is not an ISO 8601 time, e.g. 2026-01-14T22:00:00"):
            parse_iso(bad)  # type: ignore[arg-type]
    assert parse_iso_or_none("morgen") is None
    assert parse_iso_or_none(None) is None
    assert parse_iso_or_none("2026-03-09T07:45") == datetime(2026, 3, 9, 7, 45)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-09", date(2026, 3, 9)),
        ("20260309", date(2026, 3, 9)),
        (" 2026-03-09 ", date(2026, 3, 9)),
        ("2026-03-09T00:00", None),
        ("20260309T0", None),  # date.fromisoformat alone would read this as a date
        ("2026-02-30", None),
        ("09-03-2026", None),
        ("", None),
        (None, None),
    ],
)
def test_calendar_date_only_for_a_date_alone(text: str | None, expected: date | None) -> None:
    assert calendar_date(text) == expected


def test_noon_utc_keeps_the_day_across_zones() -> None:
    noon = noon_utc(date(2026, 3, 9))
    assert noon == datetime(2026, 3, 9, 12, tzinfo=UTC)
    for hours in (-11, 11):
        assert noon.astimezone(timezone(timedelta(hours=hours))).date() == date(2026, 3, 9)


def test_parse_rfc3339_wants_date_time_and_offset() -> None:
    assert parse_rfc3339("2026-03-09t06:45:30z") == datetime(2026, 3, 9, 6, 45, 30, tzinfo=UTC)
    assert parse_rfc3339("2026-03-09T07:45+0100") == datetime(2026, 3, 9, 6, 45, tzinfo=UTC)
    aware = datetime(2026, 3, 9, tzinfo=UTC)
    assert parse_rfc3339(aware) is aware
    with pytest.raises(ValueError, match="a time needs a timezone offset"):
        parse_rfc3339("2026-03-09T07:45")
    for bad in ("2026-03-09", 1767225600, "2026-03-09Tnoon"):
        with pytest.raises(ValueError, match="^not an ISO 8601 time"):
            parse_rfc3339(bad)


def test_page_metadata_date_forms() -> None:
    """read/html: a date alone is noon UTC, a naive time UTC, +0100 and Z kept, each as before."""
    assert parse_published("20260309") == (
        datetime(2026, 3, 9, 12, tzinfo=UTC),
        "the publication date 20260309 has no time of day; it is read as 12:00 UTC",
    )
    assert parse_published("2026-03-09T07:45+0100") == (datetime(2026, 3, 9, 7, 45, tzinfo=PLUS_ONE), None)
    assert parse_published("2026-03-09T07:45") == (
        datetime(2026, 3, 9, 7, 45, tzinfo=UTC),
        "the publication time 2026-03-09T07:45 has no zone offset; it is read as UTC",
    )
    assert parse_published("2026-02-30") == (None, None)


def test_cluster_gold_times() -> None:
    assert cluster_time("2026-03-09") == datetime(2026, 3, 9, 12, tzinfo=UTC)
    assert cluster_time("2026-03-09T07:45") == datetime(2026, 3, 9, 7, 45, tzinfo=UTC)
    assert cluster_time("2026-03-09T07:45:00+01:00") == datetime(2026, 3, 9, 6, 45, tzinfo=UTC)
    assert cluster_time("") is None


def test_realformat_same_minute() -> None:
    assert same_minute("2026-03-09T07:45:20+01:00", "2026-03-09T06:45Z")
    assert not same_minute("2026-03-09T07:45+01:00", "2026-03-09T07:45Z")
    assert same_minute("2026-03-09T07:45", "2026-03-09T07:45:50")
    # not ISO times: their first 16 characters decide
    assert same_minute("2026-03-09 avond", "2026-03-09 avond, laat")
    assert not same_minute("2026-03-09 avond", "2026-03-10 avond")


def test_form_and_command_line_days() -> None:
    assert day_start("2026-03-09") == datetime(2026, 3, 9).astimezone()  # local zone, as --since
    assert day_start("2026-03-09", end=True) == datetime(2026, 3, 10).astimezone()
    assert day_start("2026-03-09T10:00") is None
    assert day_start("") is None
    assert parse_since("2026-03-09") == datetime(2026, 3, 9).astimezone()
    assert parse_since("2026-03-09T10:00+01:00") == datetime(2026, 3, 9, 9, tzinfo=UTC)
