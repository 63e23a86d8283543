"""Kinds of comparison mistakes seen on real event clusters, each shown on invented pages.

* the figure's time: day words resolved against the fetch time when a page has no
  publication time, and a claimant's value repeated in a quotation keeps the day it
  was first given (a lower count on Sunday and a higher one on Monday are a rising
  count, not two claimants at odds);
* what is counted: "seven other Norwegians" is some beyond someone named, never the
  whole count; "six of them worked at the consulate" counts the consulate's people
  among them (a part its own clause names), so it meets the consulate staff count of
  another page; a difference that rises ("three more") never counts what one that falls
  ("lowered by 40") counts.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from claimtrack.compare.groups import FigureRecord, group_event
from claimtrack.compare.times import TimedFigure, figure_times, own_time
from claimtrack.model import Span, TimeRef
from claimtrack.store.groups import FigureInput, key_figures

UTC = timezone.utc
TUESDAY = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # the fetch time of the invented pages


def _when(text: str, words: str, value: datetime | None = None) -> TimeRef:
    i = text.index(words)
    return TimeRef(Span.of(text, i, i + len(words)), value, "day", "published")


# ---------------------------------------------------------------- the figure's time


def test_day_words_are_read_against_the_fetch_time_when_nothing_was_published():
    text = "On Sunday the harbour master counted four missing sailors."
    sunday = _when(text, "Sunday")
    assert own_time(sunday, "en", TUESDAY, None) == datetime(2026, 3, 8, tzinfo=UTC)
    # a published page: the extractor resolved what it could, nothing is read again
    assert own_time(sunday, "en", TUESDAY, datetime(2026, 3, 9, 7, 0, tzinfo=UTC)) is None
    assert own_time(None, "en", TUESDAY, None) is None
    assert own_time(sunday, "xx", TUESDAY, None) is None  # no time data for the language: no time, as before
    dutch = "Zondag telde de havenmeester vier vermiste zeilers."
    assert own_time(_when(dutch, "Zondag"), "nl", TUESDAY, None) == datetime(2026, 3, 8, tzinfo=UTC)


def test_a_value_repeated_by_its_claimant_keeps_the_day_it_was_given():
    text = "Sunday, Minister Ilse Brandvik named the two Estonians who drowned."
    figures = [
        TimedFigure(_when(text, "Sunday"), "Ilse Brandvik", 2, 2, None),  # "named the two Estonians"
        TimedFigure(None, "Ilse Brandvik", 2, 2, None),  # "'we mourn two Estonian citizens', she wrote"
        TimedFigure(None, "coast guard", 2, 2, None),  # another claimant's 2: the page's time
        TimedFigure(None, "Ilse Brandvik", 3, 3, None),  # another value: the page's time
        TimedFigure(None, None, 2, 2, None),  # nobody named
    ]
    sunday = datetime(2026, 3, 8, tzinfo=UTC)
    assert figure_times(figures, "en", TUESDAY) == [sunday, sunday, TUESDAY, TUESDAY, TUESDAY]
    published = datetime(2026, 3, 9, 18, 0, tzinfo=UTC)
    dated = [TimedFigure(_when(text, "Sunday", sunday), "Ilse Brandvik", 2, 2, published),
             TimedFigure(None, "Ilse Brandvik", 2, 2, published), TimedFigure(None, "police", 5, 5, published)]
    assert figure_times(dated, "en", TUESDAY) == [sunday, sunday, published]


def _record(fid, doc, value, quantity_text, span, counted, sentence, when, claimant=None, basis="fetched"):
    return FigureRecord(
        figure_id=fid, document_id=doc, doc_sha=f"sha{doc}", local_id=f"f{fid}", category="killed", unit=None,
        subject_key="x", place_key="", claimant=claimant, claimant_key=(claimant or "").casefold(), publisher=f"outlet{doc}",
        low=value, high=value, refers_to=when, span=span, counted=counted, evidence=sentence, event=1,
        quantity=quantity_text, time_basis=basis,
    )


def _members(groups):
    return {tuple(sorted(i for c in g.claims for i in c.figure_ids)): g.disagreement for g in groups}


def test_a_lower_count_given_a_day_earlier_is_no_quarrel_with_the_higher_one():
    monday = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
    police = _record(1, 1, 5, "killed", "five", "Estonians", "The toll rose to 31, including five Estonians, police said.",
                     TUESDAY, "police")
    # the minister's "two" sits in a quotation whose day the sentence before gives
    minister = _record(2, 1, 2, "killed", "two", "Estonian citizens", "We mourn two Estonian citizens.",
                       figure_times([TimedFigure(None, "Ilse Brandvik", 2, 2, None)], "en", monday)[0], "Ilse Brandvik")
    assert _members(group_event([police, minister])) == {(1, 2): False}
    # the same two counts at one moment, by two claimants: they disagree
    same_time = _record(2, 1, 2, "killed", "two", "Estonian citizens", "We mourn two Estonian citizens.", TUESDAY, "Ilse Brandvik")
    assert _members(group_event([police, same_time])) == {(1, 2): True}


# ---------------------------------------------------------------- what is counted


def _keyed(pages: list[tuple[int, str, datetime, list[tuple[str, str | None, str]]]], language: str) -> list[FigureRecord]:
    """Records of invented pages: per page (doc, text, time, [(number, counted, category)]), keyed as the store keys them."""
    out = []
    for doc, text, when, figures in pages:
        rows, at = [], 0
        for k, (number, counted, category) in enumerate(figures):
            at = text.index(number, at)
            rows.append(FigureInput(doc * 10 + k, at, at + len(number), counted, category, None, 0))
            at += len(number)
        for r, keys in zip(rows, key_figures(text, language, rows)):
            if keys["quantity"]:
                sentence = text[text.rfind(".", 0, r.span_start) + 1 :].strip()
                out.append(_record(r.id, doc, _VALUES[text[r.span_start : r.span_end].casefold()], keys["quantity"],
                                   text[r.span_start : r.span_end], r.counted, sentence, when))
    return out


_VALUES = {"seven": 7, "six": 6, "nine": 9, "zeven": 7, "zes": 6, "negen": 9, "40": 40, "38": 38, "three": 3}


def test_staff_of_a_mission_among_the_wounded_meet_the_staff_count_of_another_page():
    day1, day6 = TUESDAY, TUESDAY + timedelta(days=5)
    pages = [
        (1, "Seven employees of the Norwegian consulate were injured in the blast.", day1, [("Seven", "employees", "people")]),
        (2, "Besides the consul, seven other Norwegians were lightly injured. Six of them worked at the consulate.",
         day6, [("seven", "other Norwegians lightly injured", "wounded"), ("Six", None, "other")]),
    ]
    records = _keyed(pages, "en")
    assert [r.quantity for r in records] == ["wounded|embassy staff", "wounded", "wounded|embassy"]
    # six of them (the consulate's people) after seven staff: a count that only grows fell back
    assert _members(group_event(records)) == {(10, 21): True, (20,): False}


def test_dutch_staff_of_a_mission_among_the_wounded():
    day1, day6 = TUESDAY, TUESDAY + timedelta(days=5)
    pages = [
        (1, "Zeven medewerkers van het consulaat raakten gewond bij de explosie.", day1, [("Zeven", "medewerkers", "people")]),
        (2, "Naast de consul raakten zeven andere Noren lichtgewond. Zes van hen werkten op het consulaat.",
         day6, [("zeven", "andere Noren lichtgewond", "wounded"), ("Zes", None, "other")]),
    ]
    records = _keyed(pages, "nl")
    assert _members(group_event(records)) == {(10, 21): True, (20,): False}


def test_four_of_them_without_a_named_part_stays_apart_from_the_whole():
    text = "Nine people were injured on the pier. Six of them are still in a coma."
    records = _keyed([(1, text, TUESDAY, [("Nine", "people", "wounded"), ("Six", None, "other")]),
                      (2, "Nine were injured on the pier, the mayor said.", TUESDAY, [("Nine", None, "wounded")])], "en")
    assert _members(group_event(records)) == {(10, 20): False, (11,): False}


def test_a_rise_and_a_fall_are_never_one_count():
    records = _keyed([
        (1, "The ministry said the toll was lowered by 40 after double counts were found.", TUESDAY, [("40", None, "killed")]),
        (2, "Er zijn 38 mensen minder omgekomen dan eerst gemeld.", TUESDAY, [("38", "mensen", "killed")]),
        (3, "Officials named three more who drowned near the weir.", TUESDAY, [("three", None, "killed")]),
    ], "en")
    assert [r.quantity for r in records] == ["killed", "killed|change", "killed"]
    groups = group_event(records)
    assert _members(groups) == {(10, 20): False, (30,): False}
    assert sorted(g.quantity for g in groups) == ["killed", "killed"]  # differences: never flagged
