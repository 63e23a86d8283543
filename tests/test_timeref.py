"""Time references: finding expressions (exact spans) and resolving them (exact values).

All sentences here are invented for the tests. Anchors are written out in full;
Wednesday 14 January 2026, 22:00 in Amsterdam is the usual one.
"""

from __future__ import annotations

import itertools
import pickle
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.model import Span
from claimtrack.timeref import find_time_expressions, find_times, match_age, resolve

AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")
WED = "2026-01-14T22:00:00+01:00"  # a Wednesday evening, winter time
SUMMER = "2026-07-01T10:00:00+02:00"  # a Wednesday morning, summer time
DST_NIGHT = "2026-03-29T03:10:00+02:00"  # ten minutes after the clocks went forward
MONDAY_AFTER_DST = "2026-03-30T12:00:00+02:00"
WED_NY = "2026-01-14T22:00:00-05:00"


def anchor_at(iso: str | None, tz: ZoneInfo = AMS) -> datetime | None:
    """The anchor time in a real time zone (so DST rules apply), or None."""
    if iso is None:
        return None
    value = datetime.fromisoformat(iso)
    assert value.utcoffset() is not None
    return value.astimezone(tz)


def whole(text: str) -> Span:
    return Span.of(text, 0, len(text))


# (language, text, expected span text, anchor time, expected value, granularity, expected anchor)
# The anchor passed is "fetched_at" for ages (teaser times) and "published" otherwise.
ROWS = [
    # ages
    (
        "nl",
        "Rellen bij het stadion 34 minuten geleden.",
        "34 minuten geleden",
        WED,
        "2026-01-14T21:26:00+01:00",
        "minute",
        "fetched_at",
    ),
    (
        "nl",
        "1 uur geleden",
        "1 uur geleden",
        WED,
        "2026-01-14T21:00:00+01:00",
        "hour",
        "fetched_at",
    ),
    (
        "nl",
        "2 dagen geleden",
        "2 dagen geleden",
        WED,
        "2026-01-12T00:00:00+01:00",
        "day",
        "fetched_at",
    ),
    (
        "nl",
        "Het nieuws kwam een minuut geleden binnen.",
        "een minuut geleden",
        WED,
        "2026-01-14T21:59:00+01:00",
        "minute",
        "fetched_at",
    ),
    (
        "nl",
        "anderhalf uur geleden",
        "anderhalf uur geleden",
        WED,
        "2026-01-14T20:30:00+01:00",
        "hour",
        "fetched_at",
    ),
    (
        "nl",
        "7 uur geledenZWOLLE (ANP) - De brug gaat dicht.",
        "7 uur geleden",
        WED,
        "2026-01-14T15:00:00+01:00",
        "hour",
        "fetched_at",
    ),
    (
        "nl",
        "3 weken geleden",
        "3 weken geleden",
        WED,
        "2025-12-22T00:00:00+01:00",
        "week",
        "fetched_at",
    ),
    (
        "nl",
        "2 maanden geleden",
        "2 maanden geleden",
        WED,
        "2025-11-01T00:00:00+01:00",
        "month",
        "fetched_at",
    ),
    (
        "nl",
        "5 min. geleden",
        "5 min. geleden",
        WED,
        "2026-01-14T21:55:00+01:00",
        "minute",
        "fetched_at",
    ),
    # relative days and day parts
    (
        "nl",
        "De raad besloot gisteren dat de haven dichtgaat.",
        "gisteren",
        WED,
        "2026-01-13T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Vandaag is de weg weer open.",
        "Vandaag",
        WED,
        "2026-01-14T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Eergisteren viel de stroom uit.",
        "Eergisteren",
        WED,
        "2026-01-12T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "De wethouder spreekt vanavond de raad toe.",
        "vanavond",
        WED,
        "2026-01-14T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Gisteravond brandde een schuur af.",
        "Gisteravond",
        WED,
        "2026-01-13T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Vandaag 3.000 mensen op de been.",
        "Vandaag",
        WED,
        "2026-01-14T00:00:00+01:00",
        "day",
        "published",
    ),
    # weekdays
    (
        "nl",
        "Burgemeester Jansen zei maandag dat de brug dicht blijft.",
        "maandag",
        WED,
        "2026-01-12T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "De stemming is woensdag.",
        "woensdag",
        WED,  # today is the weekday
        "2026-01-14T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Ze zei eerder maandag nog iets anders.",
        "eerder maandag",
        WED,
        "2026-01-12T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "De fabriek sloot afgelopen dinsdag.",
        "afgelopen dinsdag",
        WED,
        "2026-01-13T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "De fabriek sloot afgelopen woensdag.",
        "afgelopen woensdag",
        WED,
        "2026-01-07T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Het kabinet besloot op woensdag tot steun.",
        "op woensdag",
        WED,
        "2026-01-14T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "De bond kondigde eerder op woensdag een staking aan.",
        "eerder op woensdag",
        WED,
        "2026-01-14T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Woensdagavond ging het mis.",
        "Woensdagavond",
        WED,
        "2026-01-14T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Het lek werd maandagochtend ontdekt.",
        "maandagochtend",
        WED,
        "2026-01-12T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "De raad stemt komende vrijdag.",
        "komende vrijdag",
        WED,
        "2026-01-16T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Dat gebeurde vorige week dinsdag al.",
        "vorige week dinsdag",
        WED,
        "2026-01-06T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Dat gebeurde dinsdag vorige week al.",
        "dinsdag vorige week",
        WED,
        "2026-01-06T00:00:00+01:00",
        "day",
        "published",
    ),
    # periods
    (
        "nl",
        "Vorige week vielen er 40 doden.",
        "Vorige week",
        WED,
        "2026-01-05T00:00:00+01:00",
        "week",
        "published",
    ),
    (
        "nl",
        "Deze week komt het rapport.",
        "Deze week",
        WED,
        "2026-01-12T00:00:00+01:00",
        "week",
        "published",
    ),
    (
        "nl",
        "De prijzen stegen vorige maand.",
        "vorige maand",
        WED,
        "2025-12-01T00:00:00+01:00",
        "month",
        "published",
    ),
    (
        "nl",
        "Vorig jaar kwamen er 800 bij.",
        "Vorig jaar",
        WED,
        "2025-01-01T00:00:00+01:00",
        "year",
        "published",
    ),
    # dates
    (
        "nl",
        "Op 23 december werd hij opgepakt.",
        "23 december",
        WED,  # year boundary
        "2025-12-23T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Op 23 december 2025 werd hij opgepakt.",
        "23 december 2025",
        None,
        "2025-12-23T00:00:00+01:00",
        "day",
        "absolute",
    ),
    (
        "nl",
        "Bijgewerkt 14-01-2026",
        "14-01-2026",
        None,
        "2026-01-14T00:00:00+01:00",
        "day",
        "absolute",
    ),
    (
        "nl",
        "Gepubliceerd 14 jan. in de ochtend",
        "14 jan.",
        WED,
        "2026-01-14T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Geplaatst 14 januari 2026, 21:15",
        "14 januari 2026, 21:15",
        None,
        "2026-01-14T21:15:00+01:00",
        "minute",
        "absolute",
    ),
    (
        "nl",
        "Bijgewerkt vandaag 14:05",
        "vandaag 14:05",
        WED,
        "2026-01-14T14:05:00+01:00",
        "minute",
        "published",
    ),
    (
        "nl",
        "De brand begon gisteren om 21.15 uur.",
        "gisteren om 21.15 uur",
        WED,
        "2026-01-13T21:15:00+01:00",
        "minute",
        "published",
    ),
    (
        "nl",
        "De zitting is dinsdag 13 januari geweest.",
        "dinsdag 13 januari",
        WED,
        "2026-01-13T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Versie van 2026-01-10.",
        "2026-01-10",
        None,
        "2026-01-10T00:00:00+01:00",
        "day",
        "absolute",
    ),
    (
        "nl",
        "Sinds januari 2026 geldt de regel.",
        "januari 2026",
        None,
        "2026-01-01T00:00:00+01:00",
        "month",
        "absolute",
    ),
    (
        "nl",
        "De wet ging in december in.",
        "in december",
        WED,
        "2025-12-01T00:00:00+01:00",
        "month",
        "published",
    ),
    (
        "nl",
        "De wet ging in 2025 in.",
        "in 2025",
        None,
        "2025-01-01T00:00:00+01:00",
        "year",
        "absolute",
    ),
    (
        "nl",
        "Het feest op 3 mei trok veel mensen.",
        "3 mei",
        WED,
        "2025-05-03T00:00:00+02:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Geboren op 29 februari.",
        "29 februari",
        WED,
        "2024-02-29T00:00:00+01:00",
        "day",
        "published",
    ),
    (
        "nl",
        "Een datum als 31 februari 2026 bestaat niet.",
        "31 februari 2026",
        WED,
        None,
        "day",
        "absolute",
    ),
    # unknown anchor: the expression stays, the value is not guessed
    (
        "nl",
        "Ze zei eerder maandag nog iets anders.",
        "eerder maandag",
        None,
        None,
        "day",
        "published",
    ),
    (
        "nl",
        "34 minuten geleden",
        "34 minuten geleden",
        None,
        None,
        "minute",
        "fetched_at",
    ),
    (
        "nl",
        "Op 23 december werd hij opgepakt.",
        "23 december",
        None,
        None,
        "day",
        "published",
    ),
    (
        "nl",
        "Vorige week vielen er 40 doden.",
        "Vorige week",
        None,
        None,
        "week",
        "published",
    ),
    # summer time and the DST change
    (
        "nl",
        "Gisteren regende het.",
        "Gisteren",
        SUMMER,
        "2026-06-30T00:00:00+02:00",
        "day",
        "published",
    ),
    (
        "nl",
        "34 minuten geleden",
        "34 minuten geleden",
        SUMMER,
        "2026-07-01T09:26:00+02:00",
        "minute",
        "fetched_at",
    ),
    (
        "nl",
        "34 minuten geleden",
        "34 minuten geleden",
        DST_NIGHT,
        "2026-03-29T01:36:00+01:00",
        "minute",
        "fetched_at",
    ),
    (
        "nl",
        "Vorige week vielen er 40 doden.",
        "Vorige week",
        MONDAY_AFTER_DST,
        "2026-03-23T00:00:00+01:00",
        "week",
        "published",
    ),
    (
        "nl",
        "Eergisteren viel de stroom uit.",
        "Eergisteren",
        MONDAY_AFTER_DST,
        "2026-03-28T00:00:00+01:00",
        "day",
        "published",
    ),
]

ROWS_EN = [
    (
        "en",
        "Shots were heard 34 minutes ago.",
        "34 minutes ago",
        WED_NY,
        "2026-01-14T21:26:00-05:00",
        "minute",
        "fetched_at",
    ),
    (
        "en",
        "an hour ago",
        "an hour ago",
        WED_NY,
        "2026-01-14T21:00:00-05:00",
        "hour",
        "fetched_at",
    ),
    (
        "en",
        "The mayor said earlier on Monday that the bridge stays shut.",
        "earlier on Monday",
        WED_NY,
        "2026-01-12T00:00:00-05:00",
        "day",
        "published",
    ),
    (
        "en",
        "The vote was held on Monday.",
        "on Monday",
        WED_NY,
        "2026-01-12T00:00:00-05:00",
        "day",
        "published",
    ),
    (
        "en",
        "Prices rose last week.",
        "last week",
        WED_NY,
        "2026-01-05T00:00:00-05:00",
        "week",
        "published",
    ),
    (
        "en",
        "He was held on 23 December.",
        "23 December",
        WED_NY,
        "2025-12-23T00:00:00-05:00",
        "day",
        "published",
    ),
    (
        "en",
        "He was held on December 23, 2025.",
        "December 23, 2025",
        WED_NY,
        "2025-12-23T00:00:00-05:00",
        "day",
        "absolute",
    ),
    (
        "en",
        "The blast came on Monday night.",
        "on Monday night",
        WED_NY,
        "2026-01-12T00:00:00-05:00",
        "day",
        "published",
    ),
    (
        "en",
        "Police said last night that two men fled.",
        "last night",
        WED_NY,
        "2026-01-13T00:00:00-05:00",
        "day",
        "published",
    ),
    (
        "en",
        "Posted December 23rd, 2025 at 9:15 pm",
        "December 23rd, 2025 at 9:15 pm",
        WED_NY,
        "2025-12-23T21:15:00-05:00",
        "minute",
        "absolute",
    ),
]


@pytest.mark.parametrize(
    (
        "language",
        "text",
        "expected",
        "anchor_iso",
        "value",
        "granularity",
        "anchor_out",
    ),
    ROWS + ROWS_EN,
)
def test_find_and_resolve(
    language: str,
    text: str,
    expected: str,
    anchor_iso: str | None,
    value: str | None,
    granularity: str,
    anchor_out: str,
) -> None:
    spans = find_time_expressions(text, whole(text), language)
    start = text.index(expected)
    assert spans == (Span(expected, start, start + len(expected)),)
    passed = "fetched_at" if anchor_out == "fetched_at" else "published"
    tz = NYC if language == "en" else AMS
    ref = resolve(
        spans[0], language, anchor_time=anchor_at(anchor_iso, tz), anchor=passed
    )
    assert ref.expression == spans[0]
    assert (ref.value.isoformat() if ref.value else None) == value
    assert ref.granularity == granularity
    assert ref.anchor == anchor_out


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "De maandagen zijn altijd druk."),
        ("nl", "Mei Chen zei dat het werkt."),
        (
            "nl",
            "Het verzet duurde in mei nog voort.",
        ),  # "mei" is a month only after a day number
        ("nl", "Het duurde weken voordat er hulp kwam."),
        ("nl", "Enkele weken geleden begon het."),  # "weken" without a number
        ("nl", "De zondagskrant lag op de mat."),
        ("nl", "Goedemorgen, zei de burgemeester; 's morgens is het rustig."),
        ("nl", "In de MAANDAGKRANT stond niets."),
        ("nl", "Het duurde 1.34 minuten."),
        ("nl", "Er waren 3 uur lang 200 agenten."),
        ("nl", "Over de weg van de dag wordt gesproken."),
        ("en", "The agony of the Sundays."),
        ("en", "They may never know; in May nothing happened."),
    ],
)
def test_no_time_expression(language: str, text: str) -> None:
    assert find_time_expressions(text, whole(text), language) == ()


def test_several_expressions_in_text_order_longest_first() -> None:
    text = (
        "De minister zei eerder op woensdag dat de dijk vorige week dinsdag al lekte; "
        "gisteravond om 22.10 uur brak hij door. Op 3 januari 2026 was er nog niets aan de hand."
    )
    spans = find_time_expressions(text, whole(text), "nl")
    assert [(s.text, s.start, s.end) for s in spans] == [
        ("eerder op woensdag", 16, 34),
        ("vorige week dinsdag", 47, 66),
        ("gisteravond om 22.10 uur", 77, 101),
        ("3 januari 2026", 120, 134),
    ]
    for s in spans:
        assert text[s.start : s.end] == s.text


def test_no_expression_spans_a_line_break() -> None:
    text = "Het gebeurde eerder\nmaandag en vandaag\n14:05 Kop"
    spans = find_time_expressions(text, whole(text), "nl")
    assert spans == (Span("maandag", 20, 27), Span("vandaag", 31, 38))


def test_weekday_abbreviation_only_before_a_date() -> None:
    text = "Wed. Jan. 14 was quiet; on Wed it was not."
    spans = find_time_expressions(text, whole(text), "en")
    assert spans == (Span("Wed. Jan. 14", 0, 12),)
    ref = resolve(
        spans[0], "en", anchor_time=anchor_at(WED_NY, NYC), anchor="published"
    )
    assert (
        ref.value is not None and ref.value.isoformat() == "2026-01-14T00:00:00-05:00"
    )
    text = "wo 14 jan. zo rustig; zo 14 mensen"
    assert [s.text for s in find_time_expressions(text, whole(text), "nl")] == [
        "wo 14 jan."
    ]


def test_within_limits_the_search() -> None:
    text = "Maandag sloot de markt. Dinsdag ging hij weer open."
    second = Span.of(text, 24, len(text))
    assert find_time_expressions(text, second, "nl") == (Span("Dinsdag", 24, 31),)


def test_seed_page_times(seed_path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    spans = find_time_expressions(text, whole(text), "nl")
    assert [s.text for s in spans] == [
        "eerder maandag",
        "34 minuten geleden",
        "1 uur geleden",
        "woensdag",
        "2 uur geleden",
        "3 uur geleden",
        "vandaag",
        "4 uur geleden",
        "eerder op woensdag",
        "6 uur geleden",
        "7 uur geleden",
    ]
    glued = next(s for s in spans if s.text == "34 minuten geleden")
    assert text[glued.end].isupper()  # glued to the next teaser's place name
    # the main article has no date: its "eerder maandag" stays unresolved
    ref = resolve(spans[0], "nl", anchor_time=None, anchor="published")
    assert (ref.value, ref.granularity, ref.anchor) == (None, "day", "published")


@pytest.mark.parametrize(
    ("language", "text", "pos", "expected"),
    [
        (
            "nl",
            "stabiel is.\n34 minuten geledenWASHINGTON (ANP) - Iets",
            12,
            "34 minuten geleden",
        ),
        ("nl", "1 uur geledenTEHERAN", 0, "1 uur geleden"),
        ("nl", "2 dagen geleden", 0, "2 dagen geleden"),
        ("nl", "een minuut geleden", 0, "een minuut geleden"),
        ("nl", "gisterenBERLIJN (ANP) - Iets", 0, "gisteren"),
        ("nl", "x gisteren 21:15\nVolgende", 2, "gisteren 21:15"),
        ("en", "34 minutes agoLONDON (Reuters) - Something", 0, "34 minutes ago"),
        ("en", "1 hour ago", 0, "1 hour ago"),
        ("nl", "34 minuten later", 0, None),
        ("nl", "xx 34 minuten geleden", 0, None),  # not at pos
        ("nl", "weken geleden", 0, None),
        ("nl", "gisterenavondje", 0, None),
    ],
)
def test_match_age(language: str, text: str, pos: int, expected: str | None) -> None:
    span = match_age(text, pos, language)
    if expected is None:
        assert span is None
    else:
        assert span == Span(expected, pos, pos + len(expected))


def test_find_times_resolves_every_expression() -> None:
    text = "Gisteren en 2 uur geleden."
    refs = find_times(
        text, whole(text), "nl", anchor_time=anchor_at(WED), anchor="fetched_at"
    )
    assert [(r.expression.text, r.value.isoformat()) for r in refs] == [
        ("Gisteren", "2026-01-13T00:00:00+01:00"),
        ("2 uur geleden", "2026-01-14T20:00:00+01:00"),
    ]


@pytest.mark.parametrize(
    ("text", "anchor_iso", "value", "granularity", "anchor_out"),
    [
        # forms the grammar does not know go to dateparser, with the anchor as its base
        ("januari 2 2026", None, "2026-01-02T00:00:00+01:00", "day", "absolute"),
        ("2 jan. '26", WED, "2026-01-02T00:00:00+01:00", "day", "published"),
        ("2 jan. '26", None, None, "day", "published"),
        ("geen tijd hier", WED, None, "day", "published"),
    ],
)
def test_dateparser_fallback(
    text: str,
    anchor_iso: str | None,
    value: str | None,
    granularity: str,
    anchor_out: str,
) -> None:
    ref = resolve(
        Span(text, 0, len(text)),
        "nl",
        anchor_time=anchor_at(anchor_iso),
        anchor="published",
    )
    assert (ref.value.isoformat() if ref.value else None) == value
    assert (ref.granularity, ref.anchor) == (granularity, anchor_out)


def test_naive_anchor_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        resolve(
            Span("gisteren", 0, 8),
            "nl",
            anchor_time=datetime(2026, 1, 14, 22),
            anchor="published",
        )


def test_results_pickle() -> None:
    ref = resolve(
        Span("gisteren", 0, 8), "nl", anchor_time=anchor_at(WED), anchor="published"
    )
    assert pickle.loads(pickle.dumps(ref)) == ref


WORDS = st.sampled_from(
    [
        "maandag",
        "eerder",
        "op",
        "woensdagavond",
        "vorige",
        "week",
        "3",
        "mei",
        "23",
        "december",
        "2025",
        ",",
        "21:15",
        "uur",
        "geleden",
        "34",
        "minuten",
        "gisteren",
        "Mei",
        "weken",
        "in",
        "x",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=12), st.sampled_from([" ", "", "\n"]))
def test_spans_are_ordered_disjoint_and_resolvable(words: list[str], sep: str) -> None:
    text = sep.join(words)
    spans = find_time_expressions(text, whole(text), "nl")
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    for s in spans:
        assert text[s.start : s.end] == s.text and s.text
        ref = resolve(s, "nl", anchor_time=anchor_at(WED), anchor="published")
        assert ref.expression == s
        assert ref.value is None or ref.value.utcoffset() is not None
        assert resolve(s, "nl", anchor_time=None, anchor="published").anchor in (
            "published",
            "absolute",
        )


# ---------------------------------------------------------------- starts (the document layer)


def _starts_search(text: str, language: str) -> tuple[Span, ...]:
    from claimtrack.mentions import tokenize
    from claimtrack.timeref import expression_starts

    starts = expression_starts(tokenize(text, 0, len(text)), language)
    assert starts is not None
    return find_time_expressions(text, whole(text), language, starts=starts)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Op woensdagavond om 21.15 uur en eind-december 2025 sloot de haven van Kortveen."),
        ("nl", "Brand in loods\n34 minuten geledenWASHINGTON (ANP) - Eerder maandag zei de bond"),
        ("nl", "De inflatie steeg in 2025 tot 3,2 procent; in januari een uur geleden nog niet."),
        ("nl", "Zo 14 jan. om 9.30 uur, ma. 3 feb. en op 14-01-2026 meldde de gemeente 1.250 bezoekers."),
        ("nl", "ÉÉN UUR GELEDEN kwam gistermiddag het bericht, vanavond volgt meer."),
        ("en", "Late on Monday night, two hours ago, the port said on Jan. 3, 2026 at 7:45 a.m. it shut."),
        ("en", "The mid-January storm and the post-2020 rules; last week Tuesday it was 12 degrees."),
    ],
)
def test_searching_only_the_starts_finds_the_same_spans(language: str, text: str) -> None:
    expected = find_time_expressions(text, whole(text), language)
    assert expected  # every text holds expressions
    assert _starts_search(text, language) == expected


def test_starts_are_word_starts_that_may_open_an_expression() -> None:
    from claimtrack.mentions import tokenize
    from claimtrack.timeref import expression_starts

    text = "Maandagavond maakte de inflatie-cijfers in 2025 eind-december bekend."
    starts = expression_starts(tokenize(text, 0, len(text)), "nl")
    # "Maandagavond" (a day part glued on), "in", "2025", "december" after the joiner;
    # "maakte" and "inflatie" only begin with a first word ("ma", "in"): not tried
    assert [text[p : p + 8] for p in starts] == ["Maandaga", "in 2025 ", "2025 ein", "december"]


def test_sentence_times_searches_each_span_once_and_outside_the_parts_everywhere() -> None:
    from claimtrack.mentions import tokenize
    from claimtrack.timeref import SentenceTimes

    text = "Kop van dinsdag\nEerder maandag meldde de bond 40 leden. Vandaag volgt meer."
    head, body = Span.of(text, 0, 15), Span.of(text, 16, len(text))
    times = SentenceTimes(text, "nl", (head, body), (tokenize(text, 0, 15), tokenize(text, 16, len(text))))
    first = Span.of(text, 16, 55)
    assert times(first) == (Span("Eerder maandag", 16, 30),)
    assert times(first) is times(first)  # remembered, not searched again
    assert times(whole(text)) == find_time_expressions(text, whole(text), "nl")  # across parts
    assert [s.text for s in times(whole(text))] == ["dinsdag", "Eerder maandag", "Vandaag"]


# ---------------------------------------------------------------- per first character


def _groups(m: Any) -> dict[str, str] | None:
    return None if m is None else {k: v for k, v in m.groupdict().items() if v is not None}


def _same_at_every_position(text: str, language: str) -> None:
    """Where the full pattern matches, the first character's alternatives match the same
    span with the same groups, also as a whole match of the text from there."""
    from claimtrack.timeref import _grammar

    g = _grammar(language)
    for p in range(len(text)):
        full = g.pattern.match(text, p)
        got = g.by_first.match(text, p, len(text))
        assert (got and got.span()) == (full and full.span()), (text, p)
        assert _groups(got) == _groups(full), (text, p)
        whole = g.pattern.fullmatch(text, p)
        assert _groups(g.by_first.match(text, p, len(text), full=True)) == _groups(whole), (text, p)
    for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):  # a search of every position
        found = find_time_expressions(text, Span.of(text, start, end), language)
        assert [(s.start, s.end) for s in found] == [m.span() for m in g.pattern.finditer(text, start, end)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Op woensdagavond om 21.15 uur en eind-december 2025 sloot de haven van Kortveen."),
        ("nl", "Een uur geleden, eerder op dinsdag, in januari 2026, in 2025 en eergisteren 9:05."),
        ("nl", "Zo 14 jan. om 9.30 uur, ma. 3 feb. en op 14-01-2026; 2026-01-14 en vorige week dinsdag."),
        ("nl", "ÉÉN UUR GELEDEN kwam gistermiddag het bericht, vanavond volgt meer. Deze maand 1.34."),
        ("nl", "Koers 1.3 januari 2026, bod 2,5 dagen geleden en 4.12 uur geleden; 1,3 maart."),
        ("en", "Late on Monday night, two hours ago, the port said on Jan. 3, 2026 at 7:45 a.m. it shut."),
        ("en", "In March 2025, last week Tuesday, on 3 May and in 2024: an hour ago, yesterday at 9 pm."),
    ],
)
def test_each_first_character_tries_only_its_alternatives(language: str, text: str) -> None:
    _same_at_every_position(text, language)
    assert find_time_expressions(text, whole(text), language)  # every text holds expressions


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=10), st.sampled_from([" ", "", "-", ", "]))
def test_first_character_patterns_agree_on_random_text(words: list[str], sep: str) -> None:
    _same_at_every_position(sep.join(words), "nl")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="aAdDeEiIjJmMnNoOsStTwWyY0123456789 .,:-'’ſİé\n", max_size=40))
def test_first_character_patterns_agree_on_random_characters(text: str) -> None:
    for language in ("nl", "en"):
        _same_at_every_position(text, language)


def test_a_first_character_picks_fewer_alternatives() -> None:
    from claimtrack.timeref import _grammar

    g = _grammar("nl")
    assert g.by_first["b"] == ()  # no Dutch time expression opens with a "b"
    assert g.by_first["i"] == g.by_first["I"]  # case folded as the pattern folds it
    assert len(g.by_first["i"]) == 2  # "in januari", "in 2025"
    assert sum(len(p.pattern) for p in g.by_first["i"]) < len(g.pattern.pattern) / 4
    assert g.by_first.match("in januari 2026", 0, 15).end() == 15  # type: ignore[union-attr]
    assert g.by_first.match("in de haven", 0, 11) is None
    assert len(g.by_first["é"]) == len(g.by_first.alternatives)  # not ASCII: all alternatives


def test_an_alternative_is_compiled_when_first_needed() -> None:
    from claimtrack.timeref import _ByFirst

    fresh = _ByFirst("(?=x)", [("xa", ({"xa"},), False), ("yb", ({"yb"},), False), ("(?P<Y>1)9", ({"zz"},), True)])
    assert fresh.patterns == [None, None, None]
    assert fresh.match("19 mei", 0, 6).group("Y") == "1"  # type: ignore[union-attr]
    assert [p is not None for p in fresh.patterns] == [False, False, True]  # only the digit's
