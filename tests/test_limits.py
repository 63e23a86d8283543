"""Per-document caps: analysed up to the cap, a warning, the text kept whole."""

from __future__ import annotations

import re

import claimtrack
from claimtrack.limits import LIMITS, Limits, word_cut

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
    assert LIMITS == Limits(words=500_000, statements=100_000, figures=100_000)


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
    assert x.warnings[-1] == f"the document holds more than 1,000 words; only those before character {cut:,} were analysed"


def test_word_cut() -> None:
    assert word_cut("een twee drie", 3) is None
    assert word_cut("een twee drie vier", 3) == 14
    assert word_cut("een twee\ndrie vier", 3) == 8  # the line break before the fourth word
    assert word_cut("a b", 1) == 2
