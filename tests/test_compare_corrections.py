"""A count a page gives as earlier and replaced is a step of a revision, not a claim at odds.

News that reports a correction prints the old count beside the new one in its own voice
("lowered the toll to 41, from the previous figure of 57"; "bijgesteld van 57 naar 41").
Each invented page here has a negative twin: the same numbers without a correction's words,
or two claimants giving different current counts, which still disagree.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from claimtrack.compare.corrections import earlier
from claimtrack.compare.groups import FigureRecord, copy_with, group_event
from claimtrack.store.groups import FigureInput, key_figures

UTC = timezone.utc
THURSDAY = datetime(2026, 5, 14, 12, 0, tzinfo=UTC)


def _marked(text: str, number: str, language: str, occurrence: int = 0) -> bool:
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(number, at + 1)
    return earlier(text, at, at + len(number), language)


@pytest.mark.parametrize(
    ("text", "number", "language", "expected"),
    [
        # a phrase right before the number
        ("The new official toll is 41, down from 57, the ministry said.", "57", "en", True),
        ("The new official toll is 41, down from 57, the ministry said.", "41", "en", False),
        ("The total would be 41 and not 57 as reported before.", "57", "en", True),
        ("Er vielen 41 doden in plaats van 57, meldt de brandweer.", "57", "nl", True),
        # the clause names an earlier count
        ("Ferry operators corrected the earlier reported toll of 57.", "57", "en", True),
        ("The harbour office initially counted 57 drowned.", "57", "en", True),
        ("Aanvankelijk was sprake van 57 doden bij de brand in Tessum.", "57", "nl", True),
        ("Eerder vandaag was er nog sprake van 57 doden.", "57", "nl", True),
        ("Vanochtend meldde de kustwacht nog dat er 57 doden waren.", "57", "nl", True),
        ("Gisteren werden nog 57 doden gemeld, nu zijn het er 80.", "57", "nl", True),
        # ... or the words opening its sentence do
        ("Initially, the harbour office said that 57 people had drowned.", "57", "en", True),
        ("Een eerdere telling sprak van 57 doden, 40 in Tessum en zeventien in Harlo.", "40", "nl", True),
        # the count a change moved from
        ("The coroner lowered the toll to 41 from 57 on Thursday.", "57", "en", True),
        ("Het dodental is bijgesteld van 57 naar 41.", "57", "nl", True),
        ("Het dodental is bijgesteld van 57 naar 41.", "41", "nl", False),
        # a phrase pointing back, then a change word
        ("Woensdag werden 57 doden gemeld. Dat aantal is nu naar beneden bijgesteld.", "57", "nl", True),
        ("Officials first put the toll at 57 deaths. That figure was later revised.", "57", "en", True),
        # later in its sentence, the page calls it wrong
        ("Reports that the ferry toll is 57 are not correct, the coroner said.", "57", "en", True),
        ("De omroep meldde 57 doden, maar dat klopt niet.", "57", "nl", True),
        ("Reports that the ferry toll is 57 are correct, the coroner said.", "57", "en", False),
        # negatives: "earlier" dating a claim, "from" without a change, a count still standing
        ("South Vardia said earlier on Monday there were 1100 casualties.", "1100", "en", False),
        ("Zuid-Vardia zei eerder maandag dat er 1100 slachtoffers waren.", "1100", "nl", False),
        ("Rescuers evacuated 300 people from 12 villages near the dam.", "12", "en", False),
        ("Er kwamen 30 mensen uit een groep van 57 reizigers om.", "57", "nl", False),
        ("Woensdag werden 57 doden gemeld. Het aantal gewonden is gestegen.", "57", "nl", False),
        ("In de opvang zitten nog honderden bewoners van de wijk.", "honderden", "nl", False),
    ],
)
def test_a_figure_given_as_replaced_is_earlier(text, number, language, expected):
    assert _marked(text, number, language) is expected


def test_a_phrase_pointing_back_points_to_the_nearest_figure_only():
    text = "Er vielen 57 doden en 12 gewonden. Dat aantal is gestegen."
    first = text.index("57")
    second = text.index("12")
    # the next figure stands between the first and the phrase pointing back
    assert earlier(text, first, first + 2, "nl", next_start=second) is False
    assert earlier(text, second, second + 2, "nl") is True


def _record(fid: int, doc: int, value: float, quantity_text: str, when: datetime, claimant: str | None = None) -> FigureRecord:
    return FigureRecord(
        figure_id=fid, document_id=doc, doc_sha=f"sha{doc}", local_id=f"f{fid}", category="killed", unit=None,
        subject_key="x", place_key="", claimant=claimant, claimant_key=(claimant or "").casefold(), publisher=f"outlet{doc}",
        low=value, high=value, refers_to=when, span=str(int(value)), counted=None, evidence="", event=1,
        quantity=quantity_text, time_basis="fetched",
    )


def _keyed(doc: int, text: str, numbers: list[tuple[str, float]], language: str, when: datetime) -> list[FigureRecord]:
    """Records of one invented page, keyed as the store keys them (counted subjects left to the words around)."""
    rows, at = [], 0
    for k, (number, _) in enumerate(numbers):
        at = text.index(number, at)
        rows.append(FigureInput(doc * 10 + k, at, at + len(number), None, "killed", None, 0))
        at += len(number)
    keys = key_figures(text, language, rows)
    return [_record(r.id, doc, value, k["quantity"], when) for r, k, (_, value) in zip(rows, keys, numbers)]


def _judged(records: list[FigureRecord]):  # type: ignore[no-untyped-def]
    groups = group_event(records)
    assert len(groups) == 1
    g = groups[0]
    return g, [(c.low, c.earlier) for c in g.claims]


def test_a_page_reporting_a_correction_down_revises_and_does_not_disagree():
    monday = THURSDAY - timedelta(days=3)
    police = [_record(1, 1, 57, "killed", monday, "harbour police")]
    page = _keyed(2, "The coroner on Thursday lowered the ferry toll to 41, from the previous figure of 57 dead.",
                  [("41", 41), ("57", 57)], "en", THURSDAY)
    assert [r.quantity for r in page] == ["killed", "killed|earlier"]
    g, claims = _judged(police + page)
    assert sorted(claims) == [(41, False), (57, False), (57, True)]
    assert not g.disagreement
    assert [(r.before, r.after) for r in g.revisions] == [((57, 57), (41, 41))]


def test_dutch_correction_told_in_two_sentences():
    page = _keyed(3, "Dinsdagavond meldde de veiligheidsregio 57 doden. Inmiddels is dat aantal bijgesteld naar 41.",
                  [("57", 57), ("41", 41)], "nl", THURSDAY)
    assert [r.quantity for r in page] == ["killed|earlier", "killed"]
    other = _keyed(4, "Bij de ramp met de veerboot zijn 41 doden gevallen.", [("41", 41)], "nl", THURSDAY)
    g, _ = _judged(page + other)
    assert not g.disagreement
    assert [(r.before, r.after) for r in g.revisions] == [((57, 57), (41, 41))]


def test_the_same_numbers_without_a_correction_still_disagree():
    # "57" in the page's own voice, no word of a correction: two current counts at one time
    page = _keyed(5, "The coroner said 41 died on the ferry. The harbour office counts 57 dead.",
                  [("41", 41), ("57", 57)], "en", THURSDAY)
    assert [r.quantity for r in page] == ["killed", "killed"]
    police = [_record(1, 1, 57, "killed", THURSDAY, "harbour police")]
    g, _ = _judged(police + _keyed(6, "The ferry toll stands at 41.", [("41", 41)], "en", THURSDAY))
    assert g.disagreement
    assert {tuple(sorted((d.value_a[0], d.value_b[0]))) for d in g.disagreements} == {(41, 57)}


def test_two_current_counts_disagree_beside_a_correction():
    # one page corrects 57 to 41; another claimant gives 63 at the same time: 41 and 63 are at odds
    page = _keyed(7, "The coroner lowered the ferry toll to 41 from 57.", [("41", 41), ("57", 57)], "en", THURSDAY)
    rival = [_record(9, 8, 63, "killed", THURSDAY, "rescue service")]
    g, _ = _judged(page + rival)
    assert g.disagreement
    assert {tuple(sorted((d.value_a[0], d.value_b[0]))) for d in g.disagreements} == {(41, 63)}


def test_a_replaced_count_revises_to_the_count_printed_next_to_it():
    # one page: "12 crew" (another count the grouping joined), then "down from 57 ... to 41"
    records = [
        _record(21, 2, 57, "killed|earlier", THURSDAY),
        _record(22, 2, 41, "killed", THURSDAY),
        _record(25, 2, 12, "killed", THURSDAY),
    ]
    g = group_event(records)[0]
    assert [(r.before, r.after) for r in g.revisions if r.before == (57, 57)] == [((57, 57), (41, 41))]


def test_one_claimant_s_values_on_one_page_are_one_claim_only_where_they_all_meet():
    # "at least 41" meets both 41 and 57, but 41 and 57 are two values, never a claim "57 to 41"
    at_least = copy_with(_record(31, 3, 41, "killed", THURSDAY, "coroner"), high=None)
    records = [at_least, _record(32, 3, 41, "killed", THURSDAY, "coroner"), _record(33, 3, 57, "killed", THURSDAY, "coroner")]
    g = group_event(records)[0]
    assert sorted((c.low, c.high, c.figure_ids) for c in g.claims) == [(41, 41, (31, 32)), (57, 57, (33,))]


def test_a_page_s_own_timeline_of_a_count_is_no_quarrel():
    # one page, no claimant named: "on Sunday 57, on Monday 80"; its 57 is another page's current count too
    sunday, monday = THURSDAY - timedelta(days=4), THURSDAY - timedelta(days=3)
    other = _record(1, 1, 57, "killed", sunday + timedelta(hours=8))
    timeline = [_record(2, 2, 57, "killed", sunday), _record(3, 2, 80, "killed", monday)]
    g, claims = _judged([other, *timeline])
    assert sorted(claims) == [(57, False), (80, False)]
    assert not g.disagreement
    # two named claimants on one page still quarrel
    named = [_record(4, 3, 57, "killed", monday, "harbour police"), _record(5, 3, 80, "killed", monday, "rescue service")]
    g, _ = _judged(named)
    assert g.disagreement
