"""A count that stands alone in brackets after what it counts at, two or more times in one sentence
("omgekomen in de districten Arvel (310) en Munt (42)"), is a breakdown: each is a part, never the toll."""

from __future__ import annotations

import pytest

from claimtrack.store.groups import FigureInput, key_figures


def _keys(text: str, numbers: list[str], language: str) -> list[str]:
    rows, at = [], 0
    for n, number in enumerate(numbers):
        at = text.index(number, at)
        sentence = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0
        rows.append(FigureInput(f"f{n}", at, at + len(number), None, "killed", None, sentence))
        at += len(number)
    return [k["quantity"] for k in key_figures(text, language, rows)]


@pytest.mark.parametrize(
    ("text", "numbers", "language", "quantities"),
    [
        ("De meeste doden vielen in de districten Arvel (310) en Munt (42).", ["310", "42"], "nl",
         ["killed|part", "killed|part"]),
        ("Most of the dead were counted in Carrow county ( 518 ) and in Linden Vale (97), rescuers said.",
         ["518", "97"], "en", ["killed|part", "killed|part"]),
        # one bracketed number is an aside, not a breakdown
        ("The quake killed 630 people in Arvel (310), the agency said.", ["630", "310"], "en", ["killed", "killed"]),
        # brackets in two sentences are no list
        ("In Arvel vielen doden (310). In Munt waren het er (42).", ["310", "42"], "nl", ["killed", "killed"]),
        # a bracket with words beside the number is no count alone
        ("Er vielen doden in Arvel (310 doden) en in Munt (42 doden).", ["310", "42"], "nl", ["killed", "killed"]),
    ],
)
def test_counts_alone_in_brackets_are_a_breakdown(text, numbers, language, quantities):
    assert _keys(text, numbers, language) == quantities
