"""How a page tells a count (corrections.role): earlier and replaced, said before, or neither,
read from one fold of the words around the figure; the same answers as earlier() and said_before()."""

from __future__ import annotations

import pytest

from claimtrack.compare.corrections import EARLIER, SAID_BEFORE, earlier, role, said_before


def _at(text: str, number: str) -> tuple[int, int]:
    i = text.index(number)
    return i, i + len(number)


@pytest.mark.parametrize(
    ("text", "number", "language", "told"),
    [
        ("The council revised the toll down to 40, from the previous figure of 52.", "52", "en", EARLIER),
        ("Het dodental werd bijgesteld van 52 naar 40.", "52", "nl", EARLIER),
        ("Aanvankelijk was sprake van 52 doden.", "52", "nl", EARLIER),
        ("Reports that 52 people died are not correct, the mayor said.", "52", "en", EARLIER),
        ("Police had said 52 people were hurt.", "52", "en", SAID_BEFORE),
        ("De kustwacht meldde eerder 45 vermisten.", "45", "nl", SAID_BEFORE),
        # a clause cut after a number glued to a word ("5km"): the sentence's words run across it
        ("Previously the 5km route held 52 marchers.", "52", "en", EARLIER),
        ("After a 5km walk, 52 marchers arrived.", "52", "en", ""),
        ("The ministry said earlier on Monday there were 1100.", "1100", "en", SAID_BEFORE),  # earlier only beside its own other count
        ("Er vielen 40 doden bij de brand in Velmar.", "40", "nl", ""),
    ],
)
def test_role_tells_how_a_page_gives_a_count(text, number, language, told):
    start, end = _at(text, number)
    assert role(text, start, end, language) == told
    assert earlier(text, start, end, language) == (told == EARLIER)
    if told != EARLIER:
        assert said_before(text, start, end, language) == (told == SAID_BEFORE)
