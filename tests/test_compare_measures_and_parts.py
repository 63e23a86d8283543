"""What a figure counts, as grouping reads it from a whole page (store.write.prepare, compare.quantities.refine):
a quake's magnitude is a measure, never a toll."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from claimtrack import extract
from claimtrack.compare.quantities import refine
from claimtrack.store.write import prepare

FETCHED = datetime(2031, 5, 14, 9, tzinfo=timezone.utc)


def _quantities(text: str, language: str) -> dict[str, str]:
    """Each figure's span -> its refined quantity label (qualifiers left out)."""
    x = extract(text.encode(), language=language, fetched_at=FETCHED)
    p = prepare(x)
    spans = {f.id: f for f in x.figures}
    out = {}
    for fid, quantity, *_ in p.groups.figures:
        f = spans[fid]
        k = p.figures[x.figures.index(f)]
        evidence = x.text[k.evidence.start : k.evidence.end]
        out[f.span.text] = refine(quantity, f.span.text, f.counted.text if f.counted else None, evidence).partition("|")[0]
    return out


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Wednesday's 6.3-magnitude earthquake killed 17 villagers and two nurses in the hills.", "en", "6.3-magnitude"),
        ("Officials said 212 people died across Peru after the 6.6 magnitude tremor on Monday.", "en", "6.6 magnitude"),
        ("Een beving met een kracht van 5,9 doodde woensdag 31 mensen in de vallei.", "nl", "kracht van 5,9"),
    ],
)
def test_a_magnitude_beside_a_toll_is_a_measure(text, language, span):
    got = _quantities(text, language)
    assert got[span] == "measure:magnitude"
    assert "killed" in got.values()  # the toll beside it stays the toll
