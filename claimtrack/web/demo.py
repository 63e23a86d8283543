"""Invented demo pages, extracted by hand, for the web tests, the benchmark and the screenshots.

The texts are written for claimtrack (invented places, people and numbers; no
news copy). Their extractions are built here span by span, so that the pages,
the tests and the screenshots do not depend on how good the extractor is today:
two outlets report missing people after a flood in the invented city of
Velmoor, the mayor and the coast guard disagree, and one page carries
hostile markup (``<script>``, ``onerror=``) that must render as text.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from claimtrack.model import (
    Article,
    Dateline,
    DocumentSource,
    Extraction,
    Figure,
    Source,
    Span,
    Statement,
    TimeRef,
)

CET = timezone(timedelta(hours=1))

PAGE_A = (
    "Burgemeester: 240 mensen vermist na overstroming in Velmoor\n"
    "VELMOOR (ANP) - Burgemeester Mirte Hollander zegt dat er in Velmoor inmiddels 240 mensen vermist zijn. "
    "De kustwacht meldde eerder dinsdag nog dat 95 mensen vermist waren.\n"
    "Hollander schrijft op X dat de dijk bij de haven op drie plaatsen is bezweken.\n"
    "Meer uit Buitenland\n"
    "OSTRAVIN (ANP/AFP) - De haven van Ostravin gaat na twee weken staking weer open.\n"
    "12 minuten geleden"
)

PAGE_B = (
    "Kustwacht telt 130 vermisten in Velmoor\n"
    "VELMOOR (RTR) - Volgens de kustwacht zijn in Velmoor 130 mensen vermist. "
    "Burgemeester Mirte Hollander zei eerder dat het er veel meer zijn.\n"
    "Meer uit Buitenland\n"
    "KELDRA (ANP) - In Keldra zijn honderden mensen de straat op gegaan tegen de nieuwe havenwet.\n"
    "2 uur geleden"
)

PAGE_HOSTILE = (
    'Test <script>alert("xss")</script> kop\n'
    'DELFT (ANP) - Woordvoerder Kees <img src=x onerror="alert(1)"> Mol zegt dat 12 mensen gewond zijn geraakt.'
)


def _find(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def _after(text: str, needle: str, start: int) -> Span:
    at = text.index(needle, start)
    return Span.of(text, at, at + len(needle))


def _source(url: str, text: str, fetched_at: datetime) -> DocumentSource:
    return DocumentSource(None, url, fetched_at, hashlib.sha256(text.encode("utf-8")).hexdigest())


def page_a(
    fetched_at: datetime = datetime(2026, 1, 13, 22, 0, tzinfo=CET),
    url: str = "https://nieuws.example.nl/velmoor-1",
    *,
    place: str = "Velmoor",
    mayor: int = 240,
    guard: int = 95,
) -> Extraction:
    """The mayor's 240 and the coast guard's earlier 95, plus a teaser 12 minutes old.

    ``place``, ``mayor`` and ``guard`` vary the page (the benchmark builds thousands).
    """
    t = (
        PAGE_A.replace("240", "\0M").replace("95", "\0G").replace("Velmoor", place).replace("VELMOOR", place.upper())
        .replace("\0M", str(mayor)).replace("\0G", str(guard))
    )
    head = _find(t, t[: t.index("\n")])
    dl = t.index(f"{place.upper()} (ANP) - ")
    teaser_time = _after(t, "12 minuten geleden", t.index("OSTRAVIN"))
    a0 = Article(
        "a0", "main", "Buitenland", head, Dateline(place.upper(), ("ANP",), dl, dl + len(place) + 9),
        None, Span.of(t, dl, t.index("\nMeer uit")),
    )
    a1 = Article(
        "a1", "teaser", "Buitenland", None,
        Dateline("OSTRAVIN", ("ANP", "AFP"), t.index("OSTRAVIN"), t.index("OSTRAVIN") + 21),
        TimeRef(teaser_time, fetched_at - timedelta(minutes=12), "minute", "fetched_at"),
        Span.of(t, t.index("OSTRAVIN"), teaser_time.start - 1),
    )
    c0 = _after(t, f"er in {place} inmiddels {mayor} mensen vermist zijn", dl)
    c1 = _after(t, f"{guard} mensen vermist waren", c0.end)
    s0 = Statement(
        "s0", "a0", (Source(_after(t, "Burgemeester Mirte Hollander", dl), "Mirte Hollander", "PER"),),
        _after(t, "zegt", dl), "zeggen", c0, "indirect",
    )
    s1 = Statement(
        "s1", "a0", (Source(_find(t, "De kustwacht"), "kustwacht", "ORG"),), _find(t, "meldde"),
        "melden", c1, "indirect", time=TimeRef(_find(t, "eerder dinsdag"), None, "day", None),
    )
    s2 = Statement(
        "s2", "a0", (Source(_after(t, "Hollander", c1.end), "Mirte Hollander", "PER"),),
        _find(t, "schrijft"), "schrijven", _find(t, "de dijk bij de haven op drie plaatsen is bezweken"), "indirect",
        medium=_find(t, "op X"),
    )
    n0 = _after(t, str(mayor), c0.start)
    n1 = _after(t, str(guard), c1.start)
    f0 = Figure(
        "f0", "a0", n0, mayor, mayor, False, None, _after(t, "mensen vermist", n0.end), "missing",
        location=_after(t, place, c0.start), statement="s0", source_name="Mirte Hollander",
    )
    f1 = Figure(
        "f1", "a0", n1, guard, guard, False, None, _after(t, "mensen vermist", n1.end), "missing",
        time=s1.time, statement="s1", source_name="kustwacht",
    )
    return Extraction(_source(url, t, fetched_at), "nl", t, (a0, a1), (s0, s1, s2), (f0, f1))


def page_b(fetched_at: datetime = datetime(2026, 1, 14, 9, 30, tzinfo=CET), url: str = "https://krant.example.com/vermisten") -> Extraction:
    """The coast guard's 130 (a revision of its 95), and a teaser with "honderden" (200-999)."""
    t = PAGE_B
    a0 = Article(
        "a0", "main", "Buitenland", _find(t, "Kustwacht telt 130 vermisten in Velmoor"),
        Dateline("VELMOOR", ("RTR",), t.index("VELMOOR (RTR) - "), t.index("VELMOOR (RTR) - ") + 16),
        None, Span.of(t, t.index("VELMOOR (RTR) - "), t.index("\nMeer uit")),
    )
    a1 = Article(
        "a1", "teaser", "Buitenland", None,
        Dateline("KELDRA", ("ANP",), t.index("KELDRA (ANP) - "), t.index("KELDRA (ANP) - ") + 15),
        TimeRef(_find(t, "2 uur geleden"), fetched_at - timedelta(hours=2), "hour", "fetched_at"),
        Span.of(t, t.index("KELDRA (ANP) - "), t.index("\n2 uur")),
    )
    s0 = Statement(
        "s0", "a0", (Source(_find(t, "de kustwacht"), "kustwacht", "ORG"),), _find(t, "Volgens"),
        "volgens", _find(t, "zijn in Velmoor 130 mensen vermist"), "according_to",
    )
    s1 = Statement(
        "s1", "a0", (Source(_find(t, "Burgemeester Mirte Hollander"), "Mirte Hollander", "PER"),), _find(t, "zei"), "zeggen",
        _find(t, "het er veel meer zijn"), "indirect", time=TimeRef(_find(t, "eerder"), None, "day", None),
    )
    f0 = Figure(
        "f0", "a0", _find(t, "130", 1), 130, 130, False, None, _find(t, "mensen vermist"), "missing",
        location=_find(t, "Velmoor", 1), statement="s0", source_name="kustwacht",
    )
    f1 = Figure(
        "f1", "a1", _find(t, "honderden"), 200, 999, True, None, _find(t, "mensen de straat op gegaan"), "people",
        location=_find(t, "Keldra"),
    )
    return Extraction(_source(url, t, fetched_at), "nl", t, (a0, a1), (s0, s1), (f0, f1))


def page_hostile(fetched_at: datetime = datetime(2026, 1, 14, 12, 0, tzinfo=CET), url: str = "https://evil.example.org/x") -> Extraction:
    """A page whose text holds ``<script>`` and an ``onerror=`` attribute, with marks around them."""
    t = PAGE_HOSTILE
    a0 = Article(
        "a0", "main", None, _find(t, 'Test <script>alert("xss")</script> kop'),
        Dateline("DELFT", ("ANP",), t.index("DELFT"), t.index("DELFT") + 14), None,
        Span.of(t, t.index("DELFT"), len(t)),
    )
    s0 = Statement(
        "s0", "a0", (Source(_find(t, 'Woordvoerder Kees <img src=x onerror="alert(1)"> Mol'), 'Kees <img src=x onerror="alert(1)"> Mol', "PER"),),
        _find(t, "zegt"), "zeggen", _find(t, "12 mensen gewond zijn geraakt"), "indirect",
    )
    f0 = Figure(
        "f0", "a0", _find(t, "12"), 12, 12, False, None, _find(t, "mensen gewond"), "wounded",
        statement="s0", source_name='Kees <img src=x onerror="alert(1)"> Mol',
    )
    return Extraction(_source(url, t, fetched_at), "nl", t, (a0,), (s0,), (f0,))


def demo_extractions() -> tuple[Extraction, ...]:
    """The three demo pages: :func:`page_a`, :func:`page_b`, :func:`page_hostile`."""
    return page_a(), page_b(), page_hostile()
