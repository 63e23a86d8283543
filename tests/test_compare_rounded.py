"""A large round count printed by one outlet and the exact count printed by another are one count:
"1,1 miljoen betogers" and "1.12 million demonstrators", "11.000 doden" and "11,300 dead" (seen across
outlets on nationwide protests and a flood toll). A round number stands for half its last significant
digit either side, at most a tenth of it; small counts and unrounded ones stay exact.
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
