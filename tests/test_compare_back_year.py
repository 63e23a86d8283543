"""A sentence that opens by pointing back ("It killed 900 people.", "Daarbij vielen 300 doden.") and names
no time counts the moment of the sentence before it: where that names a year before its page's year,
the figure is that year's count, apart from today's toll."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from claimtrack.compare.groups import FigureRecord, group_event
from claimtrack.compare.times import back_year

UTC = timezone.utc
PAGE = datetime(2025, 11, 3, 7, 0, tzinfo=UTC)


def _year(text: str, language: str) -> str:
    return back_year(text, text.rindex(". ") + 2, language)


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("The last great flood struck Orlen Vale in 1987. It killed at least 900 people.", "en", "then:1987"),
        ("Het dal liep in 1987 onder water. Toen brak ook de dijk bij Gralo. Daarbij vielen ruim 300 doden.", "nl",
         "then:1987"),
        # the sentence before names a day, not a year; the figure's own sentence names a time; no opener
        ("The flood struck Orlen Vale on Sunday. It killed at least 90 people.", "en", ""),
        ("The last great flood struck Orlen Vale in 1987. It killed 90 people on Sunday.", "en", ""),
        ("The last great flood struck Orlen Vale in 1987. The new one has killed 90 people.", "en", ""),
    ],
)
def test_the_year_a_sentence_points_back_to(text, language, year):
    assert _year(text, language) == year


def _record(fid, value, quantity):
    return FigureRecord(
        figure_id=fid, document_id=fid, doc_sha=f"sha{fid}", local_id=f"f{fid}", category="killed", unit=None,
        subject_key="dead", place_key="", claimant=None, claimant_key="", publisher=f"outlet{fid}",
        low=value, high=value, refers_to=PAGE, span=str(value), counted="dead", evidence="", event=1,
        quantity=quantity, time_basis="article", page_time=PAGE,
    )


def test_a_count_of_an_earlier_year_keeps_apart_from_the_toll():
    toll, old = _record(1, 640, "killed"), _record(2, 900, "killed|then:1987")
    groups = group_event([toll, old])
    assert sorted(sorted(i for c in g.claims for i in c.figure_ids) for g in groups) == [[1], [2]]
    assert not any(g.disagreement for g in groups)
    # the page's own year is today's story: one group, and the two counts quarrel
    this_year = _record(3, 900, "killed|then:2025")
    (g,) = group_event([toll, this_year])
    assert g.disagreement
