"""A capitalised word after "in" that opens a sentence or a clause is a place, so the number
right after it is a count, not part of a name ("In Velmar 40 people died"; "en in Osterkamp
12"): before, "Velmar 40" read as a name with a number ("Boeing 737") and gave no figure, and
the figure before a trailing "in Osterkamp 12" took Osterkamp as its place.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from claimtrack.pipeline import extract

T0 = datetime(2025, 8, 20, 12, 0, tzinfo=timezone.utc)


def _figures(text, language):
    x = extract(text + "\n", language=language, fetched_at=T0)
    return [(f.span.text, f.low, f.location.text if f.location else None) for f in x.figures]


@pytest.mark.parametrize(
    ("language", "text", "want"),
    [
        ("en", "In Brakmoor 27 people were trapped.", [("27", 27, "In Brakmoor")]),
        ("en", "In Brakmoor 27 miners were trapped and in Quelling 9 were rescued.",
         [("27", 27, "In Brakmoor"), ("9", 9, "in Quelling")]),
        ("nl", "In Brakmoor raakten 27 mijnwerkers ingesloten en in Quelling 9.",
         [("27", 27, "In Brakmoor"), ("9", 9, "in Quelling")]),
        ("nl", "In Brakmoor 27 gewonden, in Quelling 9.", [("27", 27, "In Brakmoor"), ("9", 9, "in Quelling")]),
        # a name with a number stays a name: no "in" before it, or "in" inside the clause
        ("en", "The Brakmoor 27 docked at noon.", []),
        ("en", "Engineers met in Brakmoor 27 with the dock crews.", []),
        ("en", "Crews boarded the ferry Quelling 9 at dawn.", []),
    ],
)
def test_a_capitalised_word_after_an_opening_in_is_a_place(language, text, want):
    assert _figures(text, language) == want
