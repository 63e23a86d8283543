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
    assert _statements("Norland's armed forces later said they had hit two bridges.") == [
        ("norland's armed forces", "said", "they had hit two bridges", "indirect")
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


def test_a_converted_measure_in_brackets_keeps_the_bound() -> None:
    text = "Gusts of up to 180 kilometers per hour (112 mph) hit the Tarn coast on Friday."
    assert _figures(text) == [("up to 180 kilometers per hour", None, 180, None), ("112 mph", None, 112, None)]
    text = "The river rose more than 4 meters (13 feet) in Ulm."
    assert [f[:3] for f in _figures(text)] == [("more than 4 meters", 4, None), ("13", 13, None)]
    # an exact measure and its conversion stay exact; a share is never converted
    assert [f[:3] for f in _figures("The dyke held over 40 km (25 miles) of coast.")] == [
        ("over 40 km", 40, None), ("25 miles", 25, None)
    ]
    assert [f[:3] for f in _figures("About 40 km (25 miles) of road were shut.")] == [
        ("40 km", 40, 40), ("25 miles", 25, 25)
    ]
    assert [f[:3] for f in _figures("Rents rose by up to 12% (EUR 300) a year.")] == [
        ("up to 12%", None, 12), ("EUR 300", 300, 300)
    ]


def test_a_least_is_at_least() -> None:
    text = "A least 17 people died when the ferry sank, the coastguard said."
    assert _figures(text) == [("A least 17", 17, None, "coastguard")]


def test_an_outlet_quotes_a_speaker_as_saying() -> None:
    text = "Tarn radio quoted the harbour mayor as saying that 40 homes were lost."
    assert _statements(text) == [("harbour mayor", "quoted", "40 homes were lost", "indirect")]
    text = "The Courier quoted a senior police official saying the road was cut."
    assert _statements(text) == [("senior police official", "quoted", "the road was cut", "indirect")]
    # a quoted pronoun has no name of its own: the outlet is the source
    text = "\"The whole street shook for a minute,\" the news agency quoted her as saying."
    assert _statements(text) == [("news agency", "quoted", "The whole street shook for a minute", "direct")]
    # a passive: its subject speaks
    assert _statements("\"The dyke held,\" she was quoted as saying.") == [("she", "quoted", "The dyke held", "direct")]
    # the outlet is kept as the medium of a named speaker
    st = extract("Nordpress quoted Lin Wei as saying the road was cut.".encode(), language="en").statements
    assert [(s.sources[0].name, s.content.text, s.medium.text if s.medium else None) for s in st] == [
        ("Lin Wei", "the road was cut", "Nordpress")
    ]
    # no participle after the object: no statement
    assert _statements("The mayor quoted an old poem at the opening.") == []
    # a quotation cut off after the cue sentence does not become its content
    text = "\"We slept in the car,\" the agency quoted her as saying. \"Now we have"
    assert _statements(text)[0] == ("agency", "quoted", "We slept in the car", "direct")


def test_a_measurement_put_at_a_count() -> None:
    text = "Although local officials called it a 6.4 quake, the survey office recorded it at magnitude 5.7."
    assert _statements(text) == [
        ("local officials", "called", "it a 6.4 quake", "indirect"),
        ("survey office", "recorded", "it at magnitude 5.7", "indirect"),
    ]
    assert _statements("The institute measured the tremor at 6.1.") == [
        ("institute", "measured", "the tremor at 6.1", "indirect")
    ]
    # no count after the particle: a record, no estimate
    assert _statements("The ministry recorded 40 new cases at the border.") == []
    assert _statements("Wardens recorded at least 40 incidents at the stadium.") == []
    assert _statements("Police put at least 40 people in cells.") == []
    assert _statements("Police put the crowd at 4,000.") == [("police", "put", "the crowd at 4,000", "indirect")]


def test_a_document_names_who_issued_it() -> None:
    # the sentence's subject issued the document the participle reports from
    text = "The port authority released a statement saying 12 crew had been rescued."
    assert _statements(text) == [("port authority", "saying", "12 crew had been rescued", "indirect")]
    # a "from"/"by" phrase after the document noun speaks
    text = "Analysts were still checking a statement from the Tarn Front saying its leader had been hurt."
    assert _statements(text) == [("Tarn Front", "saying", "its leader had been hurt", "indirect")]
    text = "The ferries will stop in May, according to a letter from the harbour board."
    assert _statements(text) == [("harbour board", "according to", "The ferries will stop in May", "according_to")]
    text = "According to a notice by the council, the pool will close."
    assert _statements(text) == [("council", "According to", "the pool will close", "according_to")]
    # a document with no one named: no source, no statement
    assert _statements("A statement saying the dam broke was posted online.") == []
    assert _statements("According to a letter, the pool will close.") == []


def test_a_document_from_a_body_as_subject_names_the_body() -> None:
    text = "A statement from Tarn police said the road was shut."
    assert _statements(text) == [("Tarn police", "said", "the road was shut", "indirect")]
    text = "On Monday a seemingly genuine announcement from the Ostmark Front said a new leader had been chosen."
    assert _statements(text) == [("Ostmark Front", "said", "a new leader had been chosen", "indirect")]
    # a person from a place stays the person
    assert _statements("A man from Tarn said the bridge fell down.") == [("man", "said", "the bridge fell down", "indirect")]


def test_a_nominal_cue_after_a_possessor() -> None:
    text = "Ada Hale, the party's finance spokeswoman, has hit back at Greens claims that the Liberals buried £7bn of costs."
    assert _statements(text) == [("Greens", "claims", "the Liberals buried £7bn of costs", "indirect")]
    assert _figures(text) == [("£7bn", 7000000000, 7000000000, "Greens")]
    text = "Hale questioned Norland's claim that the ferry was unsafe."
    assert _statements(text) == [("Norland", "claim", "the ferry was unsafe", "indirect")]
    text = "The march came in response to Ostmark’s call for Tarn to end the strikes."
    assert _statements(text) == [("Ostmark", "call", "for Tarn to end the strikes", "indirect")]
    # a name that opens the clause is the verb's subject
    assert _statements("Labour claims that the tax is too high.") == [("Labour", "claims", "the tax is too high", "indirect")]


def test_a_hedge_in_a_title_line_reports_nothing() -> None:
    page = "Quake in Tarn\nAt least 75 reportedly killed in Tarn quake 0:33\nThe quake hit at night, officials said."
    st = extract(page.encode(), language="en").statements
    assert [(s.cue.text, s.content.text) for s in st] == [("said", "The quake hit at night")]
    # in a sentence of the body the hedge stays a sourceless statement
    assert _statements("Rebels reportedly fired 70 rockets at the town.") == [
        ("", "reportedly", "Rebels reportedly fired 70 rockets at the town", "according_to")
    ]


def test_a_place_before_a_headline_colon_is_its_topic() -> None:
    page = "Norland: Storm leaves 40,000 homes without power\nThe storm hit the coast on Friday."
    assert extract(page.encode(), language="en").statements == ()
    # a quotation after the colon is the place's own words; a body that is no place speaks
    assert _statements('Norland: "We will not pay"') == [("Norland", ":", "We will not pay", "direct")]
    assert _statements("Kremlin: troops will stay in the region") == [
        ("Kremlin", ":", "troops will stay in the region", "indirect")
    ]


def test_they_takes_the_bodies_that_open_an_earlier_clause() -> None:
    text = "- Council and police will not block the parade, although they note the delays caused by hundreds of thousands in the old town"
    st = extract(text.encode(), language="en").statements
    assert [(s.sources[0].name, s.sources[0].span.text) for s in st] == [("council and police", "they")]
    assert _figures(text) == [("hundreds of thousands", 200000, 999999, "council and police")]
    # a counted plural noun before a complement is no group ("Three nights of ...")
    text = "Three nights of calm ended on Monday. They said 400 homes were lost."
    assert [s.sources[0].name for s in extract(text.encode(), language="en").statements] == ["They"]


def test_a_denial_whose_object_names_a_claim() -> None:
    assert _statements("Greens dismiss £12bn hidden spending claim") == [
        ("Greens", "dismiss", "£12bn hidden spending claim", "indirect")
    ]
    assert _statements("The mayor dismissed claims that the dam was unsafe.") == [
        ("mayor", "dismissed", "claims that the dam was unsafe", "indirect")
    ]
    # the claim noun's own possessor is the nested source
    assert _statements("Hale rejected Norland's claim that the ferry was unsafe.") == [
        ("Hale", "rejected", "Norland's claim that the ferry was unsafe", "indirect"),
        ("Norland", "claim", "the ferry was unsafe", "indirect"),
    ]
    # no claim in the object: no cue
    assert _statements("The club dismissed its coach on Monday after a run of defeats.") == []
    assert _statements("The council rejected the offer from the builders on Friday.") == []


def test_users_and_crowds_speak() -> None:
    text = "Before the march, users of the NorthBoard forum stated that the goal was a calm protest."
    assert _statements(text) == [
        ("users of the NorthBoard forum", "stated", "the goal was a calm protest", "indirect")
    ]
    text = 'The crowd moved toward the square in the rain, shouting, "People of Tarn, keep going."'
    assert _statements(text) == [("crowd", "shouting", "People of Tarn, keep going", "direct")]
    assert _statements('Marchers walked to the hall, chanting "No more cuts".') == [
        ("Marchers", "chanting", "No more cuts", "direct")
    ]
    assert _statements("The crowd cheered when the band came on stage.") == []


def test_a_name_and_its_role_apposition_before_the_cue() -> None:
    text = '"Nine people are still missing," Ola Berg, spokesman for the Tarn Rescue Agency, said in a statement Monday.'
    assert _statements(text) == [("Ola Berg", "said", "Nine people are still missing", "direct")]
    text = "\"We will rebuild,\" Ida Brun, the region's governor, said."
    assert _statements(text) == [("Ida Brun", "said", "We will rebuild", "direct")]
    # a name with a possessive role opens the sentence; a trailing cue after it keeps the whole clause
    text = "Ida Brun, Tarn's home minister, told reporters that the toll rose to 40, the Courier reported."
    assert _statements(text) == [
        ("Ida Brun", "told", "the toll rose to 40", "indirect"),
        ("Courier", "reported", "Ida Brun, Tarn's home minister, told reporters that the toll rose to 40", "indirect"),
    ]
    # a list of names stays a list
    assert [x[0] for x in _statements("Ada Fenn, Bo Lind and Cy Moss said the plan failed badly.")] == [
        "Ada Fenn+Bo Lind+Cy Moss"
    ]


def test_an_absolute_with_clause_and_a_hedged_verb() -> None:
    text = "The death toll from the floods has risen to 26, an official said Monday, with at least 11 people still missing."
    assert _statements(text) == [("official", "said", "The death toll from the floods has risen to 26", "indirect")]
    # "reportedly" before a verb cue hedges that verb: no sourceless statement of its own
    text = "During his visit to the coast, President Ola Berg reportedly said that this was the worst storm in decades."
    assert _statements(text) == [("Ola Berg", "said", "this was the worst storm in decades", "indirect")]


def test_an_organisation_name_with_inner_lower_case_words() -> None:
    text = "The Institute for Harbour Studies says around 1.3 million more people will pay."
    assert _statements(text)[0][:2] == ("Institute for Harbour Studies", "says")
    text = "Flu cases nearly doubled, the Centers for Fever Control and Prevention said Friday."
    assert _statements(text)[0][:2] == ("Centers for Fever Control and Prevention", "said")
    text = "Fees rose by 4 percent, the Committee to Protect Ferrymen said."
    assert _statements(text)[0][:2] == ("Committee to Protect Ferrymen", "said")
    # two bodies stay two
    text = "The Institute for Harbour Studies and the Tarn Foundation said fees rose by 4 percent."
    assert [x[0] for x in _statements(text)] == ["Institute for Harbour Studies+Tarn Foundation"]


def test_according_to_a_source_with_unknown_modifiers_or_a_possessor() -> None:
    text = "Two people were taken to hospital, according to coast guard spokeswoman Ida Brun."
    assert _statements(text) == [("Ida Brun", "according to", "Two people were taken to hospital", "according_to")]
    text = "About 20 runners have been treated for heat, according to the town's fire department."
    assert _statements(text) == [
        ("town's fire department", "according to", "About 20 runners have been treated for heat", "according_to")
    ]
    assert _statements("According to a letter, the pool will close.") == []


def test_a_fronted_adverbial_without_its_comma_leaves_the_subject_before_the_cue() -> None:
    # English keeps subject-verb order after a fronted time or place phrase
    assert _statements("On Tuesday the port authority said the quay would reopen.") == [
        ("port authority", "said", "the quay would reopen", "indirect")
    ]
    assert _statements("At a briefing on Friday Ida Brun of the water board said two pumps had failed.") == [
        ("Ida Brun", "said", "two pumps had failed", "indirect")
    ]
    assert _statements("In Harlow the Green Party said the vote was lost.") == [
        ("Green Party", "said", "the vote was lost", "indirect")
    ]
    # the comma form reads as before
    assert _statements("On Tuesday, the port authority said the quay would reopen.") == [
        ("port authority", "said", "the quay would reopen", "indirect")
    ]
    # the phrase must fill the rest: a clause inside the adverbial gives no source of its own
    assert _statements("In the hall where the ferry stopped the mayor said the quay was safe.") == [
        ("mayor", "said", "the quay was safe", "indirect")
    ]


def test_an_unnamed_spokesperson_does_not_speak_for_the_medium_of_an_interview() -> None:
    # the last organisation named was only where someone spoke: no employer in sight
    text = "Ola Berg spoke to Reuters on Monday. A spokesman said the quay would reopen."
    assert _statements(text) == [("spokesman", "said", "the quay would reopen", "indirect")]
    # a body named before still employs the spokesperson
    text = "The Harbour Board met on Monday. A spokesman said the quay would reopen."
    assert _statements(text) == [("Harbour Board", "said", "the quay would reopen", "indirect")]
