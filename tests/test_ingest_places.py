"""One scan for a page's places and its lead's (compare.places.places_in_and_lead): exactly the two scans it replaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.compare.places import places_in, places_in_and_lead


def _ids(places) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.id for p in places]


def test_a_name_the_lead_cuts_is_what_the_cut_lead_reads() -> None:
    text = "Brand in Gentbrugge en New York"
    lead = text.index("Gentbrugge") + 4  # the lead ends inside the word: it reads "Gent"
    everywhere, first = places_in_and_lead(text, lead)
    assert _ids(everywhere) == _ids(places_in(text)) == ["geo:2797652", "geo:5128581"]
    assert _ids(first) == _ids(places_in(text[:lead])) == ["geo:2797656"]


def test_a_run_of_words_across_the_lead_s_end_is_read_as_the_lead_reads_it() -> None:
    text = "Storm bij Den Haag, later bij New York."
    lead = text.index("Haag") + 2  # "Den Ha": no place; the whole text: Den Haag
    everywhere, first = places_in_and_lead(text, lead)
    assert _ids(everywhere) == ["geo:2747373", "geo:5128581"] and first == places_in(text[:lead]) == []
    lead = text.index("York") + 4  # "New York" whole in the lead
    assert places_in_and_lead(text, lead) == (places_in(text), places_in(text[:lead]))
    assert _ids(places_in_and_lead(text, text.index("York"))[1]) == ["geo:2747373"]  # "New " alone names nothing


WORDS = ["Den", "Haag", "New", "York", "Gentbrugge", "Sint", "Niklaas", "PARIJS", "Parijs", "in", "en", "de", "Velmar", "12", ",", "Noord"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.integers(0, 250), st.sampled_from([1, 2, 3]))
def test_one_scan_gives_what_the_two_scans_give(words: list[str], lead: int, max_words: int) -> None:
    text = " ".join(words)
    assert places_in_and_lead(text, lead, max_words) == (places_in(text, max_words), places_in(text[:lead], max_words))
