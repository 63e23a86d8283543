"""English constructions of real news that claimtrack missed (the acc track): every
sentence here is invented for these tests."""

from __future__ import annotations

from test_constructions_en import _statements


def test_a_named_television_station_reports_a_count() -> None:
    text = "Vaaland's private Fjell television reported a flood toll of more than 1,300 along the coast."
    assert _statements(text) == [
        ("Fjell television", "reported", "a flood toll of more than 1,300 along the coast", "indirect")
    ]
    assert _statements("The Fjord tabloid reported that 40 people died.") == [
        ("Fjord tabloid", "reported", "40 people died", "indirect")
    ]


def test_three_word_compounds_are_headed_by_their_listed_noun() -> None:
    text = "The dam held overnight, according to the state water department."
    assert _statements(text) == [("state water department", "according to", "The dam held overnight", "according_to")]
    text = "Turnout reached 61%, according to the county clerk."
    assert _statements(text) == [("county clerk", "according to", "Turnout reached 61%", "according_to")]


def test_plural_bodies_speak() -> None:
    assert _statements("Relief agencies say supplies cover less than half of needs.") == [
        ("relief agencies", "say", "supplies cover less than half of needs", "indirect")
    ]


def test_a_place_phrase_after_a_trailing_cue_is_no_content() -> None:
    text = '"We want a fair deal," union leader Rosa Quint said at a rally outside the town hall.'
    assert _statements(text) == [("Rosa Quint", "said", "We want a fair deal", "direct")]
    text = "“We lost, and I accept it,” he told volunteers at the Harbour Inn."
    assert _statements(text) == [("he", "told", "We lost, and I accept it", "direct")]
    text = "The ferry will sail again in June, the mayor said at a news conference in the town hall."
    assert _statements(text) == [("mayor", "said", "The ferry will sail again in June", "indirect")]


def test_a_clause_after_the_cue_still_is_one() -> None:
    assert _statements("Organizers said at least 9,000 people marched.") == [
        ("organizers", "said", "at least 9,000 people marched", "indirect")
    ]
    text = "Regional officials said at a briefing on Monday in Tarn that 31 homes were lost."
    # the phrases before "that" are the cue's frame (a bare "on Monday" too), not content
    assert _statements(text) == [("Regional officials", "said", "31 homes were lost", "indirect")]
    assert _statements("Rosa Quint said at a rally outside the town hall.") == []
