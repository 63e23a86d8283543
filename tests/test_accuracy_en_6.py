"""English constructions of news outside the evaluation sets that claimtrack missed or
misread (the accen12 track, round 2): every sentence here is invented for these tests."""

from __future__ import annotations

from test_accuracy_en_3 import _spans
from test_constructions_en import _statements


def test_call_with_a_characterisation_is_a_statement_but_a_name_is_not() -> None:
    # "called X 'Y'" reports the source's words (eval/README.md, as the real pages' gold)
    assert _statements('Councillor Ivo Marsh called the toll plan "daylight robbery".') == [
        ("Ivo Marsh", "called", 'the toll plan "daylight robbery"', "mixed")
    ]
    assert _statements('Mayor Ada Kell backed the move, calling it "long overdue".') == [
        ("Ada Kell", "calling", 'it "long overdue"', "mixed")
    ]
    # a passive names something: "is called X", "was called a cheat" report nothing
    assert _statements("The new tram line is called the Orla Link.") == []
    assert _statements("The coach was called a cheat by rival fans.") == []


def test_a_headline_that_ends_with_its_speaker_after_a_dash_or_colon() -> None:
    page = (
        "Tolls on the coast road will double next year - Roads Agency\n\n"
        "Drivers were angry on Thursday. The Roads Agency said the money would repair bridges."
    )
    assert _spans(page)[0] == (
        "Roads Agency", "Roads Agency", "-", "Tolls on the coast road will double next year", "indirect"
    )
    page = (
        "Grain stores will last until the rains: Mbeki-Odo\n\n"
        "KISORO - Farm minister Ruth Mbeki-Odo said the silos were full."
    )
    name, _, cue, content, _ = _spans(page)[0]
    assert (name, cue, content) == ("Ruth Mbeki-Odo", ":", "Grain stores will last until the rains")
    page = "Hospital wards to reopen by autumn — NHB\n\nNurses marched in May. The NHB said staff had been hired."
    assert _spans(page)[0][:4] == ("NHB", "NHB", "—", "Hospital wards to reopen by autumn")


def test_a_headline_that_ends_with_a_place_or_the_site_is_no_statement() -> None:
    # a place printed only after a preposition is a topic, not a speaker
    page = "Heavy frost damages the orchards - Tallow\n\nFruit growers in Tallow lost half their crop. The frost came early."
    assert _spans(page) == []
    # "- Reuters", "- BBC News": the site's name after a page title
    page = "Copper prices slip for a third week - Reuters\n\nTraders sold ahead of the holiday. Stocks were thin."
    assert _spans(page) == []
    # a headline with no dash keeps no speaker
    assert _spans("Tolls on the coast road will double next year\n\nDrivers were angry. Few paid.") == []


def test_a_body_named_with_of_keeps_its_whole_name() -> None:
    # "Bureau", "House": body nouns, so the capitalised "of" phrase goes on with the name
    text = "The Federal Bureau of Mines said coal output fell in June."
    assert _spans(text)[0][:2] == ("Federal Bureau of Mines", "The Federal Bureau of Mines")
    text = "The sitting was delayed, a spokeswoman for the House of Keys confirmed."
    assert _spans(text)[0][0] == "House of Keys"
    # a person's name with a lower-case word before an "of" place stays a name
    assert _spans("Ola Varn of Ashdale said the bridge was unsafe.")[0][0] == "Ola Varn"


def test_a_title_of_courts_and_assemblies_before_a_name_is_a_role() -> None:
    # "Advocate X", "Local MP X", "Roads MEC X": the title is no part of the name
    text = "Advocate Mira Solanki told the bench the notice was invalid."
    assert _spans(text)[0][:2] == ("Mira Solanki", "Advocate Mira Solanki")
    text = "Local MP Gareth Pryce said the depot should stay open."
    assert _spans(text)[0][:2] == ("Gareth Pryce", "Local MP Gareth Pryce")
    text = "Roads MEC Lindiwe Zulu said the bridge would reopen on Friday."
    assert _spans(text)[0][0] == "Lindiwe Zulu"
    # the Welsh "ap" inside a name joins its parts
    assert _spans("Councillor Dafydd ap Hywel said the cuts were deep.")[0][0] == "Dafydd ap Hywel"


def test_claimed_lives_or_responsibility_is_no_statement() -> None:
    # a toll or a deed after "claim": the verb reports nothing
    assert _statements("The landslide has claimed 19 lives in the hill district.") == []
    assert _statements("The typhoon claimed the lives of six divers.") == []
    assert _statements("A militia claimed responsibility for the ambush.") == []
    # a claim with a clause after it is still one
    assert _statements("Rivals claimed the ballots were lost in transit.") == [
        ("Rivals", "claimed", "the ballots were lost in transit", "indirect")
    ]


def test_an_age_word_after_an_article_names_a_speaker() -> None:
    # "The 34-year-old said", "A 61-year-old man said": the age word opens a person's phrase
    assert _statements("The 47-year-old said the ferry had been late all week.") == [
        ("47-year-old", "said", "the ferry had been late all week", "indirect")
    ]
    assert _statements("A 72-year-old farmer said the river had never risen so fast.") == [
        ("72-year-old farmer", "said", "the river had never risen so fast", "indirect")
    ]
    # an age word inside a content is no source of its own
    assert _statements("Police said a 29-year-old was held at the scene.") == [
        ("police", "said", "a 29-year-old was held at the scene", "indirect")
    ]


def test_a_capitalised_field_and_role_after_the_is_a_role_that_resolves() -> None:
    # "the Finance Minister said": the role of the minister named before, no new name
    page = (
        "Currency slides\n\nKelvar finance minister Ivo Dask is warning traders against panic. "
        "Dask said the slide would end. "
        '"We expect a rebound within weeks," the Finance Minister said.'
    )
    assert [st[:2] for st in _spans(page)] == [("Ivo Dask", "Dask"), ("Ivo Dask", "the Finance Minister")]
    # a name after the role is still the person's name; a band's name stays a name
    assert _spans("The Defense Minister Ola Varn said the drills would go on.")[0][0] == "Ola Varn"
    assert _spans("The Rolling Pins said the tour would go on.")[0][0] == "Rolling Pins"


def test_urged_someone_not_to_keeps_the_negation_in_the_content() -> None:
    # "urged X not to V": the call is not to V (read after the held-out batch)
    assert _statements("The water board has urged residents not to use hoses this week.") == [
        ("water board", "urged", "not to use hoses this week", "indirect")
    ]
    # without a negation the content still opens at the infinitive
    assert _statements("The water board has urged residents to save water this week.")[0][2] == (
        "to save water this week"
    )
