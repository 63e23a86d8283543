"""An interior ministry is one voice under its names, and a voice named without its country is
that voice of the one country its group names ("the interior ministry" beside the
ministerie van Binnenlandse Zaken in Velmoria); beside two countries' voices it stays apart."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from claimtrack.compare.groups import FigureRecord, group_event
from claimtrack.compare.keys import text_key
from claimtrack.compare.voices import voice

UTC = timezone.utc
DUSK = datetime(2026, 3, 14, 18, 0, tzinfo=UTC)


def _record(fid, value, claimant, when):
    return FigureRecord(
        figure_id=fid, document_id=fid, doc_sha=f"sha{fid}", local_id=f"f{fid}", category="killed", unit=None,
        subject_key="x", place_key="", claimant=claimant, claimant_key=claimant.casefold(), publisher=f"outlet{fid}",
        low=value, high=value, refers_to=when, span=str(value), counted="doden", evidence=f"{value} doden.",
        event=1, quantity="killed", time_basis="article",
    )


@pytest.mark.parametrize(
    ("claimant", "key"),
    [
        ("the interior ministry", "voice:interior"),
        ("the Ministry of the Interior", "voice:interior"),
        ("het ministerie van Binnenlandse Zaken", "voice:interior"),
        ("ministerie van Binnenlandse Zaken in Velmoria", "voice:interior"),  # an unknown place is no country
        ("Interior Ministry spokesman Dario Pell", "interior ministry spokesman dario pell"),
    ],
)
def test_an_interior_ministry_is_one_voice(claimant, key):
    assert voice(text_key(claimant)) == key


def _disagreements(records):
    (g,) = group_event(records)
    return sorted(tuple(sorted((d.claimant_a, d.claimant_b))) for d in g.disagreements)


def test_a_voice_without_its_country_is_that_of_the_one_country_named():
    later = DUSK  # one moment: a later, higher count of another voice would be an update anyway
    bare = _record(1, 1310, "the interior ministry", DUSK)
    french = _record(2, 2045, "ministerie van Binnenlandse Zaken in Frankrijk", later)
    assert _disagreements([bare, french]) == []  # one ministry's two counts
    # beside two countries' interior ministries the one named without a country may be either: apart
    spanish = _record(3, 2045, "ministerie van Binnenlandse Zaken in Spanje", later)
    assert _disagreements([bare, french, spanish]) == [
        ("ministerie van Binnenlandse Zaken in Frankrijk", "the interior ministry"),
        ("ministerie van Binnenlandse Zaken in Spanje", "the interior ministry"),
    ]
