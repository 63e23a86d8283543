"""English constructions of real news that claimtrack missed (the acc track): every
sentence here is invented for these tests."""

from __future__ import annotations

from test_constructions_en import _statements


def test_a_named_television_station_reports_a_count() -> None:
    text = "Norway's private Polar television reported a death toll of more than 4,000 in the north."
    assert _statements(text) == [
        ("Polar television", "reported", "a death toll of more than 4,000 in the north", "indirect")
    ]
    assert _statements("The Fjord tabloid reported that 40 people died.") == [
        ("Fjord tabloid", "reported", "40 people died", "indirect")
    ]
