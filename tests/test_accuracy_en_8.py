"""English constructions of news that claimtrack missed or misread (the accen14 track,
round 2 of the session): every sentence here is invented for these tests."""

from __future__ import annotations

from claimtrack import extract
from test_accuracy_en_3 import _figures, _spans


def test_a_part_of_the_wounded_who_died_is_killed() -> None:
    # "Two of the wounded died": the event word after the partitive names the whole group,
    # what happened to the part is the event after it
    assert _figures("Four of the wounded died at Marrow General, the hospital said.") == [
        ("Four", 4, 4, None, "killed", "hospital")
    ]
    assert _figures("Nine of the injured soldiers later died of burns.")[0][:5] == ("Nine", 9, 9, None, "killed")
    # the part keeps the group's event when nothing else happened to it
    assert _figures("Four of the wounded were teenagers.") == [("Four", 4, 4, None, "wounded", None)]
    assert _figures("Seven of the injured were flown to Ostel.")[0][4] == "wounded"
    # two joined event words name one group: both together
    assert _figures("Five of the dead and wounded were firemen.")[0][4] == "killed_or_wounded"


def test_a_panel_named_by_a_noun_before_it_speaks() -> None:
    # "A review panel said": a body noun ("panel", "jury", "regulator") after another noun
    assert _spans("An appeals panel said on Friday the licence had lapsed.")[0][:4] == (
        "appeals panel", "An appeals panel", "said", "the licence had lapsed"
    )
    assert _spans("A review panel said the hatchery must close.")[0][:4] == (
        "review panel", "A review panel", "said", "the hatchery must close"
    )
    assert _spans("The water regulator said bills would rise by June.")[0][:2] == ("water regulator", "The water regulator")
    # a thing called a panel or a regulator says nothing
    assert _spans("Crews fitted a new solar panel, the council said.")[0][:4] == (
        "council", "the council", "said", "Crews fitted a new solar panel"
    )
    assert _spans("A voltage regulator failed, engineers said.")[0][:4] == (
        "engineers", "engineers", "said", "A voltage regulator failed"
    )


def test_a_cue_form_after_an_article_and_an_order_adjective_is_a_noun() -> None:
    # "the first call came in": no one called, the call is the subject of "came"
    assert _spans("The first call reached the depot at 6.40 a.m. on Sunday.") == []
    assert _spans("An urgent call went round the estate before dusk.") == []
    assert _spans("The latest claim reached the insurers in March.") == []
    # the real cue of the sentence is still read
    assert _spans("The second call was a hoax, the fire service said.")[0][:4] == (
        "fire service", "the fire service", "said", "The second call was a hoax"
    )
    # without an article the word is an adverb and the cue a verb
    assert _spans("The harbour office earlier said nine boats were lost.")[0][:4] == (
        "harbour office", "The harbour office", "said", "nine boats were lost"
    )
    assert _spans("Wardens last said the dam was sound.")[0][:4] == ("Wardens", "Wardens", "said", "the dam was sound")


def test_two_abbreviated_titles_before_a_name() -> None:
    # "Brig. Gen. X, a commander, said": the title's period ends no sentence
    text = '"Both ferries are back in port," Brig. Gen. Lemuel Sarte, a coast guard district commander, said on Sunday.'
    assert _spans(text) == [(
        "Lemuel Sarte", "Brig. Gen. Lemuel Sarte, a coast guard district commander", "said",
        "Both ferries are back in port", "direct",
    )]
    assert _spans('"We found no one," Lieut. Aldo Venn said.')[0][:4] == (
        "Aldo Venn", "Lieut. Aldo Venn", "said", "We found no one"
    )
    # a sentence ending before a title still ends there
    page = "The unit has a new head. Brig. Irma Kolt said it would move north."
    assert _spans(page)[0][:4] == ("Irma Kolt", "Brig. Irma Kolt", "said", "it would move north")


def test_a_bench_of_named_justices_speaks_as_one_body() -> None:
    # "A division bench of Justices A and B said": the bench, not two sources
    text = "A division bench of Justices Mira Doval and Kunal Vesh said the levy was unlawful."
    assert _spans(text) == [("division bench", "A division bench", "said", "the levy was unlawful", "indirect")]
    assert _spans("The bench of Justices Mira Doval and Kunal Vesh said the levy was unlawful.")[0][:2] == (
        "bench", "The bench"
    )
    # justices named without a body still speak each for themselves; "of Justice" names a ministry
    assert _spans("Justices Mira Doval and Kunal Vesh said the levy was unlawful.")[0][0] == "Justices Mira Doval+Kunal Vesh"
    assert _spans("The Ministry of Justice said the levy was unlawful.")[0][0] == "Ministry of Justice"


def _dateline(text: str) -> str | None:
    article = extract(text.encode(), language="en").articles[0]
    return article.dateline.place if article.dateline else None


def test_an_old_wire_dateline_with_a_date_and_no_brackets() -> None:
    # "PLACE Oct 19 The ...": the place and date are no part of the first sentence's subject
    rest = " The port authority said on Friday that 14 cranes had stopped.\n\nDockers said the night shift was sent home.\n"
    page = "TORVANGE Mar 3" + rest
    assert _dateline(page) == "TORVANGE"
    assert _spans(page)[0][:4] == ("port authority", "The port authority", "said", "14 cranes had stopped")
    page = "SAN ELMO Sept 30, 1998 The mayor said the dam held.\n\nResidents said they slept in cars.\n"
    assert _dateline(page) == "SAN ELMO"
    # a title-case place, or a capitalised word that is no month, opens no dateline
    assert _dateline("Torvange Mar 3" + rest) is None
    assert _dateline("TORVANGE Route 3" + rest) is None
