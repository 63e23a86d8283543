"""Neighbours of round 1's new rules (probe14): sentences a rule of that shape could misread.
Every sentence here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract
from test_accuracy_en_3 import _figures


def test_a_count_before_a_level_noun_is_no_year() -> None:
    # "the 2014 audit" is a year, but a count reaches "the 1900 mark": it stays a figure
    assert _figures("By Tuesday the toll in Verlen had passed the 2100 mark, medics said.") == [
        ("2100", 2100, 2100, None, "killed", "medics")
    ]
    assert _figures("Ticket sales at Corrow crossed the 1950 milestone.") == [("1950", 1950, 1950, None, "other", None)]
    # the year reading next to it is unchanged
    assert _figures("The 2019 ruling set a higher threshold for Corrow.") == []


def test_a_count_before_a_street_name_and_a_plural_noun_is_no_address() -> None:
    # a number, a street name and a plural noun counts the people or things of that street
    assert _figures("Nearly 260 Quarry Road tenants signed the letter, the landlord said.")[0][:3] == (
        "Nearly 260", None, 260
    )
    assert _figures("Police closed 35 Market Lane stalls on Friday.")[0][:3] == ("35", 35, 35)
    # a house number stays an address (round 1's rule)
    assert _figures("The blaze at 35 Market Lane was put out at dawn.") == []
    assert _figures("Firefighters were called to 9 Tolmer Road, where two people were hurt.") == [
        ("two", 2, 2, None, "wounded", None)
    ]


def _nl_sources(text: str) -> list[tuple[str, str]]:
    """(name, type) of each statement's first source on a Dutch page."""
    x = extract(text.encode(), language="nl")
    return [(s.sources[0].name, s.sources[0].type) for s in x.statements if s.sources]


def test_schepen_as_ships_is_no_role() -> None:
    # the plural of "schip" stays a thing; the alderman reading needs a name, a portfolio or "een"
    assert _nl_sources("Storm\nDe schepen van de kustwacht rapporteerden dat de golven hoog stonden.") == [
        ("schepen van de kustwacht", "OTHER")
    ]
    assert _nl_sources("Storm\nNiemand raakte gewond, melden de schepen.") == [("schepen", "OTHER")]
    assert _nl_sources("Storm\nVolgens de schepen is het kanaal weer vrij.") == [("schepen", "OTHER")]


def test_schepen_before_a_name_or_portfolio_is_the_alderman() -> None:
    assert _nl_sources("Markt\nSchepen Wout Claes zegt dat de kermis blijft.") == [("Wout Claes", "PER")]
    assert _nl_sources("Markt\nDe kermis blijft op het plein, zegt schepen Van Damme.") == [("Van Damme", "PER")]
    assert _nl_sources("Markt\nDe kermis blijft, zegt de schepen van Economie.") == [
        ("schepen van Economie", "PER")
    ]
    assert _nl_sources("Markt\nEen schepen uit Hasselt zegt dat de kermis blijft.") == [("schepen", "PER")]
