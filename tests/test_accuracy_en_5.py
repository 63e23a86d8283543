"""English constructions of news outside the evaluation sets that claimtrack missed or
misread (the accen11 track, tenth session): every sentence here is invented for these
tests."""

from __future__ import annotations

from claimtrack import extract
from test_accuracy_en_3 import _figures, _spans
from test_constructions_en import _statements


def test_identified_as_is_no_statement_in_a_passive_or_an_apposition() -> None:
    # "The victim was identified as X": the identified one is no source
    assert _statements("The victim was identified as Ola Varn, police said.") == [
        ("police", "said", "The victim was identified as Ola Varn", "indirect")
    ]
    assert _statements("The dead man has been identified as Ola Varn.") == []
    # "The driver, identified as X, was arrested": a participle said of the phrase before it
    assert _statements("The driver, identified as Ola Varn, was arrested.") == []
    assert _statements("The boy, described as Piet Dorn, fled.") == []
    # the active form with an object still reports what the speaker identified (as real
    # pages annotate it), and "said as many as" still opens its content
    assert _statements("The coroner identified the three men as Varn farmers.") == [
        ("coroner", "identified", "the three men as Varn farmers", "indirect")
    ]
    assert _statements("Police said as many as 40 people were hurt.") == [
        ("police", "said", "as many as 40 people were hurt", "indirect")
    ]


def test_a_capitalised_word_before_a_body_noun_names_its_own_body() -> None:
    # "Keldby police said": never another body with the same noun named later
    text = "Keldby police said the man shot by Ormsby police in May has been named."
    assert _spans(text)[0][:2] == ("keldby police", "Keldby police")
    # a place the article names elsewhere keeps its capital at a sentence's opening
    text = "Tarnow officials said the bridge would stay shut. The river rose near Tarnow overnight."
    assert _spans(text)[0][:2] == ("Tarnow officials", "Tarnow officials")
    # a word the article never writes as a name is the sentence opening's capital
    assert _spans("Harbour officials said the port was shut.")[0][:2] == ("harbour officials", "Harbour officials")
    # a body noun without its own qualifier still takes the named body
    text = "Five men were held by Ormsby police. The police said the men would be charged."
    assert [st[:2] for st in _spans(text)] == [("Ormsby police", "The police")]


def test_a_determiner_before_a_long_body_phrase_is_no_part_of_its_name() -> None:
    # "the state civil defense agency said": the name is the phrase without "the"
    text = "More than 2,000 people have fled, the state civil defense agency said."
    assert _spans(text)[0][:2] == ("state civil defense agency", "the state civil defense agency")
    text = "Some 40,000 people need food aid, the government's relief commission said on Friday."
    assert _spans(text)[0][:2] == ("government's relief commission", "the government's relief commission")
    assert _spans("The Keldor water board said 40 homes were flooded.")[0][:2] == (
        "Keldor water board", "The Keldor water board"
    )


def test_a_quotation_then_a_name_with_a_role_apposition_before_told() -> None:
    # '"C," NAME, the X's ROLE, told Reuters': the named person speaks, Reuters is told
    text = '"The pumps cannot keep up," Dr. Ada Varn, the agency\'s regional director, told Reuters.'
    assert _statements(text) == [("Ada Varn", "told", "The pumps cannot keep up", "direct")]
    text = '"We are past the worst," Ola Dorn, the board\'s deputy planning officer, told a press briefing.'
    assert _statements(text) == [("Ola Dorn", "told", "We are past the worst", "direct")]
    text = '"We are at a turning point," Ola Dorn, the ministry\'s chief official, said.'
    assert _statements(text) == [("Ola Dorn", "said", "We are at a turning point", "direct")]
    # without an apposition, and with a said-verb after the comma, as before
    assert _statements('"The roads are shut," Ola Dorn told reporters.') == [
        ("Ola Dorn", "told", "The roads are shut", "direct")
    ]
    assert _statements("The ferry sank at dawn, said Ola Dorn, a harbour official.") == [
        ("Ola Dorn", "said", "The ferry sank at dawn", "indirect")
    ]


def test_a_title_after_a_role_before_the_name() -> None:
    # "Superintendent Dr. X", "Health Minister Dr. X": the title is no part of the name
    assert _statements("Superintendent Dr. Ola Dorn said the school would reopen.") == [
        ("Ola Dorn", "said", "the school would reopen", "indirect")
    ]
    assert _statements("Health Minister Dr. Ada Varn said 12 clinics had closed.") == [
        ("Ada Varn", "said", "12 clinics had closed", "indirect")
    ]
    # a capitalised title and a lower-case role before the name
    assert _statements("Chief meteorologist Dr. Ola Dorn said the gale would ease.") == [
        ("Ola Dorn", "said", "the gale would ease", "indirect")
    ]
    assert _statements("Chief meteorologist Ola Dorn said the gale would ease.") == [
        ("Ola Dorn", "said", "the gale would ease", "indirect")
    ]
    # a title alone and an abbreviation's dot stay as they were
    assert _statements("Dr. Ada Varn said the ward was full.") == [("Ada Varn", "said", "the ward was full", "indirect")]
    assert _statements("The chief said the gale would ease.") == [("chief", "said", "the gale would ease", "indirect")]


def test_a_closing_according_to_with_an_apposition_or_an_adverbial_after_its_source() -> None:
    # "C, according to X, a spokesman for Y.": C alone is the content
    text = "Seven others are missing, according to Ola Dorn, a spokesman for the regional government."
    assert _statements(text) == [("Ola Dorn", "according to", "Seven others are missing", "according_to")]
    text = "The count of flooded homes reached 310 on Friday, according to officials, with more storms forecast."
    assert _statements(text) == [("officials", "according to", "The count of flooded homes reached 310 on Friday", "according_to")]
    text = "Nine people are missing, according to officials in the town of Varnby."
    assert _statements(text) == [("officials", "according to", "Nine people are missing", "according_to")]
    # a place before the body's lower-case words: the body and its name speak
    text = "Nine fishermen are unaccounted for, according to the Keldor coastal rescue agency Marlo."
    assert _spans(text) == [
        ("Marlo", "the Keldor coastal rescue agency Marlo", "according to", "Nine fishermen are unaccounted for", "according_to")
    ]
    # inside a clause the whole clause is the content, as before
    text = "The bridge, according to police in Varnby, was closed on Monday."
    assert _statements(text) == [
        ("police in Varnby", "according to", "The bridge, according to police in Varnby, was closed on Monday", "according_to")
    ]
    assert _figures(text) == []


def test_civil_defence_is_a_body_and_a_capitalised_body_before_a_role_names_the_person() -> None:
    # "Keldor's civil defense said": a body that speaks (a toll's usual claimant)
    text = "A gas blast in a market killed 6 people, Keldor's civil defense said Friday."
    assert _statements(text) == [("Keldor's civil defense", "said", "A gas blast in a market killed 6 people", "indirect")]
    assert _figures(text) == [("6", 6, 6, None, "killed", "Keldor's civil defense")]
    assert _statements("Nine homes burned, the civil defence said.") == [
        ("civil defence", "said", "Nine homes burned", "indirect")
    ]
    # "Defense Minister Ola Varn", "Police Commissioner Ola Varn": the person, not "Minister Ola Varn"
    assert _statements("Defense Minister Ola Varn said the border was calm.") == [
        ("Ola Varn", "said", "the border was calm", "indirect")
    ]
    assert _statements("Police Commissioner Ada Kell said 14 men were held.") == [
        ("Ada Kell", "said", "14 men were held", "indirect")
    ]
    # a lower-case role after the body, as before
    assert _statements("A police officer said the road was shut.") == [
        ("police officer", "said", "the road was shut", "indirect")
    ]


def test_a_whole_multiplier_word_glued_to_money() -> None:
    # tabloid house style: "£1.2million", "$2.5billion"
    text = "Pools winner gives away £1.2million to the village after a £3billion sale."
    assert [f[:5] for f in _figures(text)] == [
        ("£1.2million", 1200000, 1200000, "GBP", "money"),
        ("£3billion", 3000000000, 3000000000, "GBP", "money"),
    ]
    # without a currency sign a glued word is no multiplier
    assert _figures("The mast cost 15million, he joked.") == []


def test_an_age_between_commas_after_a_noun_and_a_name_after_a_noun() -> None:
    # "Raffle winner, 68, gives": an age, no figure; a number list stays
    assert _figures("Raffle winner, 68, gives away his prize.") == []
    assert [f[0] for f in _figures("The counts were 68, 71, 74 and 80 points.")][:2] == ["68", "71"]
    # "Her brother, X, 47, said:": the named person speaks
    text = "Her brother, Piet Dorn, 47, said: “Nobody rang us back.”"
    assert _spans(text) == [("Piet Dorn", "Her brother, Piet Dorn, 47", "said", "Nobody rang us back", "direct")]
    # "Nobody said ...": no one is no source
    assert _statements("Nobody said the bridge was safe.") == []


def test_a_spokesperson_for_a_body_with_a_coordinated_cue() -> None:
    # "A spokeswoman for X apologised and said C": X speaks
    text = "A spokesman for the Varnby Water Board apologised and said the pipe had been fixed."
    assert _statements(text) == [
        ("Varnby Water Board", "said", "the pipe had been fixed", "indirect")
    ]


def test_dotted_abbreviations_before_a_plural_role_and_college_names() -> None:
    # "U.S. officials said", "U.N. officials warned": the abbreviation keeps its period
    assert _statements("Aid groups were alarmed. U.N. officials warned that cholera could spread.") == [
        ("U.N. officials", "warned", "cholera could spread", "indirect")
    ]
    assert _statements("U.S. officials said the talks would resume.") == [
        ("U.S. officials", "said", "the talks would resume", "indirect")
    ]
    # an abbreviation opening a sentence keeps its capitals ("UN officials", not "uN officials")
    assert _spans("UN officials said the camp was full.")[0][:2] == ("UN officials", "UN officials")
    assert _statements("The U.S. Geological Survey said the quake was shallow.") == [
        ("U.S. Geological Survey", "said", "the quake was shallow", "indirect")
    ]
    # "the Royal College of Nursing": a college is a body, its name goes on after "of"
    assert _statements("The Royal College of Midwives warned that 900 posts were empty.") == [
        ("Royal College of Midwives", "warned", "900 posts were empty", "indirect")
    ]


def test_a_change_from_an_earlier_count_after_a_trailing_cue() -> None:
    # "C, the agency said on Wednesday, up from 96 on Monday": C is the content
    text = "The death toll has risen to 212, the relief agency said on Sunday, up from 180 on Friday."
    assert _statements(text) == [("relief agency", "said", "The death toll has risen to 212", "indirect")]
    text = "Inflation eased to 4.1%, the central bank said, down from 4.5% in May."
    assert _statements(text) == [("central bank", "said", "Inflation eased to 4.1%", "indirect")]


def test_a_place_and_a_title_before_the_name() -> None:
    # AP style "Velmor Gov. X", "Orsk Gov. X": the person speaks
    assert _statements("Velmor Gov. Ada Kell said the roads were shut.") == [
        ("Ada Kell", "said", "the roads were shut", "indirect")
    ]
    assert _statements("In a statement, Orsk Gov. Piet Dorn said he was shocked.") == [
        ("Piet Dorn", "said", "he was shocked", "indirect")
    ]
    # titles in a row at the start, as before
    assert _statements("Lt. Gen. Rob Kerr said the base was calm.") == [("Rob Kerr", "said", "the base was calm", "indirect")]


def test_the_article_before_a_unit_and_of_counts_nothing() -> None:
    # "registered a magnitude of 3.8": the value follows, "a magnitude" is no figure of 1
    assert [f[:3] for f in _figures("A later tremor registered a magnitude of 3.8.")] == [("3.8", 3.8, 3.8)]
    assert [f[:3] for f in _figures("It was a magnitude 6.2 quake.")] == [("magnitude 6.2", 6.2, 6.2)]


def test_a_list_of_counts_without_their_own_nouns_takes_the_first_ones_category() -> None:
    # "40 deaths in A, 35 in B and 20 in C": a breakdown of one count
    text = "The toll stands at 95, with 40 deaths in Varn, 35 in Keld and 20 in Orsk."
    assert [(f[0], f[4]) for f in _figures(text)][1:] == [("40", "killed"), ("35", "killed"), ("20", "killed")]
    assert [(f[0], f[4]) for f in _figures("The death tolls were 61, 27 and 9 respectively.")] == [
        ("61", "killed"), ("27", "killed"), ("9", "killed")
    ]
    assert [(f[0], f[4]) for f in _figures("Police arrested 12 people in Varn and 8 in Keld.")] == [
        ("12", "arrested"), ("8", "arrested")
    ]
    # a count with its own noun or verb keeps its own
    assert [(f[0], f[4]) for f in _figures("The storm killed 5 people and injured 20.")] == [("5", "killed"), ("20", "wounded")]
    assert [(f[0], f[4]) for f in _figures("Five people died and 40 homes were lost.")] == [("Five", "killed"), ("40", "other")]


def test_more_words_that_give_a_count_its_category() -> None:
    # a headline's "kills four", "Toll ... rises to 52": the dead
    assert [(f[0], f[4]) for f in _figures("Mine collapse kills three in northern Varn")] == [("three", "killed")]
    assert [(f[0], f[4]) for f in _figures("Fire at Keld depot kills 2, injures several")] == [("2", "killed"), ("several", "wounded")]
    assert [(f[0], f[4]) for f in _figures("Toll in Orsk bus crash rises to 17")] == [("17", "killed")]
    # "has risen to a record 1.4 million": the subject's count
    text = "The number of people waiting has risen to a record 1.4 million, figures show."
    assert [(f[0], f[4]) for f in _figures(text)] == [("1.4 million", "people")]
    # people forced from their homes, told to flee or leave, sheltering: displaced
    for text, span in (
        ("More than 12,000 people have been forced from their homes, the agency said.", "More than 12,000"),
        ("The storm hit on Saturday, forcing nearly 9,000 people to flee.", "nearly 9,000"),
        ("About 4,100 residents were ordered to leave their homes.", "4,100"),
        ("Cholera could spread in the camps, where nearly 7,000 people are sheltering.", "nearly 7,000"),
    ):
        assert [(f[0], f[4]) for f in _figures(text)] == [(span, "displaced")], text
    # people alone stay people
    assert [(f[0], f[4]) for f in _figures("About 4,100 residents attended the meeting.")] == [("4,100", "people")]


def test_a_colon_line_after_a_plural_role_compound() -> None:
    # a live-blog entry "Harbour officials: No boats damaged overnight": the officials speak
    assert _statements("Harbour officials: No boats damaged overnight") == [("harbour officials", ":", "No boats damaged overnight", "indirect")]
    # a topic before the colon stays no speaker
    assert _statements("Storm Bertha: roads closed across the north") == []


def test_a_wire_dateline_with_country_and_date() -> None:
    # "VARNBY, Keldor, May 6 (Reuters) -": the place with its country, without the date
    text = "Flood toll rises\nVARNBY, Keldor, May 6 (Reuters) - The death toll rose to 83 on Monday, the agency said.\n"
    (art,) = extract(text.encode(), language="en").articles
    assert (art.dateline.place, art.dateline.agencies) == ("VARNBY, Keldor", ("Reuters",))
    text = "Flood toll rises\nVARNBY, March 3 (Reuters) - The death toll rose to 83 on Monday, the agency said.\n"
    (art,) = extract(text.encode(), language="en").articles
    assert art.dateline.place == "VARNBY"


def test_a_comment_counter_in_brackets_is_page_chrome() -> None:
    # "Comments (212)" under a tabloid story: no figure, no part of the body
    text = "Pools winner gives away cash\nA pensioner gave £5,000 to his neighbours.\nComments (212)\n"
    x = extract(text.encode(), language="en")
    assert [f.span.text for f in x.figures] == ["£5,000"]
    assert not x.articles[0].body.text.endswith("(212)")
    # a bracketed number after other words stays ("in hotels (39)" is no counter)
    assert [f.span.text for f in extract(b"Rooms were found for 80 guests in hotels (39).\n", language="en").figures][:1] == ["80"]


def test_a_title_gives_its_person_a_role() -> None:
    # "Sen. X" is a senator: a headline's "Senator:" and a later "the governor" of "Gov. X" are X
    text = (
        "Senator: Dam repairs will cost $2 billion\n"
        "VARNBY (AP) — Sen. Ada Kell, a Democrat from Keldor, said the repairs would cost $2 billion.\n"
    )
    assert [st[:3] for st in _spans(text)] == [("Ada Kell", "Senator", ":"), ("Ada Kell", "Sen. Ada Kell, a Democrat from Keldor", "said")]
    text = "Gov. Piet Dorn said the roads were shut. The governor said schools would stay closed."
    assert [st[0] for st in _spans(text)] == ["Piet Dorn", "Piet Dorn"]
    # a role no title gave stays unnamed
    assert [st[0] for st in _spans("Gov. Piet Dorn said the roads were shut. The mayor said schools would stay closed.")] == [
        "Piet Dorn", "mayor"
    ]
