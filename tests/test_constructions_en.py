"""English constructions of wire and broadcaster copy (issue 10, attribution), one test
each. Every sentence is invented; tests/pages/attr_wire_en.txt holds them as a page
with curly quotes, an honorific and a wire dateline."""

from __future__ import annotations

from pathlib import Path

from claimtrack import extract
from claimtrack.attribution import find_statements
from claimtrack.model import Article, Span
from claimtrack.sentences import split_sentences

PAGE = Path(__file__).parent / "pages" / "attr_wire_en.txt"


def _statements(text: str) -> list[tuple[str, str, str, str]]:
    art = Article("a0", "main", None, None, None, None, Span.of(text, 0, len(text)))
    out = find_statements(text, art, split_sentences(text, art.body, "en"), "en")
    return [("+".join(x.name for x in s.sources), s.cue.text, s.content.text, s.kind) for s in out]


def test_curly_quotes_said_after_with_an_apposition() -> None:
    text = "“We have never seen water this high,” said Maria Lopez, a spokeswoman for the Norland Red Cross."
    assert _statements(text) == [("Maria Lopez", "said", "We have never seen water this high", "direct")]


def test_quote_paragraph_continues_and_i_think_stays_inside() -> None:
    text = (
        "“We have never seen water this high,” said Maria Lopez.\n"
        "“The river rose in one night. I think the worst is over.”"
    )
    assert _statements(text)[1] == (
        "Maria Lopez", "said", "The river rose in one night. I think the worst is over", "direct",
    )


def test_he_said_after_curly_quotes() -> None:
    assert _statements("“I think this is the end,” he said.") == [("he", "said", "I think this is the end", "direct")]


def test_clause_after_source_is_no_trailing_content() -> None:
    # before: content "Anna Brook, 64, from Harlow" with source "she"
    text = "Anna Brook, 64, from Harlow, said she had come to ask for more help."
    assert _statements(text) == [("Anna Brook", "said", "she had come to ask for more help", "indirect")]


def test_source_with_a_place_and_a_cut_short_phrase() -> None:
    assert _statements("Officials in Norland say the death toll is now 22.")[0][1:] == (
        "say", "the death toll is now 22", "indirect",
    )
    text = "Most victims were in Tarn county, the official news agency Nordpress said."
    assert _statements(text) == [("official news agency Nordpress", "said", "Most victims were in Tarn county", "indirect")]


def test_mid_sentence_officials_said_and_a_new_clause() -> None:
    text = "Some 1.4 million homes were without power, state officials said, and thousands were stranded."
    assert _statements(text) == [("state officials", "said", "Some 1.4 million homes were without power", "indirect")]


def test_parenthetical_cue() -> None:
    text = "While shelling continues near the port, Okafor said, the mayor was not hurt."
    assert _statements(text) == [("Okafor", "said", "the mayor was not hurt", "indirect")]


def test_said_in_a_statement_adding_that() -> None:
    text = '"Three boys were questioned," Varnholt Constabulary said in a statement, adding that "nobody was injured".'
    assert _statements(text)[0] == ("Varnholt Constabulary", "said", "Three boys were questioned", "direct")


def test_told_an_agency() -> None:
    st = extract("Tom Hale told Reuters the bridge would reopen in May.", language="en").statements
    assert (st[0].content.text, st[0].medium.text) == ("the bridge would reopen in May", "Reuters")


def test_according_to_an_organisation_not_a_document() -> None:
    assert _statements("According to the coastguard, 12 fishermen are missing.") == [
        ("coastguard", "According to", "12 fishermen are missing", "according_to")
    ]
    assert _statements("According to a review published on Friday, costs rose by 40 percent.") == []


def test_states_is_no_cue() -> None:
    assert _statements("The United States says it will send aid.") == [
        ("United States", "says", "it will send aid", "indirect")
    ]
    assert _statements("The state pays for the repairs.") == []


def test_called_it() -> None:
    assert _statements("Mayor Ann Cole called the decision “a disgrace”.") == [
        ("Ann Cole", "called", "the decision “a disgrace”", "mixed")
    ]


def test_wire_page() -> None:
    page = extract(PAGE, language="en")
    got = [(s.cue.text, s.content.text) for s in page.statements]
    assert ("said", "We have never seen water this high") in got
    assert ("told", "the main bridge would reopen in May") in got
    assert ("said", "the old town is safe") in got


def test_adding_that_is_a_second_statement_of_the_same_source() -> None:
    text = "The minister said the bridge was safe, adding that repairs would start in May."
    assert _statements(text) == [
        ("minister", "said", "the bridge was safe", "indirect"),
        ("minister", "adding", "repairs would start in May", "indirect"),
    ]


def test_passive_hearsay_is_no_statement() -> None:
    assert _statements("The group is thought to be behind the attack.") == []
    assert _statements("Walkers were urged to keep off the dunes.") == []


def test_noun_estimate_is_no_cue() -> None:
    assert _statements("The police estimate is much smaller.") == []


# -- track en2: participle clauses, estimates, "it" for a body, names with "the" ------


def test_participle_clause_reports_the_opening_subject() -> None:
    text = "The harbour police released a much smaller estimate, saying there were 4,300 people on the quay."
    assert _statements(text) == [("harbour police", "saying", "there were 4,300 people on the quay", "indirect")]


def test_participle_clause_after_a_second_verb_and_a_time_phrase() -> None:
    text = (
        "The city council approved the fair, but objected to plans to close the bridge, "
        "citing accidents that had happened at earlier fairs."
    )
    assert _statements(text) == [("city council", "citing", "accidents that had happened at earlier fairs", "indirect")]
    text = "Local officials on Friday lowered the flood toll to 41, explaining that some victims had been counted twice."
    assert _statements(text) == [("Local officials", "explaining", "some victims had been counted twice", "indirect")]


def test_participle_clause_calling_it() -> None:
    text = "Ann Dale spoke on Monday. She also defended the council's handling of the storm, calling it “entirely” reasonable."
    assert _statements(text) == [("Ann Dale", "calling", "it “entirely” reasonable", "mixed")]


def test_with_source_and_participle() -> None:
    text = "The ministry published a new tally late on Monday, with police saying at least 300 homes were damaged."
    assert _statements(text) == [("police", "saying", "at least 300 homes were damaged", "indirect")]


def test_two_coordinated_participles_share_the_subject() -> None:
    text = "The rival party attacked the plan, alleging a deep cut one week, and claiming extra spending the next."
    assert _statements(text) == [
        ("rival party", "alleging", "a deep cut one week", "indirect"),
        ("rival party", "claiming", "extra spending the next", "indirect"),
    ]


def test_participle_clause_needs_a_speaker_and_a_cue() -> None:
    assert _statements("The storm hit the coast at dawn, killing 12 people.") == []
    assert _statements("The report was released on Monday, saying 30 schools had closed.") == []


def test_adding_after_a_cue_keeps_that_source() -> None:
    text = "Ann Dale said in a statement the dam held, adding that the roads were open."
    assert _statements(text) == [
        ("Ann Dale", "said", "the dam held", "indirect"),
        ("Ann Dale", "adding", "the roads were open", "indirect"),
    ]


def test_put_at_is_an_estimate_with_a_number() -> None:
    assert _statements("Police put the crowd at 4,300 as the march ended.") == [
        ("police", "put", "the crowd at 4,300 as the march ended", "indirect")
    ]
    assert _statements("The council put 20 new benches in the park.") == []


def test_identified_blamed_demanded_take_their_object() -> None:
    assert _statements("The minister identified the two victims as Ann Dale and Rob Kerr.") == [
        ("minister", "identified", "the two victims as Ann Dale and Rob Kerr", "indirect")
    ]
    assert _statements("The government has blamed a local gang for the fire.") == [
        ("government", "blamed", "a local gang for the fire", "indirect")
    ]
    assert _statements("The policies identified by the party were cheap.") == []


def test_it_said_names_the_last_organisation() -> None:
    text = "The Norland Seismic Office recorded the tremor at magnitude 4.2. It said the tremor caused damage in three villages."
    # (the measurement "recorded the tremor at magnitude 4.2" is a statement of its own: accen)
    assert _statements(text) == [
        ("Norland Seismic Office", "recorded", "the tremor at magnitude 4.2", "indirect"),
        ("Norland Seismic Office", "said", "the tremor caused damage in three villages", "indirect"),
    ]
    text = "Two bridges were closed, the state news agency Nordpress said. The missing hikers were from Tarn, it said."
    assert _statements(text)[1] == ("Nordpress", "said", "The missing hikers were from Tarn", "indirect")


def test_organisation_name_with_the_inside_and_a_long_apposition() -> None:
    text = (
        "The Save the Ferry Alliance, the organisers of the ferry march and a Quay Street rally, said it was "
        "the biggest rally in a decade and put the number of marchers at over 6,500."
    )
    assert _statements(text) == [
        ("Save the Ferry Alliance", "said", "it was the biggest rally in a decade", "indirect"),
        ("Save the Ferry Alliance", "put", "the number of marchers at over 6,500", "indirect"),
    ]


def test_told_reporters_at_a_press_conference_is_no_content() -> None:
    text = "“Whole villages are without water since the pumps failed,” the minister told reporters at a press conference."
    assert _statements(text) == [("minister", "told", "Whole villages are without water since the pumps failed", "direct")]


def test_adverbial_clause_after_a_trailing_cue() -> None:
    text = "“The dam is holding,” Interior Secretary Tom Dale said after visiting Tarn on Saturday."
    assert _statements(text) == [("Tom Dale", "said", "The dam is holding", "direct")]


def test_trailing_source_with_a_long_role_apposition() -> None:
    text = (
        "At least 12 people were hurt and 30 injured, including two firefighters, "
        "said Tom Ash Berg, head of Tarn's regional department of health."
    )
    assert _statements(text) == [
        ("Tom Ash Berg", "said", "At least 12 people were hurt and 30 injured, including two firefighters", "indirect")
    ]


def test_free_relative_what_officials_say() -> None:
    text = "Divers are recovering the remains of what officials say could be dozens of sailors lost in the gale."
    assert _statements(text) == [("officials", "say", "could be dozens of sailors lost in the gale", "indirect")]
    assert _statements("What he said was not true.") == []
    assert _statements("The town must brace for what she called “grim days” as the search goes on.") == []


def test_titles_in_a_row_before_a_name() -> None:
    text = "Lt. Gen. Ivo Marsh confirmed that there were “second-hand” reports that the driver escaped."
    assert _statements(text) == [
        ("Ivo Marsh", "confirmed", "there were “second-hand” reports that the driver escaped", "mixed")
    ]


def test_said_in_a_tweet_is_a_medium() -> None:
    text = "“Two citizens of ours died in the blast,” she said in a tweet."
    assert _statements(text) == [("she", "said", "Two citizens of ours died in the blast", "direct")]


def test_adverbial_clause_after_comma_and_trailing_cue_is_no_content() -> None:
    text = (
        "The number of dead climbed to 140 after five explosions hit markets in the port, "
        "officials said, as they detained 31 suspects."
    )
    assert _statements(text) == [
        ("officials", "said", "The number of dead climbed to 140 after five explosions hit markets in the port", "indirect")
    ]
    # a quote in the clause after the cue is not passed over
    text = "The dam held, officials said, as the mayor warned: “The water is still rising.”"
    assert ("officials", "said", "The dam held", "indirect") not in _statements(text)


def test_colon_dateline_in_title_case_opens_the_body() -> None:
    page = (
        "Brenmouth: The number of dead on Tuesday climbed to 140, including nine tourists, "
        "after five explosions hit markets in the port city, officials said, as they detained 31 suspects.\n"
        "More than 300 people were hurt, fire brigade spokesman Tom Hale said.\n"
    )
    x = extract(page, language="en")
    main = x.articles[0]
    assert (main.dateline.place, main.dateline.agencies) == ("Brenmouth", ())
    assert x.text[main.body.start : main.body.start + 10] == "The number"
    assert [(f.span.text, f.source_name) for f in x.figures][:4] == [
        ("140", "officials"), ("nine", "officials"), ("five", "officials"), ("31", None),
    ]
    assert not any(s.sources[0].name == "Brenmouth" for s in x.statements if s.sources)


def test_colon_quote_and_colon_headline_are_no_dateline() -> None:
    for page in (
        "Mayor: “We will rebuild the harbour within a year and nobody will be left behind.”\n",
        "Tom Hale: the harbour will reopen\n\nThe harbour of Tarn will reopen in May, the port authority said on Friday.\n",
    ):
        assert extract(page, language="en").articles[0].dateline is None


def test_hedged_apposition_is_no_statement() -> None:
    assert _statements("Police detained 12 people, reportedly members of a local gang, after the fire.") == []
    assert _statements("Police detained 12 people, reportedly the members of a small radical group.") == []
    assert _statements("The mayor, reportedly fleeing the press, left early.") == [
        ("", "reportedly", "The mayor, reportedly fleeing the press, left early", "according_to")
    ]


def test_subject_of_a_passive_cue_is_no_source() -> None:
    assert _statements("Two fires were reported from the harbour warehouses in Tarn.") == []
    assert _statements("The council had been told that 40 homes were flooded.") == []
    assert _statements("The mayor has said that the dam held.") == [("mayor", "said", "the dam held", "indirect")]


def test_noun_before_a_trailing_cue_is_no_cue() -> None:
    text = "The count was lowered by 14 after a check of hospital reports, the agency said in a statement."
    assert _statements(text) == [("agency", "said", "The count was lowered by 14 after a check of hospital reports", "indirect")]
    assert _statements("He said, the bridge is closed.") == [("He", "said", "the bridge is closed", "indirect")]


def test_medium_between_commas_after_the_subject() -> None:
    text = "On Monday, Health Minister Tom Dale, in a series of posts, identified the two victims as Ann and Bob."
    assert _statements(text) == [("Tom Dale", "identified", "the two victims as Ann and Bob", "indirect")]
    # not a trailing cue whose source is "two people"
    text = "Health Minister Tom Dale, in a statement, said two people died."
    assert _statements(text) == [("Tom Dale", "said", "two people died", "indirect")]


def test_colon_dateline_with_known_agencies() -> None:
    page = (
        "Toll in Varnia ferry fire rises to 52\n"
        "Port Elsin (AFP/Reuters): The toll from a fire on a ferry off Varnia has risen to 52, the coast guard said.\n"
    )
    main = extract(page, language="en").articles[0]
    assert (main.dateline.place, main.dateline.agencies) == ("Port Elsin", ("AFP", "Reuters"))


def test_they_said_takes_a_body_named_by_a_plural_noun() -> None:
    text = (
        "Regional authorities said at a briefing Monday that 40 aftershocks were recorded. "
        "More than 800 homes were destroyed, and 9,000 others were badly damaged, they said."
    )
    x = extract(text, language="en")
    assert [(s.sources[0].name, s.content.text) for s in x.statements] == [
        ("Regional authorities", "40 aftershocks were recorded"),
        ("Regional authorities", "More than 800 homes were destroyed, and 9,000 others were badly damaged"),
    ]
    assert [(f.span.text, f.source_name) for f in x.figures] == [
        ("40", "Regional authorities"), ("More than 800", "Regional authorities"), ("9,000", "Regional authorities"),
    ]
    # a single person is never "they"
    x = extract("Tom Hale said 12 people were hurt. They said 3 were in a serious condition.", language="en")
    assert [s.sources[0].name for s in x.statements] == ["Tom Hale", "They"]


def test_place_and_its_apposition_between_cue_and_that() -> None:
    text = "Eva Lind said in Dorby, Norland, that 40 aftershocks were recorded."
    assert _statements(text) == [("Eva Lind", "said", "40 aftershocks were recorded", "indirect")]


def test_name_with_a_determiner_apposition_before_the_cue() -> None:
    text = "Green Valley Alliance, a broad coalition of farm groups, claimed more than 40,000 had joined the march."
    x = extract(text, language="en")
    assert [(s.sources[0].name, s.content.text) for s in x.statements] == [
        ("Green Valley Alliance", "more than 40,000 had joined the march")
    ]
    assert [(f.span.text, f.source_name) for f in x.figures] == [("more than 40,000", "Green Valley Alliance")]


def test_title_with_and_is_one_source() -> None:
    text = "On Sunday, U.S. Transport and Works Secretary Tom Ash said it was clear that hundreds of people died."
    assert _statements(text) == [("Tom Ash", "said", "it was clear that hundreds of people died", "indirect")]
    text = "Transport and Works Secretary Tom Ash said hundreds of people died."
    assert _statements(text) == [("Tom Ash", "said", "hundreds of people died", "indirect")]
    # two names: two sources
    text = "Ann Lee and Health Secretary Tom Ash said hundreds of people died."
    assert _statements(text) == [("Ann Lee+Tom Ash", "said", "hundreds of people died", "indirect")]


def test_relative_pronoun_before_the_cue_names_the_antecedent() -> None:
    text = "Officer Dan Roe was taken to hospital, according to WKTV Tarn, which says the injuries are not serious."
    assert _statements(text) == [
        ("WKTV Tarn", "according to", "Officer Dan Roe was taken to hospital", "according_to"),
        ("WKTV Tarn", "says", "the injuries are not serious", "indirect"),
    ]
    text = "The plan was backed by Eva Lind, who said it would save 40 jobs."
    assert _statements(text) == [("Eva Lind", "said", "it would save 40 jobs", "indirect")]


def test_trailing_source_with_an_age_and_a_role() -> None:
    text = (
        "“We walked here for our children in Tarn. The board has ignored every letter,” "
        "said Ada Fenn, 41, a night school teacher. “I will be back every week until the board listens."
    )
    assert _statements(text)[0] == (
        "Ada Fenn", "said", "We walked here for our children in Tarn. The board has ignored every letter", "direct"
    )
    assert _statements("The dam held, said Ada Fenn, 41, a local teacher.") == [
        ("Ada Fenn", "said", "The dam held", "indirect")
    ]


def test_paragraph_above_the_dateline_of_a_page_with_no_headline() -> None:
    page = (
        "Marchers gathered in the early afternoon in Elm Park. The police approved the march, "
        "but objected to plans to walk to the harbour, citing clashes at earlier events.\n\n"
        "TARN — A crowd of tens of thousands marched through Tarn on Sunday, the organisers said.\n"
    )
    x = extract(page, language="en")
    assert x.articles[0].dateline.place == "TARN"
    assert [(s.sources[0].name, s.cue.text) for s in x.statements] == [("police", "citing"), ("organisers", "said")]


def test_sentence_cut_off_by_the_end_of_the_text_is_not_read() -> None:
    page = (
        "TARN (AP) — Nine people were hurt when a crane fell, police said.\n"
        "Four of them were taken to the Tarn General Hospital, where two of them who had been trapped said they"
    )
    x = extract(page, language="en")
    assert [(s.sources[0].name, s.content.text) for s in x.statements] == [
        ("police", "Nine people were hurt when a crane fell")
    ]
    assert [f.span.text for f in x.figures] == ["Nine"]
    # a complete last sentence is read
    x = extract(page + " would sue the builder.", language="en")
    assert [f.span.text for f in x.figures] == ["Nine", "Four", "two"]


def test_short_title_line_at_the_end_is_not_cut_off() -> None:
    page = "TARN (AP) — Nine people were hurt when a crane fell, police said.\nWater board expects a peak of 40 cm tonight"
    x = extract(page, language="en")
    assert [f.span.text for f in x.figures] == ["Nine", "40 cm"]


def test_quotation_cut_off_by_the_end_of_the_text_leaves_the_one_before() -> None:
    page = (
        "TARN (AP) — Thousands marched through Tarn on Sunday, the organisers said.\n"
        "“We walked here for our children in Tarn. The board has ignored every letter,” said Ada Fenn, 41, "
        "a night school teacher. “I have walked here many times, and I will be back every week until the board"
    )
    x = extract(page, language="en")
    assert [(s.sources[0].name, s.content.text) for s in x.statements] == [
        ("organisers", "Thousands marched through Tarn on Sunday"),
        ("Ada Fenn", "We walked here for our children in Tarn. The board has ignored every letter"),
    ]


def test_clock_abbreviation_before_a_day_ends_no_sentence() -> None:
    text = (
        "The quake hit about 8 miles east of Dorby at 7:45 a.m. Monday local time (6:45 p.m. ET Sunday), "
        "according to the U.S. Weather Office."
    )
    x = extract(text, language="en")
    assert [(s.sources[0].name, s.content.text) for s in x.statements] == [
        ("U.S. Weather Office", "The quake hit about 8 miles east of Dorby at 7:45 a.m. Monday local time (6:45 p.m. ET Sunday)")
    ]
    assert [(f.span.text, f.source_name) for f in x.figures] == [("8 miles", "U.S. Weather Office")]
    text = "The fire started at 3 a.m. Police said nobody was hurt."
    art = Article("a0", "main", None, None, None, None, Span.of(text, 0, len(text)))
    assert [s.text for s in split_sentences(text, art.body, "en")] == ["The fire started at 3 a.m.", "Police said nobody was hurt."]


def test_told_an_addressee_followed_by_a_relative_clause() -> None:
    text = (
        "Officer Roe is being treated for cuts to the head, a spokeswoman for Elm Hospital told WKTV Tarn, "
        "which says the injuries are not serious."
    )
    assert _statements(text) == [  # the spokeswoman speaks for the hospital (accen9)
        ("Elm Hospital", "told", "Officer Roe is being treated for cuts to the head", "indirect"),
        ("WKTV Tarn", "says", "the injuries are not serious", "indirect"),
    ]


def test_quotation_after_a_phrase_that_closes_the_medium() -> None:
    text = 'Tarn Fire Chief Rob Hale said in a statement released during the blaze, "All our crews are safe and well."'
    assert _statements(text) == [("Rob Hale", "said", "All our crews are safe and well", "direct")]
    # a quotation inside the clause is not the whole content
    assert _statements('He said the plan, "a disaster for Tarn", would fail.') == [
        ("He", "said", 'the plan, "a disaster for Tarn", would fail', "mixed")
    ]


def test_short_addressee_after_a_trailing_told() -> None:
    x = extract('"Our borders are our shared duty," Lund told a news conference.', language="en")
    assert [(s.sources[0].name, s.content.text, s.medium.text) for s in x.statements] == [
        ("Lund", "Our borders are our shared duty", "a news conference")
    ]


def test_participle_after_a_trailing_cue_is_no_content() -> None:
    text = "Tarn hit 41 degrees on Saturday, the weather service said, breaking a record set in 1990."
    assert _statements(text) == [("weather service", "said", "Tarn hit 41 degrees on Saturday", "indirect")]
    # a continuation is a statement of its own, with the same source
    text = "The toll rose to 40, the police said, adding that 12 people were missing."
    x = extract(text, language="en")
    assert [(s.sources[0].name, s.sources[0].span.text, s.content.text) for s in x.statements] == [
        ("police", "the police", "The toll rose to 40"),
        ("police", "the police", "12 people were missing"),
    ]


def test_trailing_source_with_a_long_apposition_and_a_phrase_after_the_cue() -> None:
    text = (
        '"We are at the steepest part of the curve," said Dr. Lena Hart, an infectious disease specialist '
        "at Elm Medical Center. She said her hospital had opened 25 extra beds."
    )
    x = extract(text, language="en")
    assert [(s.sources[0].name, s.content.text) for s in x.statements] == [
        ("Lena Hart", "We are at the steepest part of the curve"),
        ("Lena Hart", "her hospital had opened 25 extra beds"),
    ]
    text = "More than 900 people have been forced from their homes, the agency said in its latest update."
    assert _statements(text) == [
        ("agency", "said", "More than 900 people have been forced from their homes", "indirect")
    ]


def test_estimates_is_a_cue_only_before_a_number() -> None:
    assert _statements("Police estimate 9,000 people joined the march.") == [
        ("police", "estimate", "9,000 people joined the march", "indirect")
    ]
    assert _statements("Organiser estimates 40,000 at Sunday’s Elm Park rally") == [
        ("organiser", "estimates", "40,000 at Sunday’s Elm Park rally", "indirect")
    ]
    assert _statements("The police estimate is much smaller.") == []


def test_relative_antecedent_with_a_dotted_abbreviation() -> None:
    text = "The march set off at noon, according to the U.S. Weather Office, which says light rain is expected."
    assert [(s.sources[0].name, s.cue.text, s.content.text) for s in extract(text, language="en").statements] == [
        ("U.S. Weather Office", "according to", "The march set off at noon"),
        ("U.S. Weather Office", "says", "light rain is expected"),
    ]


def test_roles_of_people_in_the_news() -> None:
    text = 'Campaigner Ivo Marsh told Radio Tarn: "Libraries are the last warm place for many people."'
    x = extract(text, language="en")
    assert [(s.sources[0].name, s.content.text) for s in x.statements] == [
        ("Ivo Marsh", "Libraries are the last warm place for many people")
    ]
    assert _statements("Storm victims say the slow response cost lives.") == [
        ("storm victims", "say", "the slow response cost lives", "indirect")
    ]


def test_highlight_bullet_before_the_subject() -> None:
    assert _statements("- Organiser estimates 40,000 at Sunday’s Elm Park rally") == [
        ("organiser", "estimates", "40,000 at Sunday’s Elm Park rally", "indirect")
    ]
    assert _statements("• Police say 12 people were hurt in the crush") == [
        ("police", "say", "12 people were hurt in the crush", "indirect")
    ]
