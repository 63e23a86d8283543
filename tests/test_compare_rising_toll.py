"""A toll that only grows, printed higher later by another voice, is its update, not a quarrel
(claimtrack.compare.groups._grows); crowds, one moment and a set-against count stay disagreements."""

from datetime import datetime, timedelta, timezone

import pytest

from claimtrack.compare.groups import Claim, judge_in_time

DAWN = datetime(2031, 4, 3, 5, 0, tzinfo=timezone.utc)


def _claim(claimant, value, fid, when, evidence="", basis="fetched"):
    return Claim(claimant, value, value, (f"outlet{fid}",), (fid,), when, when, evidence, str(value), (), time_basis=basis)


def _pairs(claims, quantity):
    _, ds = judge_in_time(claims, {c.figure_ids[0]: f"page{c.figure_ids[0]}" for c in claims}, quantity)
    return [(d.value_a, d.value_b) for d in ds]


@pytest.mark.parametrize("quantity", ["killed", "wounded", "killed_or_wounded"])
def test_a_higher_toll_published_hours_later_by_another_voice_is_an_update(quantity):
    early = _claim("Brevik fire brigade", 17, 1, DAWN, "Seventeen bodies were recovered in Harlsund, the fire brigade said.")
    late = _claim("regional governor", 26, 2, DAWN + timedelta(hours=7), "The governor put the number of dead at 26.")
    assert _pairs([early, late], quantity) == []


def test_the_update_needs_no_word_of_rising():
    early = _claim(None, 44, 1, DAWN)
    late = _claim("coastguard", 58, 2, DAWN + timedelta(hours=3), "At least 58 are dead, the coastguard says.")
    assert _pairs([early, late], "killed") == []


def test_a_lower_toll_published_later_stays_a_disagreement():
    early = _claim("coastguard", 58, 1, DAWN)
    late = _claim(None, 44, 2, DAWN + timedelta(hours=3), "Forty-four died in the landslide.")
    assert _pairs([early, late], "killed") == [((58, 58), (44, 44))]


def test_two_tolls_at_one_moment_stay_a_disagreement():
    a = _claim("health office", 31, 1, DAWN)
    b = _claim("rescue volunteers", 39, 2, DAWN)
    assert _pairs([a, b], "killed") == [((31, 31), (39, 39))]


def test_a_day_named_without_its_hour_gives_no_order():
    # one count dated only by its day ("on Friday"), the other published that afternoon
    a = _claim(None, 12, 1, datetime(2031, 4, 3, tzinfo=timezone.utc), basis="figure")
    b = _claim("mayor", 19, 2, DAWN + timedelta(hours=10))
    assert _pairs([a, b], "killed") == [((12, 12), (19, 19))]


@pytest.mark.parametrize(
    "evidence",
    [
        "The union counts 39 dead, a number the health office disputed.",
        "Volgens de vakbond zijn er 39 doden, terwijl de gezondheidsdienst er minder telt.",
    ],
)
def test_a_later_count_set_against_the_other_stays_a_disagreement(evidence):
    early = _claim("health office", 31, 1, DAWN)
    late = _claim("union", 39, 2, DAWN + timedelta(hours=5), evidence)
    assert _pairs([early, late], "killed") == [((31, 31), (39, 39))]


def test_crowd_sizes_by_police_and_organisers_stay_a_disagreement():
    police = _claim("police", 9500, 1, DAWN, "Police estimated the march on Tollen Square at 9,500.")
    organisers = _claim("organisers", 15000, 2, DAWN + timedelta(hours=6), "The organisers spoke of 15,000 marchers.")
    assert _pairs([police, organisers], "participants") == [((15000, 15000), (9500, 9500))]
