"""Language identification reads a bounded sample of the page's running text."""

from __future__ import annotations

from claimtrack import langid

_DUTCH = "De wethouder van Oosterlo opende dinsdag de nieuwe brug over de rivier."
_ENGLISH = "The harbour master of Port Elling said the ferry would sail again on Friday."


def test_sample_keeps_running_text_lines_and_stops_at_the_limit():
    menu = "Home\nNieuws\nSport"  # short lines: chrome, not running text
    text = menu + "\n" + "\n".join([_DUTCH] * 200)
    piece = langid.sample(text)
    assert len(piece) == langid._SAMPLE_CHARS == 1000
    assert piece == "\n".join([_DUTCH] * 200)[:1000]
    assert "Home" not in piece


def test_sample_of_a_page_without_running_text_is_its_start():
    assert langid.sample("Home\nNieuws\nSport") == "Home\nNieuws\nSport"


def test_identify_judges_the_start_of_a_long_page():
    # a long page: its first kilobyte of running text decides
    found = langid.identify("\n".join([_DUTCH] * 300 + [_ENGLISH] * 300))
    assert found is not None and found.code == "nl" and found.supported
    found = langid.identify("\n".join([_ENGLISH] * 300))
    assert found is not None and found.code == "en" and found.supported
    assert found.confidence > 0.99
