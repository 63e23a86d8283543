"""Per-document caps: analysed up to the cap, a warning, the text kept whole."""

from __future__ import annotations

import re

import claimtrack
from claimtrack.limits import LIMITS, Limits, cut_long_sentences, word_cut
from claimtrack.model import Span

PAGE = (
    "ZEESTAD (ANP) - Burgemeester Piet Klaver zegt dat 240 mensen zijn geëvacueerd.\n"
    "Volgens de brandweer gaat het om 12 woningen.\n"
    "Wethouder Anna de Wit zegt dat 30 gezinnen terug mogen.\n"
)


def _found(x: claimtrack.Extraction) -> tuple[list[str], list[str]]:
    return [s.content.text for s in x.statements], [f.span.text for f in x.figures]


def test_the_defaults_leave_a_page_alone() -> None:
    x = claimtrack.extract(PAGE, language="nl")
    assert _found(x) == (
        ["240 mensen zijn geëvacueerd", "gaat het om 12 woningen", "30 gezinnen terug mogen"],
        ["240", "12", "30"],
    )
    assert x.warnings == ()
    assert LIMITS == Limits(words=500_000, statements=100_000, figures=100_000, sentence_chars=2_000)


def test_words_over_the_cap_are_not_analysed() -> None:
    # The first line holds 13 words; the 14th starts line two: the analysis stops at its line break.
    x = claimtrack.extract(PAGE, language="nl", limits=Limits(words=13))
    assert x.text == PAGE.strip() and x.text.index("\n") == 78
    assert _found(x) == (["240 mensen zijn geëvacueerd"], ["240"])
    assert [a.body.end for a in x.articles] == [78]
    assert x.warnings == ("the document holds more than 13 words; only those before character 78 were analysed",)


def test_statements_over_the_cap_are_not_kept() -> None:
    x = claimtrack.extract(PAGE, language="nl", limits=Limits(statements=2))
    assert _found(x) == (["240 mensen zijn geëvacueerd", "gaat het om 12 woningen"], ["240", "12"])
    cut = x.text.index("Wethouder")
    assert x.warnings == (f"the document holds more than 2 statements; only those before character {cut} were kept",)


def test_figures_over_the_cap_are_not_kept_nor_what_follows() -> None:
    # Cut where the second figure starts: the statement that began before it stays whole.
    x = claimtrack.extract(PAGE, language="nl", limits=Limits(figures=1))
    assert _found(x) == (["240 mensen zijn geëvacueerd", "gaat het om 12 woningen"], ["240"])
    cut = x.text.index("12")
    assert x.warnings == (f"the document holds more than 1 figures; only those before character {cut} were kept",)


def test_a_digit_list_is_cut_at_the_word_cap() -> None:
    # The shape that cost 200 bytes of memory per byte: a long list of numbers on one line.
    text = "ZEESTAD - De lijst: " + ", ".join(str(n % 97) for n in range(5000)) + "."
    x = claimtrack.extract(text, language="nl", limits=Limits(words=1000, figures=20_000))
    cut = word_cut(x.text, 1000)
    assert cut is not None and len(re.findall(r"\w+", x.text[:cut])) == 1000 and x.text[cut].isdigit()
    assert x.figures and all(f.span.end <= cut for f in x.figures)
    assert x.warnings[-2:] == (
        f"the document holds more than 1,000 words; only those before character {cut:,} were analysed",
        "1 sentence(s) longer than 2,000 characters analysed in pieces of at most 2,000",
    )


def test_word_cut() -> None:
    assert word_cut("een twee drie", 3) is None
    assert word_cut("een twee drie vier", 3) == 14
    assert word_cut("een twee\ndrie vier", 3) == 8  # the line break before the fourth word
    assert word_cut("a b", 1) == 2


def test_a_long_sentence_is_cut_after_a_clause_mark_else_at_white_space() -> None:
    # A mark in a piece's first half ("Een,") is passed over: pieces stay near the cap.
    text = "Een, twee drie vier, vijf zes zeven acht negen tien elf"
    whole = (Span.of(text, 0, len(text)),)
    pieces, cut = cut_long_sentences(text, whole, 30)
    assert cut == 1
    assert [(p.start, p.end, p.text) for p in pieces] == [
        (0, 20, "Een, twee drie vier,"),
        (21, 46, "vijf zes zeven acht negen"),
        (47, 55, "tien elf"),
    ]
    assert cut_long_sentences(text, whole, len(text)) == (whole, 0)


def test_one_endless_sentence_is_analysed_in_pieces_with_a_warning() -> None:
    # Every cue reports a content up to the sentence's end: uncut, the contents nest in
    # a chain whose size grows with the square of the sentence.
    text = "Kop\n" + "De minister zegt dat 5 mensen gewond raakten en " * 6 + "einde."
    x = claimtrack.extract(text, language="nl", limits=Limits(sentence_chars=120))
    assert [(s.start, s.end) for s in x.sentences] == [(4, 122), (123, 240), (241, 298)]
    assert [(s.cue.start, s.content.start, s.content.end, s.via) for s in x.statements] == [
        (16, 25, 122, None),
        (64, 73, 122, "s0"),
        (160, 169, 240, None),
        (208, 217, 240, "s2"),
        (256, 265, 297, None),
    ]
    assert x.warnings[-1] == "1 sentence(s) longer than 120 characters analysed in pieces of at most 120"
    assert len(x.figures) == 6
