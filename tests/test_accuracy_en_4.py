"""English constructions of news outside the evaluation sets that claimtrack missed or
misread (the accen10 track, ninth session): every sentence here is invented for these
tests."""

from __future__ import annotations

from claimtrack import extract
from test_constructions_en import _statements


def _spans(text: str) -> list[tuple[str, str, str, str, str]]:
    """(source name, source span, cue, content, kind) of each statement of a whole page."""
    x = extract(text.encode(), language="en")
    return [
        ("+".join(s.name for s in st.sources), "+".join(s.span.text for s in st.sources), st.cue.text, st.content.text, st.kind)
        for st in x.statements
    ]


def _figures(text: str) -> list[tuple[str, float | None, float | None, str | None, str, str | None]]:
    """(span, low, high, unit, category, claimant) of each figure of a whole page."""
    x = extract(text.encode(), language="en")
    return [(f.span.text, f.low, f.high, f.unit, f.category, f.source_name) for f in x.figures]


def test_an_adverbial_phrase_after_a_mid_sentence_trailing_cue() -> None:
    # "C, officials said, amid fears of C2": the phrase after the cue is no content
    text = "Divers searched the flooded quarry through the night, police said, amid warnings of more rain."
    assert _statements(text) == [("police", "said", "Divers searched the flooded quarry through the night", "indirect")]
    text = "The ferry to Orsk will sail on Friday, the operator said, despite the gale."
    assert _statements(text) == [("operator", "said", "The ferry to Orsk will sail on Friday", "indirect")]
    # a coordinated verb after the cue goes on with the first clause's subject
    text = "The count of the dead has reached 14, county officials said, but is likely to climb."
    assert _statements(text) == [("county officials", "said", "The count of the dead has reached 14", "indirect")]
    # a clause after the cue (no comma) is still the content
    assert _statements("Police said amid the smoke nobody could see the road.") == [
        ("police", "said", "amid the smoke nobody could see the road", "indirect")
    ]


def test_a_medium_phrase_with_a_date_apposition_between_commas() -> None:
    # "X, in a statement on Saturday, May 9, said C": the date's own comma is inside the medium
    text = "The harbour board, in a statement on Saturday, March 14, said the ferry would resume in May."
    assert _spans(text) == [("harbour board", "The harbour board", "said", "the ferry would resume in May", "indirect")]
    text = "The rail union, on Friday, 3 June, said the strike would go ahead."
    assert _statements(text) == [("rail union", "said", "the strike would go ahead", "indirect")]
    text = "The unit's spokesperson, Insp. Oyelu Danmole, in a statement on Sunday, August 9, said three men were held."
    assert _statements(text) == [("Oyelu Danmole", "said", "three men were held", "indirect")]
    # a number between commas that is no date stays part of the source phrase
    assert _spans("Ola Berg, Room 12, said the lift was broken.") == [
        ("Ola Berg", "Ola Berg, Room 12", "said", "the lift was broken", "indirect")
    ]


def test_more_plural_and_singular_roles_speak() -> None:
    # "Rescue workers say", "coordinator": roles news quotes often
    assert _statements("Rescue workers said the tunnel was flooded.") == [
        ("rescue workers", "said", "the tunnel was flooded", "indirect")
    ]
    assert _statements("Vineyard managers said the frost had ruined the harvest.") == [
        ("vineyard managers", "said", "the frost had ruined the harvest", "indirect")
    ]
    text = "Speaking from the capital Osterby on Tuesday, Ivo Lendrick, the UN relief coordinator, said the camps were full."
    assert _spans(text) == [
        ("Ivo Lendrick", "Ivo Lendrick, the UN relief coordinator", "said", "the camps were full", "indirect")
    ]
    # a role word used as a verb's object is no source
    assert _statements("The mine hired 40 workers last spring.") == []


def test_coordinated_roles_with_a_place_complement() -> None:
    # "X and Y in the coastal town of Z say C": the place is part of the span, not the name
    text = "Rescue workers and harbour officials in the coastal town of Brenmoor say the toll has risen to 57."
    assert _spans(text) == [
        (
            "rescue workers and harbour officials",
            "Rescue workers and harbour officials in the coastal town of Brenmoor",
            "say",
            "the toll has risen to 57",
            "indirect",
        )
    ]
    text = "Doctors and nurses in the valley said the clinic was full."
    assert _spans(text) == [("doctors and nurses", "Doctors and nurses in the valley", "said", "the clinic was full", "indirect")]
    # a plural role and a verb are still a clause, not a source ("Officers received reports")
    assert _statements("Nurses worked in the valley said to be the worst hit.") == []
