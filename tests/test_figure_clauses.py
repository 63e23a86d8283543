"""A figure's place, claimant and category come from its own clause.

Invented sentences (invented places, services and numbers), read by the whole pipeline so
that the "volgens"/"according to" statement is the attribution stage's own.

1. Two figures in clauses of their own ("In A stierven 40 mensen, in B vielen volgens S 12
   doden"): the first takes neither B nor S from the clause after the split (``[clause]
   splits``); a sentence-opening "volgens S" still claims both, and a place after the split
   is the first figure's when its own clause names none.
2. A number after "and"/"en" with a verb of its own ("dozens are missing and 40,000 are
   sheltering"): no event borrowed from the clause before the joiner (``[clause] own_verbs``);
   the verb is no counted noun ("40.000 zitten").
"""

from __future__ import annotations

import pytest

from claimtrack import extract


def _figures(sentence: str, language: str) -> list[tuple[str, str | None, str, str | None, str | None]]:
    """(figure, counted, category, place, claimant) per figure of a one-sentence page."""
    text = "Overstromingen in de regio\n\nDe rivier trad maandag buiten haar oevers. " + sentence + "\n"
    if language == "en":
        text = "Floods hit the region\n\nThe river burst its banks on Monday. " + sentence + "\n"
    ex = extract(text, language=language)
    cut = lambda sp: text[sp.start : sp.end] if sp is not None else None  # noqa: E731
    return [(cut(f.span), cut(f.counted), f.category, cut(f.location), f.source_name) for f in ex.figures]


PLACES_AND_CLAIMANTS = [
    # the first figure keeps its own place and has no claimant: S stands in the next clause
    (
        "nl",
        "In Velmar stierven 40 mensen, in Osterkamp vielen volgens de brandweer 12 doden.",
        [("40", "mensen", "killed", "In Velmar", None), ("12", "doden", "killed", "in Osterkamp", "brandweer")],
    ),
    (
        "nl",
        "Bij de overstromingen in Velmar stierven 40 mensen, terwijl in Osterkamp volgens de brandweer 12 doden vielen.",
        [("40", "mensen", "killed", "in Velmar", None), ("12", "doden", "killed", "in Osterkamp", "brandweer")],
    ),
    (
        "nl",
        "In Velmar stierven 40 mensen; in Osterkamp vielen volgens de brandweer 12 doden.",
        [("40", "mensen", "killed", "In Velmar", None), ("12", "doden", "killed", "in Osterkamp", "brandweer")],
    ),
    (
        "en",
        "In Velmar, 40 people died, while in Osterkamp, 12 were killed, according to the fire service.",
        [("40", "people died", "killed", "In Velmar", None), ("12", None, "killed", "in Osterkamp", "fire service")],
    ),
    (
        "en",
        "In Velmar, 40 people died; in Osterkamp, 12 were killed, according to the fire service.",
        [("40", "people died", "killed", "In Velmar", None), ("12", None, "killed", "in Osterkamp", "fire service")],
    ),
    (
        "nl",
        "In Velmar vielen 40 doden, en in Osterkamp vielen volgens de brandweer 12 doden.",
        [("40", "doden", "killed", "In Velmar", None), ("12", "doden", "killed", "in Osterkamp", "brandweer")],
    ),
    # negative: "but" without a place after it splits nothing: the closing "according to" claims both
    (
        "en",
        "At least 12 people were killed, but 30 were rescued alive, according to the fire service.",
        [("At least 12", "people", "killed", None, "fire service"), ("30", None, "other", None, "fire service")],
    ),
    # negative: a "volgens S" that opens the sentence claims both figures
    (
        "nl",
        "Volgens de brandweer stierven in Velmar 40 mensen en in Osterkamp 12 mensen.",
        [("40", "mensen", "killed", "in Velmar", "brandweer"), ("12", "mensen", "people", "in Osterkamp", "brandweer")],
    ),
    (
        "en",
        "According to the fire service, 40 people died in Velmar, while 12 were injured in Osterkamp.",
        [("40", "people died", "killed", "in Velmar", "fire service"), ("12", None, "wounded", "in Osterkamp", "fire service")],
    ),
    # negative: no split between the figures: the closing "according to" claims both
    (
        "en",
        "Forty people died in Velmar and 12 people died in Osterkamp, according to the fire service.",
        [
            ("Forty", "people died", "killed", "in Velmar", "fire service"),
            ("12", "people died", "killed", "in Osterkamp", "fire service"),
        ],
    ),
    # negative: the first figure's own clause names no place: the one after the comma is its own
    (
        "nl",
        "Er vielen 30 doden, in Velmar en Osterkamp, en 12 gewonden.",
        [("30", "doden", "killed", "in Velmar", None), ("12", "gewonden", "wounded", "in Velmar", None)],
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), PLACES_AND_CLAIMANTS)
def test_place_and_claimant_of_the_figures_own_clause(language: str, sentence: str, expected: list) -> None:
    assert _figures(sentence, language) == expected


BORROWED_LABELS = [
    # a number with a verb of its own after "and"/"en" borrows no event from the clause before
    (
        "en",
        "Dozens are missing and 40,000 are sheltering in school halls.",
        [("Dozens", None, "missing", None, None), ("40,000", None, "displaced", None, None)],
    ),
    (
        "en",
        "Dozens are missing and 40,000 people are sheltering in school halls.",
        [("Dozens", None, "missing", None, None), ("40,000", "people", "displaced", None, None)],
    ),
    (
        "en",
        "At least 30 people were killed and 12 were in hospital.",
        [("At least 30", "people", "killed", None, None), ("12", None, "other", None, None)],
    ),
    (
        "nl",
        "Tientallen mensen worden vermist en 40.000 zitten in sporthallen.",
        [("Tientallen", "mensen", "missing", None, None), ("40.000", None, "other", None, None)],
    ),
    (
        "nl",
        "Tientallen mensen worden vermist en 40.000 mensen zitten in sporthallen.",
        [("Tientallen", "mensen", "missing", None, None), ("40.000", "mensen", "people", None, None)],
    ),
    # negative: no verb of its own: the number shares the clause before ("and 12 in B")
    (
        "en",
        "At least 30 people were killed in Velmar and 12 in Osterkamp.",
        [("At least 30", "people", "killed", "in Velmar", None), ("12", None, "killed", "in Osterkamp", None)],
    ),
    (
        "en",
        "The storm killed 30 and injured 12.",
        [("30", None, "killed", None, None), ("12", None, "wounded", None, None)],
    ),
    # negative: a verb of its own with an event after it keeps that event
    (
        "nl",
        "Zeker 30 mensen worden vermist en 200 zijn gewond.",
        [("Zeker 30", "mensen", "missing", None, None), ("200", None, "wounded", None, None)],
    ),
    (
        "en",
        "At least 30 people were killed and 12 were injured.",
        [("At least 30", "people", "killed", None, None), ("12", None, "wounded", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), BORROWED_LABELS)
def test_a_number_with_a_verb_of_its_own_borrows_no_label(language: str, sentence: str, expected: list) -> None:
    assert _figures(sentence, language) == expected
