"""A feed cut short inside its last entry: the entry is read as far as it goes, with a warning;
a feed cut after a whole entry reads every entry without one. Every text here is invented."""

from __future__ import annotations

from claimtrack.read.feeds import feed_items

HEAD = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Krant</title>'
WHOLE = b"<item><title>Brand</title><description>De brandweer zegt dat 12 woningen zijn ontruimd.</description></item>"
CUT = b"<item><title>Dijk</title><description>Het waterschap zegt dat 40 wo"


def _read(data: bytes) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.document.text, i.document.warnings) for i in feed_items(data, "krant.rss", path="krant.rss")]


def test_a_feed_cut_inside_its_last_entry_warns_on_that_entry() -> None:
    assert _read(HEAD + WHOLE + CUT) == [
        ("Brand\nDe brandweer zegt dat 12 woningen zijn ontruimd.", ()),
        ("Dijk", ("the feed ends inside this entry (cut short?): the entry may be incomplete",)),
    ]


def test_a_feed_cut_after_a_whole_entry_has_no_warning() -> None:
    assert _read(HEAD + WHOLE) == [("Brand\nDe brandweer zegt dat 12 woningen zijn ontruimd.", ())]
