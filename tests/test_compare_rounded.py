"""A large round count printed by one outlet and the exact count printed by another are one count:
"1,1 miljoen betogers" and "1.12 million demonstrators", "11.000 doden" and "11,300 dead" (seen across
outlets on nationwide protests and a flood toll). A round number stands for half its last significant
digit either side, at most a tenth of it; small counts and unrounded ones stay exact.

And a toll that its page gives as risen ("has risen to", "is opgelopen tot"), later and higher than
another relay's count of the same day, is the count grown, not two claimants at odds (seen on an
earthquake toll relayed through the day by many outlets under several names of one ministry).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from claimtrack.compare.groups import Claim, _rounding, judge_in_time

T = datetime(2025, 2, 6, 18, 0, tzinfo=timezone.utc)


def _claim(claimant, value, fid):
    return Claim(claimant, value, value, (f"outlet{fid}",), (fid,), T, T, "", "", ())


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1_100_000, 50_000), (1_120_000, 5_000), (11_000, 500), (11_300, 50), (2_000, 200), (1_000_000, 100_000),
     (359, 0), (1_305, 0), (40, 0), (1_000.5, 0)],
)
def test_how_far_a_round_count_may_lie(value, expected):
    assert _rounding(value) == expected


@pytest.mark.parametrize(
    ("a", "b", "quarrel"),
    [
        (1_100_000, 1_120_000, False),  # one count, rounded by one outlet
        (11_000, 11_300, False),
        (2_000_000, 1_120_000, True),  # union against ministry
        (5_200, 5_500, True),  # two exact counts
        (1_000_000, 1_120_000, True),  # a tenth at most: "1 million" does not swallow 1.12 million
        (30, 40, True),  # small counts are exact
    ],
)
def test_a_rounded_count_meets_the_exact_one(a, b, quarrel):
    _, disagreements = judge_in_time([_claim("ministry", a, 1), _claim("union", b, 2)], {1: "d1", 2: "d2"}, "participants")
    assert bool(disagreements) is quarrel


def _said(claimant, value, fid, when, evidence, span):
    return Claim(claimant, value, value, (f"outlet{fid}",), (fid,), when, when, evidence, span, ())


MORNING, NIGHT = datetime(2025, 2, 6, 7, 0, tzinfo=timezone.utc), datetime(2025, 2, 6, 21, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("later", "quarrel"),
    [
        ("By nightfall the count of the dead had risen to 1,350, the ministry said.", False),  # the toll grew during the day
        ("Het dodental is opgelopen tot 1350, meldt de staatstelevisie.", False),
        ("The mayor counted 1,350 dead in the province.", False),  # later and higher: the toll's update all the same
        ("The mayor counted 1,350 dead, a figure the ministry disputed.", True),  # set against another count
    ],
)
def test_a_toll_given_as_risen_later_that_day_is_no_quarrel(later, quarrel):
    early = _said("state television", 640, 1, MORNING, "State television said 640 people died.", "640")
    span = "1,350" if "1,350" in later else "1350"
    late = _said("ministry", 1350, 2, NIGHT, later, span)
    _, disagreements = judge_in_time([early, late], {1: "d1", 2: "d2"}, "killed")
    assert bool(disagreements) is quarrel
    # at one moment two counts still quarrel, however the page words the later one
    same = _said("ministry", 1350, 2, MORNING, later, span)
    assert judge_in_time([early, same], {1: "d1", 2: "d2"}, "killed")[1]
