"""English constructions of news outside the evaluation sets that claimtrack missed or
misread (the accen9 track, eighth session): every sentence here is invented for these
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


def test_a_lower_case_title_before_a_role_and_a_name() -> None:
    # "fire chief Tom Hale": a compound of lower-case nouns with no article before the role
    text = '"We expect the number to go up," said county fire chief Ola Varn at a briefing on Tuesday.'
    assert _statements(text) == [("Ola Varn", "said", "We expect the number to go up", "direct")]
    text = '"Nobody slept," said Bramford harbour district chief Ada Kell, adding: "We will stay."'
    assert _statements(text) == [
        ("Ada Kell", "said", "Nobody slept", "direct"),
        ("Ada Kell", "adding", "We will stay", "direct"),
    ]
    text = '"The night was long," Tarn de Vos\'s civil defence head Ivo Mert said.'
    assert _statements(text) == [("Ivo Mert", "said", "The night was long", "direct")]
    text = "Rainfall doubled in March, according to county water board program manager Lia Dorn."
    assert _statements(text) == [("Lia Dorn", "according to", "Rainfall doubled in March", "according_to")]
    # no role between the lower-case words and the name: no title (no statement before either)
    assert _statements('"Nobody slept," said county fire Ada Kell.') == []


def test_one_opens_a_source_phrase() -> None:
    text = '"We lost the barn," said one farmer, Ivo Mert.'
    assert _spans(text) == [("Ivo Mert", "one farmer, Ivo Mert", "said", "We lost the barn", "direct")]
    assert _statements("One witness said the van did not stop.") == [
        ("witness", "said", "the van did not stop", "indirect")
    ]


def test_a_role_apposition_before_a_continuation() -> None:
    # "..., the head of civil defence, adding that C2": the apposition ends at the comma
    # before the continuation, and the continuation goes on with the named source
    text = "Nine bodies were found, said Col. Ivo Mert, the head of civil defence, adding that the search went on."
    assert _statements(text) == [
        ("Ivo Mert", "said", "Nine bodies were found", "indirect"),
        ("Ivo Mert", "adding", "the search went on", "indirect"),
    ]
    # before: no "said" statement, and "adding" spoke for the phrase before its comma
    text = "Nine bodies were found, said Ivo Mert, the region's head of civil defence, adding that the search went on."
    assert _statements(text) == [
        ("Ivo Mert", "said", "Nine bodies were found", "indirect"),
        ("Ivo Mert", "adding", "the search went on", "indirect"),
    ]
    # a finite "added" after a comma keeps its own subject
    assert _statements("The dyke held, and the mayor added that the search went on.") == [
        ("mayor", "added", "the search went on", "indirect")
    ]


def test_a_figure_after_a_verb_of_change_is_its_subjects_value() -> None:
    # the subject's event phrase stands far before the figure
    text = "The death toll from last week's mud slide in the hill town of Varn Creek climbed to 48 on Monday."
    assert [f[:5] for f in _figures(text)] == [("48", 48, 48, None, "killed")]
    text = "The number of people still unaccounted for after the storm in the lower valley stood at 176."
    assert [f[:5] for f in _figures(text)] == [("176", 176, 176, None, "missing")]
    # the second value of "rose from A to B" takes the first one's category
    text = "The confirmed death toll from the huge mud slide near Varn rose from 18 to 23 on Sunday."
    assert [f[:5] for f in _figures(text)] == [("18", 18, 18, None, "killed"), ("23", 23, 23, None, "killed")]
    # before: the event after the figure won ("missing")
    text = "The death toll from the heavy rains in the west of the country has risen to 60 and seven others are missing."
    assert [f[:5] for f in _figures(text)] == [("60", 60, 60, None, "killed"), ("seven", 7, 7, None, "missing")]
    # no verb of change right before the figure: the subject gives nothing
    text = "The death toll from the heavy rains in the west of the country was published with 60 pages."
    assert [f[:5] for f in _figures(text)] == [("60", 60, 60, None, "other")]


def test_a_spokesperson_speaks_for_the_body_named_before_or_after_the_role() -> None:
    # before: the last organisation named (a court, a hospital), or the role alone
    page = "Dam holds\n\nThe Varn district court met on Monday. A Tarn Water Board spokesman said the dam held.\n"
    assert _spans(page) == [("Tarn Water Board", "A Tarn Water Board spokesman", "said", "the dam held", "indirect")]
    page = "Dam holds\n\nThe Varn district court met on Monday. A TWB spokesperson said the dam held.\n"
    assert _spans(page)[0][:2] == ("TWB", "A TWB spokesperson")
    page = "Dam holds\n\nThe Varn district court met on Monday. A presidential spokesman said the dam held.\n"
    assert _spans(page)[0][:2] == ("presidency", "A presidential spokesman")
    page = (
        "Dam holds\n\nThe Varn district court met on Monday. A spokesman for the Tarn Water Board said the dam held. "
        '"It held," said a spokeswoman for the Varn Rescue Agency. "It held," a spokesman for the Tarn Water Board said.\n'
    )
    assert [s[:2] for s in _spans(page)] == [
        ("Tarn Water Board", "A spokesman for the Tarn Water Board"),
        ("Varn Rescue Agency", "a spokeswoman for the Varn Rescue Agency"),
        ("Tarn Water Board", "a spokesman for the Tarn Water Board"),
    ]
    # an adjective that names no body leaves the older rule: the last body named
    page = "Dam holds\n\nThe Varn district court met on Monday. A senior spokesman said the dam held.\n"
    assert _spans(page)[0][:2] == ("court", "A senior spokesman")


def test_irish_police_and_the_force_speak_as_bodies() -> None:
    page = (
        "Man hurt in Varn\n\nGardaí said a man was taken to hospital. He was treated at Varn General Hospital. "
        "A spokesperson said the scene was sealed off.\n"
    )
    assert [s[0] for s in _spans(page)] == ["gardaí", "gardaí"]
    page = (
        "Man charged in Varn\n\nThe force confirmed that a man was charged. He appears at Varn Crown Court on Monday. "
        "A spokesperson said residents had been patient.\n"
    )
    assert [s[0] for s in _spans(page)] == ["force", "force"]


def test_a_time_demonstrative_opens_a_fronted_adverbial() -> None:
    # "that" before a frame word ("that day") is no complementiser
    assert _statements("Later that day the port director told reporters that the quay would stay shut.") == [
        ("port director", "told", "the quay would stay shut", "indirect")
    ]
    assert _statements("That morning the port director said the quay would stay shut.") == [
        ("port director", "said", "the quay would stay shut", "indirect")
    ]
    # a demonstrative with no cue after it reports nothing
    assert _statements("Later that day the port director closed the quay.") == []


def test_an_organisation_pronoun_after_a_fronted_adverbial() -> None:
    page = "Quay shut\n\nThe Varn Port Authority closed the quay on Sunday. On Monday it said 15 ships were waiting.\n"
    assert _spans(page) == [("Varn Port Authority", "it", "said", "15 ships were waiting", "indirect")]


def test_a_relative_pronoun_and_auxiliaries_before_the_cue() -> None:
    text = "The numbers were given by harbour officials, who have said that more than 300 ships are waiting."
    assert _statements(text) == [("officials", "said", "more than 300 ships are waiting", "indirect")]
    text = "The numbers came from the port authority, which has repeatedly said that the quay is safe."
    assert _statements(text) == [("port authority", "said", "the quay is safe", "indirect")]
    # no comma before the relative pronoun: a restrictive clause, no antecedent read
    assert _statements("The officials who have said that the quay is safe were wrong.") == []


def test_a_participle_adjective_and_a_quantity_are_no_speakers() -> None:
    # "confirmed" before a noun is an adjective after a singular role with no article
    assert _statements("Official confirmed deaths stood at 42 on Tuesday.") == []
    assert _statements("The number confirmed dead has hit 21, county officials said.") == [
        ("county officials", "said", "The number confirmed dead has hit 21", "indirect")
    ]
    # a plural role or one with an article still speaks
    assert _statements("Officials confirmed deaths stood at 42 on Tuesday.") == [
        ("officials", "confirmed", "deaths stood at 42 on Tuesday", "indirect")
    ]
    assert _statements("The official confirmed deaths stood at 42 on Tuesday.") == [
        ("official", "confirmed", "deaths stood at 42 on Tuesday", "indirect")
    ]


def test_a_fronted_according_to_ends_at_its_comma() -> None:
    # before: "Varn Police, the crash" was read as a name with its apposition
    assert _spans("Crash\n\nAccording to Varn Police, the crash happened near the bridge.\n") == [
        ("Varn Police", "Varn Police", "According to", "the crash happened near the bridge", "according_to")
    ]
    assert _statements("According to investigators, the first officer found the driver in the road.") == [
        ("investigators", "According to", "the first officer found the driver in the road", "according_to")
    ]
    # an apposition closed by its comma stays with the name
    assert _spans("Crash\n\nAccording to Ida Brun, a nurse, the crash happened near the bridge.\n") == [
        ("Ida Brun", "Ida Brun, a nurse", "According to", "the crash happened near the bridge", "according_to")
    ]


def test_indian_english_money_and_counts() -> None:
    text = "The state will spend Rs 894 crore on roads, the minister said."
    assert _figures(text) == [("Rs 894 crore", 8940000000, 8940000000, "INR", "money", "minister")]
    text = "The plan costs ₹1,200 crore. Rs. 45 lakh in cash was seized. The centre has invested Rs 5 lakh crore."
    assert [f[:5] for f in _figures(text)] == [
        ("₹1,200 crore", 12000000000, 12000000000, "INR", "money"),
        ("Rs. 45 lakh", 4500000, 4500000, "INR", "money"),
        ("Rs 5 lakh crore", 5000000000000, 5000000000000, "INR", "money"),
    ]
    assert [f[:5] for f in _figures("About 3 lakh people were evacuated.")] == [("3 lakh", 300000, 300000, None, "displaced")]
    # "Rs" needs a number after it; a name that ends a sentence is no currency
    assert _figures("He met Rs. The talks went on.") == []


def test_measures_in_american_spelling_and_tonnes() -> None:
    text = "Parts of Varn got nearly 26 centimeters of rain; the dam held 13 million cubic meters; 1.5 lakh metric tonnes of grain."
    assert [f[:5] for f in _figures(text)] == [
        ("nearly 26 centimeters", None, 26, "cm", "other"),
        ("13 million cubic meters", 13000000, 13000000, "m3", "other"),
        ("1.5 lakh metric tonnes", 150000, 150000, "t", "other"),
    ]


def test_a_subject_with_its_name_between_commas_is_no_content() -> None:
    # before: "confirmed the arrest" was read as an inverted trailing cue with source "the arrest"
    text = "The spokesperson for the Command, Ola Varn, confirmed the arrest in a statement."
    assert [s[0] for s in _statements(text)] == ["Ola Varn"]
    # a content that is a clause still comes first
    text = "The suspects fled the scene, said Ola Varn."
    assert _statements(text) == [("Ola Varn", "said", "The suspects fled the scene", "indirect")]


def test_more_english_cue_verbs() -> None:
    assert _statements("It was only Rs 5,000 crore, he pointed out.") == [
        ("he", "pointed", "It was only Rs 5,000 crore", "indirect")
    ]
    assert _statements("The minister pointed out that the bridge was closed.") == [
        ("minister", "pointed", "the bridge was closed", "indirect")
    ]
    assert _statements("Ola Varn informed that the budget had grown.") == [
        ("Ola Varn", "informed", "the budget had grown", "indirect")
    ]
    assert _statements("Ola Varn revealed that 300 families had left.") == [
        ("Ola Varn", "revealed", "300 families had left", "indirect")
    ]
    assert _statements("Ola Varn asserted that the plan was legal.") == [
        ("Ola Varn", "asserted", "the plan was legal", "indirect")
    ]
    # "informed them about X" and "pointed at the river" report no claim
    assert _statements("The hospital informed them about the deaths.") == []
    assert _statements("Ola Varn pointed at the river.") == []


def test_a_participle_cue_as_an_adjective_or_a_bare_passive() -> None:
    # a participle after an article or a preposition describes a noun
    assert _statements("The court heard the alleged victim give evidence.") == []
    assert _statements("Ten of the reported cases were in Varn.") == []
    # a passive without its auxiliary reports hearsay ("alleged to have")
    assert _statements("Police arrested two suspects alleged to have attacked drivers.") == []
    # the finite verb still speaks
    assert _statements("Ola Varn alleged that the suspects had attacked drivers.") == [
        ("Ola Varn", "alleged", "the suspects had attacked drivers", "indirect")
    ]


def test_sources_speak() -> None:
    assert _statements("Security sources told the Tarn Courier the talks had failed.") == [
        ("security sources", "told", "the talks had failed", "indirect")
    ]
    assert _statements("The toll is likely to rise, according to local sources.") == [
        ("local sources", "according to", "The toll is likely to rise", "according_to")
    ]
    # "sources of" a thing report nothing without a cue
    assert _statements("The sources of the river lie in Varn.") == []


def test_a_toll_that_tops_a_value() -> None:
    assert [f[:5] for f in _figures("The official death toll from last week's floods in the hill villages of the Varn valley topped 3,800 on Monday.")] == [
        ("3,800", 3800, 3800, None, "killed")
    ]


def test_a_plural_role_and_a_verb_are_no_source_of_a_noun_cue() -> None:
    # "reports" is a noun after "received": before, "Officers received" was its source and
    # the quotation paragraphs after it went on with that false speaker
    page = (
        "Man held in Varn\n\nInspector Ola Varn said: \u201cOfficers received reports at about 8pm that a man was "
        "throwing stones.\n\n\u201cHe was arrested at the scene.\u201d\n"
    )
    assert [s[0] for s in _spans(page)] == ["Ola Varn", "Ola Varn"]
    # a plural role with its verb still speaks
    assert _statements("Officers reported that a man was throwing stones.") == [
        ("officers", "reported", "a man was throwing stones", "indirect")
    ]


def test_told_an_addressee_at_a_place_then_a_clause_without_that() -> None:
    text = "Deputy Governor Lia Mul told reporters at Varn Hospital rescuers had saved 14 people."
    assert _statements(text) == [("Lia Mul", "told", "rescuers had saved 14 people", "indirect")]
    # before a place phrase with no clause after it, the addressee and the place are no content
    assert _statements('"We saved 14 people," Lia Mul told reporters at Varn Hospital.') == [
        ("Lia Mul", "told", "We saved 14 people", "direct")
    ]


def test_a_relative_clause_after_a_trailing_source() -> None:
    text = '"The officials did not come here," said the witness, who asked not to be named for safety reasons.'
    assert _statements(text) == [("witness", "said", "The officials did not come here", "direct")]
    # the relative clause's own cue speaks for the same source
    text = "The dam held, said Ola Varn, who added that the river was falling."
    assert _statements(text) == [
        ("Ola Varn", "said", "The dam held", "indirect"),
        ("Ola Varn", "added", "the river was falling", "indirect"),
    ]


def test_a_name_ending_like_a_demonym_before_a_comma_is_a_name() -> None:
    # "-an" marks an unlisted demonym only before a noun ("the Slovenian premier"); before a
    # comma the word is the name itself ("the Guardian,", a paper)
    text = "According to the Guardian, the talks in Varnholm ended without a deal."
    assert _statements(text) == [("Guardian", "According to", "the talks in Varnholm ended without a deal", "according_to")]
    text = "The Slovenian premier said the talks in Varnholm ended without a deal."
    assert _spans(text) == [("Slovenian premier", "The Slovenian premier", "said", "the talks in Varnholm ended without a deal", "indirect")]
