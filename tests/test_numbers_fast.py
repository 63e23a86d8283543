"""Short cuts in reading numbers (session fig3) agree with the full readings they stand in for."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import numbers

LEFT_PIECES = [
    " ", "  ", "\n", "\u00a0", ", ", ".", "(", "-", "'", "’", "_", "İ", "ſ", "K", "x", "Het",
    "meer dan", "MEER DAN", "Meer  dan", "ruim", "zeker", "bijna", "tot", "minstens", "tussen",
    "naar schatting", "ongeveer", "zo'n", "zo’n", "ca.", "circa", "+/-", "±", "~", "€", "$", "£",
    "euro", "more than", "about", "up to", "nearly", "between", "an estimated", "some", "US$",
    "ﬁve", "12", "3,5",
]


def _plain_left(g: numbers._Grammar) -> re.Pattern[str]:
    """The bound-word pattern without its first-character lookahead."""
    look = re.search(r"\(\?=\[[^\]]*\]\)", g.left.pattern)
    assert look is not None
    return re.compile(g.left.pattern.replace(look.group(), "", 1), re.IGNORECASE)


def _found(m: re.Match[str] | None, end: int):
    """What ``_read_left`` takes from a search: nothing for no match or an empty one."""
    return None if m is None or m.start() >= end else (m.span(), m.groupdict())


@pytest.mark.parametrize("language", ["nl", "en"])
@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(LEFT_PIECES), min_size=1, max_size=12).map("".join), data=st.data())
def test_bound_words_found_as_without_the_lookahead(language, text, data) -> None:
    g = numbers._grammar(language)
    plain = _plain_left(g)
    end = data.draw(st.integers(0, len(text)))
    start = max(0, end - 60)
    assert _found(g.left.search(text, start, end), end) == _found(plain.search(text, start, end), end)


@pytest.mark.parametrize(
    "text, groups",
    [
        ("naar schatting meer dan ", {"est": "naar schatting", "bnd": "meer dan", "btw": None, "cur": None}),
        ("ZO’N € ", {"est": "ZO’N", "bnd": None, "btw": None, "cur": "€"}),
        ("tussen de ", {"est": None, "bnd": None, "btw": "tussen de", "cur": None}),
    ],
)
def test_bound_words_before_a_number(text, groups) -> None:
    m = numbers._grammar("nl").left.search(text, 0, len(text))
    assert m is not None and m.start() == 0 and m.groupdict() == groups


def test_first_characters_of_bound_words() -> None:
    assert numbers._starts_with([" x", "Y"]) == "(?=[xy])"  # keys are stripped and lower case
    assert numbers._starts_with(["'t", "Ruim"]) == "(?=['r’])"  # an apostrophe reads either
    assert numbers._starts_with([]) == ""
