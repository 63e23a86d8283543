"""English constructions of real news that claimtrack missed or misread (the accen
track, sixth session): every sentence here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract
from test_constructions_en import _statements


def _figures(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    """(span, low, high, claimant) of each figure of a whole page."""
    x = extract(text.encode(), language="en")
    return [(f.span.text, f.low, f.high, f.source_name) for f in x.figures]


def test_forces_speak_as_a_body() -> None:
    assert _statements("Security forces said 12 people were detained near the dam.") == [
        ("security forces", "said", "12 people were detained near the dam", "indirect")
    ]
    assert _statements("Norland's armed forces later said it had struck four depots.") == [
        ("norland's armed forces", "said", "it had struck four depots", "indirect")
    ]


def test_an_impersonal_passive_names_no_source() -> None:
    # hearsay with a dummy subject: no one is named, no statement
    assert _statements("It is believed the ferry left Tarn before the storm.") == []
    assert _statements("It's thought the ferry left Tarn before the storm.") == []
    assert _statements("It was alleged that the harbour master lied.") == []
    assert _statements("It is estimated that 300 homes were flooded.") == []
    # the passive inside a speaker's content: only the speaker
    assert _statements("It is estimated that 300 homes were flooded, Ida Brun said.") == [
        ("Ida Brun", "said", "It is estimated that 300 homes were flooded", "indirect")
    ]
    # the active forms still speak
    assert _statements("Ida Brun believed the ferry left Tarn before the storm.") == [
        ("Ida Brun", "believed", "the ferry left Tarn before the storm", "indirect")
    ]
    assert _statements("Inspectors have estimated that 300 homes were flooded.") == [
        ("Inspectors", "estimated", "300 homes were flooded", "indirect")
    ]
    # a participle after an article is an adjective, no cue
    assert _statements("The blaze has burned an estimated 9,200 acres, according to the parks office.") == [
        ("parks office", "according to", "The blaze has burned an estimated 9,200 acres", "according_to")
    ]


def test_an_adverbial_between_commas_stands_between_the_subject_and_its_cue() -> None:
    text = "Mia Lund, at the head of the convoy, told the Tarn Courier that it was a \"calm ride for calm people\"."
    assert _statements(text) == [("Mia Lund", "told", 'it was a "calm ride for calm people"', "mixed")]
    text = "The port director, speaking after the inspection, said the quay would reopen."
    assert _statements(text) == [("port director", "said", "the quay would reopen", "indirect")]
    text = "Mia Lund, at a briefing on Monday, said the quay would reopen."
    assert _statements(text) == [("Mia Lund", "said", "the quay would reopen", "indirect")]
    # a noun phrase after an inverted cue that goes on with a verb is no trailing source
    # (before: source "the quay", content "Mia Lund, at the front of the queue")
    text = "Mia Lund, at the front of the queue, said the quay would reopen."
    assert _statements(text) == [("Mia Lund", "said", "the quay would reopen", "indirect")]
    # a trailing inverted source still is one
    assert _statements("\"The quay is closed,\" said Mia Lund.") == [("Mia Lund", "said", "The quay is closed", "direct")]
