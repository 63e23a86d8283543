"""Counts over periods and months named alone.

A month alone after a period word is a time even where its name is also a word ("since May"),
never the start of a date ("since June 16", "since May 2024"). A count "since" a calendar day keeps that day:
the latest start of a count is the event's own toll, an earlier start counts a longer time and
keeps apart from it. A month named alone ("the march in June") meets the one day of that month
its count names ("the march of June 16").
"""

from __future__ import annotations

from datetime import datetime, timezone

from claimtrack.compare.groups import FigureRecord, group_event
from claimtrack.compare.times import period_start
from claimtrack.ingest import ingest
from claimtrack.model import Span
from claimtrack.store import connect
from claimtrack.store import queries as q
from claimtrack.timeref import calendar_start, find_times

UTC = timezone.utc
PAGE = datetime(2025, 9, 12, 9, 0, tzinfo=UTC)  # the invented pages' time


def _times(text, language):
    found = find_times(text, Span.of(text, 0, len(text)), language, anchor_time=PAGE, anchor="published")
    return [(t.expression.text, t.value.date().isoformat(), t.granularity) for t in found]


def test_a_month_after_a_period_word_is_a_time_even_where_it_is_also_a_word():
    assert _times("The river has been high since May.", "en") == [("since May", "2025-05-01", "month")]
    assert _times("Sinds mei staat de Wendelbeek hoog.", "nl") == [("Sinds mei", "2025-05-01", "month")]
    assert _times("Het water stijgt sedert juli.", "nl") == [("sedert juli", "2025-07-01", "month")]


def test_a_month_word_without_a_prefix_and_a_date_stay_as_they_were():
    assert _times("The ferry may leave Harrowgate late.", "en") == []
    assert _times("Prices in Mayfield rose.", "en") == []
    assert _times("Nobody in May had heard of it.", "en") == []  # "in" alone may stand before a name
    # a day number after the month makes a date, which the prefix does not cover
    assert _times("The dikes have held since June 16, engineers said.", "en") == [("June 16", "2025-06-16", "day")]
    assert _times("Sinds juni 2024 staat de dijk.", "nl") == [("juni 2024", "2024-06-01", "month")]


def test_calendar_start_of_a_period():
    assert calendar_start("since May", "en") == "05-01"
    assert calendar_start("August 3", "en") == "08-03"
    assert calendar_start("12 juli", "nl") == "07-12"
    assert calendar_start("in 2004", "en") == "2004"
    assert calendar_start("October 1996", "en") == "1996-10-01"
    assert calendar_start("Tuesday", "en") == ""
    assert calendar_start("3 hours ago", "en") == ""


def _start(sentence, number, language):
    i = sentence.index(number)
    return period_start(sentence, 0, i, i + len(number), language)


def test_the_day_a_count_runs_from():
    assert _start("Officials said 815 people have died since June across Varnholt.", "815", "en") == "since:06-01"
    assert _start("Since the rains came in June, 815 people have died.", "815", "en") == "since:06-01"
    assert _start("Sinds 9 augustus kwamen 77 mensen om in Varnholt.", "77", "nl") == "since:08-09"
    assert _start("It was the worst storm since a cyclone in 2004 that killed 3,100 people.", "3,100", "en") == "since:2004"
    # a weekday names no calendar day; a month without a period word dates, it starts nothing
    assert _start("Since Tuesday 77 people have died.", "77", "en") == ""
    assert _start("In June 77 people died in Varnholt.", "77", "en") == ""
    assert _start("Since then 77 people died in June.", "77", "en") == ""


def _record(fid, value, quantity, when=PAGE, basis="article"):
    return FigureRecord(
        figure_id=fid, document_id=fid, doc_sha=f"sha{fid}", local_id=f"f{fid}", category="killed", unit=None,
        subject_key="dead", place_key="", claimant=f"outlet{fid}", claimant_key=f"outlet{fid}", publisher=f"outlet{fid}",
        low=value, high=value, refers_to=when, span=str(value), counted="dead", evidence="", event=1,
        quantity=quantity, time_basis=basis, page_time=PAGE,
    )


def _members(groups):
    return sorted(sorted(i for c in g.claims for i in c.figure_ids) for g in groups)


def test_counts_since_two_days_keep_apart_and_the_latest_is_the_toll():
    toll = _record(1, 233, "killed")
    since_aug = _record(2, 240, "killed|since:08-09")
    since_june = _record(3, 815, "killed|since:06-01")
    assert _members(group_event([toll, since_aug, since_june])) == [[1, 2], [3]]
    # alone, a count since a day is the toll
    assert _members(group_event([toll, since_june])) == [[1, 3]]
    # a count since a year runs over years: never the toll, even alone
    assert _members(group_event([toll, _record(5, 3100, "killed|since:2004")])) == [[1], [5]]
    assert _members(group_event([toll, _record(6, 3100, "killed|since:1996-10-01")])) == [[1], [6]]
    # a start that names the page's own year is a day of it: alone, the toll
    assert _members(group_event([toll, _record(7, 240, "killed|since:2025-08-09")])) == [[1, 7]]
    # the same start on two pages is one count
    assert _members(group_event([since_june, _record(4, 820, "killed|since:06-01"), since_aug])) == [[2], [3, 4]]


def test_a_month_alone_meets_the_one_day_of_that_month():
    june = _record(1, 300000, "participants", datetime(2025, 6, 1, tzinfo=UTC), "figure")
    june_20 = _record(2, 350000, "participants", datetime(2025, 6, 20, tzinfo=UTC), "figure")
    assert _members(group_event([june, june_20])) == [[1, 2]]
    # two days of June: the month alone could be either, and meets neither
    june_6 = _record(3, 90000, "participants", datetime(2025, 6, 6, tzinfo=UTC), "figure")
    assert _members(group_event([june, june_20, june_6])) == [[1], [2], [3]]
    # a day of another month stays apart
    july_20 = _record(4, 350000, "participants", datetime(2025, 7, 20, tzinfo=UTC), "figure")
    assert _members(group_event([june, july_20])) == [[1], [4]]


def test_stored_tolls_over_two_periods_keep_apart(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'periods.db'}")
    pages = {
        "a": "Floods in Varnholt\n\nThe floods in Varnholt have killed 233 people, the disaster office said on Friday.\n",
        "b": "Varnholt toll rises\n\nSince the monsoon began in June, 815 people have died in Varnholt, the disaster office said.\n",
        "c": "Varnholt floods\n\nAt least 240 people have been killed in Varnholt since August 30, officials said.\n",
    }
    for name, text in pages.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "page.txt").write_text(text, encoding="utf-8")
        ingest([str(tmp_path / name / "page.txt")], engine, fetched_at=PAGE)
    groups = [g for g in q.list_groups(engine, limit=50).items if g.quantity == "killed"]
    assert sorted(sorted(c.low for c in g.claims) for g in groups) == [[233.0, 240.0], [815.0]]
    engine.dispose()
