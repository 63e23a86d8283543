"""Parts, differences and measures are not the total they sit beside (track compare2).

Every sentence here is invented: the town of Orvanto, a storm, a march in Velmar.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from claimtrack.compare.entities import not_a_source
from claimtrack.compare.groups import Claim, FigureRecord, group_event, judge_in_time
from claimtrack.compare.quantities import quantity, refine, window_after, window_before

UTC = timezone.utc
T0 = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("stored", "span", "counted", "sentence", "expected"),
    [
        # a difference: "by N" before the number, "more"/"meer" after a bare number; and which way it goes
        ("killed", "41", None, "The toll in Orvanto was lowered by 41 after a recount.", "killed|change down"),
        ("killed", "41", None, "The toll in Orvanto has risen by 41 since Monday.", "killed|change up"),
        # "by" after no change word is no difference: "attended by", "caused by"
        ("participants", "5,000", None, "The vigil in Orvanto was attended by 5,000 people.", "participants"),
        ("participants", "hundreds of thousands", None, "Police blamed the chaos caused by hundreds of thousands in the streets.", "participants"),
        ("killed", "twee", None, "Dat zijn er twee meer dan gisteren.", "killed|change up"),
        ("killed", "three", None, "Officials named three more who drowned near the dam.", "killed|change up"),
        # a set named before: "the following", "van hen", "several"
        ("missing", "two", "sailors", "The coast guard listed the following two sailors as missing.", "missing|part"),
        ("wounded", "Drie", None, "Drie van hen liggen nog in het ziekenhuis.", "wounded|among"),
        ("killed", "several", "villagers", "Several villagers were counted twice, the inquiry found.", "killed|part"),
        # a named part of the population: a capitalised word heading what is counted
        ("killed", "four", "Norwegians", "The storm killed 58 people, among them four Norwegians.", "killed|named:norwe"),
        ("killed", "vier", "Noorse toeristen", "Onder de doden zijn vier Noorse toeristen.", "killed|named:noors"),
        # a unit inside the span: a measure, never a count of people
        ("participants", "nearly 4 miles", None, "The crowd stretched nearly 4 miles, with thousands waiting.", "measure:mile"),
        # a qualifier inside the span: a limit, not a count
        ("tractors", "maximaal 50", "tractoren", "De gemeente wilde maximaal 50 tractoren toelaten.", "tractors|permitted"),
        # nothing to sharpen: the whole count stays as it was
        ("killed", "58", "people", "The storm killed 58 people in Orvanto on Sunday.", "killed"),
        ("killed", "tussen de 40 en 45", None, "Het dodental ligt nu tussen de 40 en 45.", "killed"),
        ("killed", "35", "foreign victims", "Among the 35 foreign victims were two children.", "killed"),
    ],
)
def test_refine(stored, span, counted, sentence, expected):
    assert refine(stored, span, counted, sentence) == expected


def test_a_title_case_headline_names_no_part():
    assert refine("killed", "Six", "Fishermen", "Storm Kills Six Fishermen Off Orvanto Coast", ) == "killed"


def test_refine_keeps_its_own_result():
    once = refine("killed", "two", None, "Officials named two more who drowned.")
    assert refine(once, "two", None, "Officials named two more who drowned.") == once


@pytest.mark.parametrize(
    ("text", "number", "counted", "category", "expected"),
    [
        # the verb of the number's own clause beats a category lent by the count beside it
        ("In Velmar 60 sailors were rescued and 4 are missing.", "60", "sailors", "missing", "rescued"),
        # a bare number takes the label just before it; a dash ends its clause
        ("Nearly 1 in 5 of a population of 9 million \u2014 the largest march yet.", "9 million", None, "people", "population"),
        ("The death toll overnight stood at 44.", "44", None, "other", "killed"),
        # organisers' numbers count the crowd ("had turned out" names nothing on its own)
        ("Organisers estimated at least 80,000 people had turned out.", "80,000", "people", "people", "participants"),
        # a cap is not a count: "maximaal" names a limit
        ("De gemeente wilde maximaal 50 tractoren toelaten.", "50", "tractoren", "other", "tractors"),
    ],
)
def test_quantity_from_the_clause(text, number, counted, category, expected):
    i = text.index(number)
    end = i + len(number) + (len(counted) + 1 if counted and text[i + len(number) + 1 :].startswith(counted) else 0)
    label, quals = quantity(counted, category, "en", window_after(text, end), window_before(text, i))
    assert label == expected
    if "maximaal" in text:
        assert quals == ("permitted",)


@pytest.mark.parametrize(
    ("claimant", "expected"),
    [("gisternacht", True), ("tuesday", True), ("rotterdam", True), ("police", False), ("media", False),
     ("crisiscentrum", False), ("hospital spokesman", False)],
)
def test_places_and_time_words_are_no_sources(claimant, expected):
    assert not_a_source(claimant) is expected


def _claim(claimant, low, high, when, fid):
    return Claim(claimant, low, high, ("x.nl",), (fid,), when, when, "", "", ())


def test_a_page_that_prints_the_other_value_reports_a_revision():
    # page a: the old toll 90; page b (same day) prints both 90 and the recount 72, each by a different source
    a = _claim("ministry", 90, 90, T0, 1)
    b_old, b_new = _claim("Gisternacht", 90, 90, T0, 2), _claim(None, 72, 72, T0, 3)
    docs = {1: "a", 2: "b", 3: "b"}
    assert judge_in_time([a, b_old, b_new], docs, "killed")[1] == []
    # on one page, two sources that give 90 and 72 at one moment still disagree
    _, ds = judge_in_time([_claim("ministry", 90, 90, T0, 1), _claim("red cross", 72, 72, T0, 2)], {1: "a", 2: "a"}, "killed")
    assert [(d.value_a, d.value_b) for d in ds] == [((90, 90), (72, 72))]


def _said(claimant, value, fid, evidence):
    return Claim(claimant, value, value, ("x.nl",), (fid,), T0, T0, evidence, str(value), ())


@pytest.mark.parametrize(
    ("evidence", "docs", "quarrel"),
    [
        ("The toll rose to 30, police said.", {1: "a", 2: "a"}, False),  # the page's 24 was the way there
        ("Het dodental is opgelopen tot 30, meldt de politie.", {1: "a", 2: "a"}, False),
        ("The toll is 30, police said.", {1: "a", 2: "a"}, True),  # nothing rose: two counts at one moment
        ("The toll rose to 30, police said.", {1: "a", 2: "b"}, True),  # another page's own 24
    ],
)
def test_a_pages_own_lower_toll_beside_a_quoted_risen_one_is_its_earlier_stage(evidence, docs, quarrel):
    quoted, own = _said("police", 30, 1, evidence), _said(None, 24, 2, "Overnight the toll stood at 24.")
    assert bool(judge_in_time([quoted, own], docs, "killed")[1]) is quarrel


def test_a_dateline_city_is_not_a_second_claimant():
    # "ROTTERDAM: the toll rose to 30" and, on the same page, "overnight it stood at 24": one claimant revising
    a, b = _claim("Rotterdam", 30, 30, T0, 1), _claim(None, 24, 24, T0, 2)
    revisions, ds = judge_in_time([a, b], {1: "a", 2: "a"}, "killed")
    assert ds == [] and len(revisions) == 1


def test_differences_and_measures_are_never_disagreements():
    a, b = _claim("ministry", 41, 41, T0, 1), _claim("mayor", 12, 12, T0, 2)
    assert judge_in_time([a, b], {1: "a", 2: "b"}, "killed|change")[1] == []
    assert judge_in_time([a, b], {1: "a", 2: "b"}, "measure:mile")[1] == []


def _record(fid, doc, value, quantity_text, span, counted, sentence):
    return FigureRecord(
        figure_id=fid, document_id=doc, doc_sha=f"sha{doc}", local_id=f"f{fid}", category="killed", unit=None,
        subject_key="x", place_key="", claimant=None, claimant_key="", publisher=f"outlet{doc}", low=value, high=value,
        refers_to=T0 + timedelta(hours=doc), span=span, counted=counted, evidence=sentence, event=1, quantity=quantity_text,
    )


def test_group_event_keeps_parts_and_differences_apart_from_the_toll():
    rs = [
        _record(1, 1, 58, "killed", "58", "people", "The storm killed 58 people in Orvanto."),
        _record(2, 1, 4, "killed", "four", "Norwegians", "Among them were four Norwegians."),
        _record(3, 2, 61, "killed", "61", None, "The toll rose to 61 on Monday."),
        _record(4, 2, 3, "killed", "three", None, "Officials named three more who drowned."),
        _record(5, 3, 2, "killed", "two", "Norwegians", "Two Norwegians are among the dead, Oslo said."),
        _record(6, 3, 20, "killed", "20", None, "The toll was lowered by 20 after a recount."),
    ]
    groups = {tuple(sorted(i for c in g.claims for i in c.figure_ids)): g for g in group_event(rs)}
    # "three more" (a rise) and "lowered by 20" (a fall) are differences that never count one thing
    assert set(groups) == {(1, 3), (2, 5), (4,), (6,)}
    assert groups[(6,)].quantity == "killed" and not groups[(6,)].disagreement  # "killed|change down": no quarrel
