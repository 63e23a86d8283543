"""A crowd named only in the phrase after a number: "tens of thousands took to the streets".

The counted subject of such a figure is a verb phrase (or nothing): no word of it names a
label, but an idiom inside it does ("the streets", "de straat op", "to a standstill"). The
same words as a head noun name what is counted ("30 streets were closed"), and a street as a
place is no crowd ("420 mensen slapen op straat").
"""

from __future__ import annotations

import pytest

from claimtrack.compare.places import place_id
from claimtrack.compare.quantities import nearest_label, quantity, refine, window_after, window_before
from claimtrack.store.groups import FigureInput, key_figures


def _label(text: str, number: str, counted: str | None, category: str, language: str) -> str:
    at = text.index(number)
    end = at + len(number)
    return quantity(counted, category, language, window_after(text, end), window_before(text, at))[0]


@pytest.mark.parametrize(
    ("text", "number", "counted", "category", "language", "expected"),
    [
        ("On Sunday tens of thousands took to the streets of Varnholm.", "tens of thousands", None, "people", "en",
         "participants"),
        ("More than 40,000 people flooded the streets of the capital.", "More than 40,000", "people flooded the streets",
         "people", "en", "participants"),
        ("Thousands of farmers brought Lenmark to a standstill.", "Thousands", "farmers brought Lenmark",
         "people", "en", "participants"),
        ("Zaterdag gingen in Dorvik 12.000 mensen de straat op tegen de bezuinigingen.", "12.000", "mensen", "people",
         "nl", "participants"),
        ("Organisers say at least 9,000 had protested outside the assembly.", "at least 9,000", None, "people", "en",
         "participants"),
        ("Volgens de politie zouden 800 mensen deelnemen aan de mars.", "800", "mensen", "people", "nl", "participants"),
        ("Police said more than 6,000 people showed up at the harbour.", "more than 6,000", "people", "people", "en",
         "participants"),
        ("Organisers counted 9,000 attendees at the rally in Varnholm.", "9,000", "attendees", "people", "en", "participants"),
        # "took part" in a count, "turned out" to be something: no crowd
        ("Some 300 volunteers took part in the count.", "300", "volunteers", "people", "en", "people:volunteer"),
        # the same words as what is counted, or a street as a place: no crowd
        ("The council closed 30 streets in the old town.", "30", "streets", "other", "en", "thing:street"),
        ("Some 200 vans moved in two directions and into side streets.", "two", "directions", "other", "en",
         "thing:direction"),
        ("In Dorvik slapen zowat 420 mensen op straat of in de nachtopvang.", "420", "mensen", "people", "nl", ""),
        ("De gemeente sloot 30 straten af in het centrum.", "30", "straten", "other", "nl", "thing:straat"),
    ],
)
def test_a_crowd_named_in_the_phrase_after_the_number(text, number, counted, category, language, expected):
    assert _label(text, number, counted, category, language) == expected


@pytest.mark.parametrize(
    ("text", "number", "language", "expected"),
    [
        # a bare number after "the number of <qualifier> <label> ... rose to": the noun phrase opening its clause
        ("Meanwhile the number of foreigners killed has risen to 31, officials said.", "31", "en", ("killed", ("foreign",))),
        ("Het officiële aantal Nederlandse doden staat nu op negen.", "negen", "nl", ("killed", ("dutch",))),
        ("Het aantal Belgische overledenen is opgelopen tot zes.", "zes", "nl", ("killed", ())),
        # negatives: a qualifier of the source, not of the count; a counted subject of its own
        ("The foreign ministry said the toll rose to 31.", "31", "en", ("killed", ())),
        ("Foreign ministry officials in the capital said 31 people were killed.", "31", "en", ("killed", ())),
    ],
)
def test_qualifiers_of_the_counted_phrase_before_a_bare_number(text, number, language, expected):
    at = text.index(number)
    end = at + len(number)
    counted = "people were killed" if "people" in text else None
    category = "killed"
    assert quantity(counted, category, language, window_after(text, end), window_before(text, at)) == expected


def test_an_estimate_word_between_a_difference_word_and_its_number():
    # the span of "about 106" may leave "about" out: "by" still makes it a difference, and it fell
    assert refine("killed", "106", None, "The ministry revised the toll down by about 106 on Friday.") == "killed|change down"
    assert refine("killed", "106", None, "The ministry put the toll at about 106 on Friday.") == "killed"


def _keys(text: str, figures: list[tuple[str, str | None, str]], language: str) -> list[str]:
    """The stored quantity of each figure of an invented page: (number, counted, category) in page order."""
    rows, at = [], 0
    for k, (number, counted, category) in enumerate(figures):
        at = text.index(number, at)
        rows.append(FigureInput(k, at, at + len(number), counted, category, None, 0))
        at += len(number)
    return [k["quantity"] for k in key_figures(text, language, rows)]


def test_a_bare_number_takes_the_label_named_since_the_figure_before_it():
    text = "Bijna 9.000 huizen zijn ingestort. Het aantal doden stijgt met het uur. De teller staat nu op 412."
    assert _keys(text, [("9.000", "huizen", "other"), ("412", None, "other")], "nl") == ["houses", "killed"]
    # nothing named in between: the figure before it lends its label, as before
    text = "Er zijn 18 mensen vermist. Toen stond de teller op 23."
    assert _keys(text, [("18", "mensen", "missing"), ("23", None, "other")], "nl") == ["missing", "missing"]


def test_an_amount_never_takes_a_count_s_label():
    text = "Er vielen 31 gewonden. De provincie trekt 4 miljoen euro uit voor herstel."
    assert _keys(text, [("31", "gewonden", "wounded"), ("4 miljoen euro", None, "money")], "nl") == ["wounded", ""]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("het aantal dodelijke slachtoffers nadert de", "killed"),  # the adjective names the narrower count
        ("het aantal slachtoffers nadert de", "killed_or_wounded"),
        ("er vielen veel doden en gewonden volgens de staf zijn het er", "killed_or_wounded"),
        ("er vielen veel doden volgens de staf zijn het er", "killed"),
        ("volgens de staf zijn het er", ""),
    ],
)
def test_the_label_named_last_before_a_number(words, expected):
    assert nearest_label(words.split(), "nl")[1] == expected


def test_a_place_opening_a_sentence_keeps_its_capitalised_preposition_out():
    # "In Chicago, where organisers estimated ...": the location's preposition is capitalised
    assert place_id("In Chicago") == place_id("in Chicago") == place_id("Chicago") != ""
    # a name the gazetteer does not know keeps its own words, whatever opens the sentence
    assert place_id("Op het Malieveld") == place_id("op het Malieveld") == "name:malieveld"
    assert place_id("In Noord-Velde") == place_id("in Noord-Velde") == "name:noord velde"
    assert place_id("in Victoria Park") == "name:victoria park"  # not the city named inside it
