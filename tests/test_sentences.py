"""Sentence spans: sentencex plus the news corrections in lang/<code>/sentences.toml."""

from __future__ import annotations

import pytest

from claimtrack.model import Span
from claimtrack.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Het water staat hoog", verklaarde de gouverneur tegenover de pers. Hij vreest het ergste.',
            ['"Het water staat hoog", verklaarde de gouverneur tegenover de pers.', "Hij vreest het ergste."],
        ),
        ("Ze kochten brood, kaas enz. Daarna reden ze terug.", ["Ze kochten brood, kaas enz.", "Daarna reden ze terug."]),
        ("Dat kost ca. 40 euro per persoon.", ["Dat kost ca. 40 euro per persoon."]),
        ("Het personeel sprak met de pers over de zaak.", ["Het personeel sprak met de pers over de zaak."]),
        ("Eerste zin.\nTweede regel zonder punt", ["Eerste zin.", "Tweede regel zonder punt"]),
        ("Minister Jansen zei het. Dr. Smit was het oneens.", ["Minister Jansen zei het.", "Dr. Smit was het oneens."]),
    ],
)
def test_split_sentences(text, expected):
    got = split_sentences(text, Span.of(text, 0, len(text)), "nl")
    assert [s.text for s in got] == expected
    assert all(text[s.start : s.end] == s.text for s in got)


def test_offsets_inside_a_larger_text():
    text = "KOP\nDe pers was er. Zij ook."
    got = split_sentences(text, Span.of(text, 4, len(text)), "nl")
    assert [(s.start, s.end) for s in got] == [(4, 19), (20, 28)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Titles and initials never end a sentence, in any alphabet.
        (
            "Cmdr. Ilse Vos met Atty. Gen. Rob Ford. Ald. Jo Ray said nothing.",
            ["Cmdr. Ilse Vos met Atty. Gen. Rob Ford.", "Ald. Jo Ray said nothing."],
        ),
        ("Marek Ł. Nowak and Inés É. Ruiz spoke at length.", ["Marek Ł. Nowak and Inés É. Ruiz spoke at length."]),
        (
            "“We are ready,” said Mr. Dale Fenwick. Gov. Ruth Harlan and Sen. Tom Okafor agreed.",
            ["“We are ready,” said Mr. Dale Fenwick.", "Gov. Ruth Harlan and Sen. Tom Okafor agreed."],
        ),
        (
            "She met John F. Kennedy in the U.S. He left at 9 a.m. Then the U.S. Coast Guard came.",
            ["She met John F. Kennedy in the U.S.", "He left at 9 a.m.", "Then the U.S. Coast Guard came."],
        ),
        ("Dr. Alicia M. Brandt, a hydrologist, said so.", ["Dr. Alicia M. Brandt, a hydrologist, said so."]),
        # A lower-case word after "etc." continues the sentence.
        ("Boats, cars etc. were lost. Then it rained.", ["Boats, cars etc. were lost.", "Then it rained."]),
    ],
)
def test_split_sentences_english(text, expected):
    got = split_sentences(text, Span.of(text, 0, len(text)), "en")
    assert [s.text for s in got] == expected


def test_dutch_titles_and_initials():
    text = "Dhr. Jansen en mevr. De Boer spraken met ds. Piet Kok en burgemeester Jan Ł. Kowalski. Daarna ging iedereen."
    got = split_sentences(text, Span.of(text, 0, len(text)), "nl")
    assert [s.text for s in got] == [
        "Dhr. Jansen en mevr. De Boer spraken met ds. Piet Kok en burgemeester Jan Ł. Kowalski.",
        "Daarna ging iedereen.",
    ]


def test_line_sentences_equal_split_sentences_of_the_line():
    from claimtrack.model import Span
    from claimtrack.sentences import line_sentences, split_sentences

    text = "Kop\n  De brug bij Kortveen is dicht. Dhr. J. Bos zegt dat: 'Het duurt.'  \n\nNog één."
    pos = 0
    for line in text.split("\n"):
        out: list[Span] = []
        line_sentences(text, line, pos, "nl", out)
        assert tuple(out) == split_sentences(text, Span.of(text, pos, pos + len(line)), "nl")
        pos += len(line) + 1
    assert [s.text for s in split_sentences(text, Span.of(text, 0, len(text)), "nl")] == [
        "Kop", "De brug bij Kortveen is dicht.", "Dhr. J. Bos zegt dat: 'Het duurt.'", "Nog één.",
    ]  # fmt: skip
