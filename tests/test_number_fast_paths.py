"""The short cuts in reading numbers give what the full reading gives.

Each short cut skips steps of :func:`claimtrack.numbers._quantity` where they are known to do
nothing: one match of the "attached" pattern stands for the multiplier, range, unit and "of
meer" matches when nothing follows a number, and a digit group is not looked up among the
idioms where no idiom pattern can match a digit. The tests read random text built from the
pieces where the two could differ, once as shipped and once with the short cut switched off.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import numbers
from claimtrack.model import Span

PIECES = [
    " ", " ", " ", "  ", "\n", ", ", ". ", "(", ")", "-", "–", "/", "'", "’", "_", "½", "İ", "ſ", "K",
    "12", "4.409", "2,5", "2024", "1,500", "3e", "F16", "06", "020", "1-2", "12-15",
    "een", "één", "one", "a", "twee", "drie", "honderd", "drieduizend", "twintig", "tientallen",
    "miljoen", "million", "bn", "procent", "percent", "%", "euro", "€", "$", "km", "cent",
    "meer dan", "more than", "zeker", "ruim", "bijna", "tot", "to", "tussen", "between", "en", "and",
    "of meer", "or more", "naar schatting", "about", "ongeveer",
    "jaar", "dagen", "years", "keer", "december", "May", "per", "op de", "in", "uit", "out of",
    "mensen", "doden", "people", "artikel", "Boeing", "straat", "pm", "p.m.", "klap", "in één klap",
    "one by one", "one of the biggest",
]

_pieces = st.lists(st.sampled_from(PIECES), min_size=1, max_size=24)
texts = st.one_of(_pieces.map("".join), _pieces.map(" ".join))  # glued, and as words


def _read(text: str, language: str) -> tuple[numbers.Quantity, ...]:
    return numbers.parse_quantities(text, Span.of(text, 0, len(text)), language, weak=True)


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=1000, deadline=None)
@given(text=texts)
def test_nothing_attached_short_cut_reads_as_the_full_reading(language, text):
    shipped = _read(text, language)
    g = numbers._grammar(language)
    always = re.compile("")  # "something may be attached": every number takes the full reading
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(numbers, "_grammar", lambda code: dataclasses.replace(g, attached=always))
        assert _read(text, language) == shipped


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_digit_groups_skip_idioms_only_where_no_idiom_holds_a_digit(language, text):
    shipped = _read(text, language)
    g = numbers._grammar(language)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(numbers, "_grammar", lambda code: dataclasses.replace(g, idioms_hold_digits=True))
        assert _read(text, language) == shipped


@pytest.mark.parametrize(
    "pattern, may",
    [
        ("in één klap", False),
        ("in acht (?:genomen|nemen)", False),
        (r"vijf\s+voor\s+twaalf", False),
        (r"a\ b", False),
        (r"one of (?:the|its) (?:\w+est|most)", True),  # \w matches a digit
        ("op 1 na", True),
        ("a.b", True),
        ("[ab]", True),
        (r"\d+ keer", True),
    ],
)
def test_which_idiom_patterns_may_match_a_digit(pattern, may):
    assert numbers._may_match_digit(pattern) is may


def test_the_dutch_idioms_hold_no_digit_and_the_english_may():
    assert numbers._grammar("nl").idioms_hold_digits is False
    assert numbers._grammar("en").idioms_hold_digits is True  # "one of the \\w+est"


@pytest.mark.parametrize(
    "language, text, want",
    [
        # nothing attached: the short cut; a unit, a multiplier, a range, "of meer": the full reading
        ("nl", "Er kwamen 300 mensen.", [("300", 300, 300, None)]),
        ("nl", "Het kost 4 miljoen euro.", [("4 miljoen euro", 4_000_000, 4_000_000, "EUR")]),
        ("nl", "Er waren 12-15 agenten.", [("12-15", 12, 15, None)]),
        ("nl", "Er kwamen 300 of meer mensen.", [("300 of meer", 300, None, None)]),
        ("nl", "Zo'n 5 procent stemde.", [("5 procent", 5, 5, "%")]),
        ("nl", "Het kost € 12 per stuk.", [("€ 12", 12, 12, "EUR")]),  # a currency before: its unit
        ("en", "It cost $40 in all.", [("$40", 40, 40, "USD")]),
        ("nl", "Hij deed het in één klap en kocht 3 huizen.", [("3", 3, 3, None)]),
    ],
)
def test_readings_around_the_short_cuts(language, text, want):
    got = [(q.span.text, q.low, q.high, q.unit) for q in _read(text, language) if not q.weak]
    assert got == want
